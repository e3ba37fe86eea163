pragma Singleton
import QtQuick
import AzCoiner

// The DAO's words: statuses, outcomes, choices, actions and countdowns, in
// the current language (each function reads Language.current so bindings
// follow a language switch).
QtObject {
    function status(value) {
        void Language.current
        switch (value) {
        case "discussion": return qsTr("In discussion")
        case "voting": return qsTr("Voting")
        case "queued": return qsTr("Passed · timelock")
        case "executing": return qsTr("Executing")
        case "executed": return qsTr("Executed")
        case "passed": return qsTr("Passed")
        case "failed": return qsTr("Failed")
        case "rejected": return qsTr("Rejected")
        case "canceled": return qsTr("Withdrawn")
        default: return value || ""
        }
    }
    function statusTone(value) {
        switch (value) {
        case "voting": return "accent"
        case "executed": case "passed": case "queued": case "executing": return "success"
        case "failed": case "rejected": return "danger"
        case "discussion": return "warning"
        default: return "neutral"
        }
    }
    function outcome(value) {
        void Language.current
        switch (value) {
        case "passed": return qsTr("Passed")
        case "rejected": return qsTr("Rejected by the vote")
        case "no_quorum": return qsTr("Quorum not reached")
        default: return ""
        }
    }
    function choice(value) {
        void Language.current
        switch (value) {
        case "for": return qsTr("For")
        case "against": return qsTr("Against")
        case "abstain": return qsTr("Abstain")
        default: return value || ""
        }
    }
    // What the proposal does if it passes, in a sentence.
    function action(a) {
        void Language.current
        if (!a || !a.type) return qsTr("No action: a signal of the community's view.")
        const p = a.params || {}
        switch (a.type) {
        case "fund.payout": return qsTr("Pay %1 %2 from the community fund to @%3.").arg(p.amount).arg(p.asset).arg(p.toUsername)
        case "fees.set": return qsTr("Set the %1 fee on %2: %3 fixed, rate %4, min %5, max %6.").arg(p.flow).arg(p.asset).arg(p.fixed).arg(p.rate).arg(p.min).arg(p.max)
        case "spot.market": return p.status === "halted" ? qsTr("Halt trading on %1-%2.").arg(p.base).arg(p.quote)
                                 : p.status === "cancel_only" ? qsTr("Let %1-%2 orders only be cancelled.").arg(p.base).arg(p.quote)
                                                              : qsTr("Open trading on %1-%2.").arg(p.base).arg(p.quote)
        case "staking.rate": return qsTr("Set a staking product's reward to %1 % a year.").arg(Number(p.rateBps) / 100)
        default: return a.type
        }
    }
    // "2 d 4 h", "35 min", "now" until `ms` (server time, with the offset to ours).
    function countdown(ms, offsetMs, nowMs) {
        void Language.current
        const left = ms - (nowMs + offsetMs)
        if (left <= 0) return qsTr("now")
        const minutes = Math.floor(left / 60000)
        const days = Math.floor(minutes / 1440), hours = Math.floor((minutes % 1440) / 60)
        if (days > 0) return qsTr("%1 d %2 h").arg(days).arg(hours)
        if (hours > 0) return qsTr("%1 h %2 min").arg(hours).arg(minutes % 60)
        return qsTr("%1 min").arg(Math.max(1, minutes))
    }
    // The proposal's next moment in words.
    function nextMoment(p, offsetMs, nowMs) {
        void Language.current
        if (!p || !p.status) return ""
        switch (p.status) {
        case "discussion": return qsTr("Voting opens in %1").arg(countdown(p.votingStartsAt, offsetMs, nowMs))
        case "voting": return qsTr("Voting ends in %1").arg(countdown(p.votingEndsAt, offsetMs, nowMs))
        case "queued": return qsTr("Runs in %1 (timelock)").arg(countdown(p.executableAt, offsetMs, nowMs))
        case "executed": return qsTr("Executed %1").arg(Labels.dateTime(p.executedAt))
        case "failed": return qsTr("Failed %1").arg(Labels.dateTime(p.executedAt))
        default: return qsTr("Voting ended %1").arg(Labels.dateTime(p.votingEndsAt))
        }
    }
}
