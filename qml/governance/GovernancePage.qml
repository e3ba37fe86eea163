import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The DAO: proposals (open, executed, all) with their results, a proposal's
// page with its discussion beside it, and the community fund. Holders of
// staked AZC write proposals and vote; the fund moves only through them.
Item {
    id: page
    objectName: "governancePage"
    property string tab: "proposals"
    property string openProposalId: ""
    property double nowMs: Date.now()

    Timer { interval: 1000; running: page.visible; repeat: true; onTriggered: page.nowMs = Date.now() }
    NewProposalDialog { id: newProposal; onProposed: id => { page.tab = "proposals"; page.openProposalId = id } }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: 16
        spacing: 12

        RowLayout {
            visible: page.openProposalId === ""
            Layout.fillWidth: true
            Layout.leftMargin: 32
            Layout.rightMargin: 32
            spacing: 12
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: tabRow.implicitHeight + 8
                radius: 12
                color: Theme.surfaceAlt
                RowLayout {
                    id: tabRow
                    anchors.fill: parent
                    anchors.margins: 4
                    spacing: 4
                    Repeater {
                        model: [{ key: "proposals", text: qsTr("Proposals") }, { key: "fund", text: qsTr("Community fund") }]
                        delegate: AppButton {
                            required property var modelData
                            objectName: "governanceTab_" + modelData.key
                            Layout.fillWidth: true
                            Layout.preferredWidth: 100
                            kind: page.tab === modelData.key ? "primary" : "ghost"
                            text: modelData.text
                            onClicked: page.tab = modelData.key
                        }
                    }
                }
            }
            AppButton {
                objectName: "newProposalButton"
                kind: "primary"
                text: qsTr("New proposal")
                onClicked: newProposal.start()
            }
        }
        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: page.openProposalId !== "" ? proposalView : page.tab === "fund" ? fundView : listView
        }
    }

    Component { id: listView; ProposalsList { nowMs: page.nowMs; onOpened: id => page.openProposalId = id } }
    Component { id: fundView; FundView {} }
    Component { id: proposalView; ProposalView { proposalId: page.openProposalId; nowMs: page.nowMs; onBack: page.openProposalId = "" } }
}
