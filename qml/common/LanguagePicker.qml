import QtQuick
import QtQuick.Controls
import AzCoiner

// The language switch; each language is named in itself.
AppComboBox {
    id: picker
    objectName: "languagePicker"
    model: Language.available
    textRole: "name"
    valueRole: "code"
    implicitWidth: 170
    Component.onCompleted: currentIndex = indexOfValue(Language.current)
    Connections {
        target: Language
        function onChanged() { picker.currentIndex = picker.indexOfValue(Language.current) }
    }
    onActivated: Language.current = currentValue
}
