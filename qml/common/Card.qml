import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// A titled surface that groups one task; pages are columns of cards.
Rectangle {
    id: card
    default property alias content: body.data
    property alias actions: actionRow.data
    property string title: ""
    property string subtitle: ""
    property int padding: 22

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border
    implicitWidth: 420
    implicitHeight: column.implicitHeight + 2 * padding

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: card.padding
        spacing: 16

        RowLayout {
            visible: card.title !== "" || actionRow.children.length > 0
            Layout.fillWidth: true
            spacing: 12
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                PlainLabel {
                    text: card.title
                    visible: text !== ""
                    font.pixelSize: 17
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                PlainLabel {
                    text: card.subtitle
                    visible: text !== ""
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
            Row {
                id: actionRow
                spacing: 8
                Layout.alignment: Qt.AlignTop
            }
        }

        ColumnLayout {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12
        }
    }
}
