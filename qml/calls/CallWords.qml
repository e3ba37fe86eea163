pragma Singleton
import QtQuick

// Words of calls: outcomes, lengths, the status line. Like ChatWords it does
// not import AzCoiner (a cycle in Qt 6.4's type loader); Main.qml binds
// `language`, and each function reads it so bindings follow a switch.
QtObject {
    property string language: "en"

    // 75_000 → "1:15"; an hour and more → "1:02:05".
    function duration(ms) {
        void language
        const s = Math.max(0, Math.floor((ms || 0) / 1000))
        const h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, r = s % 60
        const two = n => (n < 10 ? "0" : "") + n
        return h > 0 ? h + ":" + two(m) + ":" + two(r) : m + ":" + two(r)
    }
    // What a call came to, from my side of it: `mine` I started it; `missed` I was rung and never answered.
    function outcome(outcomeName, mine, missed, video) {
        void language
        if (missed) return video ? qsTr("Missed video call") : qsTr("Missed call")
        switch (outcomeName) {
        case "completed": return mine ? (video ? qsTr("Outgoing video call") : qsTr("Outgoing call"))
                                      : (video ? qsTr("Incoming video call") : qsTr("Incoming call"))
        case "declined": return mine ? qsTr("Call declined") : qsTr("Declined")
        case "busy": return qsTr("Busy")
        case "cancelled": return qsTr("Cancelled call")
        case "missed": return qsTr("No answer")
        }
        return video ? qsTr("Video call") : qsTr("Call")
    }
    function kind(video) {
        void language
        return video ? qsTr("Video call") : qsTr("Voice call")
    }
    function quality(level) {
        void language
        switch (level) {
        case "good": return qsTr("Good connection")
        case "fair": return qsTr("Fair connection")
        case "poor": return qsTr("Poor connection")
        }
        return qsTr("Connecting…")
    }
    function mediaError(what) {
        void language
        switch (what) {
        case "insecure": return qsTr("Calls cannot use the microphone here (the call page is not a secure context).")
        case "media": return qsTr("No microphone could be opened: the others can't hear you.")
        case "camera": return qsTr("The camera could not be opened.")
        case "screen": return qsTr("The screen could not be shared.")
        case "speaker": return qsTr("That speaker could not be chosen.")
        }
        return ""
    }
}
