import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Two-factor authentication: turn on (secret and otpauth link, confirm with
// a code, then the one-time recovery codes), or turn off.
Card {
    id: card
    objectName: "twoFactorCard"
    title: qsTr("Two-factor authentication")
    subtitle: Session.totpEnabled ? qsTr("On. Signing in asks for a code from your authenticator app.")
                                  : qsTr("Off. Add a second step to signing in with an authenticator app.")
    readonly property bool enrolling: Session.totpSecret !== ""
    readonly property bool showingCodes: Session.recoveryCodes.length > 0

    actions: StatusChip {
        text: Session.totpEnabled ? qsTr("On") : qsTr("Off")
        tone: Session.totpEnabled ? "success" : "warning"
    }

    // Step 1: start.
    AppButton {
        objectName: "enableTotpButton"
        visible: !Session.totpEnabled && !card.enrolling && !card.showingCodes
        kind: "primary"
        text: qsTr("Set up two-factor authentication")
        onClicked: Session.beginTotpEnrollment()
    }

    // Step 2: add the key to the app and confirm with a code.
    ColumnLayout {
        visible: card.enrolling
        Layout.fillWidth: true
        spacing: 10
        PlainLabel {
            text: qsTr("Add this key to your authenticator app (or open the link on a device that has one), then enter the code it shows.")
            wrapMode: Text.WordWrap
            color: Theme.text
            Layout.fillWidth: true
        }
        Rectangle {
            // White behind the code whatever the theme: scanners need the contrast.
            objectName: "totpQrCode"
            color: "white"
            radius: 8
            implicitWidth: 220
            implicitHeight: 220
            Image {
                anchors.centerIn: parent
                source: Session.totpUri === "" ? "" : "image://qr/" + encodeURIComponent(Session.totpUri)
                sourceSize.width: 200
                sourceSize.height: 200
                smooth: false
                fillMode: Image.PreserveAspectFit
                width: 200
                height: 200
            }
        }
        PlainLabel { text: qsTr("Secret key"); color: Theme.textMuted; font.pixelSize: 12 }
        TextField {
            objectName: "totpSecret"
            readOnly: true
            selectByMouse: true
            text: Session.totpSecret.replace(/(.{4})/g, "$1 ").trim()
            font.family: "monospace"
            font.pixelSize: 16
            Layout.fillWidth: true
        }
        PlainLabel { text: qsTr("Setup link"); color: Theme.textMuted; font.pixelSize: 12 }
        TextField {
            objectName: "totpUri"
            readOnly: true
            selectByMouse: true
            text: Session.totpUri
            font.pixelSize: 12
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            FormField {
                id: confirmCode
                objectName: "totpConfirmCode"
                placeholderText: qsTr("6-digit code")
                maximumLength: 6
                inputMethodHints: Qt.ImhDigitsOnly
            }
            AppButton {
                objectName: "totpConfirmButton"
                kind: "primary"
                text: qsTr("Confirm")
                enabled: confirmCode.text.length === 6 && !Session.busy
                onClicked: Session.confirmTotp(confirmCode.text)
            }
        }
    }

    // Step 3: the recovery codes, shown once.
    ColumnLayout {
        visible: card.showingCodes
        Layout.fillWidth: true
        spacing: 10
        PlainLabel {
            text: qsTr("Two-factor authentication is on. Keep these recovery codes somewhere safe: each works once if you lose your phone. They are not shown again.")
            wrapMode: Text.WordWrap
            color: Theme.text
            Layout.fillWidth: true
        }
        GridLayout {
            objectName: "recoveryCodes"
            columns: 2
            columnSpacing: 24
            rowSpacing: 6
            Repeater {
                model: Session.recoveryCodes
                PlainLabel { required property string modelData; text: modelData; font.family: "monospace"; font.pixelSize: 15; color: Theme.text }
            }
        }
        AppButton {
            text: qsTr("I have saved them")
            kind: "primary"
            onClicked: Session.finishTotpSetup()
        }
    }

    // Turning it off needs the password and a code.
    ColumnLayout {
        visible: Session.totpEnabled && !card.showingCodes
        Layout.fillWidth: true
        spacing: 10
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            FormField { id: offPassword; label: qsTr("Password"); echoMode: TextInput.Password }
            FormField { id: offCode; label: qsTr("Code or recovery code") }
        }
        AppButton {
            text: qsTr("Turn off")
            enabled: offPassword.text !== "" && offCode.text !== "" && !Session.busy
            onClicked: Session.disableTotp(offPassword.text, offCode.text)
        }
        Connections {
            target: Session
            function onTotpDisabled() { offPassword.text = ""; offCode.text = "" }
        }
    }
    Item { Layout.fillHeight: true }
}
