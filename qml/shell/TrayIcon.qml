import QtQuick
import Qt.labs.platform as Platform

// The app's icon in the system tray: the unread count in its tooltip, a
// desktop notification for each new one while the window is not in front,
// and a click brings the window back. Where the desktop has no tray
// (`available` is false: offscreen, some window managers) nothing is shown,
// but the last notification is still kept for anyone who asks (tests).
Platform.SystemTrayIcon {
    id: tray
    objectName: "trayIcon"
    property var window: null
    property int unread: 0
    property string lastTitle: ""
    property string lastBody: ""

    function notify(title, body) {
        lastTitle = title
        lastBody = body
        if (visible && !(window && window.active))
            showMessage(title, body)
    }

    visible: available
    icon.source: "../icons/azcoiner.png"
    tooltip: unread > 0 ? qsTr("AZCoiner: %1 unread").arg(unread) : qsTr("AZCoiner")
    onActivated: {
        if (!window) return
        window.show()
        window.raise()
        window.requestActivate()
    }
    onMessageClicked: activated(Platform.SystemTrayIcon.Trigger)
}
