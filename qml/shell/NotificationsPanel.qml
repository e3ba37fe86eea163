import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The notification list under the bell.
Popup {
    id: panel
    objectName: "notificationsPanel"
    property var model
    width: 380
    height: Math.min(460, content.implicitHeight + 24)
    padding: 12

    background: Rectangle {
        radius: 14
        color: Theme.surface
        border.color: Theme.border
    }

    ColumnLayout {
        id: content
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            PlainLabel {
                text: qsTr("Notifications")
                font.pixelSize: 16
                font.weight: Font.DemiBold
                color: Theme.text
                Layout.fillWidth: true
            }
            AppButton {
                kind: "ghost"
                text: qsTr("Mark all read")
                enabled: panel.model && panel.model.unread > 0
                onClicked: panel.model.markAllRead()
            }
        }

        EmptyState {
            visible: panel.model && panel.model.count === 0
            Layout.fillWidth: true
            Layout.topMargin: 16
            Layout.bottomMargin: 16
            iconName: "bell"
            text: qsTr("Nothing new. Decisions on your verification and account changes appear here.")
        }

        ListView {
            id: list
            visible: panel.model && panel.model.count > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            implicitHeight: Math.min(contentHeight, 380)
            clip: true
            spacing: 4
            model: panel.model
            delegate: ItemDelegate {
                id: row
                required property string itemId
                required property string title
                required property var body
                required property var createdAt
                required property bool read
                width: ListView.view.width
                onClicked: if (!read) panel.model.markRead(itemId)
                background: Rectangle {
                    radius: 10
                    color: row.read ? "transparent" : Theme.accentSoft
                }
                contentItem: ColumnLayout {
                    spacing: 2
                    PlainLabel {
                        text: row.title
                        font.weight: row.read ? Font.Normal : Font.DemiBold
                        color: Theme.text
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    PlainLabel {
                        text: row.body || ""
                        visible: text !== ""
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    PlainLabel {
                        text: Labels.dateTime(row.createdAt)
                        color: Theme.textMuted
                        font.pixelSize: 11
                    }
                }
            }
        }
    }
}
