import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Writing a proposal: a title, the reasoning, and at most one action the
// system runs if it passes. The server checks the author's stake and the
// action; its refusal stays in the dialog.
Dialog {
    id: dialog
    signal proposed(string proposalId)
    readonly property var actionTypes: [
        { key: "", text: qsTr("No action (a signal)") },
        { key: "fund.payout", text: qsTr("Pay from the community fund") },
        { key: "fees.set", text: qsTr("Change a fee") },
        { key: "spot.market", text: qsTr("Halt or reopen a spot market") },
        { key: "staking.rate", text: qsTr("Change a staking reward") }]
    readonly property string actionType: actionTypes[typeBox.currentIndex] ? actionTypes[typeBox.currentIndex].key : ""

    function start() {
        title.text = ""
        body.text = ""
        typeBox.currentIndex = 0
        composer.loadChoices()
        open()
        title.input.forceActiveFocus()
    }

    ProposalComposer {
        id: composer
        onProposed: id => { dialog.close(); Errors.inform(qsTr("Your proposal is open for discussion.")); dialog.proposed(id) }
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(620, Overlay.overlay ? Overlay.overlay.width - 40 : 620)
    height: Math.min(implicitHeight, Overlay.overlay ? Overlay.overlay.height - 40 : implicitHeight)
    padding: 22
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: PlainLabel {
        LayoutMirroring.enabled: Language.rightToLeft
        text: qsTr("New proposal")
        padding: 22
        bottomPadding: 0
        font.pixelSize: 18
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
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
            FormField { id: title; objectName: "proposalTitleField"; Layout.fillWidth: true; label: qsTr("Title"); maximumLength: 120 }
            PlainLabel { text: qsTr("Why (the community discusses it for a day before the vote)"); color: Theme.textMuted; font.pixelSize: 13 }
            TextArea {
                id: body
                objectName: "proposalBodyField"
                textFormat: TextEdit.PlainText
                Layout.fillWidth: true
                Layout.preferredHeight: 110
                wrapMode: TextEdit.Wrap
                color: Theme.text
                background: Rectangle { radius: 10; color: Theme.surfaceAlt; border.color: Theme.border }
            }
            PlainLabel { text: qsTr("Action if it passes"); color: Theme.textMuted; font.pixelSize: 13 }
            AppComboBox {
                id: typeBox
                objectName: "proposalActionType"
                Layout.fillWidth: true
                model: dialog.actionTypes.map(t => t.text)
            }
            // Payout
            GridLayout {
                visible: dialog.actionType === "fund.payout"
                columns: 3
                Layout.fillWidth: true
                columnSpacing: 10
                FormField { id: payTo; objectName: "payoutTo"; Layout.fillWidth: true; label: qsTr("To (username)") }
                FormField { id: payAsset; Layout.preferredWidth: 90; label: qsTr("Asset"); text: "AZC" }
                FormField { id: payAmount; objectName: "payoutAmount"; Layout.fillWidth: true; label: qsTr("Amount"); validator: RegularExpressionValidator { regularExpression: /^\d{0,12}(\.\d{0,18})?$/ } }
            }
            // Fee
            GridLayout {
                visible: dialog.actionType === "fees.set"
                columns: 3
                Layout.fillWidth: true
                columnSpacing: 10
                FormField { id: feeAsset; Layout.fillWidth: true; label: qsTr("Asset"); text: "USDT" }
                FormField { id: feeFlow; Layout.fillWidth: true; label: qsTr("Flow"); text: "transfer" }
                FormField { id: feeFixed; Layout.fillWidth: true; label: qsTr("Fixed"); text: "0" }
                FormField { id: feeRate; Layout.fillWidth: true; label: qsTr("Rate %"); text: "0" }
                FormField { id: feeMin; Layout.fillWidth: true; label: qsTr("Minimum"); text: "0" }
                FormField { id: feeMax; Layout.fillWidth: true; label: qsTr("Maximum (0: none)"); text: "0" }
            }
            // Market
            RowLayout {
                visible: dialog.actionType === "spot.market"
                Layout.fillWidth: true
                spacing: 10
                AppComboBox { id: marketBox; Layout.fillWidth: true; model: composer.markets.map(m => m.symbol) }
                AppComboBox { id: marketStatus; Layout.preferredWidth: 160; model: [qsTr("Halt"), qsTr("Reopen")] }
            }
            // Staking rate
            RowLayout {
                visible: dialog.actionType === "staking.rate"
                Layout.fillWidth: true
                spacing: 10
                AppComboBox { id: productBox; Layout.fillWidth: true; model: composer.products.map(p => p.name + " · " + (p.rateBps / 100) + " %") }
                FormField { id: newRate; Layout.preferredWidth: 140; label: qsTr("New rate % a year"); validator: RegularExpressionValidator { regularExpression: /^\d{0,4}(\.\d{0,2})?$/ } }
            }
            PlainLabel {
                objectName: "proposalError"
                visible: composer.error !== ""
                text: composer.error
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.danger
                horizontalAlignment: Text.AlignLeft
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Item { Layout.fillWidth: true }
                AppButton { kind: "ghost"; text: qsTr("Cancel"); onClicked: dialog.close() }
                AppButton {
                    objectName: "proposalSubmit"
                    kind: "primary"
                    text: qsTr("Open for discussion")
                    enabled: title.text.trim().length >= 5 && !composer.busy
                    onClicked: composer.propose(title.text, body.text, dialog.actionType, {
                        toUsername: payTo.text, asset: dialog.actionType === "fees.set" ? feeAsset.text : payAsset.text, amount: payAmount.text,
                        flow: feeFlow.text, fixed: feeFixed.text, ratePercent: dialog.actionType === "fees.set" ? feeRate.text : newRate.text,
                        min: feeMin.text, max: feeMax.text,
                        market: composer.markets.length > marketBox.currentIndex && marketBox.currentIndex >= 0 ? composer.markets[marketBox.currentIndex].symbol : "",
                        status: marketStatus.currentIndex === 0 ? "halted" : "open",
                        productId: composer.products.length > productBox.currentIndex && productBox.currentIndex >= 0 ? composer.products[productBox.currentIndex].id : ""
                    })
                }
            }
        }
    }
}
