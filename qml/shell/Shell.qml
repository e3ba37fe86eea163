import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The signed-in window: navigation rail, top bar and the current page.
Rectangle {
    id: shell
    objectName: "shell"
    color: Theme.window

    // Every section in one table: its key, name, icon, rail group, who may
    // open it (gate: "" everyone, "support", "admin", "partner": members of
    // an organisation) and its page inside the
    // AzCoiner module (none yet: the "not available yet" page). A new area
    // is one row here.
    readonly property var table: [
        { key: "chats", label: qsTr("Chats"), icon: "chats", group: 0, gate: "", page: "chat/ChatsPage.qml" },
        { key: "wallet", label: qsTr("Wallet"), icon: "wallet", group: 0, gate: "", page: "wallet/WalletPage.qml" },
        { key: "trade", label: qsTr("Trade"), icon: "trade", group: 0, gate: "", page: "trade/TradePage.qml" },
        { key: "p2p", label: qsTr("P2P"), icon: "p2p", group: 0, gate: "", page: "p2p/P2pPage.qml" },
        { key: "merchant", label: qsTr("Merchant"), icon: "store", group: 0, gate: "", page: "merchant/MerchantPage.qml" },
        { key: "apps", label: qsTr("Mini programs"), icon: "apps", group: 0, gate: "", page: "miniprograms/MiniProgramsPage.qml" },
        { key: "earn", label: qsTr("Earn"), icon: "earn", group: 0, gate: "", page: "earn/EarnPage.qml" },
        { key: "governance", label: qsTr("Governance"), icon: "governance", group: 0, gate: "", page: "governance/GovernancePage.qml" },
        { key: "points", label: qsTr("Points"), icon: "points", group: 0, gate: "", page: "bridge/PointsPage.qml" },
        { key: "market", label: qsTr("Market"), icon: "market", group: 0, gate: "", page: "bridge/MarketPage.qml" },
        { key: "partner", label: qsTr("Partner console"), icon: "partner", group: 0, gate: "partner", page: "bridge/PartnerPage.qml" },
        { key: "support", label: qsTr("Support"), icon: "support", group: 1, gate: "support", page: "support/SupportPage.qml" },
        { key: "admin", label: qsTr("Admin"), icon: "admin", group: 1, gate: "admin", page: "admin/UsersPage.qml" },
        { key: "treasury", label: qsTr("Treasury"), icon: "treasury", group: 1, gate: "admin", page: "admin/TreasuryPage.qml" },
        { key: "kyc", label: qsTr("Verification"), icon: "kyc", group: 2, gate: "", page: "kyc/KycPage.qml" },
        { key: "profile", label: qsTr("Profile & security"), icon: "profile", group: 2, gate: "", page: "profile/ProfilePage.qml" }
    ]
    function mayOpen(entry) {
        return entry.gate === "support" ? Session.isSupport : entry.gate === "admin" ? Session.isAdmin
             : entry.gate === "partner" ? partners.member : true
    }
    // Whether the user belongs to an organisation (the partner console's gate);
    // asked again on every change of section, since a business created on the
    // Merchant page comes without a push.
    PartnerMembership { id: partners; objectName: "partnerMembership" }
    onCurrentChanged: partners.refresh()
    // The table as the rail shows it (re-evaluated when the role changes).
    readonly property var sections: table.map(s => Object.assign({ shown: mayOpen(s) }, s))
    property string current: Session.isSupport ? "support" : (Session.kycTier === 0 ? "kyc" : "profile")

    function section(key) {
        for (const s of table) if (s.key === key) return s
        return null
    }
    function sectionLabel(key) {
        const s = section(key)
        return s ? s.label : ""
    }
    function open(key) { current = key }

    Connections {
        target: Navigation
        function onSectionRequested(key) { shell.current = key }
    }

    // A role change (token rotation) can take a console away: leave it.
    Connections {
        target: Session
        function onUserChanged() {
            const s = shell.section(shell.current)
            if (s && !shell.mayOpen(s))
                shell.current = "profile"
        }
    }

    // Calls: the call window and the ringing, wherever the user is in the app.
    CallHost { objectName: "callHost"; tray: topBar.tray }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavRail {
            Layout.fillHeight: true
            Layout.preferredWidth: 256
            sections: shell.sections
            current: shell.current
            onSelected: key => shell.current = key
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            TopBar {
                id: topBar
                Layout.fillWidth: true
                title: shell.sectionLabel(shell.current)
            }

            Loader {
                id: page
                objectName: "pageLoader"
                Layout.fillWidth: true
                Layout.fillHeight: true
                readonly property var entry: shell.section(shell.current)
                readonly property bool available: !!entry && entry.page !== ""
                source: available ? Qt.resolvedUrl("../" + entry.page) : Qt.resolvedUrl("UnavailablePage.qml")
                onLoaded: {
                    if (!available) {
                        item.areaKey = Qt.binding(() => shell.current)
                        item.areaName = Qt.binding(() => shell.sectionLabel(shell.current))
                    }
                }
            }
        }
    }
}
