import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The candle chart of the chosen market, with the interval buttons. Drawn
// on a Canvas; the doubles in each candle only place it, and the price
// labels show the exact strings (the range's high and low, the last close).
Rectangle {
    id: chart
    objectName: "candleChart"
    property TradeCandles candles
    property var market: ({})

    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            PlainLabel {
                text: chart.market.symbol || ""
                font.weight: Font.Bold
                font.pixelSize: 16
                color: Theme.text
            }
            PlainLabel {
                text: chart.market.last ? chart.market.last + " " + (chart.market.quote || "") : ""
                color: Theme.text
                font.pixelSize: 15
                Layout.leftMargin: 6
            }
            PlainLabel {
                visible: (chart.market.high || "") !== ""
                text: qsTr("24h high %1 · low %2").arg(chart.market.high || "").arg(chart.market.low || "")
                color: Theme.textMuted
                font.pixelSize: 12
                elide: Text.ElideRight
                Layout.leftMargin: 6
                Layout.fillWidth: true
            }
            Item { Layout.fillWidth: (chart.market.high || "") === "" }
            Repeater {
                model: chart.candles ? chart.candles.intervals : []
                // Compact toggles: six of them share the header with the market.
                delegate: AbstractButton {
                    id: intervalButton
                    required property string modelData
                    readonly property bool chosen: chart.candles.interval === modelData
                    objectName: "interval_" + modelData
                    implicitWidth: intervalLabel.implicitWidth + 14
                    implicitHeight: 26
                    onClicked: chart.candles.interval = modelData
                    background: Rectangle {
                        radius: 6
                        color: intervalButton.chosen ? Theme.accent : intervalButton.hovered ? Theme.surfaceAlt : "transparent"
                    }
                    contentItem: PlainLabel {
                        id: intervalLabel
                        text: intervalButton.modelData
                        font.pixelSize: 12
                        font.weight: Font.DemiBold
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        color: intervalButton.chosen ? Theme.onAccent : Theme.textMuted
                    }
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Canvas {
                id: canvas
                objectName: "candleCanvas"
                anchors.fill: parent
                anchors.rightMargin: axis.width + 8
                renderStrategy: Canvas.Cooperative
                onWidthChanged: requestPaint()
                onHeightChanged: requestPaint()
                Connections {
                    target: chart.candles
                    function onCandlesChanged() { canvas.requestPaint() }
                }
                Connections {
                    target: Theme
                    function onDarkChanged() { canvas.requestPaint() }
                }
                onPaint: {
                    const ctx = getContext("2d")
                    ctx.reset()
                    const list = chart.candles ? chart.candles.candles : []
                    const lo = chart.candles.lowValue, hi = chart.candles.highValue
                    // Grid lines at the quarters.
                    ctx.strokeStyle = Theme.border
                    ctx.lineWidth = 1
                    for (let g = 0; g <= 4; ++g) {
                        const gy = Math.round(4 + (height - 8) * g / 4) + 0.5
                        ctx.beginPath(); ctx.moveTo(0, gy); ctx.lineTo(width, gy); ctx.stroke()
                    }
                    if (list.length === 0)
                        return
                    const span = hi > lo ? hi - lo : Math.max(hi * 0.001, 1e-9)
                    const base = hi > lo ? lo : lo - span / 2
                    const y = v => 4 + (height - 8) * (1 - (v - base) / span)
                    const slots = Math.max(list.length, 40)
                    const step = width / slots
                    const body = Math.max(1, Math.min(12, step * 0.7))
                    const first = slots - list.length // the newest candle sits at the right edge
                    for (let i = 0; i < list.length; ++i) {
                        const c = list[i]
                        const x = (first + i + 0.5) * step
                        const up = c.c >= c.o
                        const tone = up ? Theme.success : Theme.danger
                        ctx.strokeStyle = tone
                        ctx.fillStyle = tone
                        ctx.beginPath(); ctx.moveTo(Math.round(x) + 0.5, y(c.h)); ctx.lineTo(Math.round(x) + 0.5, y(c.l)); ctx.stroke()
                        const top = y(Math.max(c.o, c.c)), bottom = y(Math.min(c.o, c.c))
                        ctx.fillRect(Math.round(x - body / 2), top, body, Math.max(1, bottom - top))
                    }
                }
            }
            // The price axis: exact strings of the range shown.
            ColumnLayout {
                id: axis
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                width: 78
                PlainLabel { objectName: "chartHigh"; text: chart.candles.high; color: Theme.textMuted; font.pixelSize: 11; Layout.alignment: Qt.AlignRight }
                Item { Layout.fillHeight: true }
                PlainLabel { objectName: "chartLow"; text: chart.candles.low; color: Theme.textMuted; font.pixelSize: 11; Layout.alignment: Qt.AlignRight }
            }
            PlainLabel {
                anchors.centerIn: canvas
                visible: chart.candles.candles.length === 0 && !chart.candles.busy
                color: Theme.textMuted
                text: chart.candles.available ? qsTr("No trades in this period yet.") : qsTr("This server does not offer candles yet.")
            }
        }
    }
}
