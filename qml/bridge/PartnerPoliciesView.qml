import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Partner console › Policies: the policy in force for each point, in words,
// with "Propose a policy", and the organisation's proposals with their state
// (waiting, approved, rejected with the admin's reason).
ScrollView {
    id: view
    property PartnerConsole partner
    objectName: "partnerPoliciesView"
    contentWidth: availableWidth
    clip: true

    PolicyProposalsModel { id: proposalsModel; objectName: "partnerProposals"; orgId: view.partner.orgId }
    PolicyFormDialog { id: policyForm; proposals: proposalsModel }

    ColumnLayout {
        x: 32
        width: view.availableWidth - 64
        spacing: 14

        Repeater {
            model: view.partner.points
            delegate: Card {
                id: pointCard
                required property var modelData
                objectName: "partnerPolicy_" + modelData.code
                Layout.fillWidth: true
                title: (modelData.name || "") + " · " + (modelData.code || "")
                subtitle: modelData.policy ? qsTr("In force now.") : qsTr("No policy yet: the point cannot be swapped until one is approved.")
                actions: [
                    AppButton {
                        objectName: "partnerPropose_" + pointCard.modelData.code
                        visible: view.partner.canManage
                        kind: "primary"
                        text: qsTr("Propose a policy")
                        onClicked: policyForm.start(pointCard.modelData)
                    }
                ]
                Repeater {
                    model: BridgeWords.policyLines(pointCard.modelData)
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 12
                        PlainLabel { text: modelData.label; color: Theme.textMuted; Layout.preferredWidth: 150; wrapMode: Text.WordWrap }
                        PlainLabel { text: modelData.value; color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap; horizontalAlignment: Text.AlignLeft }
                    }
                }
            }
        }

        Card {
            Layout.fillWidth: true
            title: qsTr("Proposals")
            subtitle: qsTr("A platform admin who did not propose it approves or rejects each one.")
            Repeater {
                model: proposalsModel
                delegate: RowLayout {
                    id: proposalRow
                    required property string itemId
                    required property string point
                    required property string status
                    required property var policy
                    required property string spreadPercent
                    required property string feePercent
                    required property string coveragePercent
                    required property string proposerName
                    required property var reason
                    required property var createdAt
                    objectName: "partnerProposal_" + itemId
                    Layout.fillWidth: true
                    spacing: 12
                    PlainLabel { text: Labels.dateTime(Number(proposalRow.createdAt)); color: Theme.textMuted; font.pixelSize: 12; Layout.preferredWidth: 140 }
                    PlainLabel { text: proposalRow.point; font.weight: Font.DemiBold; color: Theme.text; Layout.preferredWidth: 70 }
                    PlainLabel {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.text
                        horizontalAlignment: Text.AlignLeft
                        text: qsTr("%1; spread %2 %, fee %3 %, coverage %4 %; by %5")
                              .arg(BridgeWords.rate(proposalRow.policy, proposalRow.point, ""))
                              .arg(proposalRow.spreadPercent).arg(proposalRow.feePercent).arg(proposalRow.coveragePercent)
                              .arg(proposalRow.proposerName)
                              + (proposalRow.reason ? " · " + qsTr("Reason: %1").arg(proposalRow.reason) : "")
                    }
                    StatusChip { text: BridgeWords.proposalStatus(proposalRow.status); tone: BridgeWords.proposalTone(proposalRow.status) }
                }
            }
            PlainLabel {
                visible: proposalsModel.count === 0 && !proposalsModel.busy
                text: qsTr("No proposals yet.")
                color: Theme.textMuted
            }
        }
    }
}
