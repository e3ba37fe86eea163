import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Admin: the master wallet, the fee and limit tables, and four-eyes
// balance adjustments, the blockchain networks and the reconciliation of the
// chain against the ledger, the exchange desk (markets, the liquidity
// provider, hedges, revenue), Earn (staking products, reward pools,
// token sales), and partners' points (reserves, policy proposals), as tabs
// of one console.
Item {
    id: page
    objectName: "treasuryPage"
    property string tab: "overview"

    readonly property var tabs: [
        { key: "overview", text: qsTr("Master wallet") },
        { key: "fees", text: qsTr("Fees && limits") },
        { key: "adjustments", text: qsTr("Adjustments") },
        { key: "networks", text: qsTr("Networks") },
        { key: "custody", text: qsTr("Reconciliation") },
        { key: "exchange", text: qsTr("Exchange") },
        { key: "earn", text: qsTr("Earn && launchpad") },
        { key: "bridge", text: qsTr("Partners && points") }
    ]

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: 32
        anchors.rightMargin: 32
        anchors.bottomMargin: 24
        spacing: 14

        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            PageHeader {
                title: qsTr("Treasury")
                subtitle: qsTr("What the platform owes and holds, what it earns, and the rules money moves by.")
            }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: tabRow.implicitHeight + 8
            radius: 12
            color: Theme.surfaceAlt
            GridLayout {
                id: tabRow
                anchors.fill: parent
                anchors.margins: 4
                // Eight names do not fit one row of a narrow window: two rows then.
                columns: width >= 900 ? page.tabs.length : Math.ceil(page.tabs.length / 2)
                columnSpacing: 4
                rowSpacing: 4
                Repeater {
                    model: page.tabs
                    delegate: AppButton {
                        required property var modelData
                        objectName: "treasuryTab_" + modelData.key
                        Layout.fillWidth: true
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
            sourceComponent: page.tab === "fees" ? feesView : page.tab === "adjustments" ? adjustmentsView
                           : page.tab === "networks" ? networksView : page.tab === "custody" ? reconciliationView
                           : page.tab === "exchange" ? exchangeView : page.tab === "earn" ? earnView
                           : page.tab === "bridge" ? bridgeView : overviewView
        }
    }

    Component { id: overviewView; MasterWalletView {} }
    Component { id: feesView; FeesLimitsView {} }
    Component { id: adjustmentsView; AdjustmentsView {} }
    Component { id: networksView; NetworksView {} }
    Component { id: reconciliationView; ReconciliationView {} }
    Component { id: exchangeView; ExchangeView {} }
    Component { id: earnView; EarnAdminView {} }
    Component { id: bridgeView; BridgeAdminView {} }
}
