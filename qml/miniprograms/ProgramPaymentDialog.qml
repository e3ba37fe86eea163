import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The host's own confirmation of a program's payment: who is paid (the
// program's payee, as the server says), the amount, the fee, what is left
// of today's limit for this program, and a 2FA code when the amount is
// above the user's threshold. Nothing moves before Confirm.
Dialog {
    id: dialog
    property MiniProgramSession session
    readonly property var data: session ? session.promptData : ({})
    readonly property var inv: data.invoice || ({})
    readonly property var limits: data.limits || ({})

    modal: true
    closePolicy: session && session.promptBusy ? Popup.NoAutoClose : Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: 460
    padding: 22
    // Confirm waits a moment after the dialog appears: a page cannot time a request so that the
    // dialog pops up under a click the user was about to make elsewhere.
    property bool armed: false
    onOpened: { totp.text = ""; armed = false; armTimer.restart() }
    Timer { id: armTimer; interval: 800; onTriggered: dialog.armed = true }
    onRejected: if (session.prompt === "payment") session.dismissPrompt()
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: PlainLabel {
        LayoutMirroring.enabled: Language.rightToLeft
        text: qsTr("Confirm the payment")
        padding: 22
        bottomPadding: 0
        font.pixelSize: 18
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
    }

    ColumnLayout {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 14

        RowLayout {
            spacing: 10
            ProgramIcon {
                Layout.preferredWidth: 36
                Layout.preferredHeight: 36
                source: (dialog.data.program || {}).icon || ""
            }
            PlainLabel {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                text: qsTr("%1 asks you to pay. This window is AZCoiner's, not the program's.").arg((dialog.data.program || {}).name || "")
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 16
            rowSpacing: 10
            PlainLabel { text: qsTr("To"); color: Theme.textMuted }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                PlainLabel {
                    objectName: "programPayee"
                    text: (dialog.inv.merchant || {}).name || ""
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                StatusChip { visible: (dialog.inv.merchant || {}).verified === true; text: qsTr("Verified business"); tone: "success" }
            }
            PlainLabel { visible: !!dialog.inv.description; text: qsTr("For"); color: Theme.textMuted }
            PlainLabel {
                visible: !!dialog.inv.description
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                wrapMode: Text.WordWrap
                color: Theme.text
                text: dialog.inv.description || ""
            }
            PlainLabel { text: qsTr("Amount"); color: Theme.textMuted }
            PlainLabel {
                objectName: "programPayAmount"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                font.pixelSize: 17
                font.weight: Font.Bold
                color: Theme.text
                text: (dialog.inv.amount || "") + " " + (dialog.inv.asset || "")
            }
            PlainLabel { text: qsTr("Fee"); color: Theme.textMuted }
            PlainLabel {
                objectName: "programPayFee"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                color: Theme.text
                text: qsTr("%1 %2 — the merchant pays AZPay's fee").arg(dialog.data.payerFee || "0").arg(dialog.inv.asset || "")
            }
            PlainLabel { text: qsTr("Today's limit"); color: Theme.textMuted }
            PlainLabel {
                objectName: "programPayLimit"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                color: Theme.text
                text: qsTr("%1 of %2 %3 used").arg(dialog.limits.spentToday || "0").arg(dialog.limits.cap || "0").arg(dialog.inv.asset || "")
            }
        }
        FormField {
            id: totp
            objectName: "programPayTotp"
            visible: dialog.data.twoFactorRequired === true
            Layout.fillWidth: true
            label: qsTr("Authenticator code")
            hint: qsTr("Needed above your two-factor threshold.")
            maximumLength: 8
            inputMethodHints: Qt.ImhDigitsOnly
        }
        PlainLabel {
            objectName: "programPayError"
            visible: text !== ""
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.danger
            text: dialog.session ? dialog.session.promptError : ""
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Item { Layout.fillWidth: true }
            AppButton {
                objectName: "programPayCancel"
                kind: "ghost"
                text: qsTr("Cancel")
                enabled: !dialog.session.promptBusy
                onClicked: dialog.session.dismissPrompt()
            }
            AppButton {
                objectName: "programPayConfirm"
                kind: "primary"
                enabled: dialog.armed && !dialog.session.promptBusy && (!totp.visible || totp.text.length >= 6)
                text: dialog.session.promptBusy ? qsTr("Paying…") : qsTr("Pay %1 %2").arg(dialog.inv.amount || "").arg(dialog.inv.asset || "")
                onClicked: dialog.session.confirmPayment(totp.text)
            }
        }
    }
}
