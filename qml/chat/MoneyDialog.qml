import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// "Send money" and "Request money" from the composer: the asset, the exact
// amount as typed (a decimal string, never a number), a memo and, for a
// payment in a group, the member to pay. Sending asks once more before the
// money moves; the model does the call and the bubble appears in the chat.
Dialog {
    id: dialog
    property ChatMessagesModel model
    property string mode: "send"      // "send", "request" or "redpacket" (groups)
    property var recipients: []       // usernames to choose from (groups); empty in a direct chat
    property bool confirming: false

    function start(kind, members) {
        mode = kind
        recipients = members || []
        amount.text = ""
        memo.text = ""
        shares.text = ""
        split.currentIndex = 0
        confirming = false
        recipientBox.currentIndex = 0
        open()
        amount.input.forceActiveFocus()
    }
    readonly property string asset: assetBox.currentText
    readonly property string recipient: recipients.length > 0 ? recipientBox.currentText : ""
    readonly property bool valid: /^[0-9]+(\.[0-9]+)?$/.test(amount.text.trim()) && asset !== ""
                                  && (mode !== "redpacket" || /^[1-9][0-9]*$/.test(shares.text.trim()))

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(440, (Overlay.overlay ? Overlay.overlay.width : 440) - 32)
    padding: 22
    title: mode === "send" ? qsTr("Send money") : mode === "redpacket" ? qsTr("Red packet") : qsTr("Request money")
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: PlainLabel {
        LayoutMirroring.enabled: Language.rightToLeft
        text: dialog.title
        padding: 22
        bottomPadding: 0
        font.pixelSize: 18
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
    }

    WalletBalancesModel { id: balances }

    ColumnLayout {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 12

        ColumnLayout {
            visible: !dialog.confirming
            spacing: 12
            Layout.fillWidth: true
            ColumnLayout {
                visible: dialog.recipients.length > 0
                spacing: 6
                Layout.fillWidth: true
                PlainLabel { text: qsTr("To"); font.pixelSize: 13; font.weight: Font.Medium; color: Theme.textMuted }
                AppComboBox {
                    id: recipientBox
                    objectName: "moneyRecipient"
                    Layout.fillWidth: true
                    model: dialog.recipients
                }
            }
            ColumnLayout {
                spacing: 6
                Layout.fillWidth: true
                PlainLabel { text: qsTr("Asset"); font.pixelSize: 13; font.weight: Font.Medium; color: Theme.textMuted }
                AppComboBox {
                    id: assetBox
                    objectName: "moneyAsset"
                    Layout.fillWidth: true
                    model: balances
                    textRole: "asset"
                    valueRole: "asset"
                }
                PlainLabel {
                    visible: dialog.mode !== "request"
                    text: { void balances.count; const b = balances.balanceOf(dialog.asset); return b.available !== undefined ? qsTr("Available: %1 %2").arg(b.available).arg(dialog.asset) : "" }
                    font.pixelSize: 12
                    color: Theme.textMuted
                }
            }
            FormField {
                id: amount
                objectName: "moneyAmount"
                label: dialog.mode === "redpacket" ? qsTr("Total") : qsTr("Amount")
                placeholderText: "0.00"
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                maximumLength: 40
            }
            RowLayout {
                visible: dialog.mode === "redpacket"
                Layout.fillWidth: true
                spacing: 12
                FormField {
                    id: shares
                    objectName: "moneyShares"
                    label: qsTr("Shares (first members to open)")
                    placeholderText: "1–100"
                    validator: IntValidator { bottom: 1; top: 100 }
                }
                ColumnLayout {
                    spacing: 6
                    PlainLabel { text: qsTr("Split"); font.pixelSize: 13; font.weight: Font.Medium; color: Theme.textMuted }
                    AppComboBox {
                        id: split
                        objectName: "moneySplit"
                        Layout.preferredWidth: 150
                        model: [qsTr("Equal"), qsTr("Random")]
                    }
                }
            }
            FormField {
                id: memo
                objectName: "moneyMemo"
                label: qsTr("Note (optional)")
                maximumLength: 140
            }
        }

        PlainLabel {
            visible: dialog.confirming
            objectName: "moneyConfirmText"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: 15
            text: dialog.mode === "redpacket" ? qsTr("Put %1 %2 in a red packet of %3 shares? It leaves your wallet now (the fee is added); what nobody opens within a day comes back.").arg(amount.text.trim()).arg(dialog.asset).arg(shares.text.trim())
                : dialog.recipient !== "" ? qsTr("Send %1 %2 to @%3? The fee is added by the wallet.").arg(amount.text.trim()).arg(dialog.asset).arg(dialog.recipient)
                                          : qsTr("Send %1 %2? The fee is added by the wallet.").arg(amount.text.trim()).arg(dialog.asset)
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Item { Layout.fillWidth: true }
            AppButton {
                text: dialog.confirming ? qsTr("Back") : qsTr("Cancel")
                onClicked: dialog.confirming ? dialog.confirming = false : dialog.close()
            }
            AppButton {
                objectName: "moneySubmit"
                kind: "primary"
                enabled: dialog.valid
                text: dialog.mode === "request" ? qsTr("Request") : dialog.confirming ? qsTr("Send now") : qsTr("Continue")
                onClicked: {
                    if (dialog.mode === "request") {
                        dialog.model.requestMoney(dialog.asset, amount.text.trim(), memo.text)
                        dialog.close()
                    } else if (!dialog.confirming) {
                        dialog.confirming = true
                    } else if (dialog.mode === "redpacket") {
                        dialog.model.sendRedPacket(dialog.asset, amount.text.trim(), Number(shares.text), split.currentIndex === 1 ? "random" : "equal", memo.text)
                        dialog.close()
                    } else {
                        dialog.model.sendMoney(dialog.recipient, dialog.asset, amount.text.trim(), memo.text)
                        dialog.close()
                    }
                }
            }
        }
    }
}
