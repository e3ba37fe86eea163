import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Theme and language; both apply at once and are remembered.
Card {
    objectName: "appearanceCard"
    title: qsTr("Appearance")
    subtitle: qsTr("Applies immediately and is remembered on this computer.")

    RowLayout {
        Layout.fillWidth: true
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            PlainLabel { text: qsTr("Dark theme"); color: Theme.text; font.weight: Font.Medium }
            PlainLabel { text: qsTr("Easier on the eyes at night."); color: Theme.textMuted; font.pixelSize: 12 }
        }
        AppSwitch {
            objectName: "darkThemeSwitch"
            checked: Theme.dark
            onToggled: Theme.dark = checked
        }
    }
    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
    RowLayout {
        Layout.fillWidth: true
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            PlainLabel { text: qsTr("Language"); color: Theme.text; font.weight: Font.Medium }
            PlainLabel { text: qsTr("Persian switches the layout to right-to-left."); color: Theme.textMuted; font.pixelSize: 12; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        }
        LanguagePicker {}
    }
    Item { Layout.fillHeight: true }
}
