import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Quick swap: pick what to pay with and what to get, an amount, and get a
// quote; it holds for a few seconds (the bar and the seconds count down),
// then must be refreshed. Accepting shows what was paid and received, and
// says plainly when only part was swapped or the price moved.
Dialog {
    id: dialog
    property SwapSession swap
    property WalletBalancesModel balances
    property string from: ""
    property string to: ""
    readonly property var fromBalance: { void balances.count; void from; return balances.balanceOf(from) }
    readonly property var targets: { void swap.assets; return swap.targetsFor(from) }

    function start(fromAsset, toAsset) {
        swap.reset()
        amount.text = ""
        const assets = swap.assets
        from = assets.indexOf(fromAsset) >= 0 ? fromAsset : (assets[0] || "")
        const t = swap.targetsFor(from)
        to = t.indexOf(toAsset) >= 0 ? toAsset : (t[0] || "")
        open()
    }
    function getQuote() { swap.requestQuote(from, to, amount.text) }

    modal: true
    closePolicy: swap && (swap.stage === SwapSession.Accepting || swap.stage === SwapSession.Quoting) ? Popup.NoAutoClose : Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: 460
    padding: 22
    title: swap && swap.stage === SwapSession.Done ? qsTr("Swapped") : qsTr("Quick swap")
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: PlainLabel {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        text: dialog.title
        padding: 22
        bottomPadding: 0
        font.pixelSize: 18
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
    }

    ColumnLayout {
        // Popups live in the window overlay, outside the mirrored shell: mirror here too.
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 14

        // The form (kept visible under the quote, read-only, so it is clear what was quoted).
        GridLayout {
            visible: dialog.swap.stage !== SwapSession.Done
            enabled: dialog.swap.stage === SwapSession.Editing || dialog.swap.stage === SwapSession.Expired
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 12
            rowSpacing: 6
            PlainLabel { text: qsTr("You pay with"); font.pixelSize: 13; font.weight: Font.Medium; color: Theme.textMuted; Layout.fillWidth: true }
            PlainLabel { text: qsTr("You get"); font.pixelSize: 13; font.weight: Font.Medium; color: Theme.textMuted; Layout.fillWidth: true }
            AppComboBox {
                objectName: "swapFrom"
                Layout.fillWidth: true
                model: dialog.swap.assets
                currentIndex: model.indexOf(dialog.from)
                onActivated: index => {
                    dialog.from = model[index]
                    const t = dialog.swap.targetsFor(dialog.from)
                    if (t.indexOf(dialog.to) < 0) dialog.to = t[0] || ""
                    dialog.swap.reset()
                }
            }
            AppComboBox {
                objectName: "swapTo"
                Layout.fillWidth: true
                model: dialog.targets
                currentIndex: model.indexOf(dialog.to)
                onActivated: index => { dialog.to = model[index]; dialog.swap.reset() }
            }
        }
        FormField {
            id: amount
            objectName: "swapAmount"
            visible: dialog.swap.stage !== SwapSession.Done
            enabled: dialog.swap.stage === SwapSession.Editing || dialog.swap.stage === SwapSession.Expired
            label: qsTr("Amount (%1)").arg(dialog.from)
            placeholderText: "0.00"
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            hint: dialog.fromBalance.available !== undefined ? qsTr("Available: %1 %2").arg(dialog.fromBalance.available).arg(dialog.from) : ""
            onTextChanged: if (dialog.swap.stage === SwapSession.Expired) dialog.swap.reset()
            onAccepted: dialog.getQuote()
        }

        // The quote, with its countdown.
        Rectangle {
            objectName: "swapQuoteBox"
            visible: dialog.swap.stage === SwapSession.Quoted || dialog.swap.stage === SwapSession.Accepting
                     || (dialog.swap.stage === SwapSession.Expired && dialog.swap.quote.receive !== undefined)
            Layout.fillWidth: true
            implicitHeight: quoteColumn.implicitHeight + 28
            radius: 12
            color: Theme.surfaceAlt
            ColumnLayout {
                id: quoteColumn
                anchors.fill: parent
                anchors.margins: 14
                spacing: 8
                PlainLabel { text: qsTr("You receive"); color: Theme.textMuted; font.pixelSize: 13 }
                PlainLabel {
                    objectName: "swapReceive"
                    text: (dialog.swap.quote.receive || "") + " " + (dialog.swap.quote.to || "")
                    color: dialog.swap.stage === SwapSession.Expired ? Theme.textMuted : Theme.text
                    font.pixelSize: 22
                    font.weight: Font.Bold
                    font.strikeout: dialog.swap.stage === SwapSession.Expired
                }
                PlainLabel {
                    text: qsTr("for %1 %2").arg(dialog.swap.quote.amount || "").arg(dialog.swap.quote.from || "")
                    color: Theme.textMuted
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 6
                    radius: 3
                    color: Theme.border
                    Rectangle {
                        width: parent.width * dialog.swap.fractionLeft
                        height: parent.height
                        radius: 3
                        color: dialog.swap.secondsLeft <= 3 ? Theme.warning : Theme.accent
                    }
                }
                PlainLabel {
                    objectName: "swapCountdown"
                    text: dialog.swap.stage === SwapSession.Expired ? qsTr("This quote has expired.")
                        : qsTr("Price held: %1 s left.").arg(dialog.swap.secondsLeft)
                    color: dialog.swap.stage === SwapSession.Expired || dialog.swap.secondsLeft <= 3 ? Theme.warning : Theme.textMuted
                    font.pixelSize: 13
                    font.weight: Font.DemiBold
                }
            }
        }

        // The result.
        GridLayout {
            objectName: "swapResult"
            visible: dialog.swap.stage === SwapSession.Done
            Layout.fillWidth: true
            columns: 2
            rowSpacing: 8
            PlainLabel { text: qsTr("You paid"); color: Theme.textMuted }
            PlainLabel { objectName: "swapPaid"; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; color: Theme.text; font.weight: Font.DemiBold; text: (dialog.swap.result.paid || "") + " " + (dialog.swap.result.from || "") }
            PlainLabel { text: qsTr("You received"); color: Theme.textMuted }
            PlainLabel { objectName: "swapReceived"; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; color: Theme.success; font.weight: Font.Bold; font.pixelSize: 17; text: (dialog.swap.result.received || "") + " " + (dialog.swap.result.to || "") }
            PlainLabel {
                objectName: "swapNote"
                Layout.columnSpan: 2
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: dialog.swap.resultNote
                color: dialog.swap.result.repriced || dialog.swap.result.status === "partially_filled" ? Theme.warning : Theme.textMuted
            }
        }

        PlainLabel {
            objectName: "swapError"
            visible: text !== ""
            text: dialog.swap.errorText
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            BusyIndicator {
                running: dialog.swap.busy
                visible: running
                Layout.preferredWidth: 32
                Layout.preferredHeight: 32
            }
            Item { Layout.fillWidth: true }
            AppButton {
                objectName: "swapCancel"
                kind: "ghost"
                visible: dialog.swap.stage !== SwapSession.Done
                enabled: dialog.swap.stage !== SwapSession.Accepting
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            AppButton {
                objectName: "swapGetQuote"
                kind: "primary"
                visible: dialog.swap.stage === SwapSession.Editing || dialog.swap.stage === SwapSession.Quoting || dialog.swap.stage === SwapSession.Expired
                enabled: dialog.swap.stage !== SwapSession.Quoting && amount.text.trim() !== "" && dialog.from !== "" && dialog.to !== ""
                text: dialog.swap.stage === SwapSession.Expired ? qsTr("Refresh quote") : qsTr("Get quote")
                onClicked: dialog.getQuote()
            }
            AppButton {
                objectName: "swapAccept"
                kind: "primary"
                visible: dialog.swap.stage === SwapSession.Quoted || dialog.swap.stage === SwapSession.Accepting
                enabled: dialog.swap.stage === SwapSession.Quoted
                text: qsTr("Swap now (%1 s)").arg(dialog.swap.secondsLeft)
                onClicked: dialog.swap.accept()
            }
            AppButton {
                objectName: "swapDone"
                kind: "primary"
                visible: dialog.swap.stage === SwapSession.Done
                text: qsTr("Done")
                onClicked: dialog.close()
            }
        }
    }
}
