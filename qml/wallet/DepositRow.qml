import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One on-chain deposit: amount, state, confirmations so far, and what a
// dropped (orphaned) or too small deposit means, in plain words.
Rectangle {
    id: row
    required property int index
    required property string asset
    required property string amount
    required property string status
    required property string txHash
    required property var confirmations
    required property var required
    required property var createdAt

    objectName: "depositRow_" + index
    implicitHeight: column.implicitHeight + 20
    radius: 8
    color: hover.hovered ? Theme.surfaceAlt : "transparent"
    HoverHandler { id: hover }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 10
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            PlainLabel {
                objectName: "depositAmount_" + row.index
                // A left-to-right mark keeps the sign before the number in Persian.
                text: "\u200E+" + row.amount + " " + row.asset
                font.weight: Font.Bold
                color: row.status === "credited" ? Theme.success : Theme.text
            }
            Item { Layout.fillWidth: true }
            StatusChip {
                objectName: "depositStatus_" + row.index
                text: WalletWords.depositStatus(row.status)
                tone: WalletWords.depositTone(row.status)
            }
        }
        ProgressBar {
            visible: row.status === "seen"
            Layout.fillWidth: true
            from: 0
            to: Math.max(1, row.required || 1)
            value: row.confirmations || 0
        }
        PlainLabel {
            objectName: "depositNote_" + row.index
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.WordWrap
            font.pixelSize: 12
            color: row.status === "orphaned" || row.status === "below_minimum" ? Theme.warning : Theme.textMuted
            text: WalletWords.depositNote(row.status, row.confirmations || 0, row.required || 0)
        }
        PlainLabel {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            elide: Text.ElideMiddle
            font.pixelSize: 11
            font.family: "monospace"
            color: Theme.textMuted
            text: Labels.dateTime(row.createdAt) + " · " + row.txHash
        }
    }
}
