import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Earn: staking (products, stakes with their rewards ticking to the last
// decimal, claim, compound, unstake) and the launchpad (token sales, a
// sale's terms, committing, the allocation), as two tabs. The models live
// here so switching tabs keeps them loaded.
Item {
    id: page
    objectName: "earnPage"
    property string tab: "staking"

    StakingProductsModel { id: stakingProducts; objectName: "earnProducts" }
    StakingPositionsModel { id: stakingPositions; objectName: "earnPositions" }
    WalletBalancesModel { id: walletBalances; objectName: "earnBalances" }
    LaunchpadSalesModel { id: launchpadSales; objectName: "earnSales" }

    ColumnLayout {
        anchors.fill: parent
        spacing: 14

        PageHeader {
            Layout.leftMargin: 32
            Layout.rightMargin: 32
            title: qsTr("Earn")
            subtitle: qsTr("Stake your coins to earn every second, and join token sales on the launchpad.")
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.leftMargin: 32
            Layout.rightMargin: 32
            implicitHeight: tabRow.implicitHeight + 8
            radius: 12
            color: Theme.surfaceAlt
            RowLayout {
                id: tabRow
                anchors.fill: parent
                anchors.margins: 4
                spacing: 4
                Repeater {
                    model: [{ key: "staking", text: stakingPositions.activeCount > 0 ? qsTr("Staking (%1 earning)").arg(stakingPositions.activeCount) : qsTr("Staking") },
                            { key: "launchpad", text: qsTr("Launchpad") }]
                    delegate: AppButton {
                        required property var modelData
                        objectName: "earnTab_" + modelData.key
                        Layout.fillWidth: true
                        Layout.preferredWidth: 100
                        kind: page.tab === modelData.key ? "primary" : "ghost"
                        text: modelData.text
                        onClicked: page.tab = modelData.key
                    }
                }
            }
        }
        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: page.tab === "launchpad" ? launchpadView : stakingView
        }
    }

    Component { id: stakingView; StakingView { products: stakingProducts; positions: stakingPositions; balances: walletBalances } }
    Component { id: launchpadView; LaunchpadView { sales: launchpadSales; balances: walletBalances; onStakeRequested: page.tab = "staking" } }
}
