import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// A new invoice: an amount in an asset, or a price in US dollars converted
// at the exchange's rate (kept for 15 minutes), what it is for, the shop's
// order number and how long it stays open.
Dialog {
    id: dialog
    property MerchantConsole merchant
    property bool priced: false
    signal created()

    function start() {
        amount.text = ""; price.text = ""; description.text = ""; orderId.text = ""; minutes.text = "60"
        priced = false
        merchant.clearMessages()
        open()
        amount.input.forceActiveFocus()
    }

    Connections {
        target: dialog.merchant
        function onLastInvoiceChanged() {
            if (dialog.opened && dialog.merchant.lastInvoice.status === "open") {
                dialog.close()
                dialog.created()
            }
        }
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 480
    padding: 22
    title: qsTr("New invoice")
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: PlainLabel { text: dialog.title; padding: 22; bottomPadding: 0; font.pixelSize: 18; font.weight: Font.DemiBold; color: Theme.text }

    ColumnLayout {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 12
        RowLayout {
            spacing: 10
            AppComboBox { id: asset; objectName: "newInvoiceAsset"; model: ["USDT", "AZC", "BTC", "ETH"]; Layout.preferredWidth: 120 }
            AppSwitch { id: pricedSwitch; objectName: "newInvoicePriced"; text: qsTr("Price in US dollars"); checked: dialog.priced; onToggled: dialog.priced = checked }
        }
        FormField { id: amount; objectName: "newInvoiceAmount"; visible: !dialog.priced; label: qsTr("Amount in %1").arg(asset.currentText); placeholderText: "0.00"; inputMethodHints: Qt.ImhFormattedNumbersOnly; maximumLength: 40 }
        FormField { id: price; objectName: "newInvoicePrice"; visible: dialog.priced; label: qsTr("Price in USD"); hint: qsTr("Converted to %1 at the exchange's rate, kept for 15 minutes.").arg(asset.currentText); placeholderText: "0.00"; maximumLength: 20 }
        FormField { id: description; objectName: "newInvoiceDescription"; label: qsTr("What is it for (the customer sees it)"); maximumLength: 500 }
        FormField { id: orderId; objectName: "newInvoiceOrder"; label: qsTr("Your order number (optional)"); maximumLength: 100 }
        FormField { id: minutes; objectName: "newInvoiceMinutes"; label: qsTr("Open for (minutes)"); inputMethodHints: Qt.ImhDigitsOnly; maximumLength: 5 }
        PlainLabel { visible: text !== ""; text: dialog.merchant.errorText; color: Theme.danger; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            AppButton { kind: "ghost"; text: qsTr("Cancel"); onClicked: dialog.close() }
            AppButton {
                objectName: "newInvoiceCreate"
                kind: "primary"
                text: qsTr("Create")
                enabled: (dialog.priced ? price.text : amount.text).trim() !== ""
                onClicked: dialog.merchant.createInvoice(asset.currentText, dialog.priced ? "" : amount.text, dialog.priced ? price.text : "",
                                                         description.text, orderId.text, parseInt(minutes.text) || 0)
            }
        }
    }
}
