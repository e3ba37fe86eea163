import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Partner console › Products: the organisation's products, on sale or not,
// with price, stock (codes left for vouchers) and sales; a row opens it for
// editing, "New product" starts one.
ScrollView {
    id: view
    property PartnerConsole partner
    objectName: "partnerProductsView"
    contentWidth: availableWidth
    clip: true

    MarketOrgProductsModel { id: productsModel; objectName: "partnerProducts"; orgId: view.partner.orgId }
    ProductEditorDialog { id: editorDialog; partner: view.partner }

    ColumnLayout {
        x: 32
        width: view.availableWidth - 64
        spacing: 14

        Card {
            Layout.fillWidth: true
            title: qsTr("Products")
            subtitle: qsTr("Sold for AZC or your points. Vouchers deliver one code per item at once; shipped goods wait for your tracking.")
            actions: [
                AppButton {
                    objectName: "partnerNewProduct"
                    visible: view.partner.canManage
                    kind: "primary"
                    text: qsTr("New product")
                    onClicked: editorDialog.start(null)
                }
            ]
            Repeater {
                model: productsModel
                delegate: ItemDelegate {
                    id: productRow
                    required property string itemId
                    required property string title
                    required property string firstImage
                    required property string price
                    required property string priceAsset
                    required property string delivery
                    required property var stock
                    required property var sold
                    required property var codesLeft
                    required property bool active
                    required property int index
                    objectName: "partnerProduct_" + index
                    Layout.fillWidth: true
                    padding: 10
                    enabled: view.partner.canManage
                    onClicked: editorDialog.start(productsModel.get(index))
                    background: Rectangle { radius: Theme.radius; color: productRow.hovered ? Theme.surfaceAlt : "transparent"; border.color: Theme.border }
                    contentItem: RowLayout {
                        spacing: 12
                        PointIcon { fileId: productRow.firstImage; name: productRow.title; size: 44; round: false }
                        PlainLabel { text: productRow.title; font.weight: Font.DemiBold; color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight; horizontalAlignment: Text.AlignLeft }
                        PlainLabel { text: productRow.price + " " + productRow.priceAsset; color: Theme.text }
                        PlainLabel {
                            text: productRow.delivery === "code" ? qsTr("%1 codes left").arg(productRow.codesLeft || 0) : qsTr("%1 in stock").arg(productRow.stock || 0)
                            color: Theme.textMuted
                        }
                        PlainLabel { text: qsTr("%1 sold").arg(productRow.sold || 0); color: Theme.textMuted }
                        StatusChip { text: productRow.active ? qsTr("On sale") : qsTr("Hidden"); tone: productRow.active ? "success" : "neutral" }
                    }
                }
            }
            EmptyState {
                visible: productsModel.count === 0 && !productsModel.busy
                Layout.alignment: Qt.AlignHCenter
                iconName: "market"
                text: qsTr("No products yet.")
            }
        }
    }
}
