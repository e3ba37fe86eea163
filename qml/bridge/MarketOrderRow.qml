import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One market order: what, from whom (or, for partners and support, for
// whom), the total, its state, a voucher's code with Copy, the tracking,
// the dispute; the actions come from the page (`actions`: buttons shown
// under it, each {key, text, kind}).
Rectangle {
    id: row
    required property string itemId
    required property string title
    required property string orgName
    required property string buyerName
    required property var quantity
    required property string total
    required property string priceAsset
    required property string status
    required property var code
    required property var address
    required property var tracking
    required property var dispute
    required property var createdAt
    property bool showBuyer: false
    property var actions: []
    signal action(string key)

    objectName: "orderRow_" + itemId
    implicitHeight: body.implicitHeight + 24
    radius: Theme.radius
    color: Theme.surfaceAlt
    border.color: Theme.border

    ColumnLayout {
        id: body
        anchors.fill: parent
        anchors.margins: 12
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            PlainLabel {
                Layout.fillWidth: true
                text: qsTr("%1 × %2").arg(row.quantity || 1).arg(row.title)
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
            }
            PlainLabel { text: row.total + " " + row.priceAsset; font.weight: Font.DemiBold; color: Theme.text }
            StatusChip { text: BridgeWords.orderStatus(row.status); tone: BridgeWords.orderTone(row.status) }
        }
        PlainLabel {
            Layout.fillWidth: true
            text: (row.showBuyer ? qsTr("%1, for %2").arg(row.orgName).arg(row.buyerName) : qsTr("From %1").arg(row.orgName)) + " · " + Labels.dateTime(Number(row.createdAt))
            color: Theme.textMuted
            font.pixelSize: 12
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignLeft
        }
        RowLayout {
            visible: !!row.code
            Layout.fillWidth: true
            spacing: 8
            PlainLabel { text: qsTr("Code"); color: Theme.textMuted }
            PlainLabel {
                objectName: "orderCode_" + row.itemId
                Layout.fillWidth: true
                text: row.code || ""
                font.family: "monospace"
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.WrapAnywhere
                horizontalAlignment: Text.AlignLeft
            }
            AppButton {
                objectName: "orderCopyCode_" + row.itemId
                kind: "ghost"
                text: qsTr("Copy")
                onClicked: { Clipboard.setText(row.code); Errors.inform(qsTr("The code was copied.")) }
            }
        }
        PlainLabel {
            visible: !!row.tracking
            Layout.fillWidth: true
            text: qsTr("Tracking: %1").arg(row.tracking || "")
            color: Theme.text
            wrapMode: Text.WrapAnywhere
            horizontalAlignment: Text.AlignLeft
        }
        PlainLabel {
            visible: row.showBuyer && !!row.address
            Layout.fillWidth: true
            text: qsTr("Ship to: %1").arg(row.address || "")
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        PlainLabel {
            visible: !!row.dispute && !!row.dispute.reason
            Layout.fillWidth: true
            text: row.dispute ? qsTr("Dispute: %1").arg(row.dispute.reason || "") + (row.dispute.note ? " · " + qsTr("Decision: %1").arg(row.dispute.note) : "") : ""
            color: Theme.danger
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        // A positioner, not a layout: its buttons come and go with the order's state.
        Row {
            visible: row.actions.length > 0
            Layout.alignment: Qt.AlignRight
            spacing: 8
            Repeater {
                model: row.actions
                delegate: AppButton {
                    required property var modelData
                    objectName: "order_" + modelData.key + "_" + row.itemId
                    kind: modelData.kind || "secondary"
                    text: modelData.text
                    onClicked: row.action(modelData.key)
                }
            }
        }
    }
}
