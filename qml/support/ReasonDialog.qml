import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Controls.impl
import QtQuick.Layouts
import AzCoiner

// Asks for the reason of a decision; the user reads it, the audit log keeps it.
Dialog {
    id: dialog
    property string prompt: ""
    property string confirmText: qsTr("OK")
    signal confirmed(string reason)

    function openEmpty() { reason.text = ""; open(); reason.forceActiveFocus() }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 480
    padding: 20

    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    // The style's header, its title (set by each use) as plain text.
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
        PlainLabel { text: dialog.prompt; color: Theme.textMuted; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextArea {
            id: reason
            objectName: dialog.objectName + "Reason"
            textFormat: TextEdit.PlainText
            Layout.fillWidth: true
            Layout.preferredHeight: 110
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Reason (shown to the user)")
            color: Theme.text
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            AppButton { text: qsTr("Cancel"); kind: "ghost"; onClicked: dialog.reject() }
            AppButton {
                objectName: dialog.objectName + "Confirm"
                text: dialog.confirmText
                kind: "primary"
                enabled: reason.text.trim().length > 0 && reason.text.length <= 500
                onClicked: { dialog.confirmed(reason.text); dialog.accept() }
            }
        }
    }
}
