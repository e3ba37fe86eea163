import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Staking: the products as tiles (rate, lock, minimum, how full) with
// "Stake", then the user's stakes with their rewards ticking, claim,
// compound and unstake. Outcomes of the row actions are toasted; staking
// and unstaking have their dialogs.
Flickable {
    id: view
    objectName: "stakingView"
    property StakingProductsModel products
    property StakingPositionsModel positions
    property WalletBalancesModel balances

    contentHeight: column.implicitHeight + 24
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    StakeDialog { id: stakeDialog; objectName: "stakeDialog"; products: view.products; positions: view.positions; balances: view.balances }
    UnstakeDialog { id: unstakeDialog; objectName: "unstakeDialog"; products: view.products; positions: view.positions }

    Connections {
        target: view.positions
        function onClaimed(result) {
            if (result.compounded)
                Errors.inform(qsTr("%1 %2 of rewards staked again.").arg(result.amount).arg(result.asset))
            else if (result.compoundError !== undefined)
                Errors.inform(qsTr("%1 %2 of rewards paid to your wallet. The product would not take it as a new stake.").arg(result.amount).arg(result.asset))
            else
                Errors.inform(qsTr("%1 %2 of rewards paid to your wallet.").arg(result.amount).arg(result.asset))
        }
        // An unstake's refusal is shown in its dialog, once.
        function onActionFailed(message) { if (!unstakeDialog.visible) Errors.reportText(message) }
    }

    ColumnLayout {
        id: column
        x: 32
        width: view.width - 64
        spacing: 14

        Card {
            objectName: "stakingProductsCard"
            Layout.fillWidth: true
            title: qsTr("Products")
            subtitle: qsTr("Rewards accrue every second from the reward pool. Flexible stakes can leave at any time; locked ones pay more.")

            GridLayout {
                id: grid
                Layout.fillWidth: true
                columns: Math.max(1, Math.floor((view.width - 64 - 44 + 14) / 290))
                columnSpacing: 14
                rowSpacing: 14
                Repeater {
                    model: view.products
                    delegate: StakingProductTile {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        onStakeRequested: product => stakeDialog.start(product)
                    }
                }
            }
            EmptyState {
                visible: !!view.products && view.products.count === 0 && !view.products.busy
                Layout.alignment: Qt.AlignHCenter
                iconName: "earn"
                text: qsTr("No staking products are open right now.")
            }
        }

        Card {
            objectName: "myStakesCard"
            Layout.fillWidth: true
            title: qsTr("My stakes")
            subtitle: qsTr("Rewards shown to the last decimal, as a claim would pay them this second.")

            Repeater {
                model: view.positions
                delegate: StakePositionRow {
                    Layout.fillWidth: true
                    onUnstakeRequested: position => unstakeDialog.start(position)
                    onClaimRequested: (positionId, compound) => view.positions.claim(positionId, compound)
                }
            }
            EmptyState {
                visible: !!view.positions && view.positions.count === 0 && !view.positions.busy
                Layout.alignment: Qt.AlignHCenter
                iconName: "earn"
                text: qsTr("You have no stakes yet. Pick a product above to start earning.")
            }
        }
    }
}
