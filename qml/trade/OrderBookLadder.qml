import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The order book as a ladder: asks above (highest first, so the best ask
// meets the spread), bids below; each level's bar shows its size against the
// largest one shown. Clicking a level puts its price into the order form.
Rectangle {
    id: ladder
    objectName: "orderBookLadder"
    property TradeOrderBook book
    property var market: ({})
    signal picked(string price)

    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    implicitHeight: column.implicitHeight + 16

    component Level: Item {
        id: level
        required property var modelData
        property color tone
        property string sideKey
        objectName: sideKey + "Level_" + modelData.price
        Layout.fillWidth: true
        implicitHeight: 22
        Rectangle {
            // The depth bar grows from the outer edge (mirrors with the layout).
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.topMargin: 1
            anchors.bottomMargin: 1
            width: parent.width * level.modelData.fraction
            color: Qt.rgba(level.tone.r, level.tone.g, level.tone.b, Theme.dark ? 0.22 : 0.13)
        }
        PlainLabel {
            anchors.left: parent.left
            anchors.leftMargin: 6
            anchors.verticalCenter: parent.verticalCenter
            text: level.modelData.price
            color: level.tone
            font.pixelSize: 13
        }
        PlainLabel {
            anchors.right: parent.right
            anchors.rightMargin: 6
            anchors.verticalCenter: parent.verticalCenter
            text: level.modelData.quantity
            color: Theme.text
            font.pixelSize: 13
        }
        MouseArea {
            anchors.fill: parent
            cursorShape: Qt.PointingHandCursor
            // On press: the levels are rebuilt with every book change, which can come between press and release.
            onPressed: ladder.picked(level.modelData.price)
        }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 8
        spacing: 0

        PlainLabel {
            text: qsTr("Order book")
            font.weight: Font.DemiBold
            color: Theme.text
            Layout.margins: 6
            Layout.topMargin: 2
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
            PlainLabel { text: qsTr("Price (%1)").arg(ladder.market.quote || ""); color: Theme.textMuted; font.pixelSize: 11; Layout.fillWidth: true }
            PlainLabel { text: qsTr("Amount (%1)").arg(ladder.market.base || ""); color: Theme.textMuted; font.pixelSize: 11 }
        }
        // Asks keep their rows at the bottom of their half, next to the spread.
        Item { Layout.fillWidth: true; Layout.preferredHeight: Math.max(0, ladder.book.rows - ladder.book.asks.length) * 22 }
        Repeater {
            model: ladder.book ? ladder.book.asks : []
            delegate: Level { tone: Theme.danger; sideKey: "ask" }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 28
            color: Theme.surfaceAlt
            radius: 6
            PlainLabel {
                objectName: "bookSpread"
                anchors.centerIn: parent
                font.pixelSize: 12
                color: Theme.textMuted
                text: ladder.book.bestBid !== "" && ladder.book.bestAsk !== ""
                      ? qsTr("Bid %1 · Ask %2").arg(ladder.book.bestBid).arg(ladder.book.bestAsk)
                      : qsTr("No quotes on one side")
            }
        }
        Repeater {
            model: ladder.book ? ladder.book.bids : []
            delegate: Level { tone: Theme.success; sideKey: "bid" }
        }
        Item { Layout.fillWidth: true; Layout.preferredHeight: Math.max(0, ladder.book.rows - ladder.book.bids.length) * 22 }
    }
}
