import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// "Vote for with 2,000 AZC?": the choice and the weight it carries (the
// stake at the snapshot), confirmed before it is cast. Confirm arms after a
// moment, so a double click on the vote buttons does not confirm too.
Dialog {
    id: dialog
    property string choice: ""
    property var proposal: ({})
    signal confirmed(string choice)

    function start(c, p) {
        choice = c
        proposal = p
        confirm.enabled = false
        arm.restart()
        open()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 440
    padding: 22
    title: qsTr("Vote %1?").arg(GovernanceWords.choice(choice))
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: PlainLabel {
        LayoutMirroring.enabled: Language.rightToLeft
        text: dialog.title
        padding: 22
        bottomPadding: 0
        font.pixelSize: 18
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
    }
    Timer { id: arm; interval: 600; onTriggered: confirm.enabled = true }

    ColumnLayout {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 14
        PlainLabel {
            text: qsTr("On #%1 %2").arg(dialog.proposal.number).arg(dialog.proposal.title || "")
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            horizontalAlignment: Text.AlignLeft
        }
        PlainLabel {
            objectName: "voteWeight"
            text: qsTr("Your vote weighs %1 %2: your stake when voting opened. Staking more now would not change it.")
                  .arg(dialog.proposal.myWeight || "0").arg(dialog.proposal.asset || "AZC")
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.weight: Font.DemiBold
            color: Theme.accent
            horizontalAlignment: Text.AlignLeft
        }
        PlainLabel {
            text: qsTr("You can change your vote until voting ends.")
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: 12
            horizontalAlignment: Text.AlignLeft
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Item { Layout.fillWidth: true }
            AppButton { kind: "ghost"; text: qsTr("Cancel"); onClicked: dialog.close() }
            AppButton {
                id: confirm
                objectName: "voteConfirm"
                kind: "primary"
                text: qsTr("Vote %1").arg(GovernanceWords.choice(dialog.choice))
                onClicked: { dialog.close(); dialog.confirmed(dialog.choice) }
            }
        }
    }
}
