import QtQuick
import QtQuick.Layouts
import AzCoiner

// Daily bars of one statement column ("payments", "fees"); heights come
// from MerchantConsole.barPermille (exact, from the amounts), labels are the
// server's strings.
ColumnLayout {
    id: chart
    property MerchantConsole merchant
    property string key: "payments"
    property string title: ""
    property color barColor: Theme.accent
    readonly property var days: merchant.statement.days || []
    spacing: 8

    PlainLabel { text: chart.title; font.weight: Font.DemiBold; color: Theme.text }
    Item {
        Layout.fillWidth: true
        Layout.preferredHeight: 150
        RowLayout {
            anchors.fill: parent
            spacing: 4
            Repeater {
                model: chart.days
                delegate: ColumnLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1 // equal columns, whatever their labels
                    Layout.fillHeight: true
                    spacing: 2
                    Item { Layout.fillHeight: true }
                    PlainLabel {
                        Layout.alignment: Qt.AlignHCenter
                        visible: chart.merchant.barPermille(modelData, chart.key) > 0
                        text: modelData[chart.key]
                        font.pixelSize: 9
                        color: Theme.textMuted
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.max(2, 110 * chart.merchant.barPermille(modelData, chart.key) / 1000)
                        radius: 3
                        color: chart.merchant.barPermille(modelData, chart.key) > 0 ? chart.barColor : Theme.border
                    }
                    PlainLabel {
                        Layout.alignment: Qt.AlignHCenter
                        text: modelData.day.slice(8)
                        font.pixelSize: 10
                        color: Theme.textMuted
                    }
                }
            }
        }
    }
}
