import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One saved withdrawal address; a click picks it. A new one is usable only
// after the cooling period and says from when.
ItemDelegate {
    id: row
    required property int index
    required property string itemId
    required property string network
    required property string address
    required property string label
    required property bool usable
    required property var usableAt
    property bool selected: false
    signal removeClicked()

    objectName: "bookRow_" + index
    implicitHeight: content.implicitHeight + 18
    hoverEnabled: true
    background: Rectangle {
        radius: 8
        color: row.selected ? Theme.accentSoft : row.hovered ? Theme.surfaceAlt : "transparent"
        border.color: row.selected ? Theme.accent : "transparent"
    }
    contentItem: RowLayout {
        id: content
        spacing: 8
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                PlainLabel {
                    text: row.label
                    font.weight: Font.DemiBold
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                }
                StatusChip {
                    objectName: "bookState_" + row.index
                    text: row.usable ? qsTr("Ready") : qsTr("Usable from %1").arg(Labels.dateTime(row.usableAt))
                    tone: row.usable ? "success" : "warning"
                }
            }
            PlainLabel {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                elide: Text.ElideMiddle
                font.family: "monospace"
                font.pixelSize: 12
                color: Theme.textMuted
                text: row.address
            }
        }
        ToolButton {
            objectName: "bookRemove_" + row.index
            icon.source: "../icons/close.svg"
            icon.width: 14; icon.height: 14
            icon.color: Theme.textMuted
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Remove from the address book")
            onClicked: row.removeClicked()
        }
    }
}
