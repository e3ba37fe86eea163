import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The Swap panel of a point's page: which way (points → coin or coin →
// points, as the policy allows), how much, "Get quote", then the quote —
// what you give, get, the fee and the rate — counting down to its expiry,
// and Confirm. The swap is sent once per confirmed quote, and pressing again
// after a lost answer repeats it under the same key (BridgeSwap).
Card {
    id: panel
    property var point: ({})
    property WalletBalancesModel balances
    readonly property bool toCoin: flow.direction === "toCoin"
    readonly property var coinBalance: { if (!balances || !point.coin) return ({}); void balances.count; return balances.balanceOf(point.coin) }
    readonly property string available: toCoin ? (point.balance || "0") : (coinBalance.available || "0")
    readonly property bool showQuote: flow.stage === BridgeQuoteFlow.Quoted || flow.stage === BridgeQuoteFlow.Confirming
                                      || flow.stage === BridgeQuoteFlow.Uncertain || flow.stage === BridgeQuoteFlow.Expired

    objectName: "swapPanel"
    title: qsTr("Swap")
    subtitle: qsTr("Quotes hold for a few seconds; confirm before the time runs out.")

    BridgeSwap {
        id: flow
        objectName: "bridgeSwap"
        point: panel.point
        onSwapped: amount.text = ""
    }

    // Which way.
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: directions.implicitHeight + 8
        radius: 12
        color: Theme.surfaceAlt
        RowLayout {
            id: directions
            anchors.fill: parent
            anchors.margins: 4
            spacing: 4
            Repeater {
                model: [{ key: "toCoin", allowed: !!(panel.point.policy && panel.point.policy.toCoin) },
                        { key: "toPoints", allowed: !!(panel.point.policy && panel.point.policy.toPoints) }]
                delegate: AppButton {
                    required property var modelData
                    objectName: "swapDirection_" + modelData.key
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100
                    kind: flow.direction === modelData.key ? "primary" : "ghost"
                    enabled: modelData.allowed && flow.stage !== BridgeQuoteFlow.Confirming
                    text: BridgeWords.direction(modelData.key, panel.point.code, panel.point.coin)
                    onClicked: flow.direction = modelData.key
                }
            }
        }
    }

    PlainLabel {
        visible: !flow.directionAllowed
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.warning
        horizontalAlignment: Text.AlignLeft
        text: panel.point.status === "paused" ? qsTr("Swaps are paused for this point.")
            : panel.point.status === "draft" ? qsTr("This point has no approved policy yet.")
            : qsTr("The partner does not allow this direction at the moment.")
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        FormField {
            id: amount
            objectName: "swapAmount"
            label: qsTr("You give (%1)").arg(flow.giveAsset)
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            validator: RegularExpressionValidator { regularExpression: /^\d{0,20}(\.\d{0,18})?$/ }
            maximumLength: 40
            hint: qsTr("Available: %1 %2").arg(panel.available).arg(flow.giveAsset)
            input.enabled: flow.stage !== BridgeQuoteFlow.Confirming && flow.stage !== BridgeQuoteFlow.Uncertain
            onAccepted: if (quoteButton.enabled) quoteButton.clicked()
        }
        AppButton {
            kind: "ghost"
            Layout.alignment: Qt.AlignVCenter
            text: qsTr("Max")
            enabled: amount.input.enabled
            onClicked: amount.text = panel.available
        }
        AppButton {
            id: quoteButton
            objectName: "swapGetQuote"
            Layout.alignment: Qt.AlignVCenter
            kind: panel.showQuote ? "secondary" : "primary"
            text: flow.stage === BridgeQuoteFlow.Expired ? qsTr("New quote") : qsTr("Get quote")
            enabled: flow.directionAllowed && amount.text.trim() !== "" && flow.stage !== BridgeQuoteFlow.Quoting
                     && flow.stage !== BridgeQuoteFlow.Confirming && flow.stage !== BridgeQuoteFlow.Uncertain
            onClicked: flow.requestQuote(amount.text)
        }
    }

    // The quote, counting down.
    ColumnLayout {
        visible: panel.showQuote
        Layout.fillWidth: true
        spacing: 8
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 16
            rowSpacing: 6
            PlainLabel { text: qsTr("You give"); color: Theme.textMuted }
            PlainLabel { objectName: "swapQuoteGive"; text: (flow.quote.amountIn || "") + " " + (flow.quote.assetIn || ""); color: Theme.text; font.weight: Font.DemiBold; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; wrapMode: Text.WrapAnywhere }
            PlainLabel { text: qsTr("You get"); color: Theme.textMuted }
            PlainLabel { objectName: "swapQuoteGet"; text: (flow.quote.amountOut || "") + " " + (flow.quote.assetOut || ""); color: Theme.success; font.weight: Font.Bold; font.pixelSize: 17; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; wrapMode: Text.WrapAnywhere }
            PlainLabel { text: qsTr("Fee"); color: Theme.textMuted }
            PlainLabel { text: (flow.quote.fee || "0") + " " + (panel.point.coin || ""); color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; wrapMode: Text.WrapAnywhere }
            PlainLabel { text: qsTr("Rate"); color: Theme.textMuted }
            PlainLabel { text: qsTr("1 %1 = %2 %3").arg(panel.point.code || "").arg(flow.quote.rate || "").arg(panel.point.coin || ""); color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; wrapMode: Text.WrapAnywhere }
            PlainLabel { text: qsTr("Left today"); color: Theme.textMuted; visible: !!flow.limits.userLeft }
            PlainLabel {
                objectName: "swapLeftToday"
                visible: !!flow.limits.userLeft
                text: BridgeWords.limitText(flow.limits.userLeft, panel.point.code || "")
                color: Theme.text
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
            }
        }
        ProgressLine {
            Layout.fillWidth: true
            visible: flow.stage === BridgeQuoteFlow.Quoted || flow.stage === BridgeQuoteFlow.Confirming
            permille: flow.permilleLeft
        }
        PlainLabel {
            objectName: "swapCountdown"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            color: flow.stage === BridgeQuoteFlow.Expired ? Theme.warning : Theme.textMuted
            font.pixelSize: 13
            text: flow.stage === BridgeQuoteFlow.Expired ? qsTr("This quote has run out. Get a new one.")
                : flow.stage === BridgeQuoteFlow.Uncertain ? qsTr("The answer was lost. Confirm again to learn the outcome; the swap will not be made twice.")
                : qsTr("Valid for %1").arg(BridgeWords.seconds(flow.secondsLeft))
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            BusyIndicator {
                running: flow.stage === BridgeQuoteFlow.Confirming
                visible: running
                Layout.preferredWidth: 32
                Layout.preferredHeight: 32
            }
            Item { Layout.fillWidth: true }
            AppButton {
                kind: "ghost"
                text: qsTr("Cancel")
                enabled: flow.stage !== BridgeQuoteFlow.Confirming
                onClicked: flow.reset()
            }
            AppButton {
                objectName: "swapConfirm"
                kind: "primary"
                enabled: flow.canConfirm
                text: flow.stage === BridgeQuoteFlow.Uncertain ? qsTr("Confirm again")
                    : qsTr("Confirm: get %1 %2").arg(flow.quote.amountOut || "").arg(flow.quote.assetOut || "")
                onClicked: flow.confirm()
            }
        }
    }

    PlainLabel {
        objectName: "swapResult"
        visible: text !== ""
        Layout.fillWidth: true
        text: flow.resultText
        color: Theme.success
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignLeft
    }
    PlainLabel {
        objectName: "swapError"
        visible: text !== ""
        Layout.fillWidth: true
        text: flow.errorText
        color: Theme.danger
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignLeft
    }
}
