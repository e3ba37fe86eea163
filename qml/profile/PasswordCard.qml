import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Change the password; the server signs out the other sessions.
Card {
    objectName: "passwordCard"
    title: qsTr("Password")
    subtitle: qsTr("Changing it signs out your other devices.")

    Connections {
        target: Session
        function onPasswordChanged() { current.text = ""; next.text = "" }
    }

    FormField { id: current; label: qsTr("Current password"); echoMode: TextInput.Password }
    FormField {
        id: next
        label: qsTr("New password")
        echoMode: TextInput.Password
        hint: qsTr("At least 10 characters; not a common password and not your username.")
    }
    AppButton {
        Layout.alignment: Qt.AlignRight
        text: qsTr("Change password")
        enabled: !Session.busy && current.text !== "" && next.text !== ""
        onClicked: Session.changePassword(current.text, next.text)
    }
    Item { Layout.fillHeight: true }
}
