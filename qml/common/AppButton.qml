import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import AzCoiner

// The app's button: "primary" (accent fill), "secondary" (outlined), "danger"
// (outlined, red) or "ghost" (text only). Drawn without layer effects, so it
// looks the same under every renderer, including the software one of the
// offscreen UI tests (Material's own buttons vanish there).
Button {
    id: button
    property string kind: "secondary"
    readonly property color tone: kind === "danger" ? Theme.danger : Theme.accent
    readonly property color contentColor: !enabled ? Theme.textMuted
                                        : kind === "primary" ? Theme.onAccent
                                        : kind === "danger" ? Theme.danger
                                        : kind === "ghost" ? Theme.accent : Theme.text

    implicitHeight: 40
    topInset: 0
    bottomInset: 0
    leftPadding: kind === "ghost" ? 10 : 18
    rightPadding: kind === "ghost" ? 10 : 18
    font.weight: Font.DemiBold
    icon.color: contentColor
    icon.width: 18
    icon.height: 18

    // The icon and the text placed as IconLabel places them (text beside icon,
    // icon only, text only), the text a PlainLabel: IconLabel draws its text as
    // AutoText, which reads markup (and an <img> in it crashes Qt 6.4).
    contentItem: Item {
        id: content
        readonly property bool hasIcon: button.display !== AbstractButton.TextOnly
                                        && (button.icon.name !== "" || String(button.icon.source) !== "")
        readonly property bool hasText: button.display !== AbstractButton.IconOnly && label.text !== ""
        readonly property real gap: hasIcon && hasText ? 8 : 0
        // The two side by side, centred, the text elided when short of room.
        readonly property real iconWidth: hasIcon ? Math.min(icon.implicitWidth, width) : 0
        readonly property real textWidth: hasText ? Math.max(0, Math.min(label.implicitWidth, width - iconWidth - gap)) : 0
        readonly property real start: (width - iconWidth - gap - textWidth) / 2

        implicitWidth: (hasIcon ? icon.implicitWidth : 0) + gap + (hasText ? label.implicitWidth : 0)
        implicitHeight: Math.max(hasIcon ? icon.implicitHeight : 0, hasText ? label.implicitHeight : 0)

        IconImage {
            id: icon
            visible: content.hasIcon
            width: content.iconWidth
            height: Math.min(implicitHeight, content.height)
            x: button.mirrored ? content.width - content.start - width : content.start
            y: content.height / 2 - height / 2
            name: button.icon.name
            source: button.icon.source
            sourceSize: Qt.size(button.icon.width, button.icon.height)
            color: button.icon.color
            cache: button.icon.cache
        }
        PlainLabel {
            id: label
            visible: content.hasText
            width: content.textWidth
            height: Math.min(implicitHeight, content.height)
            x: button.mirrored ? content.start : content.width - content.start - width
            y: content.height / 2 - height / 2
            // IconLabel takes "&" for a mnemonic mark and shows "&&" as "&"; so does this.
            text: button.text.replace(/&(&?)/g, "$1")
            font: wholeFont(button.font)
            color: button.contentColor
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }
    background: Rectangle {
        implicitWidth: 64
        implicitHeight: 40
        radius: 10
        color: button.kind === "primary"
               ? (!button.enabled ? Theme.surfaceAlt
                  : button.down ? Qt.darker(button.tone, 1.15)
                  : button.hovered ? Qt.lighter(button.tone, 1.08) : button.tone)
               : (button.down || button.hovered) && button.enabled ? Theme.surfaceAlt : "transparent"
        border.width: button.kind === "secondary" || button.kind === "danger" ? 1 : 0
        border.color: button.kind === "danger" ? Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.5) : Theme.border
    }
}
