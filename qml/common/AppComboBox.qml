import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
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
    // The style's entry (a MenuItem) with its text as a PlainLabel: MenuItem
    // draws text with IconLabel, as AutoText (markup; an <img> crashes Qt 6.4).
    delegate: MenuItem {
        id: entry
        width: ListView.view.width
        text: box.textRole ? (Array.isArray(box.model) ? modelData[box.textRole] : model[box.textRole]) : modelData
        Material.foreground: box.currentIndex === index ? ListView.view.contentItem.Material.accent : ListView.view.contentItem.Material.foreground
        highlighted: box.highlightedIndex === index
        hoverEnabled: box.hoverEnabled
        contentItem: Item {
            implicitWidth: entryText.implicitWidth
            implicitHeight: entryText.implicitHeight
            PlainLabel { // where IconLabel puts it: at the start, centred vertically
                id: entryText
                width: Math.min(implicitWidth, parent.width)
                height: Math.min(implicitHeight, parent.height)
                x: entry.mirrored ? parent.width - width : 0
                y: parent.height / 2 - height / 2
                text: entry.text
                font: wholeFont(entry.font)
                color: entry.enabled ? entry.Material.foreground : entry.Material.hintTextColor
                elide: Text.ElideRight
            }
        }
    }
    popup.background: Rectangle {
        radius: 10
        color: Theme.surface
        border.color: Theme.border
    }
}
