import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The markets as a row of tickers (last price, 24-hour change, volume);
// a click selects one.
RowLayout {
    id: strip
    property var model
    property string current: ""
    signal selected(string symbol)
    spacing: 10

    Repeater {
        model: strip.model
        delegate: Rectangle {
            id: tile
            required property string symbol
            required property string quote
            required property string last
            required property string changePercent
            required property string volume
            required property string status
            required property bool falling
            readonly property bool chosen: strip.current === symbol
            objectName: "market_" + symbol
            Layout.fillWidth: true
            Layout.maximumWidth: 260
            implicitHeight: 62
            radius: 12
            color: chosen ? Theme.accentSoft : Theme.surface
            border.color: chosen ? Theme.accent : Theme.border
            border.width: chosen ? 2 : 1

            MouseArea {
                anchors.fill: parent
                cursorShape: Qt.PointingHandCursor
                onClicked: strip.selected(tile.symbol)
            }
            GridLayout {
                anchors.fill: parent
                anchors.margins: 10
                anchors.leftMargin: 14
                anchors.rightMargin: 14
                columns: 2
                rowSpacing: 2
                columnSpacing: 8
                PlainLabel {
                    text: tile.symbol
                    font.weight: Font.Bold
                    color: Theme.text
                    Layout.fillWidth: true
                }
                PlainLabel {
                    objectName: "marketChange_" + tile.symbol
                    text: tile.status !== "open" ? OrderWords.marketStatus(tile.status)
                        : tile.changePercent === "" ? "—" : (tile.falling ? "" : "+") + tile.changePercent + " %"
                    color: tile.status !== "open" ? Theme.warning : tile.changePercent === "" ? Theme.textMuted
                         : tile.falling ? Theme.danger : Theme.success
                    font.weight: Font.DemiBold
                    font.pixelSize: 13
                }
                PlainLabel {
                    objectName: "marketLast_" + tile.symbol
                    text: tile.last === "" ? "—" : tile.last
                    color: Theme.text
                    font.pixelSize: 15
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                PlainLabel {
                    text: tile.volume === "" ? "" : qsTr("vol %1").arg(tile.volume)
                    color: Theme.textMuted
                    font.pixelSize: 12
                    elide: Text.ElideRight
                    Layout.maximumWidth: 110
                }
            }
        }
    }
    Item { Layout.fillWidth: true }
}
