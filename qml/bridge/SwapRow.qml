import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One swap: when, which way, what was given and received, the fee, where it
// was made (in the app or at the partner) and, for partners, who swapped.
RowLayout {
    id: row
    required property string itemId
    required property string point
    required property string coin
    required property string direction
    required property string points
    required property string coinAmount
    required property string fee
    required property var via
    required property var user
    required property var createdAt
    property bool showUser: false

    objectName: "swapRow_" + itemId
    spacing: 12

    PlainLabel { text: Labels.dateTime(Number(row.createdAt)); color: Theme.textMuted; font.pixelSize: 12; Layout.preferredWidth: 140 }
    StatusChip {
        text: BridgeWords.direction(row.direction, row.point, row.coin)
        tone: row.direction === "toCoin" ? "accent" : "success"
    }
    PlainLabel {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignLeft
        wrapMode: Text.WrapAnywhere
        color: Theme.text
        text: row.direction === "toCoin"
              ? qsTr("%1 %2 → %3 %4").arg(row.points).arg(row.point).arg(row.coinAmount).arg(row.coin)
              : qsTr("%1 %2 → %3 %4").arg(row.coinAmount).arg(row.coin).arg(row.points).arg(row.point)
    }
    PlainLabel { text: qsTr("fee %1 %2").arg(row.fee).arg(row.coin); color: Theme.textMuted; font.pixelSize: 12 }
    PlainLabel {
        visible: row.showUser
        text: BridgeWords.partyName(row.user)
        color: Theme.text
        font.pixelSize: 12
        elide: Text.ElideRight
        Layout.maximumWidth: 140
    }
    PlainLabel { text: BridgeWords.via(row.via || "app"); color: Theme.textMuted; font.pixelSize: 12 }
}
