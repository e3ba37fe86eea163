import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Admin: a staking product, new or edited. Rates are typed as percentages a
// year (the view model turns them into basis points exactly); the margin is
// what the house keeps on top of the rate and is never shown to users. A
// rate change first accrues every stake at the old rate (the server does it).
Dialog {
    id: dialog
    property StakingAdminModel admin
    property string productId: ""
    property string errorText: ""
    property bool saving: false

    function edit(row) {
        productId = row ? row.id : "" // a row of the model as get() gives it: the server's keys
        asset.text = row ? row.asset : "AZC"
        name.text = row ? row.name : ""
        kindBox.currentIndex = row && row.kind === "locked" ? 1 : 0
        lockDays.text = row && row.kind === "locked" ? String(row.lockDays) : ""
        rate.text = row ? row.ratePercent : ""
        margin.text = row && row.marginPercent !== undefined ? row.marginPercent : ""
        cap.text = row ? row.cap : ""
        minimum.text = row ? row.minAmount : ""
        unbonding.text = row ? String(row.unbondingHours) : "24"
        statusBox.currentIndex = row && row.status === "closed" ? 1 : 0
        errorText = ""
        saving = false
        open()
    }

    Connections {
        target: dialog.admin
        enabled: dialog.visible
        function onSaved() { dialog.saving = false; dialog.close() }
        function onSaveFailed(message) { dialog.saving = false; dialog.errorText = message }
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, Overlay.overlay ? Overlay.overlay.width - 48 : 560)
    padding: 22
    title: productId === "" ? qsTr("New staking product") : qsTr("Edit staking product")
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: PlainLabel {
        LayoutMirroring.enabled: Language.rightToLeft
        text: dialog.title
        padding: 22
        bottomPadding: 0
        font.pixelSize: 18
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
    }

    ColumnLayout {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 12

        GridLayout {
            id: grid
            // Two columns of the same width, whatever the labels' lengths.
            readonly property real cellWidth: (width - columnSpacing) / 2
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 12
            rowSpacing: 10
            FormField { id: name; objectName: "productName"; label: qsTr("Name"); maximumLength: 60; Layout.columnSpan: 2 }
            FormField { id: asset; objectName: "productAsset"; Layout.preferredWidth: grid.cellWidth; label: qsTr("Asset"); maximumLength: 16; input.enabled: dialog.productId === "" }
            ColumnLayout {
                spacing: 6
                Layout.fillWidth: true
                Layout.preferredWidth: grid.cellWidth
                PlainLabel { text: qsTr("Kind"); font.pixelSize: 13; font.weight: Font.Medium; color: Theme.textMuted }
                AppComboBox {
                    id: kindBox
                    objectName: "productKind"
                    Layout.fillWidth: true
                    enabled: dialog.productId === ""
                    model: [qsTr("Flexible"), qsTr("Locked")]
                }
            }
            FormField { id: rate; objectName: "productRate"; Layout.preferredWidth: grid.cellWidth; label: qsTr("Rate, % a year"); placeholderText: "8.5"; maximumLength: 8 }
            FormField { id: margin; objectName: "productMargin"; Layout.preferredWidth: grid.cellWidth; label: qsTr("House margin, %"); placeholderText: "2"; maximumLength: 8 }
            FormField { id: lockDays; objectName: "productLockDays"; visible: kindBox.currentIndex === 1; Layout.preferredWidth: grid.cellWidth; label: qsTr("Lock, days"); maximumLength: 4; input.enabled: dialog.productId === "" }
            FormField { id: unbonding; objectName: "productUnbonding"; Layout.preferredWidth: grid.cellWidth; label: qsTr("Unbonding, hours"); maximumLength: 5 }
            FormField { id: minimum; objectName: "productMinimum"; Layout.preferredWidth: grid.cellWidth; label: qsTr("Minimum stake"); maximumLength: 40 }
            FormField { id: cap; objectName: "productCap"; Layout.preferredWidth: grid.cellWidth; label: qsTr("Cap on the total (0: none)"); maximumLength: 40 }
            ColumnLayout {
                spacing: 6
                Layout.fillWidth: true
                Layout.preferredWidth: grid.cellWidth
                PlainLabel { text: qsTr("Status"); font.pixelSize: 13; font.weight: Font.Medium; color: Theme.textMuted }
                AppComboBox {
                    id: statusBox
                    objectName: "productStatus"
                    Layout.fillWidth: true
                    model: [qsTr("Open to new stakes"), qsTr("Closed to new stakes")]
                }
            }
        }
        PlainLabel {
            visible: dialog.productId !== ""
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: 12
            horizontalAlignment: Text.AlignLeft
            text: qsTr("A new rate applies from now: every stake is first brought up to date at the old one.")
        }
        PlainLabel {
            objectName: "productError"
            visible: text !== ""
            text: dialog.errorText
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Item { Layout.fillWidth: true }
            AppButton { kind: "ghost"; text: qsTr("Cancel"); enabled: !dialog.saving; onClicked: dialog.close() }
            AppButton {
                objectName: "productSave"
                kind: "primary"
                enabled: !dialog.saving && name.text.trim() !== ""
                text: dialog.productId === "" ? qsTr("Create product") : qsTr("Save")
                onClicked: {
                    dialog.errorText = ""
                    dialog.saving = true
                    const form = { id: dialog.productId, name: name.text, ratePercent: rate.text, marginPercent: margin.text,
                                   cap: cap.text, minAmount: minimum.text, unbondingHours: unbonding.text,
                                   status: statusBox.currentIndex === 1 ? "closed" : "open" }
                    if (dialog.productId === "") {
                        form.asset = asset.text
                        form.kind = kindBox.currentIndex === 1 ? "locked" : "flexible"
                        form.lockDays = kindBox.currentIndex === 1 ? lockDays.text : ""
                    }
                    dialog.admin.saveProduct(form)
                }
            }
        }
    }
}
