import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Profile & security: personal details, appearance, password, two-factor
// authentication, the devices signed in to the account and the bots it owns.
Flickable {
    id: page
    objectName: "profilePage"
    contentHeight: column.implicitHeight + 56
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    ColumnLayout {
        id: column
        x: 32
        y: 8
        width: Math.min(page.width - 64, 1120)
        spacing: 20

        PageHeader {
            title: qsTr("Profile & security")
            subtitle: qsTr("Your details, how you sign in, and where you are signed in.")
        }

        GridLayout {
            Layout.fillWidth: true
            columns: page.width > 1040 ? 2 : 1
            columnSpacing: 20
            rowSpacing: 20

            ProfileCard { Layout.fillWidth: true; Layout.fillHeight: true }
            AppearanceCard { Layout.fillWidth: true; Layout.fillHeight: true }
            TwoFactorCard { Layout.fillWidth: true; Layout.fillHeight: true }
            PasswordCard { Layout.fillWidth: true; Layout.fillHeight: true }
        }

        SessionsCard { Layout.fillWidth: true }
        BotsCard { Layout.fillWidth: true }
    }
}
