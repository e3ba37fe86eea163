pragma Singleton
import QtQuick
import AzCoiner

// Words for the treasury console: adjustment states, house accounts and fee
// flows, in the current language.
QtObject {
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
}
