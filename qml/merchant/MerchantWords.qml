pragma Singleton
import QtQuick
import AzCoiner

// Words for the merchant console's states, in the current language (each
// function reads Language.current, so bindings follow a language change).
QtObject {
    function invoiceStatus(value) {
        void Language.current
        switch (value) {
        case "open": return qsTr("Open")
        case "paid": return qsTr("Paid")
        case "refunded": return qsTr("Refunded")
        case "expired": return qsTr("Expired")
        case "cancelled": return qsTr("Cancelled")
        default: return value
        }
    }
    function invoiceTone(value) {
        switch (value) {
        case "paid": return "success"
        case "open": return "warning"
        case "refunded": return "neutral"
        default: return "danger"
        }
    }
    function orgStatus(value) {
        void Language.current
        switch (value) {
        case "unverified": return qsTr("Not verified yet")
        case "review": return qsTr("Verification under review")
        case "active": return qsTr("Verified — taking payments")
        case "rejected": return qsTr("Verification declined")
        case "suspended": return qsTr("Suspended")
        default: return value
        }
    }
    function orgTone(value) {
        return value === "active" ? "success" : value === "rejected" || value === "suspended" ? "danger" : "warning"
    }
    function role(value) {
        void Language.current
        switch (value) {
        case "owner": return qsTr("Owner")
        case "admin": return qsTr("Admin")
        case "staff": return qsTr("Staff")
        case "viewer": return qsTr("Viewer")
        default: return value
        }
    }
    function scope(value) {
        void Language.current
        switch (value) {
        case "read": return qsTr("Read")
        case "invoices:write": return qsTr("Create invoices")
        case "refunds:write": return qsTr("Refund")
        case "payouts:write": return qsTr("Pay out")
        default: return value
        }
    }
    function deliveryStatus(value) {
        void Language.current
        switch (value) {
        case "pending": return qsTr("Retrying")
        case "delivered": return qsTr("Delivered")
        case "failed": return qsTr("Gave up")
        default: return value
        }
    }
    function deliveryTone(value) {
        return value === "delivered" ? "success" : value === "failed" ? "danger" : "warning"
    }
}
