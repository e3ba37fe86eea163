import QtQuick
import QtWebEngine
import QtWebChannel
import AzCoiner

// The call page (app/desktop/calls/page, from qrc: — a secure context) with
// the current call's bridge registered as `call`. The page owns the media and
// draws the tiles; this only hosts it and keeps the browser to it: no other
// page, no popups, no context menu, the microphone, camera and screen for it
// alone (the user chose to call or answer, which is the consent).
WebEngineView {
    id: web
    objectName: "callWebView"
    property QtObject bridge: null
    backgroundColor: Theme.window
    settings.javascriptCanOpenWindows: false
    settings.javascriptCanAccessClipboard: false
    settings.localContentCanAccessFileUrls: false
    settings.localContentCanAccessRemoteUrls: false
    settings.pluginsEnabled: false
    settings.screenCaptureEnabled: true
    settings.playbackRequiresUserGesture: false // the ringtone and the others' voices play at once
    settings.focusOnNavigationEnabled: false
    webChannel: WebChannel { id: channel }
    // In memory only; one for the app's life as the page is (device ids stay the same between calls).
    profile: WebEngineProfile {
        offTheRecord: true
        httpCacheType: WebEngineProfile.MemoryHttpCache
        persistentCookiesPolicy: WebEngineProfile.NoPersistentCookies
        onDownloadRequested: download => download.cancel()
    }

    readonly property string pageBase: String(CallManager.pageUrl)

    onNavigationRequested: request => {
        if (!String(request.url).startsWith(web.pageBase))
            request.action = WebEngineNavigationRequest.IgnoreRequest
    }
    onNewWindowRequested: request => {}
    onContextMenuRequested: request => { request.accepted = true }
    onFeaturePermissionRequested: (origin, feature) => {
        const media = [WebEngineView.MediaAudioCapture, WebEngineView.MediaVideoCapture,
                       WebEngineView.MediaAudioVideoCapture, WebEngineView.DesktopVideoCapture,
                       WebEngineView.DesktopAudioVideoCapture]
        web.grantFeaturePermission(origin, feature, String(origin).startsWith("qrc:") && media.includes(feature))
    }
    Component.onCompleted: {
        channel.registerObject("call", bridge)
        url = pageBase + (Language.rightToLeft ? "?dir=rtl" : "")
    }
}
