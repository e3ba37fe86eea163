pragma Singleton
import QtQuick
import AzCoiner

// Words for a KYC case's states and document types, in the current language
// (each function reads Language.current, so bindings follow a language change).
QtObject {
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
}
