import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Withdrawing to a blockchain address: network, asset, an address from the
// address book (new ones wait out a cooling period), the amount quoted live
// (fee, total, approvals, what is left of today's limit), a 2FA code when the
// quote asks for one. CustodyWithdrawalRequest does the work.
Dialog {
    id: dialog
    property CustodyNetworksModel networks
    property WalletBalancesModel balances
    property CustodyWithdrawalRequest request
    property string network: ""
    property string asset: ""
    property string address: ""
    readonly property var assetInfo: { void networks.count; return networks.assetOf(network, asset) }
    readonly property var balance: { void balances.count; return balances.balanceOf(asset) }
    readonly property var networkRow: { void networks.count; return networks.network(network) }
    readonly property var q: request ? request.quote : ({})

    function start(code) {
        request.reset()
        if (network === "" && networks.count > 0)
            network = networks.get(0).id
        asset = networkRow.assetCodes && networkRow.assetCodes.indexOf(code) >= 0 ? code
              : (networkRow.assetCodes && networkRow.assetCodes.length > 0 ? networkRow.assetCodes[0] : "")
        address = ""
        amount.text = ""; totp.text = ""; newAddress.text = ""; newLabel.text = ""
        book.clearError()
        book.reload()
        open()
    }
    function requote() { quoteTimer.restart() }

    onNetworkChanged: requote()
    onAssetChanged: requote()
    onAddressChanged: requote()

    Timer {
        id: quoteTimer
        interval: 300
        onTriggered: dialog.request.update(dialog.network, dialog.asset,
                                           dialog.assetInfo.decimals !== undefined ? dialog.assetInfo.decimals : -1,
                                           amount.text, dialog.address)
    }
    CustodyAddressBookModel {
        id: book
        objectName: "addressBook"
        onAdded: entry => dialog.address = entry.address
        // A saved address stopped cooling: quote it again.
        onCountChanged: dialog.request.requote()
        onDataChanged: dialog.request.requote()
        onModelReset: dialog.request.requote()
    }

    modal: true
    closePolicy: request && request.stage === CustodyWithdrawalRequest.Sending ? Popup.NoAutoClose : Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(940, Overlay.overlay ? Overlay.overlay.width - 60 : 940)
    height: Math.min(700, Overlay.overlay ? Overlay.overlay.height - 40 : 700)
    padding: 22
    title: request && request.stage === CustodyWithdrawalRequest.Done ? qsTr("Withdrawal requested") : qsTr("Withdraw to a blockchain address")
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: PlainLabel {
        // Popups live in the window overlay, outside the mirrored shell: mirror here too.
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

    RowLayout {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 22

        // The withdrawal.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 420
            spacing: 10

            GridLayout {
                visible: dialog.request.stage !== CustodyWithdrawalRequest.Done
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 10
                rowSpacing: 6
                PlainLabel { text: qsTr("Network"); font.pixelSize: 13; font.weight: Font.Medium; color: Theme.textMuted }
                PlainLabel { text: qsTr("Asset"); font.pixelSize: 13; font.weight: Font.Medium; color: Theme.textMuted }
                AppComboBox {
                    objectName: "withdrawNetwork"
                    Layout.fillWidth: true
                    model: dialog.networks
                    textRole: "name"
                    valueRole: "itemId"
                    displayText: currentText + (dialog.networkRow.online === false ? " · " + qsTr("offline") : "")
                    currentIndex: { void dialog.networks.count; return indexOfValue(dialog.network) }
                    onActivated: { dialog.network = currentValue; dialog.address = "" }
                }
                AppComboBox {
                    objectName: "withdrawAsset"
                    Layout.preferredWidth: 120
                    model: dialog.networkRow.assetCodes || []
                    currentIndex: { void dialog.networks.count; return indexOfValue(dialog.asset) }
                    onActivated: dialog.asset = currentValue
                }
            }

            ColumnLayout {
                visible: dialog.request.stage !== CustodyWithdrawalRequest.Done
                Layout.fillWidth: true
                spacing: 6
                PlainLabel { text: qsTr("To"); font.pixelSize: 13; font.weight: Font.Medium; color: Theme.textMuted }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: toText.implicitHeight + 22
                    radius: 10
                    color: Theme.surfaceAlt
                    border.color: Theme.border
                    PlainLabel {
                        id: toText
                        objectName: "withdrawTo"
                        anchors.fill: parent
                        anchors.margins: 11
                        horizontalAlignment: Text.AlignLeft
                        verticalAlignment: Text.AlignVCenter
                        wrapMode: Text.WrapAnywhere
                        font.family: dialog.address !== "" ? "monospace" : font.family
                        font.pixelSize: 13
                        color: dialog.address !== "" ? Theme.text : Theme.textMuted
                        text: dialog.address !== "" ? dialog.address : qsTr("Pick an address from your address book →")
                    }
                }
            }
            FormField {
                id: amount
                objectName: "withdrawAmount"
                visible: dialog.request.stage !== CustodyWithdrawalRequest.Done
                label: qsTr("Amount")
                placeholderText: "0.00"
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                maximumLength: 40
                hint: (dialog.balance.available !== undefined ? qsTr("Available: %1 %2").arg(dialog.balance.available).arg(dialog.asset) : "")
                      + (dialog.assetInfo.minWithdrawal !== undefined ? "  ·  " + qsTr("Minimum: %1 %2").arg(dialog.assetInfo.minWithdrawal).arg(dialog.asset) : "")
                onTextChanged: dialog.requote()
            }

            // The live quote.
            GridLayout {
                objectName: "withdrawQuote"
                visible: dialog.request.hasQuote && dialog.request.stage !== CustodyWithdrawalRequest.Done
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 16
                rowSpacing: 6
                PlainLabel { text: qsTr("Network fee"); color: Theme.textMuted }
                PlainLabel { objectName: "withdrawFee"; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; color: Theme.text; text: (dialog.q.fee || "") + " " + dialog.asset }
                PlainLabel { text: qsTr("Total you pay"); color: Theme.text; font.weight: Font.DemiBold }
                PlainLabel { objectName: "withdrawTotal"; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; color: Theme.text; font.weight: Font.Bold; font.pixelSize: 16; text: (dialog.q.total || "") + " " + dialog.asset }
                PlainLabel { text: qsTr("Approvals needed"); color: Theme.textMuted; font.pixelSize: 12 }
                PlainLabel { objectName: "withdrawApprovals"; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; color: Theme.textMuted; font.pixelSize: 12; text: String(dialog.q.approvalsNeeded || 0) }
                PlainLabel { text: qsTr("Left of your 24-hour limit"); color: Theme.textMuted; font.pixelSize: 12 }
                PlainLabel { objectName: "withdrawDailyRemaining"; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight; color: Theme.textMuted; font.pixelSize: 12; text: (dialog.q.dailyRemaining || "") + " " + dialog.asset }
            }
            // The user asked for a withdrawal: say so, with what happens next.
            ColumnLayout {
                visible: dialog.request.stage === CustodyWithdrawalRequest.Done
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: 520
                Layout.topMargin: 60
                spacing: 12
                Rectangle {
                    Layout.alignment: Qt.AlignHCenter
                    width: 56; height: 56; radius: 28
                    color: Qt.rgba(Theme.success.r, Theme.success.g, Theme.success.b, 0.15)
                    PlainLabel { anchors.centerIn: parent; text: "✓"; font.pixelSize: 26; font.weight: Font.Bold; color: Theme.success }
                }
                PlainLabel {
                    Layout.alignment: Qt.AlignHCenter
                    text: (dialog.request.withdrawal.amount || "") + " " + (dialog.request.withdrawal.asset || "")
                    font.pixelSize: 22
                    font.weight: Font.Bold
                    color: Theme.text
                }
                PlainLabel {
                    objectName: "withdrawDoneText"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    text: qsTr("%1 %2 to %3 is waiting for approval. The amount and the fee are held until it is sent; follow it under Withdrawals.")
                          .arg(dialog.request.withdrawal.amount || "").arg(dialog.request.withdrawal.asset || "").arg(dialog.request.withdrawal.address || "")
                }
            }
            PlainLabel {
                visible: dialog.request.quoting
                text: qsTr("Working out the fee…")
                color: Theme.textMuted
                font.pixelSize: 12
            }
            FormField {
                id: totp
                objectName: "withdrawTotp"
                visible: dialog.request.needsTwoFactor && dialog.request.stage !== CustodyWithdrawalRequest.Done
                label: qsTr("Code from your authenticator app")
                hint: qsTr("Withdrawals of this size need it.")
                maximumLength: 10
                inputMethodHints: Qt.ImhDigitsOnly
            }

            PlainLabel {
                objectName: "withdrawError"
                visible: text !== ""
                text: dialog.request.errorText
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                BusyIndicator {
                    running: dialog.request.busy
                    visible: running
                    Layout.preferredWidth: 32
                    Layout.preferredHeight: 32
                }
                Item { Layout.fillWidth: true }
                AppButton {
                    objectName: "withdrawCancel"
                    kind: "ghost"
                    visible: dialog.request.stage !== CustodyWithdrawalRequest.Done
                    enabled: dialog.request.stage !== CustodyWithdrawalRequest.Sending
                    text: qsTr("Cancel")
                    onClicked: dialog.close()
                }
                AppButton {
                    objectName: "withdrawSubmit"
                    kind: "primary"
                    visible: dialog.request.stage !== CustodyWithdrawalRequest.Done
                    enabled: dialog.request.stage === CustodyWithdrawalRequest.Editing && dialog.request.hasQuote && !quoteTimer.running
                    text: dialog.request.canRetry ? qsTr("Withdraw again")
                        : dialog.request.hasQuote ? qsTr("Withdraw %1 %2").arg(dialog.q.amount || "").arg(dialog.asset) : qsTr("Withdraw")
                    onClicked: dialog.request.submit(totp.text)
                }
                AppButton {
                    objectName: "withdrawDone"
                    kind: "primary"
                    visible: dialog.request.stage === CustodyWithdrawalRequest.Done
                    text: qsTr("Done")
                    onClicked: dialog.close()
                }
            }
        }

        Rectangle { visible: dialog.request.stage !== CustodyWithdrawalRequest.Done; Layout.fillHeight: true; width: 1; color: Theme.border }

        // The address book.
        ColumnLayout {
            visible: dialog.request.stage !== CustodyWithdrawalRequest.Done
            Layout.preferredWidth: 380
            Layout.maximumWidth: 380
            Layout.fillHeight: true
            spacing: 8
            PlainLabel { text: qsTr("Address book"); font.pixelSize: 16; font.weight: Font.DemiBold; color: Theme.text }
            PlainLabel {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: 12
                color: Theme.textMuted
                text: qsTr("You can only withdraw to saved addresses. A new one can be used after a waiting period, so a stolen session cannot empty your account.")
            }
            ListView {
                objectName: "bookList"
                visible: book.count > 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 2
                model: book
                ScrollBar.vertical: ScrollBar {}
                delegate: AddressBookRow {
                    width: ListView.view.width
                    visible: network === dialog.network
                    height: visible ? implicitHeight : 0
                    selected: address.toLowerCase() === dialog.address.toLowerCase()
                    onClicked: dialog.address = address
                    onRemoveClicked: { if (selected) dialog.address = ""; book.remove(itemId) }
                }
            }
            EmptyState {
                visible: book.count === 0
                Layout.fillWidth: true
                Layout.topMargin: 30
                iconName: "wallet"
                text: qsTr("No saved addresses yet. Add the first one below.")
            }
            FormField {
                id: newAddress
                objectName: "bookNewAddress"
                label: qsTr("New address")
                placeholderText: "0x…"
                maximumLength: 64
            }
            FormField {
                id: newLabel
                objectName: "bookNewLabel"
                label: qsTr("Name")
                placeholderText: qsTr("e.g. My hardware wallet")
                maximumLength: 40
            }
            // A new destination is a password-level decision (the server asks again).
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                FormField {
                    id: newPassword
                    objectName: "bookPassword"
                    label: qsTr("Your password")
                    echoMode: TextInput.Password
                    maximumLength: 128
                }
                FormField {
                    id: newCode
                    objectName: "bookCode"
                    visible: Session.totpEnabled
                    Layout.preferredWidth: 110
                    label: qsTr("2FA code")
                    placeholderText: "123456"
                    maximumLength: 16
                    inputMethodHints: Qt.ImhDigitsOnly
                }
                AppButton {
                    objectName: "bookAdd"
                    Layout.alignment: Qt.AlignBottom
                    text: qsTr("Save")
                    enabled: newAddress.text.trim() !== "" && newLabel.text.trim() !== "" && newPassword.text !== ""
                             && (!Session.totpEnabled || newCode.text.trim() !== "") && !book.busy
                    onClicked: book.add(dialog.network, newAddress.text, newLabel.text, newPassword.text, newCode.text)
                }
            }
            Connections {
                target: book
                function onAdded() { newAddress.text = ""; newLabel.text = ""; newPassword.text = ""; newCode.text = "" }
            }
            PlainLabel {
                objectName: "bookError"
                visible: text !== ""
                text: book.errorText
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
}
