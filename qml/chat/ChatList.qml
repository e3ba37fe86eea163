import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The leading column of the Chats section: search (chat titles, or message
// text with highlighted snippets that open the message), the conversations,
// and the buttons that start a direct chat, a group or a channel.
Rectangle {
    id: root
    property ChatListModel chats
    property string current: ""
    property bool searchMessages: false
    signal selected(string conversationId, var seq)

    color: Theme.surface

    ChatSearchModel {
        id: search
        objectName: "chatSearch"
        query: root.searchMessages ? searchField.text : ""
    }
    Binding { target: root.chats; property: "filter"; value: root.searchMessages ? "" : searchField.text }

    NewChatDialog { id: newChat; chats: root.chats }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 12
            Layout.bottomMargin: 4
            spacing: 6
            TextField {
                id: searchField
                objectName: "chatSearchField"
                Layout.fillWidth: true
                placeholderText: root.searchMessages ? qsTr("Search messages") : qsTr("Search chats")
                color: Theme.text
                placeholderTextColor: Qt.rgba(Theme.textMuted.r, Theme.textMuted.g, Theme.textMuted.b, 0.7)
                selectByMouse: true
                leftPadding: 12
                rightPadding: 12
                topPadding: 9
                bottomPadding: 9
                verticalAlignment: TextInput.AlignVCenter
                background: Rectangle { implicitHeight: 38; radius: 10; color: Theme.surfaceAlt; border.color: searchField.activeFocus ? Theme.accent : Theme.border }
            }
            ToolButton {
                id: newButton
                objectName: "newChatButton"
                icon.source: "../icons/send.svg"
                icon.color: Theme.accent
                onClicked: newMenu.popup(newButton, 0, newButton.height)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("New conversation")
                Menu {
                    id: newMenu
                    MenuItem { objectName: "newDirect"; text: qsTr("New direct chat"); onTriggered: newChat.start("direct") }
                    MenuItem { objectName: "newGroup"; text: qsTr("New group"); onTriggered: newChat.start("group") }
                    MenuItem { objectName: "newChannel"; text: qsTr("New channel"); onTriggered: newChat.start("channel") }
                    MenuItem { objectName: "joinChat"; text: qsTr("Join by link or handle"); onTriggered: newChat.start("join") }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            spacing: 6
            Repeater {
                model: [{ key: false, label: qsTr("Chats") }, { key: true, label: qsTr("Messages") }]
                delegate: AppButton {
                    required property var modelData
                    objectName: modelData.key ? "searchModeMessages" : "searchModeChats"
                    kind: root.searchMessages === modelData.key ? "primary" : "ghost"
                    implicitHeight: 30
                    font.pixelSize: 13
                    text: modelData.label
                    onClicked: root.searchMessages = modelData.key
                }
            }
            Item { Layout.fillWidth: true }
        }

        ListView {
            id: chatView
            objectName: "chatListView"
            visible: !root.searchMessages
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: 6
            clip: true
            model: root.chats
            delegate: ChatListRow {
                width: ListView.view.width
                selected: itemId === root.current
                onClicked: root.selected(itemId, -1)
            }
            EmptyState {
                anchors.centerIn: parent
                visible: chatView.count === 0 && !root.chats.busy
                iconName: "chats"
                text: searchField.text !== "" ? qsTr("No chat matches “%1”.").arg(searchField.text) : qsTr("No conversations yet.")
            }
        }

        ListView {
            id: hitView
            objectName: "searchHitsView"
            visible: root.searchMessages
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: 6
            clip: true
            model: search
            delegate: ItemDelegate {
                id: hit
                required property string conversationId
                required property var seq
                required property var author
                required property var createdAt
                required property string snippet
                required property string messageId
                objectName: "searchHit_" + messageId
                width: ListView.view.width
                leftPadding: 14
                rightPadding: 14
                contentItem: ColumnLayout {
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        PlainLabel {
                            text: { void root.chats.count; return root.chats.conversation(hit.conversationId).title || "" }
                            font.weight: Font.DemiBold
                            color: Theme.text
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        PlainLabel { text: ChatWords.time(hit.createdAt); font.pixelSize: 11; color: Theme.textMuted }
                    }
                    // The one label that draws markup (the matches in bold): the name is
                    // escaped here, the snippet by ChatSearchModel::highlight. Allowlisted
                    // in tests/unit/tst_qml_text_safety.cpp.
                    Label {
                        objectName: "searchSnippet_" + hit.messageId
                        text: Markup.escaped(ChatWords.partyName(hit.author)) + ": " + search.highlight(hit.snippet, Theme.accent)
                        textFormat: Text.StyledText
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                onClicked: root.selected(conversationId, seq)
            }
            EmptyState {
                anchors.centerIn: parent
                visible: hitView.count === 0 && searchField.text.trim() !== "" && !search.busy
                iconName: "search"
                text: qsTr("No messages found.")
            }
        }
    }
}
