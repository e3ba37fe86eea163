import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Staking in three steps: the amount (with what is available and what it
// earns in a day, exactly), a confirmation of the terms, and the result. The
// positions model sends it under one idempotency key per confirmed intent, so
// pressing again after a lost answer stakes once; going back is a new intent.
Dialog {
    id: dialog
    property StakingProductsModel products
    property StakingPositionsModel positions
    property WalletBalancesModel balances
    property var product: ({})
    property string step: "form" // form, confirm, sending, done
    property string errorText: ""
    property bool canRetry: false
    readonly property var balance: { if (!balances || !product.asset) return ({}); void balances.count; return balances.balanceOf(product.asset) }
    readonly property int decimals: balance.decimals !== undefined ? balance.decimals : 18
    readonly property string perDay: products ? products.dailyReward(amount.text, product.rateBps || 0, decimals) : ""

    function start(p) {
        product = p
        step = "form"
        errorText = ""
        canRetry = false
        amount.text = ""
        positions.beginStake()
        open()
        amount.input.forceActiveFocus()
    }

    Connections {
        target: dialog.positions
        enabled: dialog.visible
        function onStaked() { dialog.step = "done" }
        function onStakeFailed(message, canRetry) {
            dialog.errorText = message
            dialog.canRetry = canRetry
            dialog.step = "confirm"
        }
    }

    modal: true
    closePolicy: step === "sending" ? Popup.NoAutoClose : Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(500, Overlay.overlay ? Overlay.overlay.width - 48 : 500)
    padding: 22
    title: step === "done" ? qsTr("Staked") : step === "form" ? qsTr("Stake in %1").arg(product.name || "") : qsTr("Confirm your stake")
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
        spacing: 14

        // 1. The amount.
        ColumnLayout {
            visible: dialog.step === "form"
            Layout.fillWidth: true
            spacing: 12
            PlainLabel {
                Layout.fillWidth: true
                text: EarnWords.yearly(dialog.product.ratePercent || "") + " · " + EarnWords.kind(dialog.product.kind, dialog.product.lockDays)
                color: Theme.accent
                font.pixelSize: 15
                font.weight: Font.DemiBold
                horizontalAlignment: Text.AlignLeft
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                FormField {
                    id: amount
                    objectName: "stakeAmount"
                    label: qsTr("Amount (%1)").arg(dialog.product.asset || "")
                    placeholderText: qsTr("At least %1").arg(dialog.product.minAmount || "")
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    validator: RegularExpressionValidator { regularExpression: /^\d{0,20}(\.\d{0,18})?$/ }
                    maximumLength: 40
                    hint: dialog.balance.available !== undefined ? qsTr("Available: %1 %2").arg(dialog.balance.available).arg(dialog.product.asset) : ""
                    onAccepted: if (next.enabled) next.clicked()
                }
                AppButton {
                    objectName: "stakeMax"
                    Layout.alignment: Qt.AlignVCenter
                    kind: "ghost"
                    text: qsTr("Max")
                    enabled: dialog.balance.available !== undefined
                    onClicked: amount.text = dialog.balance.available
                }
            }
            PlainLabel {
                objectName: "stakePerDay"
                visible: dialog.perDay !== ""
                Layout.fillWidth: true
                text: qsTr("Earns %1 %2 a day").arg(dialog.perDay).arg(dialog.product.asset)
                color: Theme.text
                font.pixelSize: 15
                font.weight: Font.DemiBold
                wrapMode: Text.WrapAnywhere
                horizontalAlignment: Text.AlignLeft
            }
        }

        // 2. The terms, once more, before anything moves.
        GridLayout {
            visible: dialog.step === "confirm" || dialog.step === "sending"
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 16
            rowSpacing: 10
            PlainLabel { text: qsTr("Product"); color: Theme.textMuted }
            PlainLabel { text: dialog.product.name || ""; color: Theme.text; font.weight: Font.DemiBold; elide: Text.ElideRight; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight }
            PlainLabel { text: qsTr("Amount"); color: Theme.textMuted }
            PlainLabel { objectName: "stakeConfirmAmount"; text: amount.text + " " + (dialog.product.asset || ""); color: Theme.text; font.weight: Font.Bold; font.pixelSize: 17; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight }
            PlainLabel { text: qsTr("Rate"); color: Theme.textMuted }
            PlainLabel { text: EarnWords.yearly(dialog.product.ratePercent || ""); color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight }
            PlainLabel { text: qsTr("Per day"); color: Theme.textMuted }
            PlainLabel { text: dialog.perDay + " " + (dialog.product.asset || ""); color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; wrapMode: Text.WrapAnywhere }
            Rectangle { Layout.columnSpan: 2; Layout.fillWidth: true; height: 1; color: Theme.border }
            PlainLabel {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: 13
                horizontalAlignment: Text.AlignLeft
                text: dialog.product.kind === "locked"
                      ? qsTr("The amount is held in your wallet and locked for %1. Leaving before then forfeits the rewards not yet paid.").arg(EarnWords.days(dialog.product.lockDays || 0))
                      : (dialog.product.unbondingSeconds || 0) > 0
                        ? qsTr("The amount is held in your wallet while it earns. You can unstake any time; it then takes %1 to come back, earning nothing meanwhile.").arg(EarnWords.duration(dialog.product.unbondingSeconds))
                        : qsTr("The amount is held in your wallet while it earns. You can unstake any time and it comes back at once.")
            }
        }

        // 3. Done.
        PlainLabel {
            objectName: "stakeDone"
            visible: dialog.step === "done"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.success
            font.pixelSize: 15
            horizontalAlignment: Text.AlignLeft
            text: qsTr("%1 %2 is staked and earning from now on.").arg(amount.text).arg(dialog.product.asset || "")
        }

        PlainLabel {
            objectName: "stakeError"
            visible: text !== "" && dialog.step !== "done"
            text: dialog.errorText
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            BusyIndicator {
                running: dialog.step === "sending"
                visible: running
                Layout.preferredWidth: 32
                Layout.preferredHeight: 32
            }
            Item { Layout.fillWidth: true }
            AppButton {
                objectName: "stakeBack"
                kind: "ghost"
                visible: dialog.step !== "done"
                enabled: dialog.step !== "sending"
                text: dialog.step === "confirm" ? qsTr("Back") : qsTr("Cancel")
                onClicked: {
                    if (dialog.step !== "confirm")
                        return dialog.close()
                    dialog.positions.beginStake() // a changed amount is a new intent
                    dialog.errorText = ""
                    dialog.canRetry = false
                    dialog.step = "form"
                }
            }
            AppButton {
                id: next
                objectName: "stakeContinue"
                kind: "primary"
                visible: dialog.step === "form"
                enabled: dialog.perDay !== ""
                text: qsTr("Continue")
                onClicked: dialog.step = "confirm"
            }
            AppButton {
                objectName: "stakeConfirm"
                kind: "primary"
                visible: dialog.step === "confirm" || dialog.step === "sending"
                enabled: dialog.step === "confirm"
                text: dialog.canRetry ? qsTr("Stake again") : qsTr("Stake %1 %2").arg(amount.text).arg(dialog.product.asset || "")
                onClicked: {
                    dialog.errorText = ""
                    dialog.step = "sending"
                    dialog.positions.stake(dialog.product.itemId, amount.text)
                }
            }
            AppButton {
                objectName: "stakeDoneButton"
                kind: "primary"
                visible: dialog.step === "done"
                text: qsTr("Done")
                onClicked: dialog.close()
            }
        }
    }
}
