import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import AzCoiner

// A tooltip for data (errors from outside, amounts, names): the text is shown
// as it is. The shared tooltip behind `ToolTip.text:` draws with an AutoText
// Text that reads markup, so that one only gets fixed sentences.
//   HoverHandler { id: hover }
//   PlainToolTip { visible: hover.hovered; text: row.error }
ToolTip {
    id: tip

    contentItem: PlainLabel {
        text: tip.text
        font: wholeFont(tip.font)
        wrapMode: Text.Wrap
        color: tip.Material.foreground
    }
}
