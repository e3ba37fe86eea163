import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import AzCoiner

// Every call I was in, newest first: who, which way, how it ended, when and
// how long; the button calls back in the same conversation.
Rectangle {
    id: root
    objectName: "callHistory"
    color: Theme.surface
    signal openConversation(string conversationId)

    CallHistoryModel { id: calls; objectName: "callHistoryModel" }

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        model: calls
        boundsBehavior: Flickable.StopAtBounds
        delegate: ItemDelegate {
            id: row
            required property string itemId
            required property string conversationId
            required property string kind
            required property bool video
            required property string outcome
            required property bool mine
            required property bool missed
            required property string peerNames
            required property var createdAt
            required property var durationMs
            objectName: "callRow_" + itemId
            width: ListView.view.width
            height: 64
            onClicked: root.openConversation(conversationId)
            contentItem: RowLayout {
                spacing: 12
                Avatar { name: row.peerNames; size: 40 }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    PlainLabel {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        text: row.peerNames
                        font.weight: Font.DemiBold
                        color: row.missed ? Theme.danger : Theme.text
                        elide: Text.ElideRight
                    }
                    PlainLabel {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        text: (row.mine ? "↗ " : "↙ ") + CallWords.outcome(row.outcome, row.mine, row.missed, row.video)
                              + (row.durationMs > 0 ? " · " + CallWords.duration(row.durationMs) : "")
                        font.pixelSize: 12
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                }
                PlainLabel {
                    text: ChatWords.time(row.createdAt)
                    font.pixelSize: 12
                    color: Theme.textMuted
                }
                ToolButton {
                    objectName: "callBack_" + row.itemId
                    icon.source: row.video ? "../icons/video.svg" : "../icons/phone.svg"
                    icon.color: Theme.accent
                    onClicked: CallManager.startCall(row.conversationId, row.video)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Call back")
                }
            }
        }
    }
    EmptyState {
        anchors.centerIn: parent
        visible: calls.count === 0 && !calls.loading
        iconName: "phone"
        text: qsTr("No calls yet. Call from a chat's header.")
    }
}
