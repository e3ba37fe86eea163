import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// A labelled text input in the app's rounded style.
ColumnLayout {
    id: root
    property string label: ""
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias echoMode: input.echoMode
    property alias validator: input.validator
    property alias inputMethodHints: input.inputMethodHints
    property alias maximumLength: input.maximumLength
    property alias input: input
    property string hint: ""
    signal accepted()

    spacing: 6
    Layout.fillWidth: true

    Label {
        text: root.label
        visible: text !== ""
        font.pixelSize: 13
        font.weight: Font.Medium
        color: Theme.textMuted
    }
    TextField {
        id: input
        Layout.fillWidth: true
        color: Theme.text
        placeholderTextColor: Qt.rgba(Theme.textMuted.r, Theme.textMuted.g, Theme.textMuted.b, 0.7)
        selectByMouse: true
        leftPadding: 14
        rightPadding: 14
        topPadding: 11
        bottomPadding: 11
        font.pixelSize: 15
        onAccepted: root.accepted()
        background: Rectangle {
            implicitHeight: 44
            radius: 10
            color: Theme.surfaceAlt
            border.width: input.activeFocus ? 2 : 1
            border.color: input.activeFocus ? Theme.accent : Theme.border
        }
    }
    Label {
        text: root.hint
        visible: text !== ""
        font.pixelSize: 12
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
