import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// A labelled text input in the app's rounded style.
ColumnLayout {
    id: root
    property string label: ""
    property alias text: input.text
    // Shown by the PlainLabel below, not by the TextField: the style draws
    // placeholderText as AutoText, and here it can be data (an ad's limits).
    property string placeholderText: ""
    property alias echoMode: input.echoMode
    property alias validator: input.validator
    property alias inputMethodHints: input.inputMethodHints
    property alias maximumLength: input.maximumLength
    property alias input: input
    property string hint: ""
    signal accepted()

    spacing: 6
    Layout.fillWidth: true

    PlainLabel {
        text: root.label
        visible: text !== ""
        font.pixelSize: 13
        font.weight: Font.Medium
        color: Theme.textMuted
    }
    TextField {
        id: input
        Layout.fillWidth: true
        // The style's width, which counts its placeholder, now counting this one.
        implicitWidth: implicitBackgroundWidth + leftInset + rightInset
                       || Math.max(contentWidth, placeholder.implicitWidth) + leftPadding + rightPadding
        color: Theme.text
        placeholderTextColor: Qt.rgba(Theme.textMuted.r, Theme.textMuted.g, Theme.textMuted.b, 0.7)
        selectByMouse: true
        leftPadding: 14
        rightPadding: 14
        topPadding: 11
        bottomPadding: 11
        font.pixelSize: 15
        onAccepted: root.accepted()
        Accessible.description: root.placeholderText
        // The style's placeholder (same place, font, colour and visibility), as plain text.
        PlainLabel {
            id: placeholder
            x: input.leftPadding
            y: input.topPadding
            width: input.width - (input.leftPadding + input.rightPadding)
            height: input.height - (input.topPadding + input.bottomPadding)
            text: root.placeholderText
            font: wholeFont(input.font)
            color: input.placeholderTextColor
            verticalAlignment: input.verticalAlignment
            elide: Text.ElideRight
            renderType: input.renderType
            visible: !input.length && !input.preeditText && (!input.activeFocus || input.horizontalAlignment !== Qt.AlignHCenter)
        }
        background: Rectangle {
            implicitHeight: 44
            radius: 10
            color: Theme.surfaceAlt
            border.width: input.activeFocus ? 2 : 1
            border.color: input.activeFocus ? Theme.accent : Theme.border
        }
    }
    PlainLabel {
        text: root.hint
        visible: text !== ""
        font.pixelSize: 12
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
