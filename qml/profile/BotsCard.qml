import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// My bots: make one (it signs in with its token over the same API, answers
// in the chats it is added to) and replace a token that leaked. A token is
// shown once, here, to copy into the bot's configuration.
Card {
    id: card
    objectName: "botsCard"
    title: qsTr("My bots")
    subtitle: qsTr("Programs that chat through the AZCoiner API with their own token. Add a bot to a group like any member.")
    property string token: ""
    property string tokenFor: ""
    property string errorText: ""

    BotsModel {
        id: bots
        objectName: "botsModel"
        onTokenIssued: (username, token) => { card.tokenFor = username; card.token = token; card.errorText = ""; name.text = ""; handle.text = "" }
        onFailed: message => card.errorText = message
    }

    Repeater {
        model: bots
        delegate: RowLayout {
            required property string itemId
            required property string username
            required property string displayName
            objectName: "botRow_" + username
            Layout.fillWidth: true
            spacing: 12
            Avatar { name: displayName; size: 32 }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                PlainLabel { text: displayName; color: Theme.text; font.weight: Font.DemiBold; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
                PlainLabel { text: "@" + username; color: Theme.textMuted; font.pixelSize: 12; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
            }
            AppButton { objectName: "botReset_" + username; kind: "ghost"; text: qsTr("New token"); onClicked: bots.resetToken(itemId) }
        }
    }
    PlainLabel {
        visible: bots.count === 0 && !bots.busy
        text: qsTr("You have no bots yet.")
        color: Theme.textMuted
    }

    // The token, once.
    Rectangle {
        objectName: "botTokenBox"
        visible: card.token !== ""
        Layout.fillWidth: true
        implicitHeight: tokenCol.implicitHeight + 20
        radius: 10
        color: Theme.accentSoft
        ColumnLayout {
            id: tokenCol
            anchors.fill: parent
            anchors.margins: 10
            spacing: 6
            PlainLabel {
                text: qsTr("Token of @%1 — copy it now, it is not shown again:").arg(card.tokenFor)
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
            }
            RowLayout {
                Layout.fillWidth: true
                PlainLabel {
                    objectName: "botToken"
                    text: card.token
                    font.family: "monospace"
                    font.pixelSize: 12
                    color: Theme.text
                    elide: Text.ElideMiddle
                    Layout.fillWidth: true
                }
                AppButton { kind: "ghost"; text: qsTr("Copy"); onClicked: Clipboard.setText(card.token) }
                AppButton { kind: "ghost"; text: qsTr("Done"); onClicked: card.token = "" }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 10
        FormField { id: name; objectName: "botName"; placeholderText: qsTr("Name, e.g. Price alerts"); maximumLength: 64 }
        FormField { id: handle; objectName: "botUsername"; placeholderText: qsTr("username ending in bot"); maximumLength: 32 }
        AppButton {
            objectName: "botCreate"
            Layout.alignment: Qt.AlignBottom
            kind: "primary"
            text: qsTr("Create bot")
            enabled: name.text.trim() !== "" && handle.text.trim() !== "" && !bots.busy
            onClicked: bots.create(handle.text, name.text)
        }
    }
    PlainLabel {
        objectName: "botError"
        visible: card.errorText !== ""
        text: card.errorText
        color: Theme.danger
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
