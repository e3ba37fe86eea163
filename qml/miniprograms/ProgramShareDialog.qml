import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// A program shares into a chat: the user sees what will be posted and picks
// the chat; the program never sees the list of chats.
Dialog {
    id: dialog
    property MiniProgramSession session

    modal: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: 460
    height: Math.min(560, Overlay.overlay ? Overlay.overlay.height - 80 : 560)
    padding: 22
    onRejected: if (session.prompt === "share") session.dismissPrompt()
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: PlainLabel {
        LayoutMirroring.enabled: Language.rightToLeft
        text: qsTr("Share to a chat")
        padding: 22
        bottomPadding: 0
        font.pixelSize: 18
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
    }
    ChatListModel { id: chats; objectName: "programShareChats" }
    ColumnLayout {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 12
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: preview.implicitHeight + 20
            radius: 10
            color: Theme.surfaceAlt
            PlainLabel {
                id: preview
                x: 10; y: 10
                width: parent.width - 20
                wrapMode: Text.WordWrap
                color: Theme.text
                text: dialog.session ? (dialog.session.promptData.text || "") : ""
            }
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: chats
            delegate: ItemDelegate {
                required property var model
                objectName: "shareTo_" + model.itemId
                width: ListView.view.width
                enabled: !dialog.session.promptBusy && (model.kind !== "channel" || model.myRole === "owner" || model.myRole === "admin")
                contentItem: PlainLabel { text: model.title; color: Theme.text; elide: Text.ElideRight }
                onClicked: dialog.session.shareTo(model.itemId)
            }
        }
        PlainLabel {
            visible: text !== ""
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.danger
            text: dialog.session ? dialog.session.promptError : ""
        }
        AppButton { Layout.alignment: Qt.AlignRight; kind: "ghost"; text: qsTr("Cancel"); onClicked: dialog.session.dismissPrompt() }
    }
}
