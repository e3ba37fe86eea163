import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One order in the lists under the chart.
Item {
    id: row
    required property string itemId
    required property string market
    required property string side
    required property string type
    required property string price
    required property string stopPrice
    required property string quantity
    required property string budget
    required property string filled
    required property string status
    required property string reason
    required property var createdAt
    property bool cancellable: false
    signal cancelClicked()

    objectName: "order_" + itemId
    implicitHeight: 40

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 10
        anchors.rightMargin: 10
        spacing: 8
        Label { text: Qt.formatDateTime(new Date(Number(row.createdAt)), "MM-dd HH:mm"); color: Theme.textMuted; font.pixelSize: 12; Layout.fillWidth: true; Layout.preferredWidth: 1; elide: Text.ElideRight }
        Label { text: row.market; color: Theme.text; font.pixelSize: 12; Layout.fillWidth: true; Layout.preferredWidth: 1; elide: Text.ElideRight }
        Label {
            text: OrderWords.side(row.side) + " · " + OrderWords.type(row.type)
            color: row.side === "buy" ? Theme.success : Theme.danger
            font.pixelSize: 12
            Layout.fillWidth: true; Layout.preferredWidth: 1; elide: Text.ElideRight
        }
        Label {
            text: row.type === "market" ? qsTr("market") : row.type === "stop_limit" ? qsTr("%1 (stop %2)").arg(row.price).arg(row.stopPrice) : row.price
            color: Theme.text; font.pixelSize: 12; Layout.fillWidth: true; Layout.preferredWidth: 1; elide: Text.ElideRight
        }
        Label {
            text: row.quantity !== "" && row.quantity !== "0" ? row.quantity : qsTr("%1 budget").arg(row.budget)
            color: Theme.text; font.pixelSize: 12; Layout.fillWidth: true; Layout.preferredWidth: 1; elide: Text.ElideRight
        }
        Label { text: row.filled; color: Theme.text; font.pixelSize: 12; Layout.fillWidth: true; Layout.preferredWidth: 1; elide: Text.ElideRight }
        Item {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            implicitHeight: chip.implicitHeight
            StatusChip {
                id: chip
                text: OrderWords.status(row.status)
                tone: OrderWords.statusTone(row.status)
                ToolTip.visible: chipHover.hovered && row.reason !== ""
                ToolTip.text: OrderWords.reason(row.reason)
                HoverHandler { id: chipHover }
            }
        }
        ToolButton {
            objectName: "cancelOrder_" + row.itemId
            Layout.preferredWidth: 30
            opacity: row.cancellable ? 1 : 0
            enabled: row.cancellable
            icon.source: "../icons/close.svg"
            icon.width: 16; icon.height: 16
            icon.color: Theme.danger
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Cancel this order")
            onClicked: row.cancelClicked()
        }
    }
    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border; opacity: 0.6 }
}
