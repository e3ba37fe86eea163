import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// A receipt opened from the history.
Dialog {
    id: dialog
    property var receipt: ({})
    function show(r) { receipt = r; open() }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 460
    padding: 22
    title: qsTr("Receipt")
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    // The style's header paints its own (light) background; this one follows the theme.
    header: PlainLabel {
        // Popups live in the window overlay, outside the mirrored shell: mirror here too.
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        text: dialog.title
        visible: text !== ""
        padding: 22
        bottomPadding: 0
        font.pixelSize: 18
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
        elide: Text.ElideRight
    }

    ColumnLayout {
        // Popups live in the window overlay, outside the mirrored shell: mirror here too.
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 16
        ReceiptView { objectName: "receiptDialogView"; Layout.fillWidth: true; receipt: dialog.receipt }
        AppButton {
            objectName: "receiptClose"
            Layout.alignment: Qt.AlignRight
            kind: "primary"
            text: qsTr("Close")
            onClicked: dialog.close()
        }
    }
}
