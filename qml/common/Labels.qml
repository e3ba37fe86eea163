pragma Singleton
import QtQuick
import AzCoiner

// Words every area uses: roles, verification tiers, dates, file sizes and an
// amount's tone, in the current language (an area's own values have their
// *Words singleton: KycWords, WalletWords, TreasuryWords, OrderWords,
// ChatWords, P2pWords). Each function reads Language.current
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
    function tier(value) {
        void Language.current
        switch (value) {
        case 0: return qsTr("Not verified")
        case 1: return qsTr("Level 1 · Identity verified")
        case 2: return qsTr("Level 2 · Enhanced")
        default: return String(value)
        }
    }
    // A decimal string with its sign as a colour tone; no arithmetic.
    function amountTone(signedAmount) {
        return String(signedAmount).startsWith("-") ? "danger" : "success"
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
