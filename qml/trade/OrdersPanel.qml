import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The user's orders under the chart: the open ones (cancel one, or all of
// this market's) and the history.
Rectangle {
    id: panel
    objectName: "ordersPanel"
    property TradeOrdersModel openOrders
    property TradeOrdersModel history
    property string market: ""
    property string tab: "open"
    readonly property var shown: tab === "open" ? openOrders : history

    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 4
            spacing: 6
            AppButton {
                objectName: "ordersTab_open"
                implicitHeight: 32
                kind: panel.tab === "open" ? "secondary" : "ghost"
                text: qsTr("Open orders (%1)").arg(panel.openOrders.count)
                onClicked: panel.tab = "open"
            }
            AppButton {
                objectName: "ordersTab_history"
                implicitHeight: 32
                kind: panel.tab === "history" ? "secondary" : "ghost"
                text: qsTr("Order history")
                onClicked: { panel.tab = "history"; panel.history.reload() }
            }
            Item { Layout.fillWidth: true }
            AppButton {
                objectName: "cancelAllOrders"
                visible: panel.tab === "open"
                enabled: panel.openOrders.count > 0
                implicitHeight: 32
                kind: "danger"
                text: qsTr("Cancel all")
                onClicked: panel.openOrders.cancelAll()
            }
        }
        Rectangle { Layout.fillWidth: true; Layout.topMargin: 4; height: 1; color: Theme.border }
        ListView {
            objectName: panel.tab === "open" ? "openOrdersList" : "orderHistoryList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.shown
            ScrollBar.vertical: ScrollBar {}
            delegate: OrderRow {
                id: orderRow
                width: ListView.view.width
                cancellable: panel.tab === "open"
                onCancelClicked: panel.openOrders.cancel(orderRow.itemId, orderRow.market)
            }
        }
        PlainLabel {
            visible: panel.shown.count === 0
            text: panel.tab === "open" ? qsTr("No open orders.") : qsTr("No orders yet.")
            color: Theme.textMuted
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: 16
        }
    }
}
