import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Daily amounts as bars: the treasury's fee revenue (TreasuryRevenueModel),
// and a partner's dashboard series (DashboardBarsModel). Any model with the
// roles day, total and barFraction will do. Heights come from the model's
// barFraction (a display-only ratio computed in C++ from the exact amounts);
// every label is the server's exact string.
Item {
    id: chart
    property var model
    property string asset: ""
    property color barColor: Theme.accent
    implicitHeight: 200

    RowLayout {
        anchors.fill: parent
        spacing: 4
        Repeater {
            model: chart.model
            delegate: Item {
                id: slot
                required property string day
                required property string total
                required property double barFraction
                Layout.fillWidth: true
                Layout.fillHeight: true

                PlainLabel {
                    id: dayLabel
                    anchors.bottom: parent.bottom
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: slot.day.substring(8) // "YYYY-MM-DD" -> "DD"
                    font.pixelSize: 10
                    color: Theme.textMuted
                }
                Rectangle {
                    id: bar
                    anchors.bottom: dayLabel.top
                    anchors.bottomMargin: 4
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.max(6, parent.width * 0.6)
                    // Display only: a fraction of the tallest bar's height.
                    height: Math.max(slot.barFraction > 0 ? 3 : 1, slot.barFraction * (slot.height - dayLabel.height - 26))
                    radius: 3
                    color: slot.barFraction > 0 ? chart.barColor : Theme.border
                    HoverHandler { id: hover }
                    PlainToolTip { visible: hover.hovered; text: slot.day + ": " + slot.total + " " + chart.asset }
                }
                PlainLabel {
                    visible: slot.barFraction > 0
                    anchors.bottom: bar.top
                    anchors.bottomMargin: 2
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: slot.total
                    font.pixelSize: 10
                    color: Theme.text
                }
            }
        }
    }
}
