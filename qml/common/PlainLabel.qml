import QtQuick
import QtQuick.Controls

// The app's label: text is shown exactly as it is, never read as markup.
// Label's default, AutoText, turns a string into styled text as soon as it
// looks like HTML, so a display name like <img src=...> made every client that
// showed it load the URL. Every label in qml/ is a PlainLabel; the one place
// that draws markup on purpose escapes the text with Markup.escaped first.
// tests/unit/tst_qml_text_safety.cpp holds the desktop to this.
Label {
    textFormat: Text.PlainText

    // For a PlainLabel that draws a control's text: `font: control.font` on a
    // Label keeps what the Label inherits wherever that font was not set
    // explicitly (the style's size for the control, say); this takes it all.
    function wholeFont(f) {
        return Qt.font({ family: f.family, pixelSize: f.pixelSize, weight: f.weight, italic: f.italic,
                         capitalization: f.capitalization })
    }
}
