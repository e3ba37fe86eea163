import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The signed-in window: navigation rail, top bar and the current page.
Rectangle {
    id: shell
    objectName: "shell"
    color: Theme.window

    // Everyone sees the product areas; staff consoles follow the role.
    readonly property var sections: [
        { key: "chats", label: qsTr("Chats"), icon: "chats", group: 0, shown: true },
        { key: "wallet", label: qsTr("Wallet"), icon: "wallet", group: 0, shown: true },
        { key: "trade", label: qsTr("Trade"), icon: "trade", group: 0, shown: true },
        { key: "p2p", label: qsTr("P2P"), icon: "p2p", group: 0, shown: true },
        { key: "apps", label: qsTr("Mini programs"), icon: "apps", group: 0, shown: true },
        { key: "governance", label: qsTr("Governance"), icon: "governance", group: 0, shown: true },
        { key: "support", label: qsTr("Support"), icon: "support", group: 1, shown: Session.isSupport },
        { key: "admin", label: qsTr("Admin"), icon: "admin", group: 1, shown: Session.isAdmin },
        { key: "treasury", label: qsTr("Treasury"), icon: "treasury", group: 1, shown: Session.isAdmin },
        { key: "kyc", label: qsTr("Verification"), icon: "kyc", group: 2, shown: true },
        { key: "profile", label: qsTr("Profile & security"), icon: "profile", group: 2, shown: true }
    ]
    property string current: Session.isSupport ? "support" : (Session.kycTier === 0 ? "kyc" : "profile")

    function sectionLabel(key) {
        for (const s of sections) if (s.key === key) return s.label
        return ""
    }
    function open(key) { current = key }

    // A role change (token rotation) can take a console away: leave it.
    Connections {
        target: Session
        function onUserChanged() {
            if ((shell.current === "support" && !Session.isSupport) || ((shell.current === "admin" || shell.current === "treasury") && !Session.isAdmin))
                shell.current = "profile"
        }
    }

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
                Layout.fillWidth: true
                title: shell.sectionLabel(shell.current)
            }

            Loader {
                id: page
                objectName: "pageLoader"
                Layout.fillWidth: true
                Layout.fillHeight: true
                sourceComponent: {
                    switch (shell.current) {
                    case "support": return supportPage
                    case "admin": return adminPage
                    case "treasury": return treasuryPage
                    case "wallet": return walletPage
                    case "trade": return tradePage
                    case "chats": return chatsPage
                    case "p2p": return p2pPage
                    case "kyc": return kycPage
                    case "profile": return profilePage
                    default: return unavailablePage
                    }
                }
            }
        }
    }

    Component { id: supportPage; SupportPage {} }
    Component { id: adminPage; UsersPage {} }
    Component { id: treasuryPage; TreasuryPage {} }
    Component { id: walletPage; WalletPage {} }
    Component { id: tradePage; TradePage {} }
    Component { id: chatsPage; ChatsPage {} }
    Component { id: p2pPage; P2pPage {} }
    Component { id: kycPage; KycPage {} }
    Component { id: profilePage; ProfilePage {} }
    Component {
        id: unavailablePage
        UnavailablePage {
            areaKey: shell.current
            areaName: shell.sectionLabel(shell.current)
        }
    }
}
