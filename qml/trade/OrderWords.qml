pragma Singleton
import QtQuick

// Words for the spot protocol's values (sides, order types, statuses, the
// reasons an order ended), in the current language. It does not import
// AzCoiner (two composite singletons importing their own module make a cycle
// in Qt 6.4's type loader), so the main window (shell/Main.qml) binds `language` to
// Language.current; each function reads it, and a binding that calls one is
// re-evaluated when the language changes.
QtObject {
    property string language: ""

    function side(value) {
        void language
        return value === "buy" ? qsTr("Buy") : value === "sell" ? qsTr("Sell") : value
    }
    function type(value) {
        void language
        switch (value) {
        case "limit": return qsTr("Limit")
        case "market": return qsTr("Market")
        case "stop_limit": return qsTr("Stop-limit")
        default: return value
        }
    }
    function timeInForce(value) {
        void language
        switch (value) {
        case "gtc": return qsTr("Good till cancelled")
        case "ioc": return qsTr("Immediate or cancel")
        case "fok": return qsTr("Fill or kill")
        case "post_only": return qsTr("Post only")
        default: return value
        }
    }
    function status(value) {
        void language
        switch (value) {
        case "new": return qsTr("New")
        case "open": return qsTr("Open")
        case "pending_stop": return qsTr("Waiting for stop")
        case "filled": return qsTr("Filled")
        case "partially_filled": return qsTr("Partly filled")
        case "cancelled": return qsTr("Cancelled")
        case "rejected": return qsTr("Rejected")
        default: return value
        }
    }
    function statusTone(value) {
        switch (value) {
        case "filled": return "success"
        case "rejected": return "danger"
        case "cancelled": return "neutral"
        case "partially_filled": return "warning"
        default: return "accent"
        }
    }
    function reason(value) {
        void language
        switch (value) {
        case "not_filled_immediately": return qsTr("nothing to fill it at once")
        case "fill_or_kill_unfillable": return qsTr("could not fill all of it at once")
        case "post_only_would_cross": return qsTr("would have traded at once")
        case "self_trade_prevention": return qsTr("would have traded with your own order")
        case "user_requested": return qsTr("cancelled by you")
        case "book_full": return qsTr("the order book is full")
        default: return value
        }
    }
    function marketStatus(value) {
        void language
        switch (value) {
        case "open": return qsTr("Open")
        case "halted": return qsTr("Halted")
        case "cancel_only": return qsTr("Cancel only")
        default: return value
        }
    }
    function hedgeFlow(value) {
        void language
        switch (value) {
        case "swap": return qsTr("Quick swap")
        case "route": return qsTr("Routed order")
        default: return value
        }
    }
    // The toast after spot.place answered.
    function placedText(order) {
        void language
        const what = side(order.side) + " " + order.market
        // A market buy spends a budget in whole lots; what it could not buy goes back.
        if (order.type === "market" && order.budget !== "" && (order.status === "filled" || order.status === "partially_filled"))
            return qsTr("%1: bought %2 for %3 %4; the rest of the budget went back.")
                .arg(what).arg(order.filled).arg(order.filledQuote).arg(order.market.split("-")[1] || "")
        switch (order.status) {
        case "filled": return qsTr("%1: filled %2.").arg(what).arg(order.filled)
        case "open": return order.filled !== "0" && order.filled !== ""
                            ? qsTr("%1: filled %2 so far, the rest is in the book.").arg(what).arg(order.filled)
                            : qsTr("%1: the order is in the book.").arg(what)
        case "pending_stop": return qsTr("%1: waiting for the stop price %2.").arg(what).arg(order.stopPrice)
        case "partially_filled": return qsTr("%1: filled %2, the rest was cancelled (%3).").arg(what).arg(order.filled).arg(reason(order.reason))
        case "cancelled": return qsTr("%1: not filled (%2).").arg(what).arg(reason(order.reason))
        default: return qsTr("%1: %2.").arg(what).arg(status(order.status))
        }
    }
}
