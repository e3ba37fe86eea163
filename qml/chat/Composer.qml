import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The bottom of a conversation: what is being answered or edited, the text
// field (Enter sends, Shift+Enter breaks the line), attach, money and send.
Rectangle {
    id: composer
    property ChatMessagesModel model
    property bool compact: false
    property var replyTarget: null // {messageId, authorName, text}
    property var editTarget: null  // {messageId, text}
    property alias text: input.text
    signal attachRequested()
    signal sendMoneyRequested()
    signal requestMoneyRequested()
    signal redPacketRequested()
    property bool groupChat: false

    function replyTo(message) {
        editTarget = null
        replyTarget = message
        input.forceActiveFocus()
    }
    function startEdit(message) {
        replyTarget = null
        editTarget = message
        input.text = message.text
        input.forceActiveFocus()
    }
    function cancel() {
        if (editTarget) input.text = ""
        replyTarget = null
        editTarget = null
    }
    function submit() {
        const text = input.text.trim()
        if (text === "") return
        if (editTarget) composer.model.edit(editTarget.messageId, text)
        else composer.model.send(text, replyTarget ? replyTarget.messageId : "")
        input.text = ""
        replyTarget = null
        editTarget = null
    }

    implicitHeight: column.implicitHeight + 16
    color: Theme.surface
    Rectangle { width: parent.width; height: 1; color: Theme.border }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6

        // Replying to / editing.
        RowLayout {
            visible: composer.replyTarget !== null || composer.editTarget !== null
            Layout.fillWidth: true
            spacing: 8
            Rectangle { width: 3; Layout.fillHeight: true; radius: 1.5; color: Theme.accent }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                PlainLabel {
                    objectName: "composerContext"
                    text: composer.editTarget ? qsTr("Editing")
                        : composer.replyTarget ? qsTr("Reply to %1").arg(composer.replyTarget.authorName) : ""
                    font.pixelSize: 12
                    font.weight: Font.DemiBold
                    color: Theme.accent
                }
                PlainLabel {
                    text: composer.editTarget ? composer.editTarget.text : composer.replyTarget ? composer.replyTarget.text : ""
                    font.pixelSize: 12
                    color: Theme.textMuted
                    elide: Text.ElideRight
                    maximumLineCount: 1
                    Layout.fillWidth: true
                }
            }
            ToolButton {
                objectName: "composerCancel"
                icon.source: "../icons/close.svg"
                icon.color: Theme.textMuted
                onClicked: composer.cancel()
            }
        }

        PlainLabel {
            visible: composer.model && composer.model.uploading
            text: composer.model ? qsTr("Uploading… %1%").arg(Math.round(composer.model.uploadProgress * 100)) : ""
            font.pixelSize: 12
            color: Theme.textMuted
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 4

            ToolButton {
                objectName: "composerAttach"
                icon.source: "../icons/file.svg"
                icon.color: Theme.textMuted
                enabled: composer.model && !composer.model.uploading
                onClicked: composer.attachRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Attach a file")
            }
            ToolButton {
                id: moneyButton
                objectName: "composerMoney"
                visible: composer.model && composer.model.conversation.kind !== "channel"
                icon.source: "../icons/wallet.svg"
                icon.color: Theme.textMuted
                onClicked: moneyMenu.popup(moneyButton, 0, -moneyMenu.implicitHeight)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Money")
                Menu {
                    id: moneyMenu
                    MenuItem { objectName: "composerSendMoney"; text: qsTr("Send money"); onTriggered: composer.sendMoneyRequested() }
                    MenuItem { objectName: "composerRequestMoney"; text: qsTr("Request money"); onTriggered: composer.requestMoneyRequested() }
                    MenuItem { objectName: "composerRedPacket"; visible: composer.groupChat; height: visible ? implicitHeight : 0; text: qsTr("Red packet"); onTriggered: composer.redPacketRequested() }
                }
            }

            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(Math.max(input.implicitHeight, 40), 140)
                TextArea {
                    id: input
                    objectName: "composerInput"
                    textFormat: TextEdit.PlainText
                    placeholderText: qsTr("Write a message…")
                    wrapMode: TextEdit.Wrap
                    color: Theme.text
                    placeholderTextColor: Qt.rgba(Theme.textMuted.r, Theme.textMuted.g, Theme.textMuted.b, 0.7)
                    selectByMouse: true
                    font.pixelSize: 15
                    leftPadding: 12
                    rightPadding: 12
                    topPadding: 10
                    bottomPadding: 10
                    horizontalAlignment: TextEdit.AlignLeft
                    background: Rectangle { radius: 10; color: Theme.surfaceAlt; border.color: input.activeFocus ? Theme.accent : Theme.border }
                    onTextChanged: if (text !== "" && composer.model && !composer.editTarget) composer.model.typing()
                    Keys.onPressed: event => {
                        if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && !(event.modifiers & Qt.ShiftModifier)) {
                            composer.submit()
                            event.accepted = true
                        } else if (event.key === Qt.Key_Escape) {
                            composer.cancel()
                            event.accepted = true
                        }
                    }
                }
            }

            AppButton {
                objectName: "composerSend"
                kind: "primary"
                icon.source: "../icons/send.svg"
                display: AbstractButton.IconOnly
                leftPadding: 12
                rightPadding: 12
                enabled: input.text.trim() !== ""
                onClicked: composer.submit()
                ToolTip.visible: hovered
                ToolTip.text: composer.editTarget ? qsTr("Save") : qsTr("Send")
            }
        }
    }
}
