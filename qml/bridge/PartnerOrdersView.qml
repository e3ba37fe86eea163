import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Partner console › Orders: the organisation's market orders, optionally of
// one state; shipping a paid order with its tracking, refunding one (the
// buyer gets the total back from the organisation's balance).
ScrollView {
    id: view
    property PartnerConsole partner
    property string acting: ""
    objectName: "partnerOrdersView"
    contentWidth: availableWidth
    clip: true

    readonly property var statuses: [
        { value: "", text: qsTr("Every order") }, { value: "paid", text: qsTr("To ship") },
        { value: "shipped", text: qsTr("Shipped") }, { value: "delivered", text: qsTr("Delivered") },
        { value: "disputed", text: qsTr("Disputed") }, { value: "refunded", text: qsTr("Refunded") }
    ]

    MarketOrdersModel {
        id: ordersModel
        objectName: "partnerOrders"
        orgId: view.partner.orgId
        onActed: (action, order) => Errors.inform(action === "ship" ? qsTr("Marked as shipped; the buyer sees the tracking.")
                                                                     : qsTr("Refunded: the buyer has the total back."))
        onActionFailed: (action, message) => Errors.reportText(message)
    }
    TextPromptDialog {
        id: shipDialog
        objectName: "partnerShipDialog"
        title: qsTr("Ship the order")
        prompt: qsTr("The buyer sees this reference to follow the parcel.")
        label: qsTr("Tracking")
        confirmText: qsTr("Mark as shipped")
        onConfirmed: text => ordersModel.ship(view.acting, text)
    }
    ReasonDialog {
        id: refundDialog
        objectName: "partnerRefundDialog"
        title: qsTr("Refund the order")
        prompt: qsTr("The buyer gets the total back from your organisation's balance.")
        confirmText: qsTr("Refund")
        onConfirmed: reason => ordersModel.refund(view.acting, reason)
    }

    ColumnLayout {
        x: 32
        width: view.availableWidth - 64
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            PlainLabel { text: qsTr("Show"); color: Theme.textMuted }
            AppComboBox {
                objectName: "partnerOrdersStatus"
                Layout.preferredWidth: 200
                model: view.statuses
                textRole: "text"
                valueRole: "value"
                onActivated: ordersModel.status = currentValue
            }
            Item { Layout.fillWidth: true }
        }
        Repeater {
            model: ordersModel
            delegate: MarketOrderRow {
                Layout.fillWidth: true
                showBuyer: true
                actions: !view.partner.canManage ? []
                         : (status === "paid" ? [{ key: "ship", text: qsTr("Ship…"), kind: "primary" }] : [])
                           .concat(status !== "refunded" ? [{ key: "refund", text: qsTr("Refund…"), kind: "danger" }] : [])
                onAction: key => {
                    view.acting = itemId
                    if (key === "ship") shipDialog.openEmpty()
                    else refundDialog.openEmpty()
                }
            }
        }
        EmptyState {
            visible: ordersModel.count === 0 && !ordersModel.busy
            Layout.alignment: Qt.AlignHCenter
            iconName: "market"
            text: qsTr("No orders here.")
        }
    }
}
