import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import AzCoiner

// What a list shows when it has nothing in it: an icon and a sentence.
ColumnLayout {
    id: empty
    property string iconName: "file"
    property string text: ""
    spacing: 10

    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        width: 56; height: 56; radius: 28
        color: Theme.accentSoft
        IconImage {
            anchors.centerIn: parent
            source: "../icons/" + empty.iconName + ".svg"
            sourceSize: Qt.size(26, 26)
            color: Theme.accent
        }
    }
    PlainLabel {
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: 360
        horizontalAlignment: Text.AlignHCenter
        text: empty.text
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }
}
