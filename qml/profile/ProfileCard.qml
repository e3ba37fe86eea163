import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Display name, email and phone.
Card {
    id: card
    objectName: "profileCard"
    title: qsTr("Profile")
    subtitle: qsTr("How you appear to others and how we reach you.")

    RowLayout {
        spacing: 14
        Layout.fillWidth: true
        Avatar { name: Session.displayName; size: 52 }
        ColumnLayout {
            spacing: 4
            Layout.fillWidth: true
            PlainLabel { text: Session.displayName; font.pixelSize: 17; font.weight: Font.DemiBold; color: Theme.text }
            RowLayout {
                spacing: 8
                PlainLabel { text: "@" + Session.username; color: Theme.textMuted }
                StatusChip { text: Labels.role(Session.role); tone: Session.isSupport ? "accent" : "neutral" }
                StatusChip {
                    text: Session.kycTier > 0 ? qsTr("Verified · level %1").arg(Session.kycTier) : qsTr("Not verified")
                    tone: Session.kycTier > 0 ? "success" : "warning"
                }
            }
        }
    }

    FormField {
        id: displayName
        objectName: "profileDisplayName"
        label: qsTr("Display name")
        text: Session.displayName
        maximumLength: 64
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        FormField {
            id: email
            objectName: "profileEmail"
            label: qsTr("Email")
            text: Session.user.email || ""
        }
        FormField {
            id: phone
            objectName: "profilePhone"
            label: qsTr("Phone")
            text: Session.user.phone || ""
        }
    }
    AppButton {
        objectName: "saveProfileButton"
        Layout.alignment: Qt.AlignRight
        kind: "primary"
        text: qsTr("Save changes")
        enabled: !Session.busy && displayName.text.trim() !== ""
        onClicked: Session.updateProfile(displayName.text, email.text, phone.text)
    }
}
