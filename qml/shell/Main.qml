import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import AzCoiner

// The one window: a splash while the session restores, the sign-in screen,
// or the shell with the consoles the signed-in role may use.
ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 1280
    height: 800
    minimumWidth: 960
    minimumHeight: 640
    visible: true
    title: qsTr("AZCoiner")
    color: Theme.window
    font.pixelSize: 14
    font.capitalization: Font.MixedCase // Material would shout every button in capitals

    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent
    Material.foreground: Theme.text

    // The word singletons cannot import this module (a cycle in Qt 6.4's type loader), so they
    // read the language from here, once for every screen that uses them.
    Binding { target: OrderWords; property: "language"; value: Language.current }
    Binding { target: ChatWords; property: "language"; value: Language.current }
    Binding { target: P2pWords; property: "language"; value: Language.current }
    Binding { target: CallWords; property: "language"; value: Language.current }

    Loader {
        id: screen
        objectName: "screenLoader"
        anchors.fill: parent
        // Persian (and any right-to-left language) mirrors the whole layout.
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        sourceComponent: Session.status === Session.SignedIn ? shellComponent
                       : Session.status === Session.SignedOut ? authComponent
                       : Session.status === Session.Unavailable ? failedComponent
                       : splashComponent
    }

    Component { id: splashComponent; SplashPage {} }
    Component { id: authComponent; AuthScreen {} }
    Component { id: shellComponent; Shell {} }
    Component { id: failedComponent; StartupFailedPage {} }

    Toast {}
}
