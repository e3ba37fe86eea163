import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// A partner's request, opened: who asks, for what (their reference), the
// fresh quote counting down, then Confirm (bridge.confirmConsent, one key
// per confirmed quote, the same again after a lost answer) or Decline.
Dialog {
    id: dialog
    objectName: "consentDialog"

    // A consent id from a partner's link or QR text ("" when it is neither).
    function idFrom(text) { return flow.consentIdFrom(text) }
    function start(consentId) {
        flow.open(consentId)
        open()
    }

    // The request was confirmed or declined here: the list reads itself again.
    signal answered()

    BridgeConsent {
        id: flow
        objectName: "bridgeConsent"
        onSwapped: { Errors.inform(qsTr("Done: the partner has been told.")); dialog.answered() }
        onDeclined: { Errors.inform(qsTr("Request declined.")); dialog.answered(); dialog.close() }
    }

    modal: true
    closePolicy: flow.stage === BridgeQuoteFlow.Confirming ? Popup.NoAutoClose : Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, Overlay.overlay ? Overlay.overlay.width - 48 : 520)
    padding: 22
    title: qsTr("Request from %1").arg(flow.consent.org ? flow.consent.org.name : "")
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
            color: Theme.text
            horizontalAlignment: Text.AlignLeft
            text: flow.consent.direction === "toPoints"
                  ? qsTr("%1 asks you to pay %2 %3 in exchange for %4.").arg(flow.consent.org ? flow.consent.org.name : "").arg(flow.consent.amount || "").arg(flow.quote.assetIn || "").arg(flow.consent.pointName || "")
                  : qsTr("%1 asks you to give %2 %3 in exchange for coin.").arg(flow.consent.org ? flow.consent.org.name : "").arg(flow.consent.amount || "").arg(flow.consent.point || "")
        }
        PlainLabel {
            visible: !!flow.consent.reference
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            horizontalAlignment: Text.AlignLeft
            text: qsTr("Their reference: %1").arg(flow.consent.reference || "")
        }
        BusyIndicator {
            running: flow.stage === BridgeQuoteFlow.Quoting
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }

        GridLayout {
            visible: flow.stage === BridgeQuoteFlow.Quoted || flow.stage === BridgeQuoteFlow.Confirming
                     || flow.stage === BridgeQuoteFlow.Uncertain || flow.stage === BridgeQuoteFlow.Expired
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 16
            rowSpacing: 6
            PlainLabel { text: qsTr("You give"); color: Theme.textMuted }
            PlainLabel { objectName: "consentGive"; text: (flow.quote.amountIn || "") + " " + (flow.quote.assetIn || ""); color: Theme.text; font.weight: Font.DemiBold; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; wrapMode: Text.WrapAnywhere }
            PlainLabel { text: qsTr("You get"); color: Theme.textMuted }
            PlainLabel { objectName: "consentGet"; text: (flow.quote.amountOut || "") + " " + (flow.quote.assetOut || ""); color: Theme.success; font.weight: Font.Bold; font.pixelSize: 17; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; wrapMode: Text.WrapAnywhere }
            PlainLabel { text: qsTr("Fee"); color: Theme.textMuted }
            PlainLabel { text: flow.quote.fee || "0"; color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; wrapMode: Text.WrapAnywhere }
            PlainLabel { text: qsTr("Rate"); color: Theme.textMuted }
            PlainLabel { text: flow.quote.rate || ""; color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; wrapMode: Text.WrapAnywhere }
        }
        ProgressLine {
            Layout.fillWidth: true
            visible: flow.stage === BridgeQuoteFlow.Quoted || flow.stage === BridgeQuoteFlow.Confirming
            permille: flow.permilleLeft
        }
        PlainLabel {
            objectName: "consentCountdown"
            visible: text !== ""
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.WordWrap
            color: flow.stage === BridgeQuoteFlow.Expired ? Theme.warning : Theme.textMuted
            font.pixelSize: 13
            text: flow.stage === BridgeQuoteFlow.Quoted || flow.stage === BridgeQuoteFlow.Confirming ? qsTr("Valid for %1").arg(BridgeWords.seconds(flow.secondsLeft))
                : flow.stage === BridgeQuoteFlow.Expired ? qsTr("This quote has run out. Get a fresh one to go on.")
                : flow.stage === BridgeQuoteFlow.Uncertain ? qsTr("The answer was lost. Confirm again to learn the outcome; it will not be done twice.") : ""
        }
        PlainLabel {
            objectName: "consentResult"
            visible: text !== ""
            Layout.fillWidth: true
            text: flow.resultText
            color: Theme.success
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignLeft
        }
        PlainLabel {
            objectName: "consentError"
            visible: text !== ""
            Layout.fillWidth: true
            text: flow.errorText
            color: Theme.danger
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignLeft
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            AppButton {
                objectName: "consentDecline"
                kind: "danger"
                visible: flow.stage !== BridgeQuoteFlow.Done
                enabled: flow.stage !== BridgeQuoteFlow.Confirming && flow.stage !== BridgeQuoteFlow.Uncertain && flow.consent.status === "pending"
                text: qsTr("Decline")
                onClicked: flow.decline()
            }
            Item { Layout.fillWidth: true }
            AppButton {
                kind: "ghost"
                enabled: flow.stage !== BridgeQuoteFlow.Confirming
                text: flow.stage === BridgeQuoteFlow.Done ? qsTr("Close") : qsTr("Not now")
                onClicked: dialog.close()
            }
            AppButton {
                objectName: "consentRefresh"
                visible: flow.stage === BridgeQuoteFlow.Expired
                kind: "secondary"
                text: qsTr("New quote")
                onClicked: flow.refreshQuote()
            }
            AppButton {
                objectName: "consentConfirm"
                kind: "primary"
                visible: flow.stage !== BridgeQuoteFlow.Done && flow.stage !== BridgeQuoteFlow.Expired
                enabled: flow.canConfirm
                text: flow.stage === BridgeQuoteFlow.Uncertain ? qsTr("Confirm again") : qsTr("Confirm")
                onClicked: flow.confirm()
            }
        }
    }
}
