import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import AzCoiner

// One invoice, large enough to be scanned from the screen: the QR code the
// wallet's Pay reads and the Code 128 barcode a till's scanner reads, the
// amount and state; saved as a printable PDF or the QR as a PNG; cancelled
// while open; refunded (in part or whole) once paid.
Dialog {
    id: dialog
    property MerchantConsole merchant
    readonly property var inv: merchant ? merchant.lastInvoice : ({})

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 680
    padding: 22
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: null // the amount is the heading (no title)

    FileDialog {
        id: pdfDialog
        title: qsTr("Save a printable invoice")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF (*.pdf)")]
        onAccepted: dialog.merchant.saveInvoicePdf(dialog.inv, selectedFile)
    }
    FileDialog {
        id: pngDialog
        title: qsTr("Save the QR code")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "png"
        nameFilters: [qsTr("PNG image (*.png)")]
        onAccepted: dialog.merchant.saveQrPng(dialog.inv.uri, selectedFile)
    }

    ColumnLayout {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            PlainLabel {
                Layout.fillWidth: true
                text: (dialog.inv.amount || "") + " " + (dialog.inv.asset || "")
                font.pixelSize: 26
                font.weight: Font.Bold
                color: Theme.text
            }
            StatusChip { objectName: "invoiceStatus"; text: MerchantWords.invoiceStatus(dialog.inv.status || ""); tone: MerchantWords.invoiceTone(dialog.inv.status || "") }
        }
        PlainLabel {
            Layout.fillWidth: true
            visible: text !== ""
            text: (dialog.inv.description || "") + (dialog.inv.orderId ? "  ·  " + qsTr("order %1").arg(dialog.inv.orderId) : "")
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        PlainLabel {
            visible: dialog.inv.priceCurrency !== undefined
            text: qsTr("Priced at %1 %2, rate kept until the invoice expires").arg(dialog.inv.priceAmount || "").arg(dialog.inv.priceCurrency || "")
            color: Theme.textMuted
            font.pixelSize: 12
        }

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 300
            implicitHeight: 300
            color: "white"
            radius: 8
            Image {
                id: qrImage
                objectName: "invoiceQr"
                anchors.centerIn: parent
                width: 280
                height: 280
                smooth: false
                cache: false
                source: dialog.inv.uri ? "image://qr/" + encodeURIComponent(dialog.inv.uri) : ""
                sourceSize.width: 280
                sourceSize.height: 280
            }
        }
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 460
            implicitHeight: 90
            color: "white"
            radius: 6
            Image {
                objectName: "invoiceBarcode"
                anchors.centerIn: parent
                smooth: false
                cache: false
                source: dialog.inv.id ? "image://barcode/" + encodeURIComponent(dialog.inv.id) : ""
                sourceSize.width: 440
                sourceSize.height: 70
            }
        }
        PlainLabel {
            Layout.alignment: Qt.AlignHCenter
            text: dialog.inv.id || ""
            font.family: "monospace"
            font.pixelSize: 12
            color: Theme.textMuted
        }
        PlainLabel {
            Layout.alignment: Qt.AlignHCenter
            visible: dialog.inv.status === "open"
            text: qsTr("Valid until %1").arg(dialog.inv.expiresAt ? Labels.dateTime(dialog.inv.expiresAt) : "")
            color: Theme.textMuted
            font.pixelSize: 12
        }
        PlainLabel {
            Layout.fillWidth: true
            visible: dialog.inv.status === "paid" || dialog.inv.status === "refunded"
            text: qsTr("Paid by %1 · fee %2 · you receive %3 · refunded %4")
                  .arg(dialog.inv.payer ? dialog.inv.payer.displayName : "").arg(dialog.inv.fee || "0")
                  .arg(dialog.inv.net || "0").arg(dialog.inv.amountRefunded || "0")
            color: Theme.text
            wrapMode: Text.WordWrap
        }

        RowLayout {
            Layout.fillWidth: true
            visible: dialog.inv.status === "paid"
            spacing: 8
            FormField { id: refundAmount; objectName: "refundAmount"; label: qsTr("Refund (empty: all)"); Layout.preferredWidth: 150; inputMethodHints: Qt.ImhFormattedNumbersOnly }
            FormField { id: refundReason; objectName: "refundReason"; label: qsTr("Reason"); Layout.fillWidth: true; maximumLength: 200 }
            AppButton {
                objectName: "refundButton"
                Layout.alignment: Qt.AlignBottom
                text: qsTr("Refund")
                onClicked: { dialog.merchant.refund(dialog.inv.id, refundAmount.text, refundReason.text); refundAmount.text = ""; refundReason.text = "" }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            AppButton { objectName: "invoiceSavePdf"; text: qsTr("Save PDF…"); onClicked: pdfDialog.open() }
            AppButton { objectName: "invoiceSavePng"; kind: "ghost"; text: qsTr("Save QR…"); onClicked: pngDialog.open() }
            AppButton { objectName: "invoiceCopy"; kind: "ghost"; text: qsTr("Copy code"); onClicked: Clipboard.setText(dialog.inv.uri) }
            Item { Layout.fillWidth: true }
            AppButton {
                objectName: "invoiceCancel"
                visible: dialog.inv.status === "open"
                kind: "ghost"
                text: qsTr("Cancel invoice")
                onClicked: dialog.merchant.cancelInvoice(dialog.inv.id)
            }
            AppButton { objectName: "invoiceClose"; kind: "primary"; text: qsTr("Close"); onClicked: dialog.close() }
        }
    }
}
