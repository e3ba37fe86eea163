pragma Singleton
import QtQuick
import AzCoiner

// Words for the protocol's stable values (roles, KYC states, document types)
// and dates, in the current language. Each function reads Language.current
// so a binding that calls it is re-evaluated when the language changes.
QtObject {
    function role(value) {
        void Language.current
        switch (value) {
        case "admin": return qsTr("Admin")
        case "support": return qsTr("Support")
        case "user": return qsTr("User")
        default: return value
        }
    }
    function kycStatus(value) {
        void Language.current
        switch (value) {
        case "pending": return qsTr("Pending review")
        case "approved": return qsTr("Approved")
        case "rejected": return qsTr("Rejected")
        case "resubmission_requested": return qsTr("New documents needed")
        default: return value
        }
    }
    function kycTone(value) {
        switch (value) {
        case "approved": return "success"
        case "rejected": return "danger"
        case "resubmission_requested": return "warning"
        default: return "accent"
        }
    }
    function tier(value) {
        void Language.current
        switch (value) {
        case 0: return qsTr("Not verified")
        case 1: return qsTr("Level 1 · Identity verified")
        case 2: return qsTr("Level 2 · Enhanced")
        default: return String(value)
        }
    }
    function documentType(value) {
        void Language.current
        switch (value) {
        case "passport": return qsTr("Passport")
        case "id_card": return qsTr("ID card")
        case "driver_license": return qsTr("Driver's licence")
        case "proof_of_address": return qsTr("Proof of address")
        default: return value
        }
    }
    function direction(value) {
        void Language.current
        switch (value) {
        case "in": return qsTr("Received")
        case "out": return qsTr("Sent")
        case "adjustment": return qsTr("Balance adjustment")
        default: return value
        }
    }
    function adjustmentStatus(value) {
        void Language.current
        switch (value) {
        case "pending": return qsTr("Waiting for approval")
        case "approved": return qsTr("Approved")
        case "rejected": return qsTr("Rejected")
        default: return value
        }
    }
    function houseKind(value) {
        void Language.current
        switch (value) {
        case "treasury": return qsTr("Treasury")
        case "hot_wallet": return qsTr("Hot wallet")
        case "provider": return qsTr("Liquidity provider")
        default: return value
        }
    }
    function feeFlow(value) {
        void Language.current
        switch (value) {
        case "transfer": return qsTr("Transfer")
        case "deposit": return qsTr("Deposit")
        case "withdrawal": return qsTr("Withdrawal")
        case "swap": return qsTr("Swap")
        case "spot_maker": return qsTr("Spot (maker)")
        case "spot_taker": return qsTr("Spot (taker)")
        case "p2p": return qsTr("P2P")
        case "payment": return qsTr("Payment")
        default: return value
        }
    }
    // A decimal string with its sign as a colour tone; no arithmetic.
    function amountTone(signedAmount) {
        return String(signedAmount).startsWith("-") ? "danger" : "success"
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
    function dateTime(ms) {
        void Language.current
        if (!ms) return "—"
        return new Date(ms).toLocaleString(Qt.locale(Language.current), "d MMM yyyy, HH:mm")
    }
    function date(ms) {
        void Language.current
        if (!ms) return "—"
        return new Date(ms).toLocaleDateString(Qt.locale(Language.current), "d MMM yyyy")
    }
    function fileSize(bytes) {
        void Language.current
        if (bytes < 1024) return qsTr("%1 B").arg(bytes)
        if (bytes < 1024 * 1024) return qsTr("%1 KB").arg(Math.round(bytes / 1024))
        return qsTr("%1 MB").arg((bytes / 1048576).toFixed(1))
    }
}
