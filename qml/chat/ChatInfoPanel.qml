import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// A group's or channel's info: title, about, member count, mute and pin
// switches, the invite link (admins), the members with what an admin may
// do to each (promote, demote, remove), adding a member, and leaving.
Rectangle {
    id: panel
    objectName: "chatInfoPanel"
    property string conversationId: ""
    property var conversation: ({})
    property ChatListModel chats
    signal closed()
    signal leftConversation()

    readonly property bool admin: conversation.myRole === "owner" || conversation.myRole === "admin"
    readonly property bool owner: conversation.myRole === "owner"
    color: Theme.surface

    ChatInfoModel { id: info; objectName: "chatInfo"; conversationId: panel.conversationId }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            PlainLabel {
                text: panel.conversation.kind === "channel" ? qsTr("Channel info") : qsTr("Group info")
                font.pixelSize: 16
                font.weight: Font.DemiBold
                color: Theme.text
                Layout.fillWidth: true
            }
            ToolButton { icon.source: "../icons/close.svg"; icon.color: Theme.textMuted; onClicked: panel.closed() }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            Avatar {
                name: panel.conversation.title || ""
                size: 64
                Layout.preferredWidth: 64
                Layout.preferredHeight: 64
                Layout.alignment: Qt.AlignHCenter
            }
            PlainLabel {
                text: panel.conversation.title || ""
                font.pixelSize: 17
                font.weight: Font.DemiBold
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            PlainLabel {
                objectName: "chatInfoCount"
                // The member list's total is fresher than the chat list's count.
                text: (info.membersHidden || info.total === 0 ? ChatWords.kindLabel(panel.conversation)
                                                              : ChatWords.count(info.total, panel.conversation.kind === "channel"))
                      + (panel.conversation.handle ? "  ·  @" + panel.conversation.handle : "")
                color: Theme.textMuted
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            PlainLabel {
                visible: text !== ""
                text: panel.conversation.about || ""
                color: Theme.text
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
        }

        RowLayout {
            Layout.fillWidth: true
            PlainLabel { text: qsTr("Mute notifications"); color: Theme.text; Layout.fillWidth: true }
            AppSwitch {
                objectName: "chatInfoMute"
                checked: !!panel.conversation.muted
                onToggled: panel.chats.setMuted(panel.conversationId, checked)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            PlainLabel { text: qsTr("Pin to the top"); color: Theme.text; Layout.fillWidth: true }
            AppSwitch {
                objectName: "chatInfoPin"
                checked: !!panel.conversation.pinned
                onToggled: panel.chats.setPinned(panel.conversationId, checked)
            }
        }

        // The invite link, for admins.
        ColumnLayout {
            visible: panel.admin
            Layout.fillWidth: true
            spacing: 6
            PlainLabel { text: qsTr("Invite link"); font.pixelSize: 13; font.weight: Font.Medium; color: Theme.textMuted }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    objectName: "chatInviteLink"
                    text: info.inviteLink
                    readOnly: true
                    selectByMouse: true
                    placeholderText: qsTr("No link yet")
                    color: Theme.text
                    font.pixelSize: 12
                    Layout.fillWidth: true
                }
                AppButton {
                    objectName: "chatInviteButton"
                    kind: "ghost"
                    text: info.inviteLink === "" ? qsTr("Create") : qsTr("Copy")
                    onClicked: info.inviteLink === "" ? info.invite(false) : Clipboard.setText(info.inviteLink)
                }
            }
        }

        // Adding a member, for admins of groups.
        RowLayout {
            visible: panel.admin && panel.conversation.kind === "group"
            Layout.fillWidth: true
            TextField {
                id: addField
                objectName: "chatAddMemberField"
                placeholderText: qsTr("Add by username")
                selectByMouse: true
                color: Theme.text
                Layout.fillWidth: true
                onAccepted: addButton.clicked()
            }
            AppButton {
                id: addButton
                objectName: "chatAddMemberButton"
                kind: "primary"
                text: qsTr("Add")
                enabled: addField.text.trim() !== ""
                onClicked: { info.addMember(addField.text); addField.text = "" }
            }
        }

        PlainLabel {
            text: info.membersHidden ? qsTr("Only admins see the subscribers.") : qsTr("Members")
            font.pixelSize: 13
            font.weight: Font.Medium
            color: Theme.textMuted
        }
        ListView {
            id: memberList
            objectName: "chatMembersView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: info
            spacing: 2
            delegate: ItemDelegate {
                id: member
                required property string itemId
                required property string displayName
                required property string username
                required property string role
                readonly property bool isMe: itemId === Session.userId
                objectName: "member_" + username
                width: ListView.view.width
                leftPadding: 4
                rightPadding: 4
                contentItem: RowLayout {
                    spacing: 10
                    Avatar { name: member.displayName; size: 32 }
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        PlainLabel { text: member.displayName + (member.isMe ? " " + qsTr("(you)") : ""); color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                        PlainLabel { text: "@" + member.username; font.pixelSize: 12; color: Theme.textMuted; elide: Text.ElideRight; Layout.fillWidth: true }
                    }
                    StatusChip {
                        visible: member.role !== "member" && member.role !== "subscriber"
                        text: ChatWords.role(member.role)
                        tone: member.role === "owner" ? "accent" : "success"
                    }
                    ToolButton {
                        id: memberCallButton
                        objectName: "memberCall_" + member.username
                        visible: !member.isMe && panel.conversation.kind === "group"
                        enabled: CallManager.state === "idle" || CallManager.state === "ended"
                        icon.source: "../icons/phone.svg"
                        icon.color: Theme.textMuted
                        onClicked: CallManager.callUser(member.username, false)
                        PlainToolTip { visible: memberCallButton.hovered; text: qsTr("Call %1").arg(member.displayName) }
                    }
                }
                onClicked: if (panel.admin && !member.isMe && member.role !== "owner") memberMenu.popup()
                Menu {
                    id: memberMenu
                    MenuItem {
                        objectName: "promote_" + member.username
                        text: qsTr("Make admin")
                        visible: member.role !== "admin"
                        height: visible ? implicitHeight : 0
                        onTriggered: info.setRole(member.itemId, "admin")
                    }
                    MenuItem {
                        objectName: "demote_" + member.username
                        text: qsTr("Remove admin rights")
                        visible: member.role === "admin" && panel.owner
                        height: visible ? implicitHeight : 0
                        onTriggered: info.setRole(member.itemId, "member")
                    }
                    MenuItem {
                        objectName: "remove_" + member.username
                        text: qsTr("Remove from the conversation")
                        onTriggered: info.removeMember(member.itemId)
                    }
                }
            }
        }

        AppButton {
            objectName: "chatLeaveButton"
            kind: "danger"
            text: panel.conversation.kind === "channel" ? qsTr("Leave channel") : qsTr("Leave group")
            Layout.fillWidth: true
            onClicked: leaveDialog.open()
        }
    }

    Dialog {
        id: leaveDialog
        modal: true
        anchors.centerIn: Overlay.overlay
        width: 380
        padding: 22
        background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
        header: null // no title (the style's header would show one as markup)
        ColumnLayout {
            LayoutMirroring.enabled: Language.rightToLeft
            LayoutMirroring.childrenInherit: true
            anchors.fill: parent
            spacing: 16
            PlainLabel {
                text: qsTr("Leave “%1”? You will lose access to its history.").arg(panel.conversation.title || "")
                wrapMode: Text.WordWrap
                color: Theme.text
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                AppButton { text: qsTr("Cancel"); onClicked: leaveDialog.close() }
                AppButton {
                    objectName: "chatLeaveConfirm"
                    kind: "danger"
                    text: qsTr("Leave")
                    onClicked: { panel.chats.leave(panel.conversationId); leaveDialog.close(); panel.leftConversation() }
                }
            }
        }
    }
}
