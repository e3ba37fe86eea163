import QtQuick
import QtQuick.Controls
import AzCoiner

// A small coloured pill for a state: KYC status, role, "frozen", "this device".
Rectangle {
    id: chip
    property string text: ""
    // "success", "warning", "danger", "accent" or "neutral"
    property string tone: "neutral"
    readonly property color toneColor: tone === "success" ? Theme.success
                                     : tone === "warning" ? Theme.warning
                                     : tone === "danger" ? Theme.danger
                                     : tone === "accent" ? Theme.accent : Theme.textMuted

    implicitWidth: label.implicitWidth + 20
    implicitHeight: 24
    radius: height / 2
    color: Qt.rgba(toneColor.r, toneColor.g, toneColor.b, Theme.dark ? 0.22 : 0.12)

    PlainLabel {
        id: label
        anchors.centerIn: parent
        text: chip.text
        color: chip.toneColor
        font.pixelSize: 12
        font.weight: Font.DemiBold
    }
}
