pragma Singleton
import QtQuick

// Words of the Chats section: a message in one line for the chat list, times
// and days, money bubbles, roles. Like OrderWords it does not import AzCoiner
// (two composite singletons importing their own module make a cycle in Qt
// 6.4's type loader): the main window binds `language` to Language.current, and
// each function reads it, so a binding that calls one follows a switch.
QtObject {
    property string language: "en"
    function partyName(p) {
        if (!p) return ""
        return p.displayName || p.username || ""
    }
    function preview(m) {
        void language
        if (!m) return qsTr("No messages yet")
        if (m.deleted) return qsTr("Deleted message")
        const d = m.data || {}
        switch (m.kind) {
        case "payment": return qsTr("Payment: %1 %2").arg(d.amount).arg(d.asset)
        case "request": return qsTr("Payment request: %1 %2").arg(d.amount).arg(d.asset)
        case "redpacket": return qsTr("Red packet: %1 %2").arg(d.total).arg(d.asset)
        case "miniprogram": return qsTr("Mini program: %1").arg(d.name || "")
        case "call": return d.video ? qsTr("📹 Video call") : qsTr("📞 Call")
        case "system": return d.action === "p2p" ? qsTr("P2P trade: %1 %2").arg(d.amount).arg(d.asset) : qsTr("Membership changed")
        }
        if (m.file && m.text === "") return qsTr("📎 %1").arg(m.file.name)
        return m.text
    }
    function time(ms) {
        void language
        if (!ms) return ""
        const d = new Date(ms)
        const now = new Date()
        if (d.toDateString() === now.toDateString())
            return d.toLocaleTimeString(Qt.locale(language), "HH:mm")
        if (now - d < 6 * 86400000)
            return d.toLocaleDateString(Qt.locale(language), "ddd")
        return d.toLocaleDateString(Qt.locale(language), "d MMM")
    }
    function clock(ms) {
        void language
        return ms ? new Date(ms).toLocaleTimeString(Qt.locale(language), "HH:mm") : ""
    }
    function day(ms) {
        void language
        const d = new Date(ms)
        const now = new Date()
        if (d.toDateString() === now.toDateString()) return qsTr("Today")
        const y = new Date(now.getTime() - 86400000)
        if (d.toDateString() === y.toDateString()) return qsTr("Yesterday")
        return d.toLocaleDateString(Qt.locale(language), d.getFullYear() === now.getFullYear() ? "d MMMM" : "d MMMM yyyy")
    }
    function role(value) {
        void language
        switch (value) {
        case "owner": return qsTr("Owner")
        case "admin": return qsTr("Admin")
        case "subscriber": return qsTr("Subscriber")
        default: return qsTr("Member")
        }
    }
    function kindLabel(c) {
        void language
        if (!c) return ""
        if (c.kind === "channel") return count(c.memberCount || 0, true)
        if (c.kind === "group") return count(c.memberCount || 0, false)
        return c.peer ? "@" + c.peer.username : ""
    }
    function count(n, subscribers) {
        void language
        if (subscribers) return n === 1 ? qsTr("1 subscriber") : qsTr("%1 subscribers").arg(n)
        return n === 1 ? qsTr("1 member") : qsTr("%1 members").arg(n)
    }
    function requestStatus(status) {
        void language
        switch (status) {
        case "paid": return qsTr("Paid")
        case "open": return qsTr("Waiting for payment")
        default: return status
        }
    }
}
