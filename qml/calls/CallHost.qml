import QtQuick
import AzCoiner

// Calls in the signed-in shell: the call window (shown while there is a
// call) and word of an incoming call in the system tray when the app is not
// in front. `tray` is the shell's TrayNotifier.
Item {
    id: host
    property QtObject tray
    CallWindow { id: callWindow }
    Connections {
        target: CallManager
        function onIncomingCall(callerName, video) {
            if (host.tray)
                host.tray.notify(video ? qsTr("Incoming video call") : qsTr("Incoming call"),
                                 qsTr("%1 is calling you").arg(callerName))
            callWindow.raise()
            callWindow.requestActivate()
        }
    }
}
