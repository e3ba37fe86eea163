import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// A product and buying it: pictures, description, price, stock and how it
// is delivered; then the quantity (and the shipping address for shipped
// goods), a confirmation with the exact total, and the order — a voucher's
// code shown at once with a Copy button. One idempotency key per confirmed
// purchase (MarketPurchase): pressing again after a lost answer buys once.
Dialog {
    id: dialog
    objectName: "productDialog"
    property string step: "view" // view, confirm, done
    readonly property var product: purchase.product

    function start(p) {
        purchase.begin(p)
        step = "view"
        address.text = ""
        open()
    }

    MarketPurchase {
        id: purchase
        objectName: "marketPurchase"
        onBought: dialog.step = "done"
    }

    modal: true
    closePolicy: purchase.sending ? Popup.NoAutoClose : Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(580, Overlay.overlay ? Overlay.overlay.width - 48 : 580)
    height: Math.min(implicitHeight, Overlay.overlay ? Overlay.overlay.height - 48 : implicitHeight)
    padding: 22
    title: dialog.step === "done" ? qsTr("Thank you") : (dialog.product.title || "")
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
            spacing: 12

            // 1. The product.
            ColumnLayout {
                visible: dialog.step === "view"
                Layout.fillWidth: true
                spacing: 10
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    Repeater {
                        model: dialog.product.imageFileIds || []
                        delegate: PointIcon {
                            required property string modelData
                            fileId: modelData
                            name: dialog.product.title || ""
                            size: 120
                            round: false
                        }
                    }
                }
                PlainLabel {
                    Layout.fillWidth: true
                    text: qsTr("Sold by %1").arg(dialog.product.orgName || "")
                    color: Theme.textMuted
                    horizontalAlignment: Text.AlignLeft
                }
                PlainLabel {
                    Layout.fillWidth: true
                    text: dialog.product.description || ""
                    visible: text !== ""
                    color: Theme.text
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: 16
                    rowSpacing: 6
                    PlainLabel { text: qsTr("Price"); color: Theme.textMuted }
                    PlainLabel { objectName: "productPrice"; text: (dialog.product.price || "") + " " + (dialog.product.priceAsset || ""); color: Theme.accent; font.weight: Font.Bold; font.pixelSize: 17; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight }
                    PlainLabel { text: qsTr("In stock"); color: Theme.textMuted }
                    PlainLabel { text: String(dialog.product.stock || 0); color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight }
                    PlainLabel { text: qsTr("Delivery"); color: Theme.textMuted }
                    PlainLabel { text: BridgeWords.delivery(dialog.product.delivery); color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    PlainLabel { text: qsTr("Quantity"); color: Theme.textMuted; Layout.fillWidth: true }
                    AppButton { objectName: "productLess"; kind: "secondary"; text: "−"; enabled: purchase.quantity > 1; onClicked: purchase.quantity = purchase.quantity - 1 }
                    PlainLabel { objectName: "productQuantity"; text: String(purchase.quantity); font.pixelSize: 17; font.weight: Font.DemiBold; color: Theme.text; Layout.preferredWidth: 40; horizontalAlignment: Text.AlignHCenter }
                    AppButton { objectName: "productMore"; kind: "secondary"; text: "+"; enabled: purchase.quantity < purchase.maxQuantity; onClicked: purchase.quantity = purchase.quantity + 1 }
                }
                ColumnLayout {
                    visible: purchase.needsAddress
                    Layout.fillWidth: true
                    spacing: 6
                    PlainLabel { text: qsTr("Shipping address"); color: Theme.textMuted; font.pixelSize: 13 }
                    TextArea {
                        id: address
                        objectName: "productAddress"
                        textFormat: TextEdit.PlainText
                        Layout.fillWidth: true
                        Layout.preferredHeight: 80
                        wrapMode: TextEdit.Wrap
                        placeholderText: qsTr("Name, street, city, postcode, country")
                        color: Theme.text
                        onTextChanged: purchase.address = text
                    }
                    PlainLabel {
                        text: qsTr("%1 of 300 characters").arg(address.text.length)
                        color: address.text.length > 300 ? Theme.danger : Theme.textMuted
                        font.pixelSize: 12
                    }
                }
            }

            // 2. The total, before anything moves.
            GridLayout {
                visible: dialog.step === "confirm"
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 16
                rowSpacing: 8
                PlainLabel { text: qsTr("Product"); color: Theme.textMuted }
                PlainLabel { text: dialog.product.title || ""; color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; elide: Text.ElideRight }
                PlainLabel { text: qsTr("Quantity"); color: Theme.textMuted }
                PlainLabel { text: qsTr("%1 × %2 %3").arg(purchase.quantity).arg(dialog.product.price || "").arg(dialog.product.priceAsset || ""); color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight }
                PlainLabel { text: qsTr("Ship to"); color: Theme.textMuted; visible: purchase.needsAddress }
                PlainLabel { text: address.text; visible: purchase.needsAddress; color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; wrapMode: Text.Wrap }
                Rectangle { Layout.columnSpan: 2; Layout.fillWidth: true; height: 1; color: Theme.border }
                PlainLabel { text: qsTr("Total"); color: Theme.textMuted }
                PlainLabel { objectName: "productTotal"; text: purchase.total + " " + (dialog.product.priceAsset || ""); color: Theme.text; font.weight: Font.Bold; font.pixelSize: 18; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight }
            }

            // 3. The order.
            ColumnLayout {
                visible: dialog.step === "done"
                Layout.fillWidth: true
                spacing: 10
                PlainLabel {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.success
                    horizontalAlignment: Text.AlignLeft
                    text: purchase.order.code ? qsTr("Paid %1 %2. Your code:").arg(purchase.order.total || "").arg(purchase.order.priceAsset || dialog.product.priceAsset || "")
                                              : qsTr("Paid %1 %2. The partner will ship it; you will find the tracking under My orders.").arg(purchase.order.total || "").arg(purchase.order.priceAsset || dialog.product.priceAsset || "")
                }
                RowLayout {
                    visible: !!purchase.order.code
                    Layout.fillWidth: true
                    spacing: 8
                    PlainLabel {
                        objectName: "productCode"
                        Layout.fillWidth: true
                        text: purchase.order.code || ""
                        font.pixelSize: 20
                        font.family: "monospace"
                        font.weight: Font.Bold
                        color: Theme.text
                        wrapMode: Text.WrapAnywhere
                        horizontalAlignment: Text.AlignLeft
                    }
                    AppButton {
                        objectName: "productCopyCode"
                        kind: "secondary"
                        text: qsTr("Copy")
                        onClicked: { Clipboard.setText(purchase.order.code); Errors.inform(qsTr("The code was copied.")) }
                    }
                }
            }

            PlainLabel {
                objectName: "productError"
                visible: text !== "" && dialog.step !== "done"
                Layout.fillWidth: true
                text: purchase.errorText
                color: Theme.danger
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignLeft
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                BusyIndicator { running: purchase.sending; visible: running; Layout.preferredWidth: 32; Layout.preferredHeight: 32 }
                Item { Layout.fillWidth: true }
                AppButton {
                    kind: "ghost"
                    visible: dialog.step !== "done"
                    enabled: !purchase.sending
                    text: dialog.step === "confirm" ? qsTr("Back") : qsTr("Close")
                    onClicked: {
                        if (dialog.step !== "confirm")
                            return dialog.close()
                        // A changed quantity or address is a new purchase.
                        purchase.newIntent()
                        dialog.step = "view"
                    }
                }
                AppButton {
                    objectName: "productBuy"
                    kind: "primary"
                    visible: dialog.step === "view"
                    enabled: purchase.ready
                    text: purchase.maxQuantity > 0 ? qsTr("Buy") : qsTr("Sold out")
                    onClicked: dialog.step = "confirm"
                }
                AppButton {
                    objectName: "productConfirm"
                    kind: "primary"
                    visible: dialog.step === "confirm"
                    enabled: !purchase.sending
                    text: purchase.canRetry ? qsTr("Pay again") : qsTr("Pay %1 %2").arg(purchase.total).arg(dialog.product.priceAsset || "")
                    onClicked: purchase.buy()
                }
                AppButton {
                    kind: "primary"
                    visible: dialog.step === "done"
                    text: qsTr("Done")
                    onClicked: dialog.close()
                }
            }
        }
    }
}
