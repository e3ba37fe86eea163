import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import AzCoiner

// Creating or editing a product: title, description, up to six pictures
// (uploaded as they are added), the price in AZC or one of the
// organisation's points, how it is delivered, the stock of shipped goods or
// the voucher codes (one per line; added to those not sold yet), and
// whether it is on sale.
Dialog {
    id: dialog
    objectName: "productEditorDialog"
    property PartnerConsole partner
    readonly property bool voucher: deliveryBox.currentIndex === 1
    readonly property var priceAssets: ["AZC"].concat((partner ? partner.points : []).map(p => p.code))

    function start(product) {
        editor.edit(product || {})
        const p = product || {}
        titleField.text = p.title || ""
        description.text = p.description || ""
        price.text = p.price || ""
        stock.text = p.stock !== undefined ? String(p.stock) : "0"
        codes.text = ""
        deliveryBox.currentIndex = p.delivery === "code" ? 1 : 0
        const assetIndex = priceAssets.indexOf(p.priceAsset || "AZC")
        assetBox.currentIndex = assetIndex < 0 ? 0 : assetIndex
        saleSwitch.checked = p.active === undefined ? true : !!p.active
        open()
    }

    MarketProductEditor {
        id: editor
        objectName: "marketProductEditor"
        orgId: dialog.partner ? dialog.partner.orgId : ""
        onSaved: product => { Errors.inform(qsTr("“%1” saved.").arg(product.title)); dialog.close() }
    }
    FileDialog {
        id: imageFile
        title: qsTr("Add a picture")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg)")]
        onAccepted: editor.addImage(selectedFile)
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(600, Overlay.overlay ? Overlay.overlay.width - 48 : 600)
    height: Math.min(implicitHeight, Overlay.overlay ? Overlay.overlay.height - 48 : implicitHeight)
    padding: 22
    title: editor.productId !== "" ? qsTr("Edit product") : qsTr("New product")
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: PlainLabel {
        // Popups live in the window overlay, outside the mirrored shell: mirror here too.
        LayoutMirroring.enabled: Language.rightToLeft
        text: dialog.title
        padding: 22
        bottomPadding: 0
        font.pixelSize: 18
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
        elide: Text.ElideRight
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            LayoutMirroring.enabled: Language.rightToLeft
            LayoutMirroring.childrenInherit: true
            width: scroll.availableWidth
            spacing: 10

            FormField { id: titleField; objectName: "productEditorTitle"; label: qsTr("Title"); maximumLength: 80 }
            PlainLabel { text: qsTr("Description"); color: Theme.textMuted; font.pixelSize: 13 }
            TextArea {
                id: description
                objectName: "productEditorDescription"
                textFormat: TextEdit.PlainText
                Layout.fillWidth: true
                Layout.preferredHeight: 90
                wrapMode: TextEdit.Wrap
                color: Theme.text
            }
            PlainLabel { text: qsTr("Pictures (%1 of 6)").arg(editor.imageFileIds.length); color: Theme.textMuted; font.pixelSize: 13 }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: editor.imageFileIds
                    delegate: ColumnLayout {
                        required property string modelData
                        required property int index
                        spacing: 2
                        PointIcon { fileId: modelData; name: titleField.text; size: 72; round: false }
                        AppButton { kind: "ghost"; text: qsTr("Remove"); onClicked: editor.removeImage(index) }
                    }
                }
                AppButton {
                    objectName: "productEditorAddImage"
                    enabled: editor.imageFileIds.length < 6 && !editor.uploading
                    text: editor.uploading ? qsTr("Uploading…") : qsTr("Add picture")
                    onClicked: imageFile.open()
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                FormField {
                    id: price
                    objectName: "productEditorPrice"
                    label: qsTr("Price")
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    validator: RegularExpressionValidator { regularExpression: /^\d{0,20}(\.\d{0,18})?$/ }
                    maximumLength: 40
                    Layout.preferredWidth: 2
                }
                ColumnLayout {
                    Layout.preferredWidth: 1
                    Layout.fillWidth: true
                    spacing: 6
                    PlainLabel { text: qsTr("In"); color: Theme.textMuted; font.pixelSize: 13 }
                    AppComboBox { id: assetBox; objectName: "productEditorAsset"; Layout.fillWidth: true; model: dialog.priceAssets }
                }
            }
            PlainLabel { text: qsTr("Delivery"); color: Theme.textMuted; font.pixelSize: 13 }
            AppComboBox {
                id: deliveryBox
                objectName: "productEditorDelivery"
                Layout.fillWidth: true
                model: [qsTr("Shipped to the buyer"), qsTr("Voucher codes, delivered at once")]
            }
            FormField {
                id: stock
                objectName: "productEditorStock"
                visible: !dialog.voucher
                label: qsTr("In stock")
                validator: RegularExpressionValidator { regularExpression: /^\d{0,7}$/ }
                maximumLength: 7
            }
            PlainLabel {
                visible: dialog.voucher
                text: qsTr("Voucher codes to add, one per line (%1 not sold yet)").arg(editor.product.codesLeft || 0)
                color: Theme.textMuted
                font.pixelSize: 13
            }
            TextArea {
                id: codes
                objectName: "productEditorCodes"
                visible: dialog.voucher
                textFormat: TextEdit.PlainText
                Layout.fillWidth: true
                Layout.preferredHeight: 110
                wrapMode: TextEdit.NoWrap
                font.family: "monospace"
                color: Theme.text
            }
            AppSwitch { id: saleSwitch; objectName: "productEditorActive"; text: qsTr("On sale") }
            PlainLabel {
                objectName: "productEditorError"
                visible: text !== ""
                Layout.fillWidth: true
                text: editor.errorText
                color: Theme.danger
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignLeft
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Item { Layout.fillWidth: true }
                AppButton { kind: "ghost"; text: qsTr("Cancel"); onClicked: dialog.close() }
                AppButton {
                    objectName: "productEditorSave"
                    kind: "primary"
                    enabled: !editor.busy && !editor.uploading && titleField.text.trim().length >= 2 && price.text !== ""
                    text: qsTr("Save")
                    onClicked: editor.save({ title: titleField.text, description: description.text, priceAsset: assetBox.currentText,
                                             price: price.text, stock: stock.text, delivery: dialog.voucher ? "code" : "shipped",
                                             codesText: codes.text, active: saleSwitch.checked })
                }
            }
        }
    }
}
