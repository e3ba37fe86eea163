import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// A new account; on success the app signs straight in.
ColumnLayout {
    id: form
    objectName: "registerForm"
    signal signInRequested()
    spacing: 14

    PlainLabel {
        text: qsTr("Create your account")
        font.pixelSize: 30
        font.weight: Font.Bold
        color: Theme.text
    }
    PlainLabel {
        text: qsTr("It takes a minute. You can verify your identity later.")
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Layout.bottomMargin: 6
    }

    FormField {
        id: username
        objectName: "registerUsername"
        label: qsTr("Username")
        hint: qsTr("3–32 characters: a–z, 0–9, _ and dot.")
        maximumLength: 32
    }
    FormField {
        id: displayName
        objectName: "registerDisplayName"
        label: qsTr("Display name")
        placeholderText: qsTr("How others see you")
        maximumLength: 64
    }
    FormField {
        id: password
        objectName: "registerPassword"
        label: qsTr("Password")
        echoMode: TextInput.Password
        hint: qsTr("At least 10 characters; not a common password and not your username.")
        maximumLength: 128
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        FormField {
            id: email
            objectName: "registerEmail"
            label: qsTr("Email (optional)")
            inputMethodHints: Qt.ImhEmailCharactersOnly
        }
        FormField {
            id: phone
            objectName: "registerPhone"
            label: qsTr("Phone (optional)")
            inputMethodHints: Qt.ImhDialableCharactersOnly
        }
    }

    Rectangle {
        visible: Session.errorMessage !== ""
        Layout.fillWidth: true
        implicitHeight: errorLabel.implicitHeight + 20
        radius: 10
        color: Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.12)
        PlainLabel {
            id: errorLabel
            objectName: "registerError"
            anchors.fill: parent
            anchors.margins: 10
            text: Session.errorMessage
            wrapMode: Text.WordWrap
            color: Theme.danger
        }
    }

    AppButton {
        objectName: "registerButton"
        Layout.fillWidth: true
        implicitHeight: 48
        kind: "primary"
        enabled: !Session.busy && username.text !== "" && displayName.text !== "" && password.text !== ""
        text: Session.busy ? qsTr("Creating…") : qsTr("Create account")
        onClicked: Session.registerAccount(username.text, displayName.text, password.text, email.text, phone.text)
    }

    RowLayout {
        Layout.alignment: Qt.AlignHCenter
        spacing: 4
        PlainLabel { text: qsTr("Already have an account?"); color: Theme.textMuted }
        AppButton {
            objectName: "showSignInButton"
            kind: "ghost"
            text: qsTr("Sign in")
            onClicked: form.signInRequested()
        }
    }
}
