import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Title and one line of explanation at the top of every page.
ColumnLayout {
    id: header
    property string title: ""
    property string subtitle: ""
    spacing: 4
    Layout.fillWidth: true

    PlainLabel {
        text: header.title
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignLeft
        font.pixelSize: 26
        font.weight: Font.Bold
        color: Theme.text
    }
    PlainLabel {
        text: header.subtitle
        visible: text !== ""
        color: Theme.textMuted
        font.pixelSize: 14
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
}
