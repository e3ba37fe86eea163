import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Username, password and, when the account asks for it, the 2FA code.
ColumnLayout {
    id: form
    objectName: "signInForm"
    signal registerRequested()
    spacing: 16

    function submit() {
        if (username.text === "" || password.text === "")
            return
        Session.login(username.text, password.text, totp.text)
    }

    PlainLabel {
        text: qsTr("Welcome back")
        font.pixelSize: 30
        font.weight: Font.Bold
        color: Theme.text
    }
    PlainLabel {
        text: qsTr("Sign in to your AZCoiner account.")
        color: Theme.textMuted
        Layout.bottomMargin: 8
    }

    FormField {
        id: username
        objectName: "signInUsername"
        label: qsTr("Username")
        placeholderText: qsTr("e.g. alice")
        input.focus: true
        onAccepted: password.input.forceActiveFocus()
    }
    FormField {
        id: password
        objectName: "signInPassword"
        label: qsTr("Password")
        echoMode: TextInput.Password
        onAccepted: Session.totpRequired ? totp.input.forceActiveFocus() : form.submit()
    }
    FormField {
        id: totp
        objectName: "signInTotp"
        visible: Session.totpRequired
        label: qsTr("Authentication code")
        placeholderText: qsTr("6-digit code or a recovery code")
        onAccepted: form.submit()
        onVisibleChanged: if (visible) input.forceActiveFocus()
    }

    Rectangle {
        objectName: "signInErrorBox"
        visible: Session.errorMessage !== ""
        Layout.fillWidth: true
        implicitHeight: errorLabel.implicitHeight + 20
        radius: 10
        color: Session.totpRequired && totp.text === "" ? Theme.accentSoft
                                                       : Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.12)
        PlainLabel {
            id: errorLabel
            objectName: "signInError"
            anchors.fill: parent
            anchors.margins: 10
            text: Session.errorMessage
            wrapMode: Text.WordWrap
            color: Session.totpRequired && totp.text === "" ? Theme.accent : Theme.danger
        }
    }

    AppButton {
        objectName: "signInButton"
        Layout.fillWidth: true
        Layout.topMargin: 4
        implicitHeight: 48
        kind: "primary"
        enabled: !Session.busy && username.text !== "" && password.text !== ""
        text: Session.busy ? qsTr("Signing in…") : qsTr("Sign in")
        onClicked: form.submit()
    }

    RowLayout {
        Layout.alignment: Qt.AlignHCenter
        spacing: 4
        PlainLabel { text: qsTr("New to AZCoiner?"); color: Theme.textMuted }
        AppButton {
            objectName: "showRegisterButton"
            kind: "ghost"
            text: qsTr("Create an account")
            onClicked: form.registerRequested()
        }
    }
}
