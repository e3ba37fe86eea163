import QtQuick
import QtWebEngine
import QtWebChannel
import AzCoiner

// The program's page: its own off-the-record Chromium profile (storage in
// memory, apart from every other program and from the host), its bundle
// served by the session's scheme handler, the SDK injected before its
// scripts, and the browser locked down: no navigation off its origin, no
// popups, no downloads, no context menu, device permissions only when
// declared and granted by the user.
Item {
    id: root
    property MiniProgramSession session
    readonly property alias view: web

    WebEngineProfile {
        id: profile
        offTheRecord: true
        httpCacheType: WebEngineProfile.MemoryHttpCache
        persistentCookiesPolicy: WebEngineProfile.NoPersistentCookies
        onDownloadRequested: download => download.cancel()
    }
    WebChannel { id: channel }

    WebEngineView {
        id: web
        objectName: "programWebView"
        anchors.fill: parent
        profile: profile
        webChannel: channel
        backgroundColor: Theme.window
        settings.javascriptCanOpenWindows: false
        settings.javascriptCanAccessClipboard: false
        settings.localContentCanAccessFileUrls: false
        settings.localContentCanAccessRemoteUrls: false
        settings.pluginsEnabled: false
        settings.fullScreenSupportEnabled: false
        settings.screenCaptureEnabled: false
        settings.allowRunningInsecureContent: false
        settings.playbackRequiresUserGesture: true
        settings.focusOnNavigationEnabled: false

        // Pages of its own only, and only HTML ones: an SVG or other file opened as a document
        // would run without the CSP that is added to HTML.
        onNavigationRequested: request => {
            const url = String(request.url)
            const path = url.split(/[?#]/)[0]
            if (!url.startsWith("azmp://" + root.session.programId + "/") || !path.endsWith(".html"))
                request.action = WebEngineNavigationRequest.IgnoreRequest
        }
        // No handler opens a window: a popup simply does not happen.
        onNewWindowRequested: request => {}
        onContextMenuRequested: request => { request.accepted = true }
        onFeaturePermissionRequested: (origin, feature) => {
            const names = feature === WebEngineView.MediaAudioCapture ? ["microphone"]
                        : feature === WebEngineView.MediaVideoCapture ? ["camera"]
                        : feature === WebEngineView.MediaAudioVideoCapture ? ["microphone", "camera"]
                        : feature === WebEngineView.Geolocation ? ["geolocation"]
                        : feature === WebEngineView.Notifications ? ["notifications"] : []
            const answers = names.map(n => root.session.devicePermission(n))
            if (names.length === 0 || answers.includes("deny"))
                return web.grantFeaturePermission(origin, feature, false)
            if (answers.every(a => a === "grant"))
                return web.grantFeaturePermission(origin, feature, true)
            pendingPermission.origin = origin
            pendingPermission.feature = feature
            pendingPermission.names = names.filter((n, i) => answers[i] === "ask")
            root.session.askDevicePermission(pendingPermission.names[0])
        }
    }
    // The loader hands the session over after creating the page: start then,
    // the scheme, the guard, the bridge and the SDK all in place before the first request.
    onSessionChanged: {
        if (!session)
            return
        channel.registerObject("host", session.bridge)
        session.attach(profile)
        web.userScripts.collection = [{ name: "azc-sdk", sourceCode: MiniProgramHost.sdkScript,
                                        injectionPoint: WebEngineScript.DocumentCreation,
                                        worldId: WebEngineScript.MainWorld, runsOnSubFrames: false }]
        web.url = session.entryUrl
    }
    QtObject {
        id: pendingPermission
        property var origin
        property int feature
        property var names: []
    }
    Connections {
        target: root.session
        function onDevicePermissionDecided(name, granted) {
            if (!pendingPermission.names.includes(name))
                return
            const rest = pendingPermission.names.filter(n => n !== name)
            if (!granted || rest.length === 0) {
                web.grantFeaturePermission(pendingPermission.origin, pendingPermission.feature, granted)
                pendingPermission.names = []
            } else {
                pendingPermission.names = rest
                root.session.askDevicePermission(rest[0])
            }
        }
    }
}
