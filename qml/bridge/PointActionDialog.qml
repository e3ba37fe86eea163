import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// A money action on one of the organisation's points: top up the reserve
// (from the organisation's balance or the member's wallet), withdraw what
// is above the required reserve, credit a user, or burn points the
// organisation holds. The form, then a confirmation, then the outcome; one
// idempotency key per confirmed action (PartnerConsole), so pressing again
// after a lost answer does it once.
Dialog {
    id: dialog
    objectName: "pointActionDialog"
    property PartnerConsole partner
    property string mode: "topUp" // topUp, withdraw, credit, burn
    property var point: ({})
    property string step: "form" // form, confirm, sending
    property string errorText: ""
    property bool canRetry: false
    readonly property string unit: mode === "topUp" || mode === "withdraw" ? (point.coin || "") : (point.code || "")

    function start(m, p) {
        mode = m
        point = p
        step = "form"
        errorText = ""
        canRetry = false
        amount.text = ""
        username.text = ""
        reference.text = ""
        fromMe.checked = false
        partner.beginAction()
        open()
    }
    function send() {
        errorText = ""
        step = "sending"
        if (mode === "topUp") partner.topUpReserve(point.code, amount.text, fromMe.checked ? "me" : "org")
        else if (mode === "withdraw") partner.withdrawReserve(point.code, amount.text)
        else if (mode === "credit") partner.credit(point.code, username.text, amount.text, reference.text)
        else partner.burn(point.code, amount.text)
    }

    Connections {
        target: dialog.partner
        enabled: dialog.visible
        function onActed(action, result) {
            if (action !== dialog.mode) return
            Errors.inform(dialog.mode === "topUp" ? qsTr("The reserve was topped up with %1 %2.").arg(amount.text).arg(dialog.unit)
                        : dialog.mode === "withdraw" ? qsTr("%1 %2 went back to the organisation's balance.").arg(amount.text).arg(dialog.unit)
                        : dialog.mode === "credit" ? qsTr("%1 %2 credited to %3.").arg(amount.text).arg(dialog.unit).arg(username.text)
                        : qsTr("%1 %2 burned.").arg(amount.text).arg(dialog.unit))
            dialog.close()
        }
        function onActionFailed(action, message, canRetry) {
            if (action !== dialog.mode) return
            dialog.errorText = message
            dialog.canRetry = canRetry
            dialog.step = canRetry ? "confirm" : "form"
        }
    }

    modal: true
    closePolicy: step === "sending" ? Popup.NoAutoClose : Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(500, Overlay.overlay ? Overlay.overlay.width - 48 : 500)
    padding: 22
    title: mode === "topUp" ? qsTr("Top up the reserve of %1").arg(point.code || "")
         : mode === "withdraw" ? qsTr("Withdraw from the reserve of %1").arg(point.code || "")
         : mode === "credit" ? qsTr("Credit %1 to a user").arg(point.code || "")
         : qsTr("Burn %1").arg(point.code || "")
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

    ColumnLayout {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 12

        PlainLabel {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            horizontalAlignment: Text.AlignLeft
            text: dialog.mode === "topUp" ? qsTr("Reserve now %1 %2; required %3 %2.").arg(dialog.point.reserve || "0").arg(dialog.point.coin || "").arg(dialog.point.requiredReserve || "0")
                : dialog.mode === "withdraw" ? qsTr("Only what is above the required %1 %2 can leave the reserve.").arg(dialog.point.requiredReserve || "0").arg(dialog.point.coin || "")
                : dialog.mode === "credit" ? qsTr("New points are issued to the user; the reserve must cover them afterwards.")
                : qsTr("Points the organisation holds (from market sales) are retired for good.")
        }
        FormField {
            id: username
            objectName: "pointActionUser"
            visible: dialog.mode === "credit"
            label: qsTr("Username")
            placeholderText: qsTr("@username")
            maximumLength: 40
            input.enabled: dialog.step === "form"
        }
        FormField {
            id: amount
            objectName: "pointActionAmount"
            label: qsTr("Amount (%1)").arg(dialog.unit)
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            validator: RegularExpressionValidator { regularExpression: /^\d{0,20}(\.\d{0,18})?$/ }
            maximumLength: 40
            input.enabled: dialog.step === "form"
        }
        FormField {
            id: reference
            objectName: "pointActionReference"
            visible: dialog.mode === "credit"
            label: qsTr("Reference (optional, the user sees it)")
            maximumLength: 64
            input.enabled: dialog.step === "form"
        }
        AppSwitch {
            id: fromMe
            objectName: "pointActionFromMe"
            visible: dialog.mode === "topUp"
            enabled: dialog.step === "form"
            text: qsTr("Pay from my own wallet instead of the organisation's balance")
        }

        PlainLabel {
            visible: dialog.step !== "form"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            font.weight: Font.DemiBold
            horizontalAlignment: Text.AlignLeft
            text: dialog.mode === "topUp" ? qsTr("Move %1 %2 from %3 into the reserve?").arg(amount.text).arg(dialog.unit).arg(BridgeWords.reserveFrom(fromMe.checked ? "me" : "org"))
                : dialog.mode === "withdraw" ? qsTr("Move %1 %2 from the reserve to the organisation's balance?").arg(amount.text).arg(dialog.unit)
                : dialog.mode === "credit" ? qsTr("Issue %1 %2 to %3?").arg(amount.text).arg(dialog.unit).arg(username.text)
                : qsTr("Burn %1 %2?").arg(amount.text).arg(dialog.unit)
        }
        PlainLabel {
            objectName: "pointActionError"
            visible: text !== ""
            Layout.fillWidth: true
            text: dialog.errorText
            color: Theme.danger
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignLeft
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            BusyIndicator { running: dialog.step === "sending"; visible: running; Layout.preferredWidth: 32; Layout.preferredHeight: 32 }
            Item { Layout.fillWidth: true }
            AppButton {
                kind: "ghost"
                enabled: dialog.step !== "sending"
                text: dialog.step === "confirm" ? qsTr("Back") : qsTr("Cancel")
                onClicked: {
                    if (dialog.step !== "confirm") return dialog.close()
                    dialog.partner.beginAction() // changed details are a new action
                    dialog.errorText = ""
                    dialog.canRetry = false
                    dialog.step = "form"
                }
            }
            AppButton {
                objectName: "pointActionContinue"
                kind: "primary"
                visible: dialog.step === "form"
                enabled: amount.text.trim() !== "" && (dialog.mode !== "credit" || username.text.trim() !== "")
                text: qsTr("Continue")
                onClicked: { dialog.errorText = ""; dialog.step = "confirm" }
            }
            AppButton {
                objectName: "pointActionConfirm"
                kind: "primary"
                visible: dialog.step !== "form"
                enabled: dialog.step === "confirm"
                text: dialog.canRetry ? qsTr("Try again") : qsTr("Confirm")
                onClicked: dialog.send()
            }
        }
    }
}
