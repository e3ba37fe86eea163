pragma Singleton
import QtQuick
import AzCoiner

// The mini-program words the screens share.
QtObject {
    readonly property string language: Language.current
    function category(key) {
        void language
        switch (key) {
        case "shopping": return qsTr("Shopping")
        case "tools": return qsTr("Tools")
        case "social": return qsTr("Social")
        case "finance": return qsTr("Finance")
        case "games": return qsTr("Games")
        }
        return qsTr("Other")
    }
    function permission(key) {
        void language
        switch (key) {
        case "profile": return qsTr("Your name and username")
        case "payments": return qsTr("Ask you to pay")
        case "share": return qsTr("Share into your chats (you pick the chat)")
        case "scanQr": return qsTr("Read a QR code from a picture you choose")
        case "storage": return qsTr("Keep a little data for you")
        case "camera": return qsTr("Use your camera")
        case "microphone": return qsTr("Use your microphone")
        case "geolocation": return qsTr("Know your location")
        case "notifications": return qsTr("Show notifications")
        }
        return key
    }
    function versionStatus(s) {
        void language
        switch (s) {
        case "pending": return qsTr("Waiting for review")
        case "approved": return qsTr("Approved")
        case "rejected": return qsTr("Rejected")
        case "listed": return qsTr("Live")
        case "suspended": return qsTr("Suspended")
        case "new": return qsTr("Not live yet")
        }
        return s
    }
}
