import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Support's P2P dispute console: appealed trades, oldest first; the chosen
// one shows both sides' chat, the proofs, the timeline and the decision
// (release to the buyer or refund the seller, with a reason both see).
Item {
    id: root
    objectName: "disputesView"
    property string selected: ""

    P2pTradesModel { id: queue; objectName: "p2pDisputes"; disputes: true }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ListView {
            id: list
            objectName: "disputeList"
            Layout.preferredWidth: 280
            Layout.fillHeight: true
            Layout.leftMargin: 32
            clip: true
            spacing: 8
            model: queue
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                required property string itemId
                required property var seller
                required property var buyer
                required property string asset
                required property string amount
                required property string fiat
                required property string fiatAmount
                required property var timeline
                objectName: "disputeRow_" + itemId
                width: list.width
                padding: 12
                highlighted: root.selected === itemId
                background: Rectangle { radius: Theme.radius; color: row.highlighted ? Theme.accentSoft : Theme.surface; border.color: Theme.border }
                onClicked: root.selected = itemId
                contentItem: ColumnLayout {
                    spacing: 2
                    PlainLabel { text: row.amount + " " + row.asset + " · " + row.fiatAmount + " " + row.fiat; font.weight: Font.DemiBold; color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
                    PlainLabel {
                        text: qsTr("%1 buys from %2").arg(P2pWords.partyName(row.buyer)).arg(P2pWords.partyName(row.seller))
                        color: Theme.textMuted; font.pixelSize: 12; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft
                    }
                    PlainLabel {
                        readonly property var last: (row.timeline || []).filter(e => e.action === "appeal").pop()
                        visible: !!last
                        text: last ? qsTr("Appealed %1").arg(Labels.dateTime(last.at)) + (last.note ? ": " + last.note : "") : ""
                        color: Theme.danger; font.pixelSize: 12; elide: Text.ElideRight; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft
                    }
                }
            }
            EmptyState {
                anchors.centerIn: parent
                visible: list.count === 0 && !queue.busy
                iconName: "check"
                text: qsTr("No open appeals.")
            }
        }

        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: root.selected !== ""
            sourceComponent: P2pTradeView {
                tradeId: root.selected
                Connections {
                    target: session
                    function onActed(action) { if (action === "resolve") queue.reload() }
                }
            }
        }
        Item {
            visible: root.selected === ""
            Layout.fillWidth: true
            Layout.fillHeight: true
            PlainLabel { anchors.centerIn: parent; text: qsTr("Choose an appeal to review it."); color: Theme.textMuted }
        }
    }
}
