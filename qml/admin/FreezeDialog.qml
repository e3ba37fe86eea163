import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Controls.impl
import QtQuick.Layouts
import AzCoiner

// Freezing (or unfreezing) someone needs a reason for the audit log.
Dialog {
    id: dialog
    property string userId: ""
    property string userName: ""
    property bool freezing: true
    signal confirmed(string userId, bool frozen, string reason)

    function ask(id, name, freeze) {
        userId = id; userName = name; freezing = freeze
        reason.text = ""
        open()
        reason.forceActiveFocus()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 460
    padding: 20
    title: freezing ? qsTr("Freeze %1?").arg(userName) : qsTr("Unfreeze %1?").arg(userName)

    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    // The style's header, its title (here a user's name) as plain text.
    header: PlainLabel {
        text: dialog.title
        visible: dialog.title
        elide: Label.ElideRight
        padding: 24
        bottomPadding: 0
        font.bold: true
        font.pixelSize: 16
        background: PaddedRectangle {
            radius: 2
            color: dialog.Material.dialogColor
            bottomPadding: -2
            clip: true
        }
    }

    ColumnLayout {
        // Popups live in the window overlay, outside the mirrored shell: mirror here too.
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 12
        PlainLabel {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            text: dialog.freezing ? qsTr("They are signed out at once and cannot sign in until unfrozen.")
                                  : qsTr("They can sign in again.")
        }
        FormField {
            id: reason
            objectName: "freezeReason"
            label: qsTr("Reason (kept in the audit log)")
            maximumLength: 500
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            AppButton { text: qsTr("Cancel"); kind: "ghost"; onClicked: dialog.reject() }
            AppButton {
                objectName: "freezeConfirm"
                kind: "primary"
                text: dialog.freezing ? qsTr("Freeze") : qsTr("Unfreeze")
                enabled: reason.text.trim() !== ""
                onClicked: { dialog.confirmed(dialog.userId, dialog.freezing, reason.text); dialog.accept() }
            }
        }
    }
}
