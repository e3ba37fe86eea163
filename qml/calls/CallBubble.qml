import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import AzCoiner

// A call in the chat (a message of kind "call"): which way, how it ended and
// how long it was; "Missed call" in red for whoever was rung and never
// answered. Tapping it calls back, the same kind of call.
Rectangle {
    id: card
    property var payload: ({})
    property bool mine: false
    property string conversationId: ""
    property var createdAt: 0
    // Only for those who were rung: a group's other members were never called.
    readonly property bool missed: !mine && ["missed", "cancelled", "busy"].includes(payload.outcome || "")
                                   && (payload.participants || []).includes(Session.userId)
    readonly property bool video: !!payload.video
    objectName: "callBubble_" + (payload.callId || "")
    implicitWidth: row.implicitWidth + 20
    implicitHeight: row.implicitHeight + 16
    radius: 10
    color: hover.hovered ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.10) : "transparent"
    HoverHandler { id: hover; cursorShape: Qt.PointingHandCursor }
    TapHandler { onTapped: CallManager.startCall(card.conversationId, card.video) }

    RowLayout {
        id: row
        x: 10
        y: 8
        spacing: 12
        Rectangle {
            width: 40; height: 40; radius: 20
            color: card.missed ? Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.16)
                               : Qt.rgba(Theme.success.r, Theme.success.g, Theme.success.b, 0.16)
            IconImage {
                anchors.centerIn: parent
                width: 20; height: 20
                source: card.video ? "../icons/video.svg" : "../icons/phone.svg"
                color: card.missed ? Theme.danger : Theme.success
            }
        }
        ColumnLayout {
            spacing: 2
            PlainLabel {
                objectName: "callBubbleTitle"
                text: CallWords.outcome(card.payload.outcome || "", card.mine, card.missed, card.video)
                font.weight: Font.DemiBold
                color: card.missed ? Theme.danger : Theme.text
            }
            PlainLabel {
                objectName: "callBubbleDetail"
                text: (card.payload.durationMs > 0 ? CallWords.duration(card.payload.durationMs) + " · " : "")
                      + qsTr("Tap to call back")
                font.pixelSize: 12
                color: Theme.textMuted
            }
        }
    }
}
