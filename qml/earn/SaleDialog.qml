import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One token sale: its story, terms and requirements, the phase countdown,
// the vesting tranches, the user's commitment and — once the sale has ended —
// the allocation the server computed (tokens, cost, refund, delivered). While
// the sale is open: commit an amount, confirmed once more before it is held.
Dialog {
    id: dialog
    property WalletBalancesModel balances
    property string step: "form" // form, confirm, sending, done
    readonly property var s: sale.sale
    readonly property bool isOpen: s.phase === "open"
    readonly property var balance: { if (!balances || !s.quote) return ({}); void balances.count; return balances.balanceOf(s.quote) }
    readonly property var allocation: s.myAllocation || null
    signal stakeRequested()

    function show(saleId) {
        sale.saleId = saleId
        sale.beginCommit()
        step = "form"
        amount.text = ""
        open()
    }

    LaunchpadSale {
        id: sale
        objectName: "launchpadSaleObject"
        onCommitted: dialog.step = "done"
        onErrorTextChanged: if (errorText !== "" && dialog.step === "sending") dialog.step = "confirm"
    }

    modal: true
    closePolicy: step === "sending" ? Popup.NoAutoClose : Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(720, Overlay.overlay ? Overlay.overlay.width - 48 : 720)
    height: Math.min(implicitHeight, Overlay.overlay ? Overlay.overlay.height - 48 : implicitHeight)
    padding: 22
    title: s.title || s.tokenName || ""
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: PlainLabel {
        LayoutMirroring.enabled: Language.rightToLeft
        text: dialog.title
        padding: 22
        bottomPadding: 0
        font.pixelSize: 20
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
        elide: Text.ElideRight
    }
    // The buttons stay in view while the sale scrolls.
    footer: Item {
        implicitHeight: buttons.implicitHeight + 36
        RowLayout {
            id: buttons
            LayoutMirroring.enabled: Language.rightToLeft
            LayoutMirroring.childrenInherit: true
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: 22
            spacing: 8
            BusyIndicator { running: dialog.step === "sending"; visible: running; Layout.preferredWidth: 32; Layout.preferredHeight: 32 }
            Item { Layout.fillWidth: true }
            AppButton {
                objectName: "saleClose"
                kind: "ghost"
                visible: dialog.step !== "confirm"
                enabled: dialog.step !== "sending"
                text: qsTr("Close")
                onClicked: dialog.close()
            }
            AppButton {
                objectName: "saleBack"
                kind: "ghost"
                visible: dialog.step === "confirm"
                text: qsTr("Back")
                onClicked: { sale.beginCommit(); dialog.step = "form" } // a changed amount is a new intent
            }
            AppButton {
                objectName: "saleCommitMore"
                visible: dialog.isOpen && dialog.step === "done"
                text: qsTr("Commit more")
                onClicked: { sale.beginCommit(); amount.text = ""; dialog.step = "form" }
            }
            AppButton {
                objectName: "saleContinue"
                kind: "primary"
                visible: dialog.isOpen && dialog.step === "form"
                enabled: amount.text.trim() !== ""
                text: qsTr("Continue")
                onClicked: { sale.clearError(); dialog.step = "confirm" }
            }
            AppButton {
                objectName: "saleCommit"
                kind: "primary"
                visible: dialog.step === "confirm" || dialog.step === "sending"
                enabled: dialog.step === "confirm"
                text: sale.canRetry ? qsTr("Commit again") : qsTr("Commit %1 %2").arg(amount.text).arg(dialog.s.quote || "")
                onClicked: { dialog.step = "sending"; sale.commit(amount.text) }
            }
        }
    }

    Flickable {
        id: scroller
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        implicitHeight: content.implicitHeight
        contentHeight: content.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: content
            width: scroller.width
            spacing: 14

            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                PlainLabel {
                    Layout.fillWidth: true
                    text: dialog.s.partner ? qsTr("%1 · %2 · listed for @%3").arg(dialog.s.token || "").arg(dialog.s.tokenName || "").arg(dialog.s.partner)
                                           : (dialog.s.token || "") + " · " + (dialog.s.tokenName || "")
                    color: Theme.textMuted
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignLeft
                }
                StatusChip { text: EarnWords.phase(dialog.s.phase); tone: EarnWords.phaseTone(dialog.s.phase) }
                PlainLabel {
                    objectName: "saleCountdown"
                    visible: text !== ""
                    text: EarnWords.phaseCountdown(dialog.s.phase, sale.secondsLeft)
                    color: Theme.text
                    font.weight: Font.DemiBold
                }
            }
            PlainLabel {
                objectName: "saleDescription"
                visible: text !== ""
                Layout.fillWidth: true
                text: dialog.s.description || ""
                wrapMode: Text.WordWrap
                color: Theme.text
                horizontalAlignment: Text.AlignLeft
            }

            // The terms.
            GridLayout {
                Layout.fillWidth: true
                columns: dialog.width > 600 ? 4 : 2
                columnSpacing: 14
                rowSpacing: 6
                PlainLabel { text: qsTr("Price"); color: Theme.textMuted }
                PlainLabel { text: qsTr("%1 %2 per %3").arg(dialog.s.price || "").arg(dialog.s.quote || "").arg(dialog.s.token || ""); color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight; horizontalAlignment: Text.AlignLeft }
                PlainLabel { text: qsTr("On sale"); color: Theme.textMuted }
                PlainLabel { text: (dialog.s.total || "") + " " + (dialog.s.token || ""); color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight; horizontalAlignment: Text.AlignLeft }
                PlainLabel { text: qsTr("Target"); color: Theme.textMuted }
                PlainLabel { text: (dialog.s.target || "") + " " + (dialog.s.quote || ""); color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight; horizontalAlignment: Text.AlignLeft }
                PlainLabel { text: qsTr("Committed"); color: Theme.textMuted }
                PlainLabel {
                    objectName: "saleCommitted"
                    text: (dialog.s.committed || "0") + " " + (dialog.s.quote || "") + " · " + EarnWords.buyers(Number(dialog.s.buyers || 0))
                    color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight; horizontalAlignment: Text.AlignLeft
                }
                PlainLabel { text: qsTr("Opens"); color: Theme.textMuted }
                PlainLabel { text: Labels.dateTime(Number(dialog.s.startsAt || 0)); color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight; horizontalAlignment: Text.AlignLeft }
                PlainLabel { text: qsTr("Closes"); color: Theme.textMuted }
                PlainLabel { text: Labels.dateTime(Number(dialog.s.endsAt || 0)); color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight; horizontalAlignment: Text.AlignLeft }
                PlainLabel { text: qsTr("Per person"); color: Theme.textMuted }
                PlainLabel { text: dialog.s.perUserCap === "0" ? qsTr("No limit") : qsTr("Up to %1 %2").arg(dialog.s.perUserCap || "").arg(dialog.s.quote || ""); color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight; horizontalAlignment: Text.AlignLeft }
                PlainLabel { visible: dialog.s.sold !== undefined && dialog.s.sold !== "0"; text: qsTr("Sold"); color: Theme.textMuted }
                PlainLabel { visible: dialog.s.sold !== undefined && dialog.s.sold !== "0"; text: (dialog.s.sold || "") + " " + (dialog.s.token || ""); color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
            }
            ProgressLine { Layout.fillWidth: true; permille: dialog.s.filledPermille || 0 }

            // Who may commit.
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: reqs.implicitHeight + 24
                radius: 10
                color: Theme.surfaceAlt
                ColumnLayout {
                    id: reqs
                    anchors.fill: parent
                    anchors.margins: 12
                    spacing: 6
                    PlainLabel { text: qsTr("Requirements"); font.weight: Font.DemiBold; color: Theme.text }
                    PlainLabel {
                        objectName: "saleKycRequirement"
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        horizontalAlignment: Text.AlignLeft
                        readonly property bool met: Session.kycTier >= (dialog.s.minKycTier || 0)
                        color: met ? Theme.text : Theme.warning
                        text: (dialog.s.minKycTier || 0) === 0 ? qsTr("No identity verification needed.")
                              : (met ? qsTr("Verification: %1 (you have it).") : qsTr("Verification: %1 (you do not have it yet).")).arg(Labels.tier(dialog.s.minKycTier))
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 10
                        PlainLabel {
                            objectName: "saleStakeRequirement"
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            horizontalAlignment: Text.AlignLeft
                            color: Theme.text
                            text: !dialog.s.minStake || dialog.s.minStake === "0" ? qsTr("No staking needed.")
                                  : qsTr("At least %1 AZC staked (active stakes) when you commit.").arg(dialog.s.minStake)
                        }
                        AppButton {
                            visible: !!dialog.s.minStake && dialog.s.minStake !== "0" && dialog.isOpen
                            kind: "ghost"
                            text: qsTr("Stake AZC")
                            onClicked: dialog.stakeRequested()
                        }
                    }
                }
            }

            // When the tokens arrive.
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                PlainLabel { text: qsTr("Delivery"); font.weight: Font.DemiBold; color: Theme.text }
                Repeater {
                    model: dialog.s.vesting || []
                    delegate: PlainLabel {
                        required property var modelData
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        color: Theme.text
                        wrapMode: Text.WordWrap
                        readonly property string when: Labels.date(Number(dialog.s.endsAt || 0) + modelData.afterDays * 86400000)
                        text: modelData.afterDays === 0 ? qsTr("%1 % when the sale ends (%2)").arg(modelData.percent).arg(when)
                                                        : qsTr("%1 % %2 after the end (%3)").arg(modelData.percent).arg(EarnWords.days(modelData.afterDays)).arg(when)
                    }
                }
            }

            // Mine.
            Rectangle {
                objectName: "saleMine"
                visible: (dialog.s.myCommitted && dialog.s.myCommitted !== "0") || dialog.allocation !== null
                Layout.fillWidth: true
                implicitHeight: mine.implicitHeight + 24
                radius: 10
                color: Theme.accentSoft
                ColumnLayout {
                    id: mine
                    anchors.fill: parent
                    anchors.margins: 12
                    spacing: 6
                    PlainLabel {
                        objectName: "saleMyCommitted"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        font.weight: Font.DemiBold
                        color: Theme.text
                        text: qsTr("You committed %1 %2").arg(dialog.s.myCommitted || "0").arg(dialog.s.quote || "")
                              + (dialog.allocation === null && dialog.isOpen ? " · " + qsTr("held in your wallet until the sale ends") : "")
                    }
                    GridLayout {
                        objectName: "saleAllocation"
                        visible: dialog.allocation !== null
                        Layout.fillWidth: true
                        columns: 4
                        columnSpacing: 14
                        rowSpacing: 4
                        readonly property var a: dialog.allocation || ({})
                        PlainLabel { text: qsTr("Tokens"); color: Theme.textMuted }
                        PlainLabel { text: (parent.a.tokens || "") + " " + (dialog.s.token || ""); color: Theme.text; font.weight: Font.DemiBold; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
                        PlainLabel { text: qsTr("Cost"); color: Theme.textMuted }
                        PlainLabel { text: (parent.a.cost || "") + " " + (dialog.s.quote || ""); color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
                        PlainLabel { text: qsTr("Refunded"); color: Theme.textMuted }
                        PlainLabel { text: (parent.a.refund || "") + " " + (dialog.s.quote || ""); color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
                        PlainLabel { text: qsTr("Delivered"); color: Theme.textMuted }
                        PlainLabel { text: qsTr("%1 of %2 %3 · %4").arg(parent.a.delivered || "0").arg(parent.a.tokens || "").arg(dialog.s.token || "").arg(EarnWords.allocationStatus(parent.a.status)); color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft; elide: Text.ElideRight }
                    }
                }
            }

            // Committing.
            ColumnLayout {
                visible: dialog.isOpen || dialog.step === "done"
                Layout.fillWidth: true
                spacing: 10
                Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                FormField {
                    id: amount
                    objectName: "saleAmount"
                    visible: dialog.step === "form"
                    label: qsTr("Commit (%1)").arg(dialog.s.quote || "")
                    placeholderText: "0.00"
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    validator: RegularExpressionValidator { regularExpression: /^\d{0,20}(\.\d{0,18})?$/ }
                    maximumLength: 40
                    hint: dialog.balance.available !== undefined ? qsTr("Available: %1 %2").arg(dialog.balance.available).arg(dialog.s.quote) : ""
                }
                PlainLabel {
                    objectName: "saleConfirmText"
                    visible: dialog.step === "confirm" || dialog.step === "sending"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignLeft
                    color: Theme.text
                    text: qsTr("Commit %1 %2 to this sale? It is held in your wallet until the sale ends. Then you pay for the tokens you are allocated, at %3 %2 per %4, and the rest comes back to you.")
                          .arg(amount.text).arg(dialog.s.quote || "").arg(dialog.s.price || "").arg(dialog.s.token || "")
                }
                PlainLabel {
                    objectName: "saleDone"
                    visible: dialog.step === "done"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignLeft
                    color: Theme.success
                    text: qsTr("Committed. Your %1 %2 is held until the sale ends.").arg(amount.text).arg(dialog.s.quote || "")
                }
            }
            PlainLabel {
                objectName: "saleError"
                visible: text !== ""
                text: sale.errorText
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
            }
        }
    }
}
