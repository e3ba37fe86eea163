pragma Singleton
import QtQuick
import AzCoiner

// Words of the Bridge and Market screens: point and order states, swap
// directions, delivery kinds, a point's policy as sentences, in the current
// language (each function reads Language.current, so bindings follow a
// language change). Amounts arrive as the exact strings the server or the
// view models made; nothing is computed from them here.
QtObject {
    function pointStatus(value) {
        void Language.current
        switch (value) {
        case "active": return qsTr("Active")
        case "paused": return qsTr("Paused")
        case "draft": return qsTr("Draft · no policy yet")
        default: return value || ""
        }
    }
    function pointTone(value) {
        switch (value) {
        case "active": return "success"
        case "paused": return "warning"
        default: return "neutral"
        }
    }
    function kind(value) {
        void Language.current
        return value === "token" ? qsTr("ERC-20 token") : qsTr("Loyalty point")
    }
    // "toCoin": give points, get the coin.
    function direction(value, code, coin) {
        void Language.current
        return value === "toPoints" ? qsTr("%1 → %2").arg(coin || "").arg(code || "") : qsTr("%1 → %2").arg(code || "").arg(coin || "")
    }
    function via(value) {
        void Language.current
        return value === "partner" ? qsTr("at the partner") : qsTr("in the app")
    }
    function delivery(value) {
        void Language.current
        return value === "shipped" ? qsTr("Shipped to you") : qsTr("Voucher code, at once")
    }
    function orderStatus(value) {
        void Language.current
        switch (value) {
        case "paid": return qsTr("Paid")
        case "shipped": return qsTr("Shipped")
        case "delivered": return qsTr("Delivered")
        case "refunded": return qsTr("Refunded")
        case "disputed": return qsTr("Disputed")
        default: return value || ""
        }
    }
    function orderTone(value) {
        switch (value) {
        case "delivered": return "success"
        case "paid": case "shipped": return "accent"
        case "disputed": return "danger"
        default: return "neutral"
        }
    }
    function proposalStatus(value) {
        void Language.current
        switch (value) {
        case "pending": return qsTr("Waiting for approval")
        case "approved": return qsTr("Approved")
        case "rejected": return qsTr("Rejected")
        default: return value || ""
        }
    }
    function proposalTone(value) {
        return value === "approved" ? "success" : value === "rejected" ? "danger" : "warning"
    }
    function partyName(party) {
        if (!party) return ""
        return party.displayName || party.username || ""
    }
    // "0" means "none" for caps and limits.
    function limitText(amount, unit) {
        void Language.current
        return !amount || amount === "0" ? qsTr("none") : amount + " " + unit
    }
    // The rate in words: "1 PTS = 0.01 AZC", or the market's price.
    function rate(policy, code, coin) {
        void Language.current
        if (!policy) return ""
        const fixed = qsTr("1 %1 = %2 %3").arg(code).arg(policy.rate || "").arg(coin)
        return policy.rateMode === "market" ? qsTr("%1 (the market's last price)").arg(fixed) : fixed
    }
    // A point's policy as sentences ({label, value}), for the point's page.
    // `p` is a Point row (with spreadPercent, feePercent, policyCoveragePercent).
    function policyLines(p) {
        void Language.current
        const policy = p && p.policy
        if (!policy) return []
        const directions = policy.toCoin && policy.toPoints ? qsTr("Both ways")
                         : policy.toCoin ? qsTr("Only %1 → %2").arg(p.code).arg(p.coin)
                         : policy.toPoints ? qsTr("Only %1 → %2").arg(p.coin).arg(p.code)
                         : qsTr("Closed both ways")
        return [
            { label: qsTr("Rate"), value: rate(policy, p.code, p.coin) },
            { label: qsTr("Spread"), value: qsTr("%1 %, taken from you in both directions").arg(p.spreadPercent || "0") },
            { label: qsTr("Fee"), value: qsTr("%1 % of the coin, to the platform").arg(p.feePercent || "0") },
            { label: qsTr("Per swap"), value: qsTr("from %1 to %2").arg(limitText(policy.minSwap, p.code)).arg(limitText(policy.maxSwap, p.code)) },
            { label: qsTr("Your daily allowance"), value: limitText(policy.userDailyCap, p.code) },
            { label: qsTr("Directions"), value: directions },
            { label: qsTr("Reserve backing"), value: qsTr("%1 % required").arg(p.policyCoveragePercent || "0") }
        ]
    }
    function reserveFrom(value) {
        void Language.current
        return value === "me" ? qsTr("My wallet") : qsTr("The organisation's balance")
    }
    // A quote's countdown: quotes live for seconds.
    function seconds(n) {
        void Language.current
        return n === 1 ? qsTr("1 second") : qsTr("%1 seconds").arg(n)
    }
}
