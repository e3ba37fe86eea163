import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import AzCoiner

// An area that this version does not have yet. It says so plainly: no
// sample balances, no pretend charts.
Item {
    id: page
    objectName: "unavailablePage"
    property string areaKey: ""
    property string areaName: ""

    readonly property string purpose: {
        switch (areaKey) {
        case "chats": return qsTr("Private and group conversations, with payments inside chats.")
        case "wallet": return qsTr("Balances, deposits, withdrawals and transfers.")
        case "trade": return qsTr("Spot trading with an order book.")
        case "p2p": return qsTr("Person-to-person offers with escrow.")
        case "apps": return qsTr("Mini programs from partners, running inside AZCoiner.")
        case "governance": return qsTr("Proposals and voting.")
        default: return ""
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 64, 520)
        spacing: 14

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            width: 72; height: 72; radius: 36
            color: Theme.accentSoft
            IconImage {
                anchors.centerIn: parent
                source: "../icons/" + (page.areaKey === "apps" ? "apps" : page.areaKey) + ".svg"
                sourceSize: Qt.size(32, 32)
                color: Theme.accent
            }
        }
        PlainLabel {
            objectName: "unavailableTitle"
            Layout.alignment: Qt.AlignHCenter
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("%1 is not available yet").arg(page.areaName)
            font.pixelSize: 24
            font.weight: Font.Bold
            color: Theme.text
        }
        PlainLabel {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: page.purpose
            color: Theme.text
        }
        PlainLabel {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("This part of AZCoiner has not been built in this version, so there is nothing to show here. Nothing on this page is simulated.")
            color: Theme.textMuted
        }
        StatusChip {
            Layout.alignment: Qt.AlignHCenter
            tone: "warning"
            text: qsTr("Not available yet")
        }
    }
}
