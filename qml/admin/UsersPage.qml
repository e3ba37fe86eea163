import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Admin console: find people, change their role, freeze or unfreeze them.
Item {
    id: page
    objectName: "usersPage"

    UsersModel { id: users; objectName: "usersModel" }

    readonly property var roles: [
        { value: "user", text: Labels.role("user") },
        { value: "support", text: Labels.role("support") },
        { value: "admin", text: Labels.role("admin") }
    ]

    FreezeDialog {
        id: freezeDialog
        objectName: "freezeDialog"
        onConfirmed: (userId, frozen, reason) => users.setFrozen(userId, frozen, reason)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: 32
        anchors.rightMargin: 32
        anchors.bottomMargin: 24
        spacing: 18

        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            PageHeader {
                title: qsTr("User management")
                subtitle: qsTr("Roles and freezes take effect at once and are written to the audit log.")
            }
            FormField {
                id: search
                objectName: "userSearchField"
                Layout.preferredWidth: 320
                Layout.fillWidth: false
                placeholderText: qsTr("Search by name, username or email")
                onTextChanged: searchDelay.restart()
            }
            Timer { id: searchDelay; interval: 300; onTriggered: users.query = search.text }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 8
                spacing: 0

                // Column headings.
                RowLayout {
                    Layout.fillWidth: true
                    Layout.margins: 12
                    spacing: 16
                    PlainLabel { text: qsTr("Person"); color: Theme.textMuted; font.pixelSize: 12; font.weight: Font.DemiBold; Layout.fillWidth: true }
                    PlainLabel { text: qsTr("Verification"); color: Theme.textMuted; font.pixelSize: 12; font.weight: Font.DemiBold; Layout.preferredWidth: 150 }
                    PlainLabel { text: qsTr("Role"); color: Theme.textMuted; font.pixelSize: 12; font.weight: Font.DemiBold; Layout.preferredWidth: 150 }
                    PlainLabel { text: qsTr("Status"); color: Theme.textMuted; font.pixelSize: 12; font.weight: Font.DemiBold; Layout.preferredWidth: 190 }
                }
                Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }

                ListView {
                    id: list
                    objectName: "usersList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: users
                    ScrollBar.vertical: ScrollBar {}
                    delegate: Rectangle {
                        id: row
                        required property int index
                        required property string itemId
                        required property string username
                        required property var displayName
                        required property var email
                        required property string role
                        required property int kycTier
                        required property bool frozen
                        readonly property bool isSelf: itemId === Session.userId
                        objectName: "userRow_" + username
                        width: ListView.view.width
                        height: 68
                        color: hover.hovered ? Theme.surfaceAlt : "transparent"
                        radius: 8
                        HoverHandler { id: hover }

                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: 12
                            anchors.rightMargin: 12
                            spacing: 16
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 12
                                Avatar { name: row.displayName || row.username; size: 38 }
                                ColumnLayout {
                                    spacing: 2
                                    Layout.fillWidth: true
                                    PlainLabel {
                                        text: (row.displayName || row.username) + (row.isSelf ? " " + qsTr("(you)") : "")
                                        font.weight: Font.DemiBold
                                        color: Theme.text
                                        elide: Text.ElideRight
                                        Layout.fillWidth: true
                                    }
                                    PlainLabel {
                                        text: "@" + row.username + (row.email ? " · " + row.email : "")
                                        color: Theme.textMuted
                                        font.pixelSize: 12
                                        elide: Text.ElideRight
                                        Layout.fillWidth: true
                                    }
                                }
                            }
                            StatusChip {
                                Layout.preferredWidth: 150
                                Layout.maximumWidth: 150
                                text: row.kycTier > 0 ? qsTr("Level %1").arg(row.kycTier) : qsTr("Not verified")
                                tone: row.kycTier > 0 ? "success" : "neutral"
                            }
                            AppComboBox {
                                objectName: "roleBox_" + row.username
                                Layout.preferredWidth: 150
                                model: page.roles
                                textRole: "text"
                                valueRole: "value"
                                enabled: Session.isAdmin && !row.isSelf
                                currentIndex: row.role === "admin" ? 2 : row.role === "support" ? 1 : 0
                                onActivated: if (currentValue !== row.role) users.setRole(row.itemId, currentValue)
                            }
                            RowLayout {
                                Layout.preferredWidth: 190
                                spacing: 8
                                StatusChip {
                                    text: row.frozen ? qsTr("Frozen") : qsTr("Active")
                                    tone: row.frozen ? "danger" : "success"
                                }
                                AppButton {
                                    objectName: "freezeButton_" + row.username
                                    kind: "ghost"
                                    enabled: Session.isAdmin && !row.isSelf
                                    text: row.frozen ? qsTr("Unfreeze") : qsTr("Freeze")
                                    onClicked: freezeDialog.ask(row.itemId, row.displayName || row.username, !row.frozen)
                                }
                            }
                        }
                    }
                }
                EmptyState {
                    visible: users.count === 0 && !users.busy
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    iconName: "search"
                    text: qsTr("Nobody matches this search.")
                }
                PlainLabel {
                    Layout.margins: 12
                    text: qsTr("Showing %1 of %2").arg(users.count).arg(users.total)
                    color: Theme.textMuted
                    font.pixelSize: 12
                }
            }
        }
    }
}
