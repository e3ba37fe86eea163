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

    contentItem: IconLabel {
        spacing: 8
        mirrored: button.mirrored
        display: button.display
        icon: button.icon
        text: button.text
        font: button.font
        color: button.contentColor
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
