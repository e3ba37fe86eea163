import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One proposal: what it is and does, where it stands, the results, my vote
// (with a confirmation that shows my weight), "verify my vote" once the
// tally is published, the record on chain — and its discussion beside it.
Item {
    id: view
    objectName: "proposalView"
    property string proposalId: ""
    property double nowMs: Date.now()
    property string discussionId: ""
    signal back()
    readonly property var p: proposal.proposal

    GovernanceProposal {
        id: proposal
        objectName: "governanceProposal"
        proposalId: view.proposalId
        onDiscussionReady: id => view.discussionId = id
        onVoted: (choice, weight) => Errors.inform(qsTr("Your vote (%1, %2 %3) is recorded. You can change it until voting ends.")
                                                   .arg(GovernanceWords.choice(choice)).arg(weight).arg(view.p.asset))
        onFailed: message => Errors.reportText(message)
        onChanged: if (view.discussionId === "" && loaded) joinDiscussion()
    }
    VoteDialog { id: voteDialog; objectName: "voteDialog"; onConfirmed: choice => proposal.vote(choice) }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 32
        anchors.rightMargin: 32
        anchors.bottomMargin: 16
        spacing: 16
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 480 // not the content's width: that follows ours (a polish loop otherwise)
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroll.availableWidth
                spacing: 14

                RowLayout {
                    Layout.fillWidth: true
                    spacing: 10
                    AppButton { objectName: "proposalBack"; kind: "ghost"; text: qsTr("‹ Proposals"); onClicked: view.back() }
                    Item { Layout.fillWidth: true }
                    StatusChip { text: GovernanceWords.status(view.p.status); tone: GovernanceWords.statusTone(view.p.status) }
                }
                PlainLabel {
                    objectName: "proposalTitle"
                    text: view.p.number ? "#" + view.p.number + "  " + view.p.title : ""
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: 22
                    font.weight: Font.DemiBold
                    color: Theme.text
                    horizontalAlignment: Text.AlignLeft
                }
                PlainLabel {
                    text: qsTr("Proposed by @%1 on %2 · %3").arg(view.p.author || "").arg(Labels.dateTime(view.p.createdAt))
                                                           .arg(GovernanceWords.nextMoment(view.p, proposal.serverOffsetMs, view.nowMs))
                    color: Theme.textMuted
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignLeft
                }
                Card {
                    Layout.fillWidth: true
                    title: qsTr("If it passes")
                    PlainLabel {
                        objectName: "proposalAction"
                        text: GovernanceWords.action(view.p.action)
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.text
                        horizontalAlignment: Text.AlignLeft
                    }
                    PlainLabel {
                        visible: (view.p.failure || "") !== ""
                        text: qsTr("It could not run: %1. Nothing was moved.").arg(view.p.failure || "")
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.danger
                        horizontalAlignment: Text.AlignLeft
                    }
                }
                Card {
                    Layout.fillWidth: true
                    title: qsTr("Why")
                    visible: (view.p.body || "") !== ""
                    PlainLabel {
                        text: view.p.body || ""
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.text
                        horizontalAlignment: Text.AlignLeft
                    }
                }
                Card {
                    Layout.fillWidth: true
                    title: qsTr("Results")
                    visible: view.p.status !== "discussion" && view.p.status !== "canceled"
                    ResultsBar {
                        objectName: "proposalResults"
                        Layout.fillWidth: true
                        totals: view.p.totals || ({})
                        quorum: view.p.quorum || "0"
                        snapshotTotal: view.p.snapshotTotal || "0"
                    }
                    PlainLabel {
                        text: qsTr("Voting power is AZC staked at the snapshot (%1): %2 %3 in all. Passing needs votes from %4 % of it and more than %5 % of for and against.")
                              .arg(Labels.dateTime(view.p.snapshotAt)).arg(view.p.snapshotTotal || "0").arg(view.p.asset || "AZC")
                              .arg((view.p.quorumBps || 0) / 100).arg((view.p.thresholdBps || 0) / 100)
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: 12
                        horizontalAlignment: Text.AlignLeft
                    }
                    PlainLabel {
                        visible: (view.p.outcome || "") !== ""
                        text: GovernanceWords.outcome(view.p.outcome)
                        font.weight: Font.DemiBold
                        color: view.p.outcome === "passed" ? Theme.success : Theme.danger
                    }
                }
                Card {
                    objectName: "voteCard"
                    Layout.fillWidth: true
                    title: qsTr("Your vote")
                    visible: view.p.status === "voting"
                    PlainLabel {
                        text: (view.p.myWeight || "") !== ""
                              ? qsTr("Your voting power: %1 %2 (your stake when voting opened).").arg(view.p.myWeight).arg(view.p.asset)
                              : qsTr("You had no AZC staked when voting opened, so you cannot vote on this one. Stake in Earn to vote on the next.")
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.text
                        horizontalAlignment: Text.AlignLeft
                    }
                    RowLayout {
                        visible: proposal.canVote
                        spacing: 8
                        Repeater {
                            model: ["for", "against", "abstain"]
                            delegate: AppButton {
                                required property string modelData
                                objectName: "vote_" + modelData
                                kind: view.p.myChoice === modelData ? "primary" : "secondary"
                                text: GovernanceWords.choice(modelData)
                                onClicked: voteDialog.start(modelData, view.p)
                            }
                        }
                    }
                }
                Card {
                    objectName: "verifyCard"
                    Layout.fillWidth: true
                    title: qsTr("Verify the result")
                    visible: (view.p.root || "") !== ""
                    PlainLabel {
                        text: qsTr("Every vote is published in a Merkle tree with root %1. This app rebuilds it from the published votes and finds yours, on this computer.").arg(view.p.root || "")
                        Layout.fillWidth: true
                        wrapMode: Text.WrapAnywhere
                        color: Theme.textMuted
                        font.pixelSize: 12
                        horizontalAlignment: Text.AlignLeft
                    }
                    RowLayout {
                        spacing: 10
                        AppButton {
                            objectName: "verifyMyVote"
                            text: qsTr("Verify my vote")
                            enabled: proposal.verdict !== GovernanceProposal.Checking
                            onClicked: proposal.verifyMyVote()
                        }
                        PlainLabel {
                            objectName: "verifyVerdict"
                            text: proposal.verdictText
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            color: proposal.verdict === GovernanceProposal.Verified ? Theme.success
                                 : proposal.verdict === GovernanceProposal.Failed ? Theme.danger : Theme.textMuted
                            horizontalAlignment: Text.AlignLeft
                        }
                    }
                    PlainLabel {
                        objectName: "chainRecordText"
                        readonly property var c: view.p.chain || ({})
                        visible: !!c.status && c.status !== "off"
                        text: c.status === "confirmed" ? qsTr("Recorded on chain in transaction %1.").arg(c.txHash)
                            : c.status === "sent" ? qsTr("Being recorded on chain (transaction %1).").arg(c.txHash)
                            : c.status === "failed" ? qsTr("Recording on chain failed (transaction %1).").arg(c.txHash)
                            : qsTr("Waiting to be recorded on chain.")
                        Layout.fillWidth: true
                        wrapMode: Text.WrapAnywhere
                        color: Theme.text
                        font.pixelSize: 12
                        horizontalAlignment: Text.AlignLeft
                    }
                    PlainLabel {
                        readonly property var r: proposal.chainRecord
                        visible: r.recorded === true
                        text: r.matchesPublished ? qsTr("The chain holds this same root and result (recorded by %1 in contract %2).").arg(r.recorder).arg(r.contract)
                                                 : qsTr("The chain holds a different result!")
                        Layout.fillWidth: true
                        wrapMode: Text.WrapAnywhere
                        color: r.matchesPublished ? Theme.success : Theme.danger
                        font.pixelSize: 12
                        horizontalAlignment: Text.AlignLeft
                    }
                }
                AppButton {
                    visible: proposal.canCancel
                    kind: "danger"
                    text: qsTr("Withdraw my proposal")
                    onClicked: proposal.cancel()
                }
                Item { Layout.preferredHeight: 8 }
            }
        }

        // The discussion: a real group chat; opening the proposal joins it.
        ColumnLayout {
            Layout.preferredWidth: Math.max(300, Math.min(420, view.width * 0.38))
            Layout.fillHeight: true
            spacing: 6
            PlainLabel { text: qsTr("Discussion"); font.weight: Font.DemiBold; color: Theme.text }
            ConversationView {
                objectName: "proposalDiscussion"
                Layout.fillWidth: true
                Layout.fillHeight: true
                compact: true
                showHeader: false
                conversationId: view.discussionId
                border.color: Theme.border
            }
        }
    }
}
