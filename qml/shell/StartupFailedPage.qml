import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The built-in server could not start: say why instead of a dead window.
Rectangle {
    objectName: "startupFailedPage"
    color: Theme.window

    Card {
        anchors.centerIn: parent
        width: Math.min(parent.width - 64, 560)
        title: qsTr("AZCoiner could not start")
        subtitle: qsTr("The built-in server did not start, so there is nothing to connect to.")
        PlainLabel {
            text: Session.startupError
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        PlainLabel {
            text: qsTr("Check that the data folder is writable, or start the app with --server to use a remote server.")
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
