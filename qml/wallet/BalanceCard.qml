import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One asset's balance: what can be spent, what is on hold, the total. The
// numbers are the server's exact strings.
AbstractButton {
    id: card
    property string assetCode: ""
    property string availableText: "0"
    property string heldText: "0"
    property string totalText: "0"
    property bool selected: false

    padding: 16
    implicitHeight: implicitContentHeight + topPadding + bottomPadding
    implicitWidth: 180
    hoverEnabled: true

    background: Rectangle {
        radius: Theme.radius
        color: card.hovered && !card.selected ? Theme.surfaceAlt : Theme.surface
        border.width: card.selected ? 2 : 1
        border.color: card.selected ? Theme.accent : Theme.border
    }

    contentItem: ColumnLayout {
        id: content
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            PlainLabel {
                text: card.assetCode
                font.pixelSize: 13
                font.weight: Font.Bold
                color: card.selected ? Theme.accent : Theme.textMuted
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            PlainLabel { text: qsTr("Available"); font.pixelSize: 11; color: Theme.textMuted }
        }
        PlainLabel {
            objectName: "available_" + card.assetCode
            text: card.availableText
            font.pixelSize: 22
            font.weight: Font.Bold
            color: Theme.text
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        PlainLabel {
            text: qsTr("On hold %1 · Total %2").arg(card.heldText).arg(card.totalText)
            font.pixelSize: 12
            color: Theme.textMuted
            horizontalAlignment: Text.AlignLeft
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
