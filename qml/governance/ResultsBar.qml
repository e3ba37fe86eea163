import QtQuick
import QtQuick.Layouts
import AzCoiner

// For / against / abstain as one stacked bar, with the quorum marked. The
// widths are display-only fractions of exact decimal strings.
ColumnLayout {
    id: bar
    property var totals: ({})
    property string quorum: "0"
    property string snapshotTotal: "0"
    property bool showNumbers: true
    readonly property real forW: Number(totals["for"] || 0)
    readonly property real againstW: Number(totals.against || 0)
    readonly property real abstainW: Number(totals.abstain || 0)
    readonly property real scale: Math.max(Number(snapshotTotal) || 0, forW + againstW + abstainW, 1e-18)
    spacing: 4

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: 10
        radius: 5
        color: Theme.surfaceAlt
        clip: true
        Row {
            anchors.fill: parent
            LayoutMirroring.enabled: Language.rightToLeft
            Rectangle { width: parent.width * bar.forW / bar.scale; height: parent.height; color: Theme.success }
            Rectangle { width: parent.width * bar.againstW / bar.scale; height: parent.height; color: Theme.danger }
            Rectangle { width: parent.width * bar.abstainW / bar.scale; height: parent.height; color: Theme.textMuted }
        }
        // The quorum: votes of any choice must reach this line.
        Rectangle {
            visible: Number(bar.quorum) > 0
            x: Language.rightToLeft ? parent.width * (1 - Number(bar.quorum) / bar.scale) : parent.width * Number(bar.quorum) / bar.scale
            width: 2
            height: parent.height
            color: Theme.text
        }
    }
    RowLayout {
        visible: bar.showNumbers
        Layout.fillWidth: true
        spacing: 14
        PlainLabel { text: qsTr("For %1").arg(bar.totals["for"] || "0"); color: Theme.success; font.pixelSize: 12 }
        PlainLabel { text: qsTr("Against %1").arg(bar.totals.against || "0"); color: Theme.danger; font.pixelSize: 12 }
        PlainLabel { text: qsTr("Abstain %1").arg(bar.totals.abstain || "0"); color: Theme.textMuted; font.pixelSize: 12 }
        Item { Layout.fillWidth: true }
        PlainLabel { visible: Number(bar.quorum) > 0; text: qsTr("Quorum %1").arg(bar.quorum); color: Theme.textMuted; font.pixelSize: 12 }
    }
}
