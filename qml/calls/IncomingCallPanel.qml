import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Someone is calling: who, voice or video, and the three answers. The
// ringtone is the call page's (WebAudio), playing while this shows.
Rectangle {
    id: panel
    objectName: "incomingCallPanel"
    color: Theme.surface

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 360)
        spacing: 14

        Avatar {
            Layout.alignment: Qt.AlignHCenter
            name: CallManager.callerName
            size: 112
            // A ring that breathes while it rings.
            Rectangle {
                anchors.centerIn: parent
                width: parent.width + 24; height: width; radius: width / 2
                color: "transparent"
                border.width: 3
                border.color: Theme.accent
                SequentialAnimation on opacity {
                    running: panel.visible
                    loops: Animation.Infinite
                    NumberAnimation { from: 0.9; to: 0.15; duration: 900 }
                    NumberAnimation { from: 0.15; to: 0.9; duration: 900 }
                }
            }
        }
        PlainLabel {
            objectName: "incomingCallerName"
            Layout.fillWidth: true
            Layout.topMargin: 10
            horizontalAlignment: Text.AlignHCenter
            text: CallManager.callerName
            font.pixelSize: 24
            font.weight: Font.DemiBold
            color: Theme.text
            elide: Text.ElideRight
        }
        PlainLabel {
            objectName: "incomingCallKind"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: CallManager.group ? (CallManager.video ? qsTr("Incoming group video call") : qsTr("Incoming group call"))
                                    : (CallManager.video ? qsTr("Incoming video call") : qsTr("Incoming voice call"))
            color: Theme.textMuted
        }
        PlainLabel {
            Layout.fillWidth: true
            visible: CallManager.group
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("With %1").arg(CallManager.title)
            font.pixelSize: 12
            color: Theme.textMuted
        }

        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 28
            spacing: 28
            RoundCallButton {
                objectName: "declineCallButton"
                iconName: "hangup"
                fill: Theme.danger
                label: qsTr("Decline")
                onClicked: CallManager.decline()
            }
            RoundCallButton {
                objectName: "acceptCallButton"
                iconName: "phone"
                fill: Theme.success
                label: qsTr("Accept")
                onClicked: CallManager.accept(false)
            }
            RoundCallButton {
                objectName: "acceptVideoButton"
                iconName: "video"
                fill: Theme.success
                label: qsTr("With video")
                onClicked: CallManager.accept(true)
            }
        }
    }
}
