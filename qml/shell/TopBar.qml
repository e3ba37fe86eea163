import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import AzCoiner

// Above every page: where you are, whether the server is reachable,
// notifications (also in the system tray) and the theme switch.
Rectangle {
    id: bar
    property string title: ""
    readonly property alias tray: tray // calls ring through it too
    implicitHeight: 64
    color: Theme.window

    NotificationsModel {
        id: notifications
        objectName: "notificationsModel"
        onArrived: (title, body) => tray.notify(title, body)
    }
    TrayNotifier { id: tray; objectName: "trayIcon"; window: bar.Window.window; unread: notifications.unread }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 32
        anchors.rightMargin: 24
        spacing: 12

        PlainLabel {
            text: bar.title
            color: Theme.textMuted
            font.pixelSize: 14
            font.weight: Font.Medium
            Layout.fillWidth: true
        }

        StatusChip {
            objectName: "connectionChip"
            visible: !Session.connected
            tone: "warning"
            text: qsTr("Reconnecting…")
        }

        ToolButton {
            objectName: "themeToggle"
            icon.source: Theme.dark ? "../icons/sun.svg" : "../icons/moon.svg"
            icon.color: Theme.textMuted
            icon.width: 20; icon.height: 20
            ToolTip.visible: hovered
            ToolTip.text: Theme.dark ? qsTr("Light theme") : qsTr("Dark theme")
            onClicked: Theme.toggle()
        }

        ToolButton {
            id: bell
            objectName: "notificationsButton"
            icon.source: "../icons/bell.svg"
            icon.color: Theme.textMuted
            icon.width: 20; icon.height: 20
            ToolTip.visible: hovered && !panel.visible
            ToolTip.text: qsTr("Notifications")
            onClicked: panel.visible ? panel.close() : panel.open()

            Rectangle {
                visible: notifications.unread > 0
                anchors.top: parent.top
                anchors.right: parent.right
                anchors.topMargin: 6
                anchors.rightMargin: 4
                width: Math.max(18, badge.implicitWidth + 8)
                height: 18
                radius: 9
                color: Theme.danger
                PlainLabel {
                    id: badge
                    anchors.centerIn: parent
                    text: notifications.unread > 99 ? "99+" : notifications.unread
                    color: "white"
                    font.pixelSize: 11
                    font.weight: Font.Bold
                }
            }

            NotificationsPanel {
                id: panel
                model: notifications
                y: bell.height + 6
                x: Language.rightToLeft ? 0 : bell.width - width
            }
        }
    }
}
