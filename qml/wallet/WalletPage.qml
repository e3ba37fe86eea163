import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The wallet: a card per asset, the chosen asset's history (older pages load
// as the list is scrolled to its end), sending money, receipts, and the
// check that the balance is included in the published proof of reserves.
// Deposits from and withdrawals to a blockchain have their own dialogs and
// lists (the tabs under the balances).
Item {
    id: page
    objectName: "walletPage"
    property string asset: ""
    property bool verifying: false
    property string listTab: "history"

    WalletBalancesModel {
        id: balances
        objectName: "walletBalances"
        onCountChanged: if (page.asset === "" && count > 0) page.asset = get(0).asset
    }
    WalletHistoryModel { id: history; objectName: "walletHistory"; asset: page.asset }
    WalletTransfer { id: transfer; objectName: "walletTransfer" }
    CustodyNetworksModel { id: networks; objectName: "custodyNetworks" }
    CustodyDepositsModel { id: deposits; objectName: "custodyDeposits" }
    CustodyWithdrawalsModel { id: withdrawals; objectName: "custodyWithdrawals" }
    CustodyWithdrawalRequest { id: withdrawalRequest; objectName: "withdrawalRequest" }
    SwapSession { id: swap; objectName: "walletSwapSession" }
    PaymentCheckout { id: checkout; objectName: "walletCheckout" }

    Connections {
        target: history
        function onReceiptReady(receipt) { receiptDialog.show(receipt) }
    }

    SendDialog {
        id: sendDialog
        objectName: "sendDialog"
        transfer: transfer
        balances: balances
        onClosed: if (transfer.stage === WalletTransfer.Done) page.asset = transfer.receipt.asset
    }
    ReceiptDialog { id: receiptDialog; objectName: "receiptDialog" }
    PayDialog {
        id: payDialog
        objectName: "payDialog"
        checkout: checkout
        onClosed: if (checkout.stage === PaymentCheckout.Done) page.asset = checkout.receipt.asset
    }
    SwapDialog { id: swapDialog; objectName: "walletSwapDialog"; swap: swap; balances: balances }
    DepositDialog {
        id: depositDialog
        objectName: "depositDialog"
        networks: networks
        deposits: deposits
    }
    WithdrawDialog {
        id: withdrawDialog
        objectName: "withdrawDialog"
        networks: networks
        balances: balances
        request: withdrawalRequest
        onClosed: if (withdrawalRequest.stage === CustodyWithdrawalRequest.Done) page.listTab = "withdrawals"
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: page.verifying ? 1 : 0

        ColumnLayout {
            spacing: 18

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
                spacing: 12
                PageHeader {
                    title: qsTr("Wallet")
                    subtitle: qsTr("Your balances and everything that moved them.")
                }
                AppButton {
                    objectName: "verifyBalanceButton"
                    text: qsTr("Verify my balance")
                    icon.source: "../icons/shield.svg"
                    onClicked: page.verifying = true
                }
                AppButton {
                    objectName: "depositButton"
                    text: qsTr("Deposit")
                    icon.source: "../icons/wallet.svg"
                    onClicked: depositDialog.start(page.asset)
                }
                AppButton {
                    objectName: "withdrawButton"
                    text: qsTr("Withdraw")
                    icon.source: "../icons/upload.svg"
                    enabled: networks.count > 0
                    onClicked: withdrawDialog.start(page.asset)
                }
                AppButton {
                    objectName: "walletSwapButton"
                    text: qsTr("Swap")
                    icon.source: "../icons/refresh.svg"
                    enabled: swap.assets.length > 0
                    onClicked: swapDialog.start(page.asset, "")
                }
                AppButton {
                    objectName: "payButton"
                    text: qsTr("Pay")
                    icon.source: "../icons/qr.svg"
                    enabled: balances.count > 0
                    onClicked: payDialog.start()
                }
                AppButton {
                    objectName: "sendButton"
                    kind: "primary"
                    text: qsTr("Send")
                    icon.source: "../icons/send.svg"
                    enabled: balances.count > 0
                    onClicked: sendDialog.start(page.asset)
                }
            }

            // One card per asset; a click shows that asset's history.
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
                spacing: 14
                Repeater {
                    model: balances
                    delegate: BalanceCard {
                        required property string asset
                        required property string available
                        required property string held
                        required property string total
                        objectName: "balanceCard_" + asset
                        Layout.fillWidth: true
                        Layout.preferredWidth: 100
                        assetCode: asset
                        availableText: available
                        heldText: held
                        totalText: total
                        selected: page.asset === asset
                        onClicked: page.asset = asset
                    }
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.leftMargin: 32
                Layout.rightMargin: 32
                Layout.bottomMargin: 24
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: 0

                    RowLayout {
                        Layout.fillWidth: true
                        Layout.margins: 12
                        spacing: 12
                        Repeater {
                            model: [{ key: "history", text: qsTr("History") },
                                    { key: "deposits", text: qsTr("Deposits") },
                                    { key: "withdrawals", text: qsTr("Withdrawals") }]
                            delegate: AppButton {
                                required property var modelData
                                objectName: "walletTab_" + modelData.key
                                // Fixed paddings: the width must not change with the kind.
                                leftPadding: 16
                                rightPadding: 16
                                kind: page.listTab === modelData.key ? "primary" : "ghost"
                                text: modelData.text
                                onClicked: page.listTab = modelData.key
                            }
                        }
                        Item { Layout.fillWidth: true }
                        AppComboBox {
                            visible: page.listTab === "history"
                            objectName: "walletAssetBox"
                            Layout.preferredWidth: 160
                            model: balances
                            textRole: "asset"
                            valueRole: "asset"
                            currentIndex: { void balances.count; return indexOfValue(page.asset) }
                            onActivated: page.asset = currentValue
                        }
                        ToolButton {
                            icon.source: "../icons/refresh.svg"
                            icon.width: 18; icon.height: 18
                            icon.color: Theme.textMuted
                            onClicked: { balances.reload(); history.reload(); deposits.reload(); withdrawals.reload() }
                        }
                    }
                    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }

                    StackLayout {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        currentIndex: page.listTab === "deposits" ? 1 : page.listTab === "withdrawals" ? 2 : 0
                        ColumnLayout {
                            spacing: 0
                            ListView {
                                id: list
                                objectName: "historyList"
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                clip: true
                                model: history
                                reuseItems: true
                                ScrollBar.vertical: ScrollBar {}
                                // Older pages come in when the end is reached (or is already in view).
                                function loadIfAtEnd() { if (atYEnd && history.canLoadMore) history.loadMore() }
                                onAtYEndChanged: loadIfAtEnd()
                                onCountChanged: Qt.callLater(loadIfAtEnd)
                                delegate: HistoryRow {
                                    width: ListView.view.width
                                    onClicked: history.openReceipt(operationId)
                                }
                                footer: PlainLabel {
                                    width: ListView.view.width
                                    height: visible ? 40 : 0
                                    visible: history.loadingMore || (!history.canLoadMore && history.count > 0)
                                    horizontalAlignment: Text.AlignHCenter
                                    verticalAlignment: Text.AlignVCenter
                                    color: Theme.textMuted
                                    font.pixelSize: 12
                                    text: history.loadingMore ? qsTr("Loading older entries…") : qsTr("That is all of your %1 history.").arg(page.asset)
                                }
                            }
                            EmptyState {
                                visible: history.count === 0 && !history.busy
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                iconName: "wallet"
                                text: qsTr("Nothing has moved your %1 balance yet.").arg(page.asset)
                            }
                        }
                        Item {
                            ListView {
                                objectName: "walletDepositList"
                                anchors.fill: parent
                                clip: true
                                spacing: 2
                                model: deposits
                                ScrollBar.vertical: ScrollBar {}
                                delegate: DepositRow { width: ListView.view.width }
                            }
                            EmptyState {
                                anchors.centerIn: parent
                                visible: deposits.count === 0
                                iconName: "wallet"
                                text: networks.count > 0 ? qsTr("No deposits yet. Press Deposit to see your address.")
                                                         : qsTr("Deposits from a blockchain are not available yet.")
                            }
                        }
                        Item {
                            ListView {
                                objectName: "walletWithdrawalList"
                                anchors.fill: parent
                                clip: true
                                spacing: 2
                                model: withdrawals
                                ScrollBar.vertical: ScrollBar {}
                                delegate: WithdrawalRow {
                                    width: ListView.view.width
                                    onCancelClicked: withdrawals.cancel(itemId)
                                }
                            }
                            EmptyState {
                                anchors.centerIn: parent
                                visible: withdrawals.count === 0
                                iconName: "upload"
                                text: qsTr("No withdrawals yet.")
                            }
                        }
                    }
                }
            }
        }

        VerifyBalanceView {
            id: verifyView
            active: page.verifying
            onBack: page.verifying = false
        }
    }
}
