import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Sending money in three steps: the form, a confirmation with what the
// server quoted (fee, total, recipient, what is left of today's limit, the
// 2FA code if needed), and the receipt. The WalletTransfer does the work.
Dialog {
    id: dialog
    property WalletTransfer transfer
    property WalletBalancesModel balances
    property string asset: ""
    readonly property var balance: { void balances.count; void assetBox.currentIndex; return balances ? balances.balanceOf(asset) : ({}) }

    function start(code) {
        transfer.reset()
        asset = code
        assetBox.currentIndex = Math.max(0, assetBox.indexOfValue(code))
        recipient.text = ""; amount.text = ""; memo.text = ""; totp.text = ""
        open()
        recipient.input.forceActiveFocus()
    }

    modal: true
    closePolicy: transfer && transfer.stage === WalletTransfer.Sending ? Popup.NoAutoClose : Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: 500
    padding: 22
    title: !transfer ? "" : transfer.stage === WalletTransfer.Done ? qsTr("Sent")
         : transfer.stage >= WalletTransfer.Confirming ? qsTr("Confirm the transfer") : qsTr("Send money")
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    // The style's header paints its own (light) background; this one follows the theme.
    header: PlainLabel {
        // Popups live in the window overlay, outside the mirrored shell: mirror here too.
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

    ColumnLayout {
        // Popups live in the window overlay, outside the mirrored shell: mirror here too.
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 14

        // 1. The form.
        ColumnLayout {
            visible: dialog.transfer.stage <= WalletTransfer.Quoting
            Layout.fillWidth: true
            spacing: 12
            ColumnLayout {
                spacing: 6
                Layout.fillWidth: true
                PlainLabel { text: qsTr("Asset"); font.pixelSize: 13; font.weight: Font.Medium; color: Theme.textMuted }
                AppComboBox {
                    id: assetBox
                    objectName: "sendAsset"
                    Layout.fillWidth: true
                    model: dialog.balances
                    textRole: "asset"
                    valueRole: "asset"
                    onActivated: dialog.asset = currentValue
                }
            }
            FormField {
                id: recipient
                objectName: "sendRecipient"
                label: qsTr("Recipient")
                placeholderText: qsTr("username")
                maximumLength: 64
            }
            FormField {
                id: amount
                objectName: "sendAmount"
                label: qsTr("Amount")
                placeholderText: "0.00"
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                maximumLength: 40
                hint: dialog.balance.available !== undefined
                      ? qsTr("Available: %1 %2").arg(dialog.balance.available).arg(dialog.asset) : ""
            }
            FormField {
                id: memo
                objectName: "sendMemo"
                label: qsTr("Memo (optional, the recipient sees it)")
                maximumLength: 140
            }
        }

        // 2. The confirmation, from the server's quote.
        GridLayout {
            visible: dialog.transfer.stage === WalletTransfer.Confirming || dialog.transfer.stage === WalletTransfer.Sending
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 16
            rowSpacing: 10
            readonly property var q: dialog.transfer.quote
            readonly property string code: q.asset || ""

            PlainLabel { text: qsTr("To"); color: Theme.textMuted }
            PlainLabel {
                objectName: "confirmRecipient"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                elide: Text.ElideRight
                font.weight: Font.DemiBold
                color: Theme.text
                text: parent.q.to ? parent.q.to.displayName + "  (@" + parent.q.to.username + ")" : ""
            }
            PlainLabel { text: qsTr("Amount"); color: Theme.textMuted }
            PlainLabel { objectName: "confirmAmount"; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; color: Theme.text; text: parent.q.amount + " " + parent.code }
            PlainLabel { text: qsTr("Fee"); color: Theme.textMuted }
            PlainLabel { objectName: "confirmFee"; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; color: Theme.text; text: parent.q.fee + " " + parent.code }
            PlainLabel { text: qsTr("Total you pay"); color: Theme.text; font.weight: Font.DemiBold }
            PlainLabel { objectName: "confirmTotal"; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; color: Theme.text; font.weight: Font.Bold; font.pixelSize: 17; text: parent.q.total + " " + parent.code }
            PlainLabel { visible: dialog.transfer.memo !== ""; text: qsTr("Memo"); color: Theme.textMuted }
            PlainLabel { visible: dialog.transfer.memo !== ""; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; wrapMode: Text.WordWrap; color: Theme.text; text: dialog.transfer.memo }
            Rectangle { Layout.columnSpan: 2; Layout.fillWidth: true; height: 1; color: Theme.border }
            PlainLabel { text: qsTr("Left of your 24-hour limit"); color: Theme.textMuted; font.pixelSize: 12 }
            PlainLabel { objectName: "confirmDailyRemaining"; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; color: Theme.textMuted; font.pixelSize: 12; text: parent.q.dailyRemaining + " " + parent.code }
            PlainLabel { text: qsTr("Per transfer at most"); color: Theme.textMuted; font.pixelSize: 12 }
            PlainLabel { Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; color: Theme.textMuted; font.pixelSize: 12; text: parent.q.perTransfer + " " + parent.code }
        }
        FormField {
            id: totp
            objectName: "sendTotp"
            visible: dialog.transfer.needsTwoFactor && dialog.transfer.stage >= WalletTransfer.Confirming
                     && dialog.transfer.stage !== WalletTransfer.Done
            label: qsTr("Code from your authenticator app")
            hint: qsTr("Transfers above %1 %2 need it.").arg(dialog.transfer.quote.twoFactorAbove || "").arg(dialog.transfer.quote.asset || "")
            maximumLength: 10
            inputMethodHints: Qt.ImhDigitsOnly
        }

        // 3. The receipt.
        ReceiptView {
            objectName: "sendReceipt"
            visible: dialog.transfer.stage === WalletTransfer.Done
            Layout.fillWidth: true
            receipt: dialog.transfer.receipt
        }

        PlainLabel {
            objectName: "sendError"
            visible: text !== ""
            text: dialog.transfer.errorText
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            BusyIndicator {
                running: dialog.transfer.busy
                visible: running
                Layout.preferredWidth: 32
                Layout.preferredHeight: 32
            }
            Item { Layout.fillWidth: true }
            AppButton {
                objectName: "sendCancel"
                kind: "ghost"
                visible: dialog.transfer.stage !== WalletTransfer.Done
                enabled: dialog.transfer.stage !== WalletTransfer.Sending
                text: dialog.transfer.stage === WalletTransfer.Confirming ? qsTr("Back") : qsTr("Cancel")
                onClicked: dialog.transfer.stage === WalletTransfer.Confirming ? dialog.transfer.edit() : dialog.close()
            }
            AppButton {
                objectName: "sendContinue"
                kind: "primary"
                visible: dialog.transfer.stage <= WalletTransfer.Quoting
                enabled: dialog.transfer.stage === WalletTransfer.Editing && recipient.text.trim() !== "" && amount.text.trim() !== ""
                text: qsTr("Continue")
                onClicked: dialog.transfer.prepare(dialog.asset, dialog.balance.decimals !== undefined ? dialog.balance.decimals : -1,
                                                   amount.text, recipient.text, memo.text)
            }
            AppButton {
                objectName: "sendConfirm"
                kind: "primary"
                visible: dialog.transfer.stage === WalletTransfer.Confirming || dialog.transfer.stage === WalletTransfer.Sending
                enabled: dialog.transfer.stage === WalletTransfer.Confirming
                text: dialog.transfer.canRetry ? qsTr("Send again") : qsTr("Send %1 %2").arg(dialog.transfer.quote.amount || "").arg(dialog.transfer.quote.asset || "")
                onClicked: dialog.transfer.send(totp.text)
            }
            AppButton {
                objectName: "sendDone"
                kind: "primary"
                visible: dialog.transfer.stage === WalletTransfer.Done
                text: qsTr("Done")
                onClicked: dialog.close()
            }
        }
    }
}
