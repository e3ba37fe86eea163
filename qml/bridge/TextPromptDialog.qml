import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Asks for one line of text (a parcel's tracking reference) before an action.
Dialog {
    id: dialog
    property string prompt: ""
    property string label: ""
    property int maximumLength: 100
    property string confirmText: qsTr("OK")
    signal confirmed(string text)

    function openEmpty() { field.text = ""; open(); field.input.forceActiveFocus() }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(460, Overlay.overlay ? Overlay.overlay.width - 48 : 460)
    padding: 22
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: PlainLabel {
        // Popups live in the window overlay, outside the mirrored shell: mirror here too.
        LayoutMirroring.enabled: Language.rightToLeft
        text: dialog.title
        padding: 22
        bottomPadding: 0
        font.pixelSize: 18
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
        elide: Text.ElideRight
    }

    ColumnLayout {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 12
        PlainLabel { text: dialog.prompt; visible: text !== ""; color: Theme.textMuted; wrapMode: Text.WordWrap; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
        FormField {
            id: field
            objectName: dialog.objectName + "Field"
            label: dialog.label
            maximumLength: dialog.maximumLength
            onAccepted: if (ok.enabled) ok.clicked()
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            AppButton { text: qsTr("Cancel"); kind: "ghost"; onClicked: dialog.reject() }
            AppButton {
                id: ok
                objectName: dialog.objectName + "Confirm"
                text: dialog.confirmText
                kind: "primary"
                enabled: field.text.trim().length > 0
                onClicked: { dialog.confirmed(field.text.trim()); dialog.accept() }
            }
        }
    }
}
