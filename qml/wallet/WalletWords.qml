pragma Singleton
import QtQuick
import AzCoiner

// Words for the wallet's history directions, deposits and withdrawals, in the
// current language (each function reads Language.current, so bindings follow
// a language change).
QtObject {
    function direction(value) {
        void Language.current
        switch (value) {
        case "in": return qsTr("Received")
        case "out": return qsTr("Sent")
        case "adjustment": return qsTr("Balance adjustment")
        default: return value
        }
    }
    function depositStatus(value) {
        void Language.current
        switch (value) {
        case "seen": return qsTr("Confirming")
        case "credited": return qsTr("Credited")
        case "orphaned": return qsTr("Dropped by the network")
        case "below_minimum": return qsTr("Below the minimum")
        default: return value
        }
    }
    function depositTone(value) {
        switch (value) {
        case "credited": return "success"
        case "orphaned": return "danger"
        case "below_minimum": return "warning"
        default: return "accent"
        }
    }
    // What happened to a deposit, in plain words.
    function depositNote(status, confirmations, required) {
        void Language.current
        switch (status) {
        case "seen": return qsTr("%1/%2 confirmations. It is added to your balance when all are in.").arg(confirmations).arg(required)
        case "credited": return qsTr("Added to your balance.")
        case "orphaned": return qsTr("The block with this payment was replaced by the network before it was final, so the payment never happened. Nothing was added; send it again if your wallet shows it as failed.")
        case "below_minimum": return qsTr("This amount is below the minimum deposit, so it was not added to your balance. Contact support if you need it back.")
        default: return ""
        }
    }
    function withdrawalStatus(value) {
        void Language.current
        switch (value) {
        case "requested": return qsTr("Waiting for approval")
        case "approved": return qsTr("Approved")
        case "signed": return qsTr("Signed")
        case "broadcast": return qsTr("Sent to the network")
        case "confirmed": return qsTr("Confirmed")
        case "rejected": return qsTr("Rejected")
        case "cancelled": return qsTr("Cancelled")
        case "failed": return qsTr("Failed")
        default: return value
        }
    }
    // A step of the withdrawal timeline: the first one is what the user did.
    function withdrawalStep(value) {
        void Language.current
        return value === "requested" ? qsTr("Requested") : withdrawalStatus(value)
    }
    function withdrawalTone(value) {
        switch (value) {
        case "confirmed": return "success"
        case "rejected": case "failed": return "danger"
        case "cancelled": return "neutral"
        default: return "accent"
        }
    }
}
