import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One point in the list: its icon, name, partner, the user's balance and its status.
ItemDelegate {
    id: row
    required property string itemId
    required property string name
    required property string orgName
    required property string iconFileId
    required property var balance
    required property string status
    required property int index
    property bool current: false

    objectName: "pointRow_" + itemId
    padding: 12
    highlighted: current
    background: Rectangle {
        radius: Theme.radius
        color: row.highlighted ? Theme.accentSoft : row.hovered ? Theme.surfaceAlt : Theme.surface
        border.color: Theme.border
    }
    contentItem: RowLayout {
        spacing: 12
        PointIcon { fileId: row.iconFileId; name: row.name; size: 40 }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            PlainLabel {
                Layout.fillWidth: true
                text: row.name
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
            }
            PlainLabel {
                Layout.fillWidth: true
                text: row.orgName
                font.pixelSize: 12
                color: Theme.textMuted
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
            }
        }
        ColumnLayout {
            spacing: 4
            PlainLabel {
                Layout.alignment: Qt.AlignRight
                text: (row.balance || "0") + " " + row.itemId
                font.weight: Font.DemiBold
                color: Theme.text
            }
            StatusChip {
                Layout.alignment: Qt.AlignRight
                visible: row.status !== "active"
                text: BridgeWords.pointStatus(row.status)
                tone: BridgeWords.pointTone(row.status)
            }
        }
    }
}
