import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Market: partners' products (search, a product's page, buying it) and the
// user's orders (their state, a voucher's code, the tracking, confirming
// receipt, opening a dispute), as two tabs.
Item {
    id: page
    objectName: "marketPage"
    property string tab: "shop"
    property string disputedOrder: ""

    MarketProductsModel { id: productsModel; objectName: "marketProducts" }
    MarketOrdersModel {
        id: ordersModel
        objectName: "marketOrders"
        onActed: (action, order) => Errors.inform(action === "received" ? qsTr("Thank you: the order is marked as received.")
                                                                         : qsTr("Your dispute is with support now."))
        onActionFailed: (action, message) => Errors.reportText(message)
    }
    ProductDialog { id: productDialog }
    ReasonDialog {
        id: disputeDialog
        objectName: "marketDisputeDialog"
        title: qsTr("Open a dispute")
        prompt: qsTr("Tell support what went wrong. The partner sees it too.")
        confirmText: qsTr("Open dispute")
        onConfirmed: reason => ordersModel.openDispute(page.disputedOrder, reason)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 14

        PageHeader {
            Layout.leftMargin: 32
            Layout.rightMargin: 32
            title: qsTr("Market")
            subtitle: qsTr("Spend coin or points on our partners' goods and vouchers.")
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.leftMargin: 32
            Layout.rightMargin: 32
            implicitHeight: tabRow.implicitHeight + 8
            radius: 12
            color: Theme.surfaceAlt
            RowLayout {
                id: tabRow
                anchors.fill: parent
                anchors.margins: 4
                spacing: 4
                Repeater {
                    model: [{ key: "shop", text: qsTr("Shop") }, { key: "orders", text: qsTr("My orders") }]
                    delegate: AppButton {
                        required property var modelData
                        objectName: "marketTab_" + modelData.key
                        Layout.fillWidth: true
                        Layout.preferredWidth: 100
                        kind: page.tab === modelData.key ? "primary" : "ghost"
                        text: modelData.text
                        onClicked: { page.tab = modelData.key; if (modelData.key === "orders") ordersModel.reload() }
                    }
                }
            }
        }

        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: page.tab === "orders" ? ordersView : shopView
        }
    }

    Component {
        id: shopView
        Item {
            ColumnLayout {
                anchors.fill: parent
                anchors.leftMargin: 32
                anchors.rightMargin: 32
                spacing: 12
                FormField {
                    objectName: "marketSearch"
                    placeholderText: qsTr("Search products")
                    maximumLength: 80
                    text: productsModel.query
                    onTextChanged: productsModel.query = text
                }
                GridView {
                    id: grid
                    objectName: "marketGrid"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    cellWidth: Math.max(200, Math.floor(width / Math.max(1, Math.floor(width / 220))))
                    cellHeight: 250
                    model: productsModel
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ProductTile {
                        width: grid.cellWidth - 12
                        height: grid.cellHeight - 12
                        onClicked: productDialog.start(productsModel.get(index))
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        visible: grid.count === 0 && !productsModel.loading
                        iconName: "market"
                        text: qsTr("No products match.")
                    }
                }
            }
        }
    }
    Component {
        id: ordersView
        ScrollView {
            id: ordersScroll
            objectName: "marketOrdersView"
            contentWidth: availableWidth
            clip: true
            ColumnLayout {
                x: 32
                width: ordersScroll.availableWidth - 64
                spacing: 10
                Repeater {
                    model: ordersModel
                    delegate: MarketOrderRow {
                        Layout.fillWidth: true
                        actions: (status === "shipped" ? [{ key: "received", text: qsTr("Confirm received"), kind: "primary" }] : [])
                                 .concat(status === "paid" || status === "shipped" || status === "delivered"
                                         ? [{ key: "dispute", text: qsTr("Open dispute"), kind: "danger" }] : [])
                        onAction: key => {
                            if (key === "received")
                                ordersModel.confirmReceived(itemId)
                            else {
                                page.disputedOrder = itemId
                                disputeDialog.openEmpty()
                            }
                        }
                    }
                }
                EmptyState {
                    visible: ordersModel.count === 0 && !ordersModel.busy
                    Layout.alignment: Qt.AlignHCenter
                    iconName: "market"
                    text: qsTr("You have not bought anything yet.")
                }
            }
        }
    }
}
