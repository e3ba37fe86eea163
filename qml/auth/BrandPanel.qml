import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import AzCoiner

// The left half of the sign-in screen: what AZCoiner is, in three lines.
Rectangle {
    id: panel
    clip: true
    gradient: Gradient {
        orientation: Gradient.Vertical
        GradientStop { position: 0; color: Theme.brandStart }
        GradientStop { position: 1; color: Theme.brandEnd }
    }

    // Soft rings for depth; decoration only.
    Rectangle {
        width: panel.width * 0.9; height: width; radius: width / 2
        x: panel.width * 0.45; y: -height * 0.35
        color: "transparent"; border.color: Qt.rgba(1, 1, 1, 0.10); border.width: 48
    }
    Rectangle {
        width: panel.width * 0.6; height: width; radius: width / 2
        x: -width * 0.35; y: panel.height - height * 0.6
        color: "transparent"; border.color: Qt.rgba(1, 1, 1, 0.08); border.width: 32
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: 56
        spacing: 22

        Image {
            source: "../icons/azcoiner.png"
            sourceSize: Qt.size(72, 72)
        }
        PlainLabel {
            text: "AZCoiner"
            color: "white"
            font.pixelSize: 40
            font.weight: Font.Bold
        }
        PlainLabel {
            Layout.fillWidth: true
            text: qsTr("Messaging, wallet and trading in one secure desktop app.")
            color: Qt.rgba(1, 1, 1, 0.88)
            font.pixelSize: 18
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: [
                { icon: "lock", text: qsTr("Sessions protected by two-factor authentication") },
                { icon: "kyc", text: qsTr("Identity verification reviewed by real people") },
                { icon: "support", text: qsTr("Every staff action written to an audit log") }
            ]
            delegate: RowLayout {
                required property var modelData
                spacing: 12
                Layout.fillWidth: true
                Rectangle {
                    width: 34; height: 34; radius: 10
                    color: Qt.rgba(1, 1, 1, 0.16)
                    IconImage {
                        anchors.centerIn: parent
                        source: "../icons/" + modelData.icon + ".svg"
                        sourceSize: Qt.size(18, 18)
                        color: "white"
                    }
                }
                PlainLabel {
                    Layout.fillWidth: true
                    text: modelData.text
                    color: "white"
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
