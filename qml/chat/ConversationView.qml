import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import AzCoiner

// One conversation, self-contained: give it a conversationId and it loads
// the newest page, pages back as the user scrolls up, follows pushes, marks
// what was seen as read, and sends (text, replies, files by picker or drop,
// money). Embeddable anywhere (e.g. a P2P trade's chat) by URL with only
// `conversationId` set; `compact` suits narrow panels.
Rectangle {
    id: view
    objectName: "conversationView"
    property string conversationId: ""
    property bool compact: false
    property bool showHeader: true
    readonly property alias model: messages
    readonly property alias listView: list
    signal infoRequested()

    // Scrolls to a message (loading older pages if needed) and highlights it.
    function jumpToSeq(seq) { view.pendingHighlight = seq; messages.locate(seq) }
    function jumpToMessageId(messageId) {
        const row = messages.rowOfId(messageId)
        if (row >= 0) { list.positionViewAtIndex(row, ListView.Center); view.flash(messages.get(row).seq) }
    }
    function flash(seq) { highlightSeq = seq; highlightTimer.restart() }
    function saveFile(fileId, name) { saveDialog.fileId = fileId; saveDialog.currentFile = "file:///" + name; saveDialog.open() }
    function confirmPay(messageId, amount, asset, requester) {
        payDialog.messageId = messageId
        payDialog.text = qsTr("Pay %1 %2 to %3? The fee is added by the wallet.").arg(amount).arg(asset).arg(requester)
        payDialog.open()
    }
    function openMenu(item, row) {
        menu.row = row
        menu.message = messages.get(row)
        menu.popup(item)
    }

    property var pendingHighlight: -1
    property var highlightSeq: -1
    readonly property var info: messages.conversation
    readonly property bool isGroup: info.kind === "group"
    // A group call rings everyone else, and a call holds at most 4 (a mesh): larger groups call
    // their members one by one from the group's info.
    readonly property bool callable: !compact && (info.kind === "direct" || (info.kind === "group" && info.memberCount <= 4))
    readonly property bool callIdle: CallManager.state === "idle" || CallManager.state === "ended"

    color: Theme.window

    ChatMessagesModel {
        id: messages
        objectName: "conversationModel"
        conversationId: view.conversationId
        onLocated: row => {
            list.positionViewAtIndex(row, ListView.Center)
            if (view.pendingHighlight >= 0) view.flash(view.pendingHighlight)
            view.pendingHighlight = -1
        }
        onMessageAdded: (row, mine) => { if (mine || list.wasAtEnd) Qt.callLater(list.toEnd) }
        // At the very top the view would keep showing the top, i.e. the new page, and page
        // again at once; keep the message that was at the top where it was instead.
        onOlderLoaded: added => { if (added > 0 && list.contentY - list.originY < 40 && !list.wasAtEnd) list.positionViewAtIndex(added, ListView.Beginning) }
        onConversationIdChanged: list.wasAtEnd = true
        onButtonAnswered: (messageId, text, alert) => {
            if (text === "") return
            botAnswer.text = text
            botAnswer.alert = alert
            botAnswerTimer.restart()
        }
        // Still near the top when a page lands (a fast fling): fetch the next one.
        onLoadingChanged: if (!loading) Qt.callLater(list.loadOlderIfNearTop)
    }

    // Group payments name the member; the list is read only for groups.
    ChatInfoModel { id: members; conversationId: view.isGroup ? view.conversationId : "" }

    Timer { id: highlightTimer; interval: 1600; onTriggered: view.highlightSeq = -1 }
    Timer { id: botAnswerTimer; interval: 4000 }
    // A bot's answer to a button press, over the messages for a moment.
    Rectangle {
        z: 10
        objectName: "botAnswer"
        visible: botAnswerTimer.running
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 84
        radius: 10
        color: botAnswer.alert ? Theme.warning : Theme.surfaceAlt
        border.color: Theme.border
        implicitWidth: Math.min(botAnswer.implicitWidth + 32, view.width - 48)
        implicitHeight: botAnswer.implicitHeight + 20
        PlainLabel {
            id: botAnswer
            objectName: "botAnswerText"
            property bool alert: false
            anchors.centerIn: parent
            width: Math.min(implicitWidth, view.width - 80)
            wrapMode: Text.WordWrap
            color: Theme.text
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Title, who is typing, the info button.
        Rectangle {
            visible: view.showHeader
            Layout.fillWidth: true
            implicitHeight: view.compact ? 48 : 60
            color: Theme.surface
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 16
                anchors.rightMargin: 8
                spacing: 12
                Avatar { name: view.info.title || ""; size: view.compact ? 30 : 38 }
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    PlainLabel {
                        objectName: "conversationTitle"
                        horizontalAlignment: Text.AlignLeft
                        text: view.info.title || ""
                        font.pixelSize: view.compact ? 14 : 16
                        font.weight: Font.DemiBold
                        color: Theme.text
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    PlainLabel {
                        objectName: "conversationSubtitle"
                        horizontalAlignment: Text.AlignLeft
                        text: messages.typingText !== "" ? messages.typingText : ChatWords.kindLabel(view.info)
                        font.pixelSize: 12
                        color: messages.typingText !== "" ? Theme.accent : Theme.textMuted
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                // Calls: a direct chat or a group (up to 4 people; the server says when a group is larger).
                ToolButton {
                    objectName: "audioCallButton"
                    visible: view.callable
                    enabled: view.callIdle
                    icon.source: "../icons/phone.svg"
                    icon.color: Theme.textMuted
                    onClicked: CallManager.startCall(view.conversationId, false)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Voice call")
                }
                ToolButton {
                    objectName: "videoCallButton"
                    visible: view.callable
                    enabled: view.callIdle
                    icon.source: "../icons/video.svg"
                    icon.color: Theme.textMuted
                    onClicked: CallManager.startCall(view.conversationId, true)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Video call")
                }
                ToolButton {
                    objectName: "conversationInfoButton"
                    visible: view.info.kind === "group" || view.info.kind === "channel"
                    icon.source: "../icons/profile.svg"
                    icon.color: Theme.textMuted
                    onClicked: view.infoRequested()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Members and settings")
                }
            }
        }

        ListView {
            id: list
            objectName: "messageList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: messages
            reuseItems: true
            cacheBuffer: 800
            boundsBehavior: Flickable.StopAtBounds
            property bool wasAtEnd: true
            function toEnd() { positionViewAtEnd(); wasAtEnd = true }
            function markSeen() {
                if (!visible || count === 0) return
                const row = indexAt(width / 2, contentY + height - 12)
                const seq = row >= 0 ? messages.get(row).seq : (atYEnd ? messages.lastSeq : 0)
                if (seq > 0) messages.markReadUpTo(seq)
            }
            // Page back before the user reaches the top, so scrolling does not stall.
            function loadOlderIfNearTop() {
                if (count > 0 && contentY - originY < Math.max(600, height) && messages.hasOlder && !messages.loading)
                    messages.loadOlder()
            }
            onContentYChanged: {
                wasAtEnd = atYEnd || contentHeight <= height
                loadOlderIfNearTop()
                seenTimer.restart()
            }
            onCountChanged: seenTimer.restart()
            // Delegates settle their heights after they are made: stay at the newest message meanwhile.
            onContentHeightChanged: if (wasAtEnd) Qt.callLater(toEnd)
            onHeightChanged: if (wasAtEnd) Qt.callLater(toEnd)
            Timer { id: seenTimer; interval: 200; onTriggered: list.markSeen() }

            delegate: MessageBubble {
                host: view
                compact: view.compact
                showAuthors: view.info.kind !== "direct"
                highlighted: seq === view.highlightSeq
            }

            footer: Item { width: list.width; height: 10 }
            header: Item { width: list.width; height: 8 }
            // Paging back: a spinner over the top edge (not in the content, which would move it).
            BusyIndicator {
                anchors.top: parent.top
                anchors.topMargin: 8
                anchors.horizontalCenter: parent.horizontalCenter
                width: 28
                height: 28
                running: messages.loading && messages.count > 0
                visible: running
            }

            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }

            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 32, 360)
                visible: messages.count === 0 && !messages.loading && view.conversationId !== ""
                iconName: "chats"
                text: view.info.left ? qsTr("You are no longer a member of this conversation.") : qsTr("No messages yet. Say hello!")
            }
        }

        // Back to the newest message.
        Item {
            Layout.fillWidth: true
            Layout.preferredHeight: 0
            // Drawn by hand: Material's round button is a layer effect the software renderer drops.
            AbstractButton {
                objectName: "scrollToEnd"
                visible: !list.wasAtEnd && messages.count > 0
                anchors.right: parent.right
                anchors.rightMargin: 20
                anchors.bottom: parent.top
                anchors.bottomMargin: 12
                width: 40
                height: 40
                onClicked: list.toEnd()
                background: Rectangle {
                    radius: 20
                    color: parent.hovered ? Theme.surfaceAlt : Theme.surface
                    border.color: Theme.border
                }
                contentItem: PlainLabel {
                    text: "↓"
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: 18
                    font.weight: Font.DemiBold
                    color: Theme.accent
                }
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Newest messages")
            }
        }

        Composer {
            id: composer
            objectName: "composer"
            visible: messages.canPost
            Layout.fillWidth: true
            model: messages
            compact: view.compact
            onAttachRequested: openDialog.open()
            onSendMoneyRequested: moneyDialog.start("send", view.isGroup ? members.otherUsernames() : [])
            onRequestMoneyRequested: moneyDialog.start("request", [])
            onRedPacketRequested: moneyDialog.start("redpacket", [])
            groupChat: view.isGroup
        }
        PlainLabel {
            visible: !messages.canPost && view.info.kind === "channel"
            Layout.fillWidth: true
            Layout.preferredHeight: 44
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: qsTr("Only admins post in this channel")
            color: Theme.textMuted
        }
    }

    // Drop files onto the conversation to send them.
    DropArea {
        anchors.fill: parent
        enabled: messages.canPost
        onDropped: drop => {
            for (const url of drop.urls) { messages.sendFile(url, ""); break }
            drop.accept()
        }
        Rectangle {
            anchors.fill: parent
            visible: parent.containsDrag
            color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.12)
            border.color: Theme.accent
            border.width: 2
            PlainLabel { anchors.centerIn: parent; text: qsTr("Drop to send"); color: Theme.accent; font.pixelSize: 18 }
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Send a file")
        nameFilters: [qsTr("Images and documents (*.png *.jpg *.jpeg *.pdf)")]
        onAccepted: messages.sendFile(selectedFile, composer.text)
    }
    FileDialog {
        id: saveDialog
        property string fileId
        title: qsTr("Save file")
        fileMode: FileDialog.SaveFile
        onAccepted: messages.saveFile(fileId, selectedFile)
    }

    MoneyDialog { id: moneyDialog; model: messages }

    Dialog {
        id: payDialog
        objectName: "payConfirmDialog"
        property string messageId
        property string text
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(420, (Overlay.overlay ? Overlay.overlay.width : 420) - 32)
        padding: 22
        background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
        header: null // no title (the style's header would show one as markup)
        ColumnLayout {
            LayoutMirroring.enabled: Language.rightToLeft
            LayoutMirroring.childrenInherit: true
            anchors.fill: parent
            spacing: 16
            PlainLabel { text: qsTr("Pay this request?"); font.pixelSize: 18; font.weight: Font.DemiBold; color: Theme.text }
            PlainLabel { text: payDialog.text; wrapMode: Text.WordWrap; color: Theme.text; Layout.fillWidth: true }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                AppButton { text: qsTr("Cancel"); onClicked: payDialog.close() }
                AppButton {
                    objectName: "payConfirm"
                    kind: "primary"
                    text: qsTr("Pay")
                    onClicked: { messages.payRequest(payDialog.messageId); payDialog.close() }
                }
            }
        }
    }

    // Forwarding picks another conversation of the user's.
    Dialog {
        id: forwardDialog
        property string messageId
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(380, (Overlay.overlay ? Overlay.overlay.width : 380) - 32)
        height: Math.min(460, (Overlay.overlay ? Overlay.overlay.height : 460) - 32)
        padding: 12
        background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
        header: null // no title (the style's header would show one as markup)
        Loader {
            anchors.fill: parent
            active: forwardDialog.visible
            sourceComponent: ColumnLayout {
                LayoutMirroring.enabled: Language.rightToLeft
                LayoutMirroring.childrenInherit: true
                spacing: 8
                PlainLabel { text: qsTr("Forward to…"); font.pixelSize: 16; font.weight: Font.DemiBold; color: Theme.text; Layout.margins: 8 }
                ListView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: ChatListModel {}
                    delegate: ItemDelegate {
                        id: target
                        required property string itemId
                        required property string title
                        width: ListView.view.width
                        text: title
                        onClicked: { messages.forward(forwardDialog.messageId, itemId); forwardDialog.close() }
                        // The title as typed (the style's IconLabel reads markup), where
                        // and how the style draws it.
                        contentItem: Item {
                            implicitWidth: targetText.implicitWidth
                            implicitHeight: targetText.implicitHeight
                            PlainLabel {
                                id: targetText
                                width: Math.min(implicitWidth, parent.width)
                                height: Math.min(implicitHeight, parent.height)
                                x: target.mirrored ? parent.width - width : 0
                                y: parent.height / 2 - height / 2
                                text: target.text
                                font: wholeFont(target.font)
                                color: target.enabled ? target.Material.foreground : target.Material.hintTextColor
                                elide: Text.ElideRight
                            }
                        }
                    }
                }
            }
        }
    }

    Menu {
        id: menu
        objectName: "messageMenu"
        property int row: -1
        property var message: ({})
        readonly property bool live: !message.deleted && message.kind !== "system"
        readonly property bool canModerate: message.mine || messages.isAdmin
        readonly property bool canPin: view.info.kind === "direct" || messages.isAdmin

        // One tap reactions.
        MenuItem {
            height: menu.live ? implicitHeight : 0
            visible: menu.live
            contentItem: Row {
                spacing: 2
                Repeater {
                    model: ["👍", "❤️", "😂", "😮", "🙏", "🎉"]
                    delegate: ToolButton {
                        required property string modelData
                        objectName: "reactPick_" + modelData
                        text: modelData
                        font.pixelSize: 16
                        onClicked: {
                            messages.react(menu.message.messageId, menu.message.myReaction === modelData ? "" : modelData)
                            menu.close()
                        }
                    }
                }
            }
        }
        MenuItem {
            objectName: "menuReply"
            text: qsTr("Reply")
            visible: menu.live && messages.canPost
            height: visible ? implicitHeight : 0
            onTriggered: composer.replyTo({ messageId: menu.message.messageId, authorName: menu.message.authorName,
                                            text: menu.message.text || menu.message.fileName || ChatWords.preview({ kind: menu.message.kind, data: menu.message.payload, text: "" }) })
        }
        MenuItem {
            objectName: "menuEdit"
            text: qsTr("Edit")
            visible: menu.live && !!menu.message.mine && menu.message.kind === "text" && menu.message.forwardedFrom === ""
            height: visible ? implicitHeight : 0
            onTriggered: composer.startEdit({ messageId: menu.message.messageId, text: menu.message.text })
        }
        MenuItem {
            text: qsTr("Copy text")
            visible: menu.live && (menu.message.text || "") !== ""
            height: visible ? implicitHeight : 0
            onTriggered: Clipboard.setText(menu.message.text)
        }
        MenuItem {
            objectName: "menuForward"
            text: qsTr("Forward…")
            visible: menu.live
            height: visible ? implicitHeight : 0
            onTriggered: { forwardDialog.messageId = menu.message.messageId; forwardDialog.open() }
        }
        MenuItem {
            objectName: "menuPin"
            text: menu.message.pinned ? qsTr("Unpin") : qsTr("Pin")
            visible: menu.live && menu.canPin
            height: visible ? implicitHeight : 0
            onTriggered: messages.pin(menu.message.messageId, !menu.message.pinned)
        }
        MenuItem {
            objectName: "menuDeleteMine"
            text: qsTr("Delete for me")
            visible: menu.message.kind !== "system"
            height: visible ? implicitHeight : 0
            onTriggered: messages.remove(menu.message.messageId, false)
        }
        MenuItem {
            objectName: "menuDeleteAll"
            text: qsTr("Delete for everyone")
            visible: menu.live && menu.canModerate
            height: visible ? implicitHeight : 0
            onTriggered: messages.remove(menu.message.messageId, true)
        }
    }
}
