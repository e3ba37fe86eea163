import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Starting a conversation: a direct chat by username, a group (title and
// members), a channel (title, handle, about, public), or joining by an
// invite link or a public channel's handle.
Dialog {
    id: dialog
    objectName: "newChatDialog"
    property ChatListModel chats
    property string mode: "direct"

    function start(kind) {
        mode = kind
        first.text = ""; second.text = ""; about.text = ""
        publicSwitch.checked = true
        open()
        first.input.forceActiveFocus()
    }
    function submit() {
        switch (mode) {
        case "direct": chats.openDirect(first.text); break
        case "group": chats.createGroup(first.text, second.text); break
        case "channel": chats.createChannel(first.text, second.text, about.text, publicSwitch.checked); break
        case "join": chats.join(first.text); break
        }
        close()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(440, (Overlay.overlay ? Overlay.overlay.width : 440) - 32)
    padding: 22
    title: mode === "direct" ? qsTr("New direct chat") : mode === "group" ? qsTr("New group")
         : mode === "channel" ? qsTr("New channel") : qsTr("Join a conversation")
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

    ColumnLayout {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 12
        FormField {
            id: first
            objectName: "newChatFirst"
            label: dialog.mode === "direct" ? qsTr("Username") : dialog.mode === "join" ? qsTr("Invite link or @handle") : qsTr("Title")
            placeholderText: dialog.mode === "direct" ? "@username" : ""
            maximumLength: dialog.mode === "join" ? 200 : 64
            onAccepted: if (dialog.mode !== "group" && dialog.mode !== "channel") dialog.submit()
        }
        FormField {
            id: second
            objectName: "newChatSecond"
            visible: dialog.mode === "group" || dialog.mode === "channel"
            label: dialog.mode === "group" ? qsTr("Members") : qsTr("Handle (optional)")
            placeholderText: dialog.mode === "group" ? qsTr("usernames, separated by commas") : "my_channel"
            hint: dialog.mode === "channel" ? qsTr("5–32 characters: a–z, 0–9 and _, starting with a letter.") : ""
            maximumLength: dialog.mode === "group" ? 2000 : 32
        }
        FormField {
            id: about
            objectName: "newChatAbout"
            visible: dialog.mode === "channel"
            label: qsTr("About (optional)")
            maximumLength: 255
        }
        RowLayout {
            visible: dialog.mode === "channel"
            Layout.fillWidth: true
            PlainLabel { text: qsTr("Public: anyone can find and join it"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            AppSwitch { id: publicSwitch; objectName: "newChatPublic"; checked: true }
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            AppButton { text: qsTr("Cancel"); onClicked: dialog.close() }
            AppButton {
                objectName: "newChatSubmit"
                kind: "primary"
                enabled: first.text.trim() !== ""
                text: dialog.mode === "direct" ? qsTr("Open chat") : dialog.mode === "join" ? qsTr("Join") : qsTr("Create")
                onClicked: dialog.submit()
            }
        }
    }
}
