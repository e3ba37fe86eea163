import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One order in the lists under the chart.
Item {
    id: row
    required property string itemId
    required property string market
    required property string side
    required property string type
    required property string price
    required property string stopPrice
    required property string quantity
    required property string budget
    required property string filled
    required property string status
    required property string reason
    required property var createdAt
    property bool cancellable: false
    signal cancelClicked()

    objectName: "order_" + itemId
    implicitHeight: 50

    // Two lines, so the list reads at the width it gets next to the book:
    // what and where, then the numbers.
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 10
        anchors.rightMargin: 6
        spacing: 8
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                spacing: 8
                PlainLabel {
                    text: OrderWords.side(row.side) + " · " + OrderWords.type(row.type)
                    color: row.side === "buy" ? Theme.success : Theme.danger
                    font.pixelSize: 13
                    font.weight: Font.DemiBold
                }
                PlainLabel { text: row.market; color: Theme.text; font.pixelSize: 13 }
                PlainLabel {
                    text: Qt.formatDateTime(new Date(Number(row.createdAt)), "yyyy-MM-dd HH:mm:ss")
                    color: Theme.textMuted
                    font.pixelSize: 11
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
            }
            PlainLabel {
                Layout.fillWidth: true
                elide: Text.ElideRight
                color: Theme.textMuted
                font.pixelSize: 12
                text: {
                    if (row.quantity === "" || row.quantity === "0")
                        return qsTr("At market · budget %1 · filled %2").arg(row.budget).arg(row.filled)
                    const price = row.type === "market" ? qsTr("at market")
                                : row.type === "stop_limit" ? qsTr("%1 (stop %2)").arg(row.price).arg(row.stopPrice) : row.price
                    return qsTr("Price %1 · amount %2 · filled %3").arg(price).arg(row.quantity).arg(row.filled)
                }
            }
        }
        StatusChip {
            text: OrderWords.status(row.status)
            tone: OrderWords.statusTone(row.status)
            HoverHandler { id: chipHover }
            PlainToolTip { visible: chipHover.hovered && row.reason !== ""; text: OrderWords.reason(row.reason) }
        }
        ToolButton {
            objectName: "cancelOrder_" + row.itemId
            Layout.preferredWidth: 30
            visible: row.cancellable
            icon.source: "../icons/close.svg"
            icon.width: 16; icon.height: 16
            icon.color: Theme.danger
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Cancel this order")
            onClicked: row.cancelClicked()
        }
    }
    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border; opacity: 0.6 }
}
