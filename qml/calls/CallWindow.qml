import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import AzCoiner

// The call's own window: small while it rings (IncomingCallPanel), large
// once answered or while I call (InCallPanel with the page's tiles). The page
// is loaded when the first call is here, also while it rings (it plays the
// ringtone and is warm by the time the user answers), and then kept loaded
// for every later call.
ApplicationWindow {
    id: win
    objectName: "callWindow"
    readonly property bool ringing: CallManager.state === "incoming"
    visible: CallManager.state !== "idle"
    width: ringing ? 400 : 1000
    height: ringing ? 560 : 700
    minimumWidth: 360
    minimumHeight: 480
    color: Theme.window
    font.pixelSize: 14
    font.capitalization: Font.MixedCase
    title: ringing ? qsTr("Incoming call — %1").arg(CallManager.callerName) : CallManager.title
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.foreground: Theme.text

    onClosing: close => {
        // Closing the window is hanging up (or declining); an ended call just goes.
        if (CallManager.state === "ended") CallManager.dismiss()
        else CallManager.hangUp()
        close.accepted = CallManager.state === "idle"
    }

    Item {
        anchors.fill: parent
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true

        InCallPanel {
            id: inCall
            anchors.fill: parent
            visible: !win.ringing
        }
        IncomingCallPanel {
            anchors.fill: parent
            visible: win.ringing
        }
        Loader {
            objectName: "callPageLoader"
            parent: inCall.stage
            anchors.fill: parent
            active: CallManager.pageWanted
            // Nothing of Chromium exists before the first call (not even a profile: that would start it).
            sourceComponent: CallPage { bridge: CallManager.bridge }
        }
    }
}
