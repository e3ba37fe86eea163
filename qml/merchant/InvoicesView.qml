import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The business's invoices, newest first, filtered by status; a click opens
// one (its QR code, barcode, refunds).
ColumnLayout {
    id: view
    property MerchantConsole merchant
    property MerchantInvoicesModel invoices
    signal openInvoice(string id)
    spacing: 10

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 32
        Layout.rightMargin: 32
        spacing: 6
        Repeater {
            model: [{ key: "", text: qsTr("All") }, { key: "open", text: qsTr("Open") }, { key: "paid", text: qsTr("Paid") },
                    { key: "refunded", text: qsTr("Refunded") }, { key: "expired", text: qsTr("Expired") }]
            delegate: AppButton {
                required property var modelData
                objectName: "invoiceFilter_" + (modelData.key || "all")
                kind: view.invoices.statusFilter === modelData.key ? "primary" : "ghost"
                text: modelData.text
                onClicked: view.invoices.statusFilter = modelData.key
            }
        }
        Item { Layout.fillWidth: true }
    }

    ListView {
        id: list
        objectName: "invoiceList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.leftMargin: 32
        Layout.rightMargin: 32
        clip: true
        spacing: 6
        model: view.invoices
        delegate: Rectangle {
            id: row
            // "id" is one of the rows' roles, and no name a QML property may have: read the row through `model`.
            required property var model
            width: ListView.view.width
            height: 60
            radius: 10
            color: hover.hovered ? Theme.surfaceAlt : Theme.surface
            border.color: Theme.border
            HoverHandler { id: hover }
            TapHandler { onTapped: view.openInvoice(row.model.id) }
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 14
                anchors.rightMargin: 14
                spacing: 12
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    PlainLabel { Layout.fillWidth: true; text: row.model.description || qsTr("Invoice"); color: Theme.text; font.weight: Font.DemiBold; elide: Text.ElideRight }
                    PlainLabel {
                        Layout.fillWidth: true
                        text: Labels.dateTime(row.model.createdAt) + (row.model.orderId ? " · " + qsTr("order %1").arg(row.model.orderId) : "")
                              + (row.model.payerName ? " · " + row.model.payerName : "")
                        color: Theme.textMuted; font.pixelSize: 12; elide: Text.ElideRight
                    }
                }
                ColumnLayout {
                    spacing: 2
                    PlainLabel { Layout.alignment: Qt.AlignRight; text: row.model.amount + " " + row.model.asset; color: Theme.text; font.weight: Font.Bold }
                    PlainLabel {
                        Layout.alignment: Qt.AlignRight
                        visible: row.model.status === "paid" || row.model.status === "refunded"
                        text: row.model.amountRefunded !== "0" ? qsTr("refunded %1").arg(row.model.amountRefunded) : qsTr("net %1").arg(row.model.net)
                        color: Theme.textMuted; font.pixelSize: 12
                    }
                }
                StatusChip { text: MerchantWords.invoiceStatus(row.model.status); tone: MerchantWords.invoiceTone(row.model.status) }
            }
        }
        EmptyState {
            anchors.centerIn: parent
            visible: list.count === 0 && !view.invoices.loading
            iconName: "file"
            text: qsTr("No invoices here yet.")
        }
    }
}
