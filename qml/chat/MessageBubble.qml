import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import AzCoiner

// One message of a ConversationView: a date separator when a day starts,
// then a system line, a tombstone or a bubble (mine on the trailing side)
// with its author, forward and reply headers, image preview or file card,
// payment or request card, text, reactions and the time with edited, pinned
// and read marks. Actions go back to the view (`host`), which owns the menu.
Item {
    id: bubble
    required property int index
    required property string messageId
    required property var seq
    required property string kind
    required property string authorName
    required property bool mine
    required property string text
    required property var payload
    required property string replyTo
    required property string replyAuthor
    required property string replyText
    required property string forwardedFrom
    required property string fileId
    required property string fileName
    required property var fileSize
    required property bool isImage
    required property string thumbnail
    required property var reactions
    required property string myReaction
    required property bool edited
    required property bool deleted
    required property bool pinned
    required property var createdAt
    required property bool dayStart
    required property bool firstOfRun
    required property bool readByOthers

    property Item host              // the ConversationView
    property bool showAuthors: true // groups and channels
    property bool compact: false
    property bool highlighted: false

    objectName: "message_" + messageId
    width: ListView.view ? ListView.view.width : 0
    height: column.implicitHeight + (firstOfRun ? 8 : 2)

    readonly property real maxBubble: Math.min(width * (compact ? 0.86 : 0.72), 560)
    readonly property bool isMoney: kind === "payment" || kind === "request" || kind === "redpacket"
    readonly property color bubbleColor: mine ? Theme.accentSoft : Theme.surface
    readonly property color inkMuted: Theme.textMuted

    Component.onCompleted: if (isImage && thumbnail === "" && !deleted && host) host.model.requestThumbnail(fileId)

    Column {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        spacing: 6

        // The day this message starts.
        Item {
            visible: bubble.dayStart
            width: parent.width
            height: visible ? 34 : 0
            Rectangle {
                anchors.centerIn: parent
                width: dayLabel.implicitWidth + 20
                height: 22
                radius: 11
                color: Theme.surfaceAlt
                PlainLabel {
                    id: dayLabel
                    anchors.centerIn: parent
                    text: ChatWords.day(bubble.createdAt)
                    font.pixelSize: 12
                    color: Theme.textMuted
                }
            }
        }

        // Membership changes, a P2P trade's steps.
        PlainLabel {
            visible: bubble.kind === "system"
            width: parent.width
            leftPadding: 16
            rightPadding: 16
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            text: visible && bubble.host ? bubble.host.model.systemText(bubble.payload, bubble.authorName) : ""
            font.pixelSize: 12
            font.italic: true
            color: Theme.textMuted
        }

        Item {
            visible: bubble.kind !== "system"
            width: parent.width
            height: visible ? card.height : 0

            Rectangle {
                id: card
                objectName: "bubble_" + bubble.messageId
                anchors.right: bubble.mine ? parent.right : undefined
                anchors.left: bubble.mine ? undefined : parent.left
                anchors.rightMargin: bubble.compact ? 8 : 16
                anchors.leftMargin: bubble.compact ? 8 : 16
                width: Math.min(bubble.maxBubble, Math.max(content.implicitWidth, 72) + 24)
                height: content.implicitHeight + 16
                radius: 14
                color: bubble.highlighted ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.25) : bubble.bubbleColor
                border.width: bubble.mine ? 0 : 1
                border.color: Theme.border

                MouseArea {
                    anchors.fill: parent
                    acceptedButtons: Qt.RightButton
                    onClicked: mouse => bubble.host.openMenu(bubble, bubble.index)
                    onPressAndHold: bubble.host.openMenu(bubble, bubble.index)
                }

                ColumnLayout {
                    id: content
                    x: 12
                    y: 8
                    width: card.width - 24
                    spacing: 4

                    PlainLabel {
                        visible: bubble.showAuthors && !bubble.mine && bubble.firstOfRun
                        text: bubble.authorName
                        font.pixelSize: 13
                        font.weight: Font.DemiBold
                        color: Theme.accent
                        elide: Text.ElideRight
                        Layout.maximumWidth: bubble.maxBubble - 24
                    }
                    PlainLabel {
                        visible: bubble.forwardedFrom !== "" && !bubble.deleted
                        text: qsTr("Forwarded from %1").arg(bubble.forwardedFrom)
                        font.pixelSize: 12
                        font.italic: true
                        color: bubble.inkMuted
                        elide: Text.ElideRight
                        Layout.maximumWidth: bubble.maxBubble - 24
                    }

                    // The message this one answers; a click scrolls to it.
                    Rectangle {
                        visible: bubble.replyTo !== "" && !bubble.deleted
                        objectName: "replyQuote_" + bubble.messageId
                        Layout.fillWidth: true
                        Layout.preferredWidth: Math.min(bubble.maxBubble - 24, Math.max(quoteAuthor.implicitWidth, quoteText.implicitWidth) + 16)
                        implicitHeight: quote.implicitHeight + 8
                        radius: 6
                        color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.10)
                        Rectangle { width: 3; height: parent.height; radius: 1.5; color: Theme.accent }
                        Column {
                            id: quote
                            x: 10
                            y: 4
                            width: parent.width - 14
                            PlainLabel { id: quoteAuthor; text: bubble.replyAuthor; font.pixelSize: 12; font.weight: Font.DemiBold; color: Theme.accent; width: parent.width; elide: Text.ElideRight }
                            PlainLabel { id: quoteText; text: bubble.replyText; font.pixelSize: 12; color: bubble.inkMuted; width: parent.width; elide: Text.ElideRight; maximumLineCount: 1 }
                        }
                        MouseArea { anchors.fill: parent; onClicked: bubble.host.jumpToMessageId(bubble.replyTo) }
                    }

                    PlainLabel {
                        visible: bubble.deleted
                        text: qsTr("This message was deleted")
                        font.italic: true
                        color: bubble.inkMuted
                    }

                    // An image: its preview (files.thumbnail, cached by fileId).
                    Rectangle {
                        visible: bubble.isImage && !bubble.deleted
                        objectName: "imagePreview_" + bubble.messageId
                        Layout.preferredWidth: Math.min(bubble.maxBubble - 24, 260)
                        Layout.preferredHeight: preview.status === Image.Ready && preview.implicitWidth > 0
                                                ? Layout.preferredWidth * preview.implicitHeight / preview.implicitWidth : 160
                        radius: 8
                        color: Theme.surfaceAlt
                        clip: true
                        Image {
                            id: preview
                            objectName: "imageThumb_" + bubble.messageId
                            anchors.fill: parent
                            source: bubble.thumbnail
                            asynchronous: true
                            // The server's previews are at most 320 px; never decode more than that.
                            sourceSize: Qt.size(320, 320)
                            fillMode: Image.PreserveAspectFit
                            cache: true
                        }
                        BusyIndicator { anchors.centerIn: parent; running: preview.status !== Image.Ready; visible: running; width: 32; height: 32 }
                        MouseArea { anchors.fill: parent; onClicked: bubble.host.saveFile(bubble.fileId, bubble.fileName) }
                    }

                    // Any other file: a card with its name, size and a download button.
                    RowLayout {
                        visible: bubble.fileId !== "" && !bubble.isImage && !bubble.deleted
                        spacing: 10
                        Layout.fillWidth: true
                        Rectangle {
                            width: 40; height: 40; radius: 10
                            color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.15)
                            Image { anchors.centerIn: parent; source: "../icons/file.svg"; sourceSize: Qt.size(20, 20) }
                        }
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            PlainLabel { text: bubble.fileName; color: Theme.text; elide: Text.ElideMiddle; Layout.fillWidth: true; Layout.maximumWidth: bubble.maxBubble - 140 }
                            PlainLabel { text: Labels.fileSize(bubble.fileSize || 0); font.pixelSize: 12; color: bubble.inkMuted }
                        }
                        ToolButton {
                            objectName: "downloadFile_" + bubble.messageId
                            icon.source: "../icons/upload.svg"
                            icon.color: Theme.accent
                            rotation: 180
                            onClicked: bubble.host.saveFile(bubble.fileId, bubble.fileName)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Download")
                        }
                    }

                    // Money: a payment that moved, or a request with its state.
                    Rectangle {
                        visible: bubble.isMoney && !bubble.deleted
                        objectName: "moneyCard_" + bubble.messageId
                        Layout.fillWidth: true
                        Layout.preferredWidth: 240
                        implicitHeight: money.implicitHeight + 20
                        radius: 10
                        readonly property color tone: bubble.kind === "payment" ? Theme.success : bubble.kind === "redpacket" ? Theme.danger : Theme.warning
                        color: Qt.rgba(tone.r, tone.g, tone.b, 0.12)
                        border.color: tone
                        ColumnLayout {
                            id: money
                            x: 10; y: 10
                            width: parent.width - 20
                            spacing: 4
                            PlainLabel {
                                text: bubble.kind === "payment" ? qsTr("Payment")
                                    : bubble.kind === "request" ? qsTr("Payment request") : qsTr("Red packet")
                                font.pixelSize: 12
                                font.weight: Font.DemiBold
                                color: parent.parent.tone
                            }
                            PlainLabel {
                                objectName: "moneyAmount_" + bubble.messageId
                                text: visible ? ((bubble.payload.amount || bubble.payload.total || "") + " " + (bubble.payload.asset || "")) : ""
                                font.pixelSize: 20
                                font.weight: Font.DemiBold
                                color: Theme.text
                            }
                            PlainLabel {
                                visible: bubble.kind === "payment"
                                text: visible ? qsTr("%1 → %2").arg(ChatWords.partyName(bubble.payload.from)).arg(ChatWords.partyName(bubble.payload.to)) : ""
                                font.pixelSize: 12
                                color: bubble.inkMuted
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            PlainLabel {
                                visible: bubble.kind === "request"
                                objectName: "requestStatus_" + bubble.messageId
                                text: visible ? (bubble.payload.status === "paid"
                                                 ? qsTr("Paid by %1").arg(ChatWords.partyName(bubble.payload.paidBy))
                                                 : ChatWords.requestStatus(bubble.payload.status)) : ""
                                font.pixelSize: 12
                                color: bubble.payload.status === "paid" ? Theme.success : bubble.inkMuted
                            }
                            // A red packet: how many shares are taken, mine, and Open while there is one for me.
                            PlainLabel {
                                visible: bubble.kind === "redpacket"
                                objectName: "redPacketStatus_" + bubble.messageId
                                readonly property var p: bubble.payload || {}
                                text: !visible ? "" : p.status === "expired" ? qsTr("Expired: %1 of %2 shares opened").arg(p.claimed).arg(p.count)
                                                  : qsTr("%1 of %2 shares opened (%3 split)").arg(p.claimed).arg(p.count)
                                                    .arg(p.split === "random" ? qsTr("random") : qsTr("equal"))
                                font.pixelSize: 12
                                color: bubble.inkMuted
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            PlainLabel {
                                readonly property var myClaim: bubble.kind === "redpacket" ? (bubble.payload.claims || []).find(c => c.user && c.user.userId === Session.userId) : undefined
                                visible: !!myClaim
                                objectName: "redPacketMine_" + bubble.messageId
                                text: myClaim ? qsTr("You got %1 %2").arg(myClaim.amount).arg(bubble.payload.asset) : ""
                                font.pixelSize: 13
                                font.weight: Font.DemiBold
                                color: Theme.success
                            }
                            AppButton {
                                visible: bubble.kind === "redpacket" && !bubble.mine && bubble.payload.status === "open"
                                         && !(bubble.payload.claims || []).some(c => c.user && c.user.userId === Session.userId)
                                objectName: "openRedPacket_" + bubble.messageId
                                kind: "primary"
                                text: qsTr("Open")
                                implicitHeight: 34
                                onClicked: bubble.host.model.openRedPacket(bubble.messageId)
                            }
                            AppButton {
                                visible: bubble.kind === "request" && !bubble.mine && bubble.payload.status === "open"
                                objectName: "payRequest_" + bubble.messageId
                                kind: "primary"
                                text: qsTr("Pay")
                                implicitHeight: 34
                                onClicked: bubble.host.confirmPay(bubble.messageId, bubble.payload.amount, bubble.payload.asset,
                                                                  ChatWords.partyName(bubble.payload.requester) || bubble.authorName)
                            }
                        }
                    }

                    // A call that ended: how, how long; a tap calls back.
                    CallBubble {
                        visible: bubble.kind === "call" && !bubble.deleted
                        payload: bubble.kind === "call" ? bubble.payload : ({})
                        mine: bubble.mine
                        conversationId: bubble.host ? bubble.host.conversationId : ""
                        Layout.preferredWidth: implicitWidth
                    }

                    // A mini program shared into the chat: its card opens it (at the sharer's start parameter).
                    Rectangle {
                        visible: bubble.kind === "miniprogram" && !bubble.deleted
                        objectName: "programCard_" + bubble.messageId
                        Layout.fillWidth: true
                        Layout.preferredWidth: 260
                        implicitHeight: programCard.implicitHeight + 20
                        radius: 10
                        color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.10)
                        border.color: Theme.accent
                        RowLayout {
                            id: programCard
                            x: 10; y: 10
                            width: parent.width - 20
                            spacing: 10
                            Image {
                                Layout.preferredWidth: 36
                                Layout.preferredHeight: 36
                                sourceSize: Qt.size(72, 72)
                                source: bubble.kind === "miniprogram" ? (bubble.payload.icon || "") : ""
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                PlainLabel {
                                    text: qsTr("Mini program")
                                    font.pixelSize: 12
                                    color: bubble.inkMuted
                                }
                                PlainLabel {
                                    Layout.fillWidth: true
                                    text: bubble.kind === "miniprogram" ? (bubble.payload.name || "") : ""
                                    font.weight: Font.DemiBold
                                    color: Theme.text
                                    elide: Text.ElideRight
                                }
                            }
                            AppButton {
                                objectName: "openProgram_" + bubble.messageId
                                kind: "primary"
                                text: qsTr("Open")
                                implicitHeight: 34
                                onClicked: Navigation.openMiniProgram(bubble.payload.programId, bubble.payload.startParam || "")
                            }
                        }
                    }

                    PlainLabel {
                        visible: bubble.text !== "" && !bubble.deleted
                        objectName: "messageText_" + bubble.messageId
                        text: bubble.text
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Layout.maximumWidth: bubble.maxBubble - 24
                    }

                    // A bot's inline keyboard: a press goes to the bot (its answer shows above the
                    // composer), or opens the mini program the button names.
                    Repeater {
                        model: bubble.deleted ? [] : (bubble.payload.buttons || [])
                        delegate: RowLayout {
                            id: keyRow
                            required property var modelData
                            required property int index
                            Layout.fillWidth: true
                            spacing: 4
                            Repeater {
                                model: keyRow.modelData
                                delegate: AppButton {
                                    required property var modelData
                                    required property int index
                                    objectName: "botButton_" + bubble.messageId + "_" + keyRow.index + "_" + index
                                    Layout.fillWidth: true
                                    implicitHeight: 34
                                    kind: modelData.miniProgram ? "primary" : "secondary"
                                    text: modelData.text
                                    onClicked: modelData.miniProgram
                                               ? Navigation.openMiniProgram(modelData.miniProgram.programId, modelData.miniProgram.startParam || "")
                                               : bubble.host.model.pressButton(bubble.messageId, modelData.data)
                                }
                            }
                        }
                    }

                    // Reactions: one chip per emoji; mine is outlined, a click toggles it.
                    Flow {
                        visible: bubble.reactions.length > 0 && !bubble.deleted
                        spacing: 4
                        Layout.fillWidth: true
                        Repeater {
                            model: bubble.deleted ? [] : bubble.reactions
                            delegate: Rectangle {
                                required property var modelData
                                objectName: "reaction_" + bubble.messageId + "_" + modelData.emoji
                                width: chip.implicitWidth + 14
                                height: 24
                                radius: 12
                                color: modelData.emoji === bubble.myReaction ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.2) : Theme.surfaceAlt
                                border.color: modelData.emoji === bubble.myReaction ? Theme.accent : "transparent"
                                PlainLabel { id: chip; anchors.centerIn: parent; text: modelData.emoji + " " + modelData.count; font.pixelSize: 12; color: Theme.text }
                                MouseArea {
                                    anchors.fill: parent
                                    onClicked: bubble.host.model.react(bubble.messageId, modelData.emoji === bubble.myReaction ? "" : modelData.emoji)
                                }
                            }
                        }
                    }

                    // Time, with edited / pinned / read marks.
                    Row {
                        Layout.alignment: Qt.AlignRight
                        spacing: 6
                        IconImage { visible: bubble.pinned; source: "../icons/pin.svg"; sourceSize: Qt.size(12, 12); color: bubble.inkMuted; anchors.verticalCenter: parent.verticalCenter }
                        PlainLabel {
                            visible: bubble.edited && !bubble.deleted
                            objectName: "editedMark_" + bubble.messageId
                            text: qsTr("edited")
                            font.pixelSize: 11
                            font.italic: true
                            color: bubble.inkMuted
                        }
                        PlainLabel { text: ChatWords.clock(bubble.createdAt); font.pixelSize: 11; color: bubble.inkMuted }
                        PlainLabel {
                            visible: bubble.mine
                            text: bubble.readByOthers ? "✓✓" : "✓"
                            font.pixelSize: 11
                            color: bubble.readByOthers ? Theme.accent : bubble.inkMuted
                        }
                    }
                }
            }
        }
    }
}
