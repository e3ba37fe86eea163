pragma Singleton
import QtQuick
import AzCoiner

// Words of the Earn section: product kinds, stake and sale states, durations
// and countdowns, in the current language (each function reads
// Language.current, so bindings follow a language change). Numbers arrive as
// the exact strings the view models made; nothing is computed from amounts here.
QtObject {
    function kind(value, lockDays) {
        void Language.current
        return value === "locked" ? qsTr("Locked · %1").arg(days(lockDays || 0)) : qsTr("Flexible")
    }
    // "8.5" -> "8.5 % a year"
    function yearly(percent) {
        void Language.current
        return qsTr("%1 % a year").arg(percent)
    }
    function positionStatus(value) {
        void Language.current
        switch (value) {
        case "opening": return qsTr("Opening")
        case "active": return qsTr("Earning")
        case "unbonding": return qsTr("Unbonding")
        case "releasing": return qsTr("Returning to wallet")
        case "closed": return qsTr("Closed")
        default: return value || ""
        }
    }
    function positionTone(value) {
        switch (value) {
        case "active": return "success"
        case "opening": case "releasing": return "accent"
        case "unbonding": return "warning"
        default: return "neutral"
        }
    }
    function phase(value) {
        void Language.current
        switch (value) {
        case "upcoming": return qsTr("Upcoming")
        case "open": return qsTr("Open")
        case "ended": return qsTr("Ended")
        case "finalizing": return qsTr("Allocating")
        case "distributed": return qsTr("Distributed")
        default: return value || ""
        }
    }
    function phaseTone(value) {
        switch (value) {
        case "open": return "success"
        case "upcoming": return "accent"
        case "ended": case "finalizing": return "warning"
        default: return "neutral"
        }
    }
    // What the countdown of a phase counts to.
    function phaseCountdown(value, seconds) {
        void Language.current
        if (seconds < 0) return ""
        if (value === "upcoming") return qsTr("Opens in %1").arg(countdown(seconds))
        if (value === "open") return qsTr("Closes in %1").arg(countdown(seconds))
        return ""
    }
    function allocationStatus(value) {
        void Language.current
        switch (value) {
        case "pending": return qsTr("Being settled")
        case "settled": return qsTr("Settled")
        default: return value || ""
        }
    }
    // Seconds as the largest whole unit that fits: "1 day", "12 hours", "30 minutes".
    function duration(seconds) {
        void Language.current
        if (seconds >= 86400 && seconds % 86400 === 0) return days(seconds / 86400)
        if (seconds >= 3600) return hours(Math.floor(seconds / 3600))
        return minutes(Math.max(1, Math.floor(seconds / 60)))
    }
    // Counts in words, singular and plural as separate sentences (no "day(s)" in English).
    function days(n) {
        void Language.current
        return n === 1 ? qsTr("1 day") : qsTr("%1 days").arg(n)
    }
    function hours(n) {
        void Language.current
        return n === 1 ? qsTr("1 hour") : qsTr("%1 hours").arg(n)
    }
    function minutes(n) {
        void Language.current
        return n === 1 ? qsTr("1 minute") : qsTr("%1 minutes").arg(n)
    }
    function buyers(n) {
        void Language.current
        return n === 1 ? qsTr("1 buyer") : qsTr("%1 buyers").arg(n)
    }
    // "2d 03:04:05", "03:04:05".
    function countdown(seconds) {
        void Language.current
        if (seconds < 0) return ""
        const d = Math.floor(seconds / 86400)
        const h = Math.floor((seconds % 86400) / 3600)
        const m = Math.floor((seconds % 3600) / 60)
        const s = seconds % 60
        const two = n => (n < 10 ? "0" : "") + n
        const clock = two(h) + ":" + two(m) + ":" + two(s)
        return d > 0 ? qsTr("%1d %2").arg(d).arg(clock) : clock
    }
    // Seconds from `nowMs` to `atMs`, rounded up (0 once passed).
    function secondsUntil(atMs, nowMs) {
        return atMs > nowMs ? Math.ceil((atMs - nowMs) / 1000) : 0
    }
    // "0" means "no limit" for caps.
    function capText(cap, asset) {
        void Language.current
        return cap === "0" || cap === "" || cap === undefined ? qsTr("No cap") : cap + " " + asset
    }
}
