pragma Singleton
import QtQuick

// Words of the P2P section: trade states and outcomes, payment types, the
// countdown, reputation. Like ChatWords it does not import AzCoiner (two
// composite singletons importing their own module make a cycle in Qt 6.4's
// type loader): the main window binds `language` to Language.current, and each
// function reads it, so a binding that calls one follows a switch.
QtObject {
    property string language: "en"

    function status(value, outcome) {
        void language
        if (!value) return ""
        switch (value) {
        case "pending_payment": return qsTr("Waiting for payment")
        case "paid": return qsTr("Paid, waiting for release")
        case "appealed": return qsTr("In appeal")
        case "completed": return outcome === "released" ? qsTr("Completed") : qsTr("Completed by support")
        case "cancelled":
            if (outcome === "expired") return qsTr("Expired")
            if (outcome === "refunded") return qsTr("Refunded by support")
            return qsTr("Cancelled")
        default: return value
        }
    }
    function tone(value) {
        switch (value) {
        case "pending_payment": return "warning"
        case "paid": return "accent"
        case "appealed": return "danger"
        case "completed": return "success"
        default: return "neutral"
        }
    }
    function paymentType(value) {
        void language
        switch (value) {
        case "bank_transfer": return qsTr("Bank transfer")
        case "card": return qsTr("Card")
        case "ewallet": return qsTr("E-wallet")
        case "other": return qsTr("Other")
        default: return value
        }
    }
    function paymentTypes(list) {
        const out = []
        for (const t of list || []) out.push(paymentType(t))
        return out.join(" · ")
    }
    // "14:59" or "1:02:03" for a countdown in seconds.
    function countdown(seconds) {
        if (seconds < 0) return ""
        const h = Math.floor(seconds / 3600)
        const m = Math.floor((seconds % 3600) / 60)
        const s = seconds % 60
        const mm = (h > 0 && m < 10 ? "0" : "") + m
        return (h > 0 ? h + ":" : "") + mm + ":" + (s < 10 ? "0" : "") + s
    }
    function completion(rep) {
        void language
        if (!rep) return ""
        const trades = rep.completedTrades === 1 ? qsTr("1 trade") : qsTr("%1 trades").arg(rep.completedTrades || 0)
        return rep.completionRate ? qsTr("%1 · %2% completion").arg(trades).arg(rep.completionRate) : trades
    }
    function feedbackCounts(rep) {
        void language
        return qsTr("%1 positive, %2 negative").arg(rep.positive || 0).arg(rep.negative || 0)
    }
    function releaseTime(rep) {
        void language
        if (!rep || rep.avgReleaseSeconds === undefined || rep.avgReleaseSeconds < 0) return ""
        const minutes = Math.max(1, Math.round(rep.avgReleaseSeconds / 60))
        return qsTr("releases in ~%1 min").arg(minutes)
    }
    function action(value) {
        void language
        switch (value) {
        case "opened": return qsTr("Trade opened, coins in escrow")
        case "mark_paid": return qsTr("Buyer marked the payment sent")
        case "release": return qsTr("Seller released the coins")
        case "cancel": return qsTr("Buyer cancelled")
        case "expire": return qsTr("Payment window ended; escrow returned")
        case "appeal": return qsTr("Appeal opened")
        case "resolve_release": return qsTr("Support released the coins to the buyer")
        case "resolve_refund": return qsTr("Support refunded the seller")
        case "feedback": return qsTr("Feedback left")
        default: return value
        }
    }
    // The fields of a payment method in the order people read them, with their names.
    readonly property var fieldOrder: ["accountName", "bankName", "accountNumber", "cardholder", "cardNumber", "provider", "account", "details"]
    function fieldKeys(fields) {
        return Object.keys(fields || {}).sort((a, b) => fieldOrder.indexOf(a) - fieldOrder.indexOf(b))
    }
    function fieldLabel(key) {
        void language
        switch (key) {
        case "accountName": return qsTr("Account holder")
        case "bankName": return qsTr("Bank")
        case "accountNumber": return qsTr("Account number or IBAN")
        case "cardholder": return qsTr("Cardholder")
        case "cardNumber": return qsTr("Card number")
        case "provider": return qsTr("Provider")
        case "account": return qsTr("Account or phone")
        case "details": return qsTr("Details")
        default: return key
        }
    }
    function partyName(p) {
        if (!p) return ""
        return p.displayName || p.username || ""
    }
}
