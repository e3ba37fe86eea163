import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import AzCoiner

// A round call button with its word under it: accept, decline, mute, hang up…
// `checked` (a toggle that is on, e.g. muted) turns it light.
ColumnLayout {
    id: root
    property string iconName: ""
    property string label: ""
    property color fill: Theme.surfaceAlt
    property bool checked: false
    property alias enabled: button.enabled
    property int size: 56
    signal clicked()
    spacing: 6

    RoundButton {
        id: button
        objectName: root.objectName !== "" ? root.objectName + "Round" : ""
        Layout.alignment: Qt.AlignHCenter
        implicitWidth: root.size
        implicitHeight: root.size
        padding: 0
        onClicked: root.clicked()
        background: Rectangle {
            radius: width / 2
            color: root.checked ? Theme.text : root.fill
            opacity: button.enabled ? (button.down ? 0.8 : 1) : 0.4
            border.width: root.fill === Theme.surfaceAlt ? 1 : 0
            border.color: Theme.border
        }
        contentItem: Item {
            IconImage {
                anchors.centerIn: parent
                width: 24; height: 24
                source: "../icons/" + root.iconName + ".svg"
                color: root.checked ? Theme.window : (root.fill === Theme.surfaceAlt ? Theme.text : "white")
            }
        }
        PlainToolTip { visible: button.hovered && root.label !== ""; text: root.label }
    }
    PlainLabel {
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: root.size + 64 // "روشن کردن دوربین" fits
        text: root.label
        font.pixelSize: 12
        color: Theme.textMuted
        elide: Text.ElideRight
    }
}
