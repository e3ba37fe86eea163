import QtQuick
import QtQuick.Controls
import AzCoiner

// A drop-down in the app's rounded style (and without Material's layer
// effects, which the software renderer of the UI tests does not draw).
ComboBox {
    id: box
    implicitHeight: 42
    topInset: 0
    bottomInset: 0
    // Explicit paddings replace the style's, which keep room for the
    // indicator on the side it is drawn: left when mirrored (Persian).
    leftPadding: mirrored && indicator ? indicator.width + 4 : 14
    rightPadding: !mirrored && indicator ? indicator.width + 4 : 14
    font.pixelSize: 14

    background: Rectangle {
        implicitWidth: 140
        implicitHeight: 42
        radius: 10
        color: Theme.surfaceAlt
        border.width: box.activeFocus ? 2 : 1
        border.color: box.activeFocus ? Theme.accent : Theme.border
    }
    popup.background: Rectangle {
        radius: 10
        color: Theme.surface
        border.color: Theme.border
    }
}
