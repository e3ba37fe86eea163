import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import AzCoiner

// One conversation in the list: avatar, title with muted and pinned marks,
// the last message in one line, its time and the unread badge.
ItemDelegate {
    id: row
    required property string itemId
    required property string kind
    required property string title
    required property bool muted
    required property bool pinned
    required property int unread
    required property var lastMessage
    required property var lastActivityAt
    property bool selected: false

    objectName: "chatRow_" + itemId
    implicitHeight: 68
    padding: 0
    leftPadding: 12
    rightPadding: 12
    background: Rectangle {
        color: row.selected ? Theme.accentSoft : row.hovered ? Theme.surfaceAlt : "transparent"
    }
    contentItem: RowLayout {
        spacing: 12
        Avatar { name: row.title; size: 44 }
        ColumnLayout {
            spacing: 3
            Layout.fillWidth: true
            RowLayout {
                spacing: 4
                Layout.fillWidth: true
                IconImage {
                    visible: row.kind !== "direct"
                    source: row.kind === "channel" ? "../icons/channel.svg" : "../icons/group.svg"
                    sourceSize: Qt.size(15, 15)
                    color: Theme.textMuted
                }
                PlainLabel {
                    text: row.title
                    horizontalAlignment: Text.AlignLeft
                    font.pixelSize: 15
                    font.weight: Font.DemiBold
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                IconImage { objectName: "mutedMark_" + row.itemId; visible: row.muted; source: "../icons/mute.svg"; sourceSize: Qt.size(14, 14); color: Theme.textMuted }
                IconImage { objectName: "pinnedMark_" + row.itemId; visible: row.pinned; source: "../icons/pin.svg"; sourceSize: Qt.size(14, 14); color: Theme.textMuted }
                PlainLabel {
                    text: ChatWords.time(row.lastMessage ? row.lastMessage.createdAt : row.lastActivityAt)
                    font.pixelSize: 11
                    color: row.unread > 0 ? Theme.accent : Theme.textMuted
                }
            }
            RowLayout {
                spacing: 6
                Layout.fillWidth: true
                PlainLabel {
                    objectName: "chatPreview_" + row.itemId
                    text: {
                        const m = row.lastMessage
                        const who = m && row.kind === "group" && m.kind !== "system" ? ChatWords.partyName(m.author).split(" ")[0] + ": " : ""
                        return who + ChatWords.preview(m)
                    }
                    horizontalAlignment: Text.AlignLeft
                    font.pixelSize: 13
                    color: Theme.textMuted
                    elide: Text.ElideRight
                    maximumLineCount: 1
                    Layout.fillWidth: true
                }
                Rectangle {
                    objectName: "unreadBadge_" + row.itemId
                    visible: row.unread > 0
                    implicitWidth: Math.max(20, badge.implicitWidth + 10)
                    implicitHeight: 20
                    radius: 10
                    color: row.muted ? Theme.textMuted : Theme.accent
                    PlainLabel { id: badge; anchors.centerIn: parent; text: row.unread > 999 ? "999+" : row.unread; color: Theme.onAccent; font.pixelSize: 11; font.weight: Font.DemiBold }
                }
            }
        }
    }
}
