import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// A table cell of labelled amounts, the last one (the total) in bold.
ColumnLayout {
    id: cell
    // [{ label, value }] — values are the server's exact strings.
    property var lines: []
    spacing: 2
    Repeater {
        model: cell.lines
        delegate: RowLayout {
            required property var modelData
            required property int index
            Layout.fillWidth: true
            spacing: 6
            PlainLabel { text: modelData.label; color: Theme.textMuted; font.pixelSize: 12 }
            PlainLabel {
                text: modelData.value
                color: Theme.text
                font.pixelSize: 13
                font.weight: index === cell.lines.length - 1 ? Font.DemiBold : Font.Normal
                horizontalAlignment: Text.AlignRight
                elide: Text.ElideLeft
                Layout.fillWidth: true
            }
        }
    }
}
