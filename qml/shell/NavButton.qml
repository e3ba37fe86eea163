import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import AzCoiner

// One entry of the navigation rail.
AbstractButton {
    id: button
    property string iconName: ""
    property bool selected: false

    implicitHeight: 42
    hoverEnabled: true

    background: Rectangle {
        radius: 10
        color: button.selected ? Theme.accentSoft
             : button.hovered ? Theme.surfaceAlt : "transparent"
    }

    contentItem: RowLayout {
        spacing: 12
        IconImage {
            Layout.leftMargin: 12
            source: "../icons/" + button.iconName + ".svg"
            sourceSize: Qt.size(20, 20)
            color: button.selected ? Theme.accent : Theme.textMuted
        }
        PlainLabel {
            Layout.fillWidth: true
            text: button.text
            elide: Text.ElideRight
            color: button.selected ? Theme.accent : Theme.text
            font.weight: button.selected ? Font.DemiBold : Font.Normal
        }
    }
}
