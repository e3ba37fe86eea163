import QtQuick
import QtQuick.Layouts
import AzCoiner

// One program in the catalogue: icon, name, developer, what it does, and
// Open / Install or Remove / its settings.
Rectangle {
    id: tile
    required property var model
    signal openRequested(string id)
    signal installRequested(string id, bool install)
    signal settingsRequested(string id, string name)

    objectName: "programTile_" + model.itemId
    radius: 14
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8
        RowLayout {
            spacing: 12
            ProgramIcon {
                Layout.preferredWidth: 48
                Layout.preferredHeight: 48
                source: tile.model.icon || ""
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                PlainLabel {
                    Layout.fillWidth: true
                    text: tile.model.name
                    font.pixelSize: 16
                    font.weight: Font.DemiBold
                    color: Theme.text
                    elide: Text.ElideRight
                }
                PlainLabel {
                    Layout.fillWidth: true
                    text: qsTr("%1 · %2").arg(tile.model.developer).arg(ProgramWords.category(tile.model.category))
                    font.pixelSize: 12
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }
        }
        PlainLabel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: tile.model.description
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            elide: Text.ElideRight
            maximumLineCount: 2
        }
        RowLayout {
            spacing: 6
            AppButton {
                objectName: "openProgram_" + tile.model.itemId
                kind: "primary"
                text: qsTr("Open")
                implicitHeight: 34
                onClicked: tile.openRequested(tile.model.itemId)
            }
            AppButton {
                objectName: "installProgram_" + tile.model.itemId
                kind: "ghost"
                text: tile.model.installed ? qsTr("Remove") : qsTr("Install")
                implicitHeight: 34
                onClicked: tile.installRequested(tile.model.itemId, !tile.model.installed)
            }
            Item { Layout.fillWidth: true }
            AppButton {
                objectName: "programSettings_" + tile.model.itemId
                kind: "ghost"
                text: qsTr("Settings")
                implicitHeight: 34
                onClicked: tile.settingsRequested(tile.model.itemId, tile.model.name)
            }
        }
    }
}
