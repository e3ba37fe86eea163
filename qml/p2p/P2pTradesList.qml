import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// My trades, newest first: open ones say what they wait for; any row opens
// the trade screen.
Item {
    id: root
    property P2pTradesModel trades
    signal tradeOpened(string tradeId)

    ListView {
        id: list
        objectName: "p2pTradeList"
        anchors.fill: parent
        anchors.leftMargin: 32
        anchors.rightMargin: 32
        clip: true
        spacing: 8
        model: root.trades
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: row
            required property string itemId
            required property string myRole
            required property var seller
            required property var buyer
            required property string asset
            required property string amount
            required property string fiat
            required property string fiatAmount
            required property string status
            required property string outcome
            required property var createdAt
            objectName: "p2pTradeRow_" + itemId
            width: list.width
            padding: 14
            background: Rectangle { radius: Theme.radius; color: row.hovered ? Theme.surfaceAlt : Theme.surface; border.color: Theme.border }
            onClicked: root.tradeOpened(itemId)
            contentItem: RowLayout {
                spacing: 14
                StatusChip {
                    text: row.myRole === "buyer" ? qsTr("Buy") : qsTr("Sell")
                    tone: row.myRole === "buyer" ? "success" : "danger"
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    PlainLabel {
                        text: qsTr("%1 %2 for %3 %4").arg(row.amount).arg(row.asset).arg(row.fiatAmount).arg(row.fiat)
                        font.weight: Font.DemiBold
                        color: Theme.text
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                    }
                    PlainLabel {
                        text: (row.myRole === "buyer" ? qsTr("from %1").arg(P2pWords.partyName(row.seller)) : qsTr("to %1").arg(P2pWords.partyName(row.buyer)))
                              + " · " + Labels.dateTime(row.createdAt)
                        color: Theme.textMuted
                        font.pixelSize: 12
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                    }
                }
                StatusChip { text: P2pWords.status(row.status, row.outcome); tone: P2pWords.tone(row.status) }
            }
        }
        EmptyState {
            anchors.centerIn: parent
            visible: list.count === 0 && !root.trades.busy
            iconName: "p2p"
            text: qsTr("No trades yet. Take an ad in the Market tab to start one.")
        }
    }
}
