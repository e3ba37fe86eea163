import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Proposals newest first with their status, next moment and results so far.
ColumnLayout {
    id: list
    property double nowMs: Date.now()
    signal opened(string proposalId)
    spacing: 10

    GovernanceProposalsModel { id: proposals; objectName: "governanceProposals" }

    RowLayout {
        Layout.leftMargin: 32
        Layout.rightMargin: 32
        spacing: 6
        Repeater {
            model: [{ key: "open", text: qsTr("Open") }, { key: "executed", text: qsTr("Executed") }, { key: "", text: qsTr("All") }]
            delegate: AppButton {
                required property var modelData
                objectName: "proposalFilter_" + (modelData.key || "all")
                kind: proposals.filter === modelData.key ? "primary" : "ghost"
                text: modelData.text
                onClicked: proposals.filter = modelData.key
            }
        }
        Item { Layout.fillWidth: true }
    }
    EmptyState {
        visible: proposals.count === 0 && !proposals.busy
        Layout.fillWidth: true
        Layout.fillHeight: true
        iconName: "governance"
        text: proposals.filter === "open" ? qsTr("No proposal is open right now. Anyone with 100 AZC staked can write one.")
                                          : qsTr("No proposals here yet.")
    }
    ListView {
        id: rows
        objectName: "proposalList"
        visible: proposals.count > 0
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.leftMargin: 32
        Layout.rightMargin: 32
        clip: true
        spacing: 10
        model: proposals
        delegate: Rectangle {
            id: row
            required property int index
            required property string itemId
            required property var number
            required property string title
            required property string author
            required property string status
            required property var outcome
            required property var votingStartsAt
            required property var votingEndsAt
            required property var executableAt
            required property var executedAt
            required property var totals
            required property var quorum
            required property var snapshotTotal
            required property var myChoice
            objectName: "proposalRow_" + index
            width: ListView.view.width
            implicitHeight: body.implicitHeight + 28
            radius: Theme.radius
            color: hover.hovered ? Theme.surfaceAlt : Theme.surface
            border.color: Theme.border
            HoverHandler { id: hover }
            TapHandler { onTapped: list.opened(row.itemId) }
            ColumnLayout {
                id: body
                LayoutMirroring.enabled: Language.rightToLeft
                LayoutMirroring.childrenInherit: true
                anchors.fill: parent
                anchors.margins: 14
                spacing: 8
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 10
                    PlainLabel { text: "#" + row.number; color: Theme.textMuted; font.pixelSize: 13 }
                    PlainLabel {
                        text: row.title
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        font.pixelSize: 15
                        font.weight: Font.DemiBold
                        color: Theme.text
                        horizontalAlignment: Text.AlignLeft
                    }
                    StatusChip { text: GovernanceWords.status(row.status); tone: GovernanceWords.statusTone(row.status) }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    PlainLabel { text: qsTr("by @%1").arg(row.author); color: Theme.textMuted; font.pixelSize: 12 }
                    PlainLabel {
                        text: GovernanceWords.nextMoment({ status: row.status, votingStartsAt: row.votingStartsAt, votingEndsAt: row.votingEndsAt,
                                                           executableAt: row.executableAt, executedAt: row.executedAt },
                                                         proposals.serverOffsetMs, list.nowMs)
                        color: Theme.textMuted
                        font.pixelSize: 12
                    }
                    PlainLabel { visible: !!row.outcome; text: GovernanceWords.outcome(row.outcome); color: Theme.textMuted; font.pixelSize: 12 }
                    Item { Layout.fillWidth: true }
                    PlainLabel { visible: !!row.myChoice; text: qsTr("You voted: %1").arg(GovernanceWords.choice(row.myChoice)); color: Theme.accent; font.pixelSize: 12 }
                }
                ResultsBar {
                    visible: row.status !== "discussion" && row.status !== "canceled"
                    Layout.fillWidth: true
                    totals: row.totals
                    quorum: row.quorum || "0"
                    snapshotTotal: row.snapshotTotal || "0"
                }
            }
        }
    }
}
