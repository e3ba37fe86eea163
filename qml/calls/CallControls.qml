import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The bar under the tiles: microphone, camera, screen, devices, hold, hang up.
Rectangle {
    id: bar
    objectName: "callControls"
    implicitHeight: 104
    color: Theme.surface
    readonly property bool live: CallManager.state === "active" || CallManager.state === "outgoing"
    Rectangle { width: parent.width; height: 1; color: Theme.border }

    RowLayout {
        anchors.centerIn: parent
        spacing: 22
        RoundCallButton {
            objectName: "muteButton"
            iconName: CallManager.muted ? "mute" : "mic"
            label: CallManager.muted ? qsTr("Unmute") : qsTr("Mute")
            checked: CallManager.muted
            enabled: bar.live
            onClicked: CallManager.setMuted(!CallManager.muted)
        }
        RoundCallButton {
            objectName: "cameraButton"
            iconName: "video"
            label: CallManager.cameraOn ? qsTr("Camera off") : qsTr("Camera on")
            checked: !CallManager.cameraOn
            enabled: bar.live
            onClicked: CallManager.setCameraOn(!CallManager.cameraOn)
        }
        RoundCallButton {
            objectName: "screenButton"
            iconName: "screen"
            label: CallManager.sharing ? qsTr("Stop sharing") : qsTr("Share screen")
            checked: CallManager.sharing
            enabled: CallManager.state === "active"
            onClicked: CallManager.setSharing(!CallManager.sharing)
        }
        RoundCallButton {
            objectName: "devicesButton"
            iconName: "speaker"
            label: qsTr("Devices")
            enabled: bar.live
            onClicked: devices.open()
            Popup {
                id: devices
                objectName: "devicesPopup"
                y: -height - 12
                x: (parent.width - width) / 2
                width: 340
                padding: 16
                background: Rectangle { radius: 12; color: Theme.surface; border.color: Theme.border }
                contentItem: ColumnLayout {
                    spacing: 8
                    Repeater {
                        model: [
                            { kind: "audioinput", label: qsTr("Microphone") },
                            { kind: "videoinput", label: qsTr("Camera") },
                            { kind: "audiooutput", label: qsTr("Speaker") }
                        ]
                        delegate: ColumnLayout {
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 4
                            readonly property var choices: CallManager.devices[modelData.kind] || []
                            PlainLabel { text: modelData.label; font.pixelSize: 12; color: Theme.textMuted }
                            AppComboBox {
                                objectName: "devicePicker_" + modelData.kind
                                Layout.fillWidth: true
                                enabled: choices.length > 0
                                model: choices.map(d => d.label || qsTr("Device %1").arg(choices.indexOf(d) + 1))
                                currentIndex: Math.max(0, choices.findIndex(d => d.id === CallManager.selectedDevices[modelData.kind]))
                                onActivated: index => CallManager.chooseDevice(modelData.kind, choices[index].id)
                            }
                        }
                    }
                }
            }
        }
        RoundCallButton {
            objectName: "holdButton"
            iconName: "pause"
            label: CallManager.held ? qsTr("Resume") : qsTr("Hold")
            checked: CallManager.held
            enabled: CallManager.state === "active"
            onClicked: CallManager.setHeld(!CallManager.held)
        }
        RoundCallButton {
            objectName: "hangUpButton"
            iconName: "hangup"
            fill: Theme.danger
            label: qsTr("Hang up")
            enabled: bar.live
            onClicked: CallManager.hangUp()
        }
    }
}
