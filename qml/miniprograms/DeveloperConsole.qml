import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import AzCoiner

// The developer's side: a signing key (the private half stays in the OS
// keychain), uploading a signed version, and each program's versions with
// their review status, installs and opens.
Flickable {
    id: root
    contentHeight: body.implicitHeight + 32
    clip: true
    MiniProgramDeveloperConsole { id: dev; objectName: "developerConsole" }
    FileDialog {
        id: zipDialog
        title: qsTr("Choose the program's bundle")
        nameFilters: [qsTr("Mini program bundles (*.zip)")]
        onAccepted: dev.upload(selectedFile)
    }

    ColumnLayout {
        id: body
        x: 32
        width: root.width - 64
        spacing: 14
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true

        Card {
            Layout.fillWidth: true
            title: qsTr("Your developer key")
            subtitle: Session.kycTier < 1 ? qsTr("Verify your identity first: developers are verified people.")
                    : dev.developer.publicKey ? qsTr("Bundles you upload are signed with it; AZCoiner checks the signature at every download.")
                    : qsTr("Create a signing key to publish mini programs.")
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 10
                PlainLabel {
                    visible: !!dev.developer.publicKey
                    Layout.fillWidth: true
                    wrapMode: Text.WrapAnywhere
                    font.family: "monospace"
                    color: Theme.text
                    text: qsTr("%1 · public key %2").arg(dev.developer.displayName || "").arg(dev.developer.publicKey || "")
                }
                PlainLabel {
                    visible: !!dev.developer.publicKey && !dev.hasSigningKey
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.warning
                    text: qsTr("This computer's keychain does not hold the private key. Create a new key to upload from here.")
                }
                RowLayout {
                    visible: Session.kycTier >= 1
                    spacing: 8
                    FormField { id: devName; objectName: "developerName"; Layout.preferredWidth: 260; label: qsTr("Developer name"); text: dev.developer.displayName || Session.displayName }
                    AppButton {
                        objectName: "developerCreateKey"
                        Layout.alignment: Qt.AlignBottom
                        text: dev.developer.publicKey ? qsTr("Replace key") : qsTr("Create signing key")
                        enabled: devName.text.trim().length >= 2
                        onClicked: dev.createSigningKey(devName.text)
                    }
                    AppButton {
                        objectName: "developerUpload"
                        Layout.alignment: Qt.AlignBottom
                        kind: "primary"
                        text: qsTr("Upload a version…")
                        enabled: dev.hasSigningKey
                        onClicked: zipDialog.open()
                    }
                }
                PlainLabel {
                    objectName: "developerStatus"
                    visible: text !== ""
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: dev.lastError !== "" ? Theme.danger : Theme.success
                    text: dev.lastError !== "" ? dev.lastError : dev.status
                }
            }
        }

        Repeater {
            model: dev.programs
            delegate: Card {
                required property var modelData
                objectName: "developerProgram_" + modelData.id
                Layout.fillWidth: true
                title: modelData.name + "  (" + modelData.id + ")"
                subtitle: qsTr("%1 · version %2 live · %3 installs · %4 opens")
                          .arg(ProgramWords.versionStatus(modelData.status)).arg(modelData.currentVersion || "–")
                          .arg(modelData.installs).arg(modelData.opens)
                          + ((modelData.sales || []).length === 0 ? ""
                             : " · " + qsTr("sales: %1").arg(modelData.sales.map(s => s.amount + " " + s.asset + " (" + s.payments + ")").join(", ")))
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 6
                    Repeater {
                        model: modelData.versions
                        delegate: RowLayout {
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 10
                            PlainLabel { text: modelData.version; font.weight: Font.DemiBold; color: Theme.text; Layout.preferredWidth: 70 }
                            StatusChip {
                                text: ProgramWords.versionStatus(modelData.status)
                                tone: modelData.status === "approved" ? "success" : modelData.status === "rejected" ? "danger" : "warning"
                            }
                            PlainLabel {
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                                color: Theme.textMuted
                                text: modelData.reason || (modelData.sha256.slice(0, 16) + "… · " + Math.ceil(modelData.size / 1024) + " KiB")
                            }
                        }
                    }
                }
            }
        }
    }
}
