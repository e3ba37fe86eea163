import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Proposing a point's policy, every field of it: a fixed rate or the
// market's price, the spread and fee (percentages), the coverage the reserve
// must keep, the smallest and largest swap, the daily caps per user and in
// all, and which directions are open. Filled from the policy in force; it
// stays in force until a platform admin approves this one.
Dialog {
    id: dialog
    objectName: "policyFormDialog"
    property PolicyProposalsModel proposals
    property var point: ({})
    property string errorText: ""

    // Percentages from basis points, exactly as the view models wrote them ("1.5").
    function start(p) {
        point = p
        errorText = ""
        const policy = p.policy || {}
        marketRate.checked = policy.rateMode === "market"
        rate.text = policy.rateMode === "fixed" ? (policy.rate || "") : ""
        spread.text = p.spreadPercent || "0"
        fee.text = p.feePercent || "0"
        coverage.text = p.policyCoveragePercent || "100"
        minSwap.text = policy.minSwap || "0"
        maxSwap.text = policy.maxSwap || "0"
        userCap.text = policy.userDailyCap || "0"
        totalCap.text = policy.totalDailyCap || "0"
        toCoin.checked = policy.toCoin === undefined ? true : !!policy.toCoin
        toPoints.checked = policy.toPoints === undefined ? true : !!policy.toPoints
        open()
    }

    Connections {
        target: dialog.proposals
        enabled: dialog.visible
        function onProposed() {
            Errors.inform(qsTr("Proposed. A platform admin approves it; until then the current policy stays in force."))
            dialog.close()
        }
        function onProposeFailed(message) { dialog.errorText = message }
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, Overlay.overlay ? Overlay.overlay.width - 48 : 560)
    height: Math.min(implicitHeight, Overlay.overlay ? Overlay.overlay.height - 48 : implicitHeight)
    padding: 22
    title: qsTr("Propose a policy for %1").arg(point.code || "")
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

        GridLayout {
            LayoutMirroring.enabled: Language.rightToLeft
            LayoutMirroring.childrenInherit: true
            width: scroll.availableWidth
            columns: 2
            columnSpacing: 12
            rowSpacing: 10

            AppSwitch {
                id: marketRate
                objectName: "policyMarketRate"
                Layout.columnSpan: 2
                text: qsTr("Follow the market's last price instead of a fixed rate")
            }
            FormField {
                id: rate
                objectName: "policyRate"
                Layout.columnSpan: 2
                visible: !marketRate.checked
                label: qsTr("Rate: %1 per whole %2").arg(dialog.point.coin || "").arg(dialog.point.code || "")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                maximumLength: 40
            }
            FormField { id: spread; objectName: "policySpread"; label: qsTr("Spread (%)"); maximumLength: 8; Layout.preferredWidth: 1 }
            FormField { id: fee; objectName: "policyFee"; label: qsTr("Fee (%)"); maximumLength: 8; Layout.preferredWidth: 1 }
            FormField {
                id: coverage
                objectName: "policyCoverage"
                Layout.columnSpan: 2
                label: qsTr("Reserve coverage (%; 100 = fully backed)")
                maximumLength: 8
            }
            FormField { id: minSwap; objectName: "policyMinSwap"; label: qsTr("Smallest swap (%1)").arg(dialog.point.code || ""); maximumLength: 40; Layout.preferredWidth: 1 }
            FormField { id: maxSwap; objectName: "policyMaxSwap"; label: qsTr("Largest swap (0: none)"); maximumLength: 40; Layout.preferredWidth: 1 }
            FormField { id: userCap; objectName: "policyUserCap"; label: qsTr("Per user a day (0: none)"); maximumLength: 40; Layout.preferredWidth: 1 }
            FormField { id: totalCap; objectName: "policyTotalCap"; label: qsTr("Everyone a day (0: none)"); maximumLength: 40; Layout.preferredWidth: 1 }
            AppCheckBox { id: toCoin; objectName: "policyToCoin"; Layout.columnSpan: 2; text: qsTr("Users may swap points for the coin") }
            AppCheckBox { id: toPoints; objectName: "policyToPoints"; Layout.columnSpan: 2; text: qsTr("Users may buy points with the coin") }
            PlainLabel {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: 12
                horizontalAlignment: Text.AlignLeft
                text: qsTr("Caps count points and reset at midnight UTC. The spread is taken from users both ways; the fee goes to the platform.")
            }
            PlainLabel {
                objectName: "policyError"
                visible: text !== ""
                Layout.columnSpan: 2
                Layout.fillWidth: true
                text: dialog.errorText
                color: Theme.danger
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignLeft
            }
            RowLayout {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                spacing: 8
                Item { Layout.fillWidth: true }
                AppButton { kind: "ghost"; text: qsTr("Cancel"); onClicked: dialog.close() }
                AppButton {
                    objectName: "policyPropose"
                    kind: "primary"
                    enabled: !!dialog.proposals && !dialog.proposals.busy
                    text: qsTr("Propose")
                    onClicked: {
                        dialog.errorText = ""
                        dialog.proposals.propose(dialog.point.code, {
                            rateMode: marketRate.checked ? "market" : "fixed", rate: rate.text,
                            spreadPercent: spread.text, feePercent: fee.text, coveragePercent: coverage.text,
                            minSwap: minSwap.text, maxSwap: maxSwap.text, userDailyCap: userCap.text,
                            totalDailyCap: totalCap.text, toCoin: toCoin.checked, toPoints: toPoints.checked
                        }, dialog.point.decimals || 0)
                    }
                }
            }
        }
    }
}
