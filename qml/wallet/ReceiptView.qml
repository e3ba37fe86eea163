import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// A receipt: a transfer (from wallet.transfer or wallet.receipt; a payment to
// a merchant or a merchant's refund when it names an invoice) or a balance
// adjustment (from its history row). Every amount is the server's string.
ColumnLayout {
    id: view
    property var receipt: ({})
    readonly property bool isTransfer: receipt.kind === "transfer"
    readonly property bool outgoing: !!receipt.outgoing
    readonly property var other: isTransfer ? (outgoing ? receipt.to : receipt.from) : null
    readonly property bool merchant: !!receipt.invoiceId
    spacing: 10

    PlainLabel {
        objectName: view.objectName + "_headline"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: 28
        font.weight: Font.Bold
        color: view.isTransfer ? (view.outgoing ? Theme.text : Theme.success) : Theme.accent
        // A left-to-right mark first: in Persian the sign must stay before the number.
        text: "\u200E" + (view.isTransfer ? (view.outgoing ? "−" : "+") + view.receipt.amount + " " + view.receipt.asset
                                          : (view.receipt.amount || "") + " " + (view.receipt.asset || ""))
    }
    PlainLabel {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        text: !view.isTransfer ? qsTr("Balance adjustment by AZCoiner")
              : !view.other ? ""
              : view.merchant ? (view.outgoing ? qsTr("Paid to %1") : qsTr("Refunded by %1")).arg(view.other.displayName)
              : (view.outgoing ? qsTr("Sent to %1 (@%2)") : qsTr("Received from %1 (@%2)"))
                    .arg(view.other.displayName).arg(view.other.username)
    }
    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: 16
        rowSpacing: 8

        PlainLabel { visible: view.isTransfer; text: qsTr("Amount"); color: Theme.textMuted }
        PlainLabel { visible: view.isTransfer; objectName: view.objectName + "_amount"; text: view.receipt.amount + " " + view.receipt.asset; color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight }
        PlainLabel { visible: view.isTransfer && view.outgoing; text: qsTr("Fee"); color: Theme.textMuted }
        PlainLabel { visible: view.isTransfer && view.outgoing; objectName: view.objectName + "_fee"; text: view.receipt.fee + " " + view.receipt.asset; color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight }
        PlainLabel { visible: view.isTransfer && view.outgoing; text: qsTr("Total paid"); color: Theme.textMuted; font.weight: Font.DemiBold }
        PlainLabel { visible: view.isTransfer && view.outgoing; objectName: view.objectName + "_total"; text: view.receipt.total + " " + view.receipt.asset; color: Theme.text; font.weight: Font.DemiBold; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight }
        PlainLabel { visible: !!view.receipt.memo; text: view.isTransfer ? qsTr("Memo") : qsTr("Reason"); color: Theme.textMuted }
        PlainLabel { visible: !!view.receipt.memo; objectName: view.objectName + "_memo"; text: view.receipt.memo || ""; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight }
        PlainLabel { visible: !!view.receipt.orderId; text: qsTr("Order"); color: Theme.textMuted }
        PlainLabel { visible: !!view.receipt.orderId; text: view.receipt.orderId || ""; color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight }
        PlainLabel { visible: view.merchant; text: qsTr("Invoice"); color: Theme.textMuted }
        PlainLabel { visible: view.merchant; text: view.receipt.invoiceId || ""; color: Theme.textMuted; font.family: "monospace"; font.pixelSize: 12; elide: Text.ElideMiddle; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight }
        PlainLabel { text: qsTr("Date"); color: Theme.textMuted }
        PlainLabel { text: Labels.dateTime(view.receipt.createdAt); color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight }
        PlainLabel { text: qsTr("Reference"); color: Theme.textMuted }
        PlainLabel {
            objectName: view.objectName + "_operation"
            text: view.receipt.operationId || ""
            color: Theme.textMuted
            font.family: "monospace"
            font.pixelSize: 12
            elide: Text.ElideMiddle
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
        }
    }
}
