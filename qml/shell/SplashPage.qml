import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Shown while the saved session is being restored.
Rectangle {
    objectName: "splashPage"
    color: Theme.window

    ColumnLayout {
        anchors.centerIn: parent
        spacing: 18
        Image {
            Layout.alignment: Qt.AlignHCenter
            source: "../icons/azcoiner.png"
            sourceSize: Qt.size(88, 88)
        }
        BusyIndicator { Layout.alignment: Qt.AlignHCenter; running: true }
        PlainLabel {
            Layout.alignment: Qt.AlignHCenter
            text: Session.connected ? qsTr("Restoring your session…") : qsTr("Connecting to the server…")
            color: Theme.textMuted
        }
    }
}
