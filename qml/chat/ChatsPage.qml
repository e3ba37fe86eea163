import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The Chats section: the conversation list on the leading side, the open
// conversation in the middle and, for groups and channels, the info panel.
Item {
    id: page
    objectName: "chatsPage"
    property string current: ""
    property bool infoOpen: false
    property string tab: "chats" // or "calls": the history

    function open(conversationId, seq) {
        if (current !== conversationId) infoOpen = false
        current = conversationId
        if (seq !== undefined && seq > 0) Qt.callLater(() => conversation.jumpToSeq(seq))
    }

    ChatListModel {
        id: chats
        objectName: "chatList"
        onOpened: id => page.open(id)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // The list, or the call history in its place ("Calls").
        ColumnLayout {
            Layout.preferredWidth: 330
            Layout.fillWidth: false
            Layout.fillHeight: true
            spacing: 0
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 48
                color: Theme.surface
                RowLayout {
                    anchors.fill: parent
                    anchors.margins: 6
                    spacing: 6
                    Repeater {
                        model: [{ key: "chats", label: qsTr("Chats") }, { key: "calls", label: qsTr("Calls") }]
                        delegate: AppButton {
                            required property var modelData
                            objectName: "chatsTab_" + modelData.key
                            Layout.fillWidth: true
                            implicitHeight: 36
                            kind: page.tab === modelData.key ? "primary" : "ghost"
                            text: modelData.label
                            onClicked: page.tab = modelData.key
                        }
                    }
                }
            }
            ChatList {
                visible: page.tab === "chats"
                Layout.fillWidth: true
                Layout.fillHeight: true
                chats: chats
                current: page.current
                onSelected: (id, seq) => page.open(id, seq)
            }
            Loader {
                active: page.tab === "calls"
                visible: active
                Layout.fillWidth: true
                Layout.fillHeight: true
                sourceComponent: CallHistoryList {
                    onOpenConversation: id => { page.open(id); page.tab = "chats" }
                }
            }
        }
        Rectangle { Layout.fillHeight: true; width: 1; color: Theme.border }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            ConversationView {
                id: conversation
                anchors.fill: parent
                visible: page.current !== ""
                conversationId: page.current
                onInfoRequested: page.infoOpen = !page.infoOpen
            }
            EmptyState {
                anchors.centerIn: parent
                visible: page.current === ""
                iconName: "chats"
                text: qsTr("Choose a conversation, or start a new one.")
            }
        }

        Rectangle { visible: info.visible; Layout.fillHeight: true; width: 1; color: Theme.border }
        ChatInfoPanel {
            id: info
            visible: page.infoOpen && page.current !== ""
            Layout.preferredWidth: 310
            Layout.fillWidth: false
            Layout.fillHeight: true
            conversationId: visible ? page.current : ""
            conversation: { void chats.count; return chats.conversation(page.current) }
            chats: chats
            onClosed: page.infoOpen = false
            onLeftConversation: { page.infoOpen = false; page.current = "" }
        }
    }
}
