import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import AzCoiner

// Paying a merchant: paste a payment code, or open a picture of a QR code
// (a screenshot, a saved image, the clipboard); the server's preview shows
// the merchant, the amount and that you pay no fee; confirm (with a 2FA code
// when asked); the receipt. The PaymentCheckout does the work.
Dialog {
    id: dialog
    property PaymentCheckout checkout
    readonly property var inv: checkout && checkout.preview.invoice ? checkout.preview.invoice : ({})
    readonly property var link: checkout && checkout.preview.link ? checkout.preview.link : ({})
    readonly property bool isLink: checkout && checkout.preview.kind === "link"
    readonly property var merchant: isLink ? (link.merchant || ({})) : (inv.merchant || ({}))
    readonly property string asset: isLink ? (link.asset || "") : (inv.asset || "")
    readonly property string fixedAmount: isLink ? (link.amount || "") : (inv.amount || "")

    function start() {
        checkout.reset()
        code.text = ""; amount.text = ""; totp.text = ""
        open()
        code.input.forceActiveFocus()
    }

    modal: true
    closePolicy: checkout && checkout.stage === PaymentCheckout.Paying ? Popup.NoAutoClose : Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: 500
    padding: 22
    title: !checkout ? "" : checkout.stage === PaymentCheckout.Done ? qsTr("Paid")
         : checkout.stage >= PaymentCheckout.Confirming ? qsTr("Confirm the payment") : qsTr("Pay a merchant")
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: PlainLabel {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        text: dialog.title
        visible: text !== ""
        padding: 22
        bottomPadding: 0
        font.pixelSize: 18
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
        elide: Text.ElideRight
    }

    FileDialog {
        id: imageDialog
        title: qsTr("Open a picture of the payment code")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.bmp)")]
        onAccepted: dialog.checkout.openImage(selectedFile)
    }

    ColumnLayout {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 14

        // 1. The code.
        ColumnLayout {
            visible: dialog.checkout.stage <= PaymentCheckout.Loading
            Layout.fillWidth: true
            spacing: 12
            FormField {
                id: code
                objectName: "payCode"
                label: qsTr("Payment code")
                placeholderText: "azcoiner:pay?invoice=…"
                hint: qsTr("Paste it, scan it with a barcode scanner, or open a picture of the QR code.")
                maximumLength: 200
                input.onAccepted: if (text.trim() !== "") dialog.checkout.open(text)
            }
            RowLayout {
                spacing: 8
                AppButton {
                    objectName: "payOpenImage"
                    text: qsTr("Open a picture…")
                    icon.source: "../icons/file.svg"
                    onClicked: imageDialog.open()
                }
                AppButton {
                    objectName: "payFromClipboard"
                    kind: "ghost"
                    text: qsTr("From the clipboard")
                    onClicked: dialog.checkout.openClipboard()
                }
            }
        }

        // 2. What the server says is being paid.
        GridLayout {
            visible: dialog.checkout.stage === PaymentCheckout.Confirming || dialog.checkout.stage === PaymentCheckout.Paying
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 16
            rowSpacing: 10

            PlainLabel { text: qsTr("To"); color: Theme.textMuted }
            RowLayout {
                Layout.fillWidth: true
                spacing: 6
                Item { Layout.fillWidth: true }
                PlainLabel {
                    objectName: "payMerchant"
                    elide: Text.ElideRight
                    font.weight: Font.DemiBold
                    color: Theme.text
                    text: dialog.merchant.name || ""
                }
                StatusChip {
                    visible: dialog.merchant.verified === true
                    text: qsTr("Verified business")
                    tone: "success"
                }
            }
            PlainLabel { visible: (dialog.isLink ? dialog.link.description : dialog.inv.description) ? true : false; text: qsTr("For"); color: Theme.textMuted }
            PlainLabel {
                visible: text !== ""
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                wrapMode: Text.WordWrap
                color: Theme.text
                text: (dialog.isLink ? dialog.link.description : dialog.inv.description) || ""
            }
            PlainLabel { visible: !dialog.checkout.needsAmount; text: qsTr("Amount"); color: Theme.textMuted }
            PlainLabel {
                objectName: "payAmount"
                visible: !dialog.checkout.needsAmount
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                color: Theme.text
                font.weight: Font.Bold
                font.pixelSize: 17
                text: (dialog.fixedAmount + " " + dialog.asset)
            }
            PlainLabel { text: qsTr("Fee"); color: Theme.textMuted }
            PlainLabel {
                objectName: "payFee"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                color: Theme.text
                text: qsTr("None — the merchant pays it")
            }
            PlainLabel { visible: !dialog.isLink && !!dialog.inv.orderId; text: qsTr("Order"); color: Theme.textMuted }
            PlainLabel {
                visible: !dialog.isLink && dialog.inv.orderId ? true : false
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                color: Theme.textMuted
                text: dialog.inv.orderId || ""
            }
            PlainLabel { visible: !dialog.isLink; text: qsTr("Valid until"); color: Theme.textMuted; font.pixelSize: 12 }
            PlainLabel {
                visible: !dialog.isLink
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                color: Theme.textMuted
                font.pixelSize: 12
                text: dialog.inv.expiresAt ? Labels.dateTime(dialog.inv.expiresAt) : ""
            }
        }
        FormField {
            id: amount
            objectName: "payEnteredAmount"
            visible: dialog.checkout.needsAmount && dialog.checkout.stage >= PaymentCheckout.Confirming
                     && dialog.checkout.stage !== PaymentCheckout.Done
            label: qsTr("Amount in %1").arg(dialog.asset)
            placeholderText: "0.00"
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            maximumLength: 40
        }
        FormField {
            id: totp
            objectName: "payTotp"
            visible: dialog.checkout.needsTwoFactor && dialog.checkout.stage >= PaymentCheckout.Confirming
                     && dialog.checkout.stage !== PaymentCheckout.Done
            label: qsTr("Code from your authenticator app")
            maximumLength: 10
            inputMethodHints: Qt.ImhDigitsOnly
        }

        // 3. The receipt.
        ReceiptView {
            objectName: "payReceipt"
            visible: dialog.checkout.stage === PaymentCheckout.Done
            Layout.fillWidth: true
            receipt: dialog.checkout.receipt
        }

        PlainLabel {
            objectName: "payError"
            visible: text !== ""
            text: dialog.checkout.errorText
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            BusyIndicator {
                running: dialog.checkout.busy
                visible: running
                Layout.preferredWidth: 32
                Layout.preferredHeight: 32
            }
            Item { Layout.fillWidth: true }
            AppButton {
                objectName: "payCancel"
                kind: "ghost"
                visible: dialog.checkout.stage !== PaymentCheckout.Done
                enabled: dialog.checkout.stage !== PaymentCheckout.Paying
                text: dialog.checkout.stage === PaymentCheckout.Confirming ? qsTr("Back") : qsTr("Cancel")
                onClicked: dialog.checkout.stage === PaymentCheckout.Confirming ? dialog.checkout.reset() : dialog.close()
            }
            AppButton {
                objectName: "payContinue"
                kind: "primary"
                visible: dialog.checkout.stage <= PaymentCheckout.Loading
                enabled: dialog.checkout.stage === PaymentCheckout.Idle && code.text.trim() !== ""
                text: qsTr("Continue")
                onClicked: dialog.checkout.open(code.text)
            }
            AppButton {
                objectName: "payConfirm"
                kind: "primary"
                visible: dialog.checkout.stage === PaymentCheckout.Confirming || dialog.checkout.stage === PaymentCheckout.Paying
                enabled: dialog.checkout.stage === PaymentCheckout.Confirming && dialog.checkout.preview.payable === true
                text: dialog.checkout.needsAmount ? qsTr("Pay") : qsTr("Pay %1").arg((dialog.fixedAmount + " " + dialog.asset))
                onClicked: dialog.checkout.pay(amount.text, totp.text)
            }
            AppButton {
                objectName: "payDone"
                kind: "primary"
                visible: dialog.checkout.stage === PaymentCheckout.Done
                text: qsTr("Done")
                onClicked: dialog.close()
            }
        }
    }
}
