import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import AzCoiner

// Where the account is signed in; any session but this one can be ended.
Card {
    id: card
    objectName: "sessionsCard"
    title: qsTr("Signed-in devices")
    subtitle: qsTr("Sign out any device you do not recognise.")

    actions: [
        AppButton {
            kind: "ghost"
            icon.source: "../icons/refresh.svg"
            icon.width: 18; icon.height: 18
            onClicked: sessions.reload()
        },
        AppButton {
            objectName: "revokeOthersButton"
            text: qsTr("Sign out all others")
            enabled: sessions.count > 1 && !sessions.busy
            onClicked: sessions.revokeOthers()
        }
    ]

    SessionsModel { id: sessions; objectName: "sessionsModel" }

    Repeater {
        objectName: "sessionsList"
        model: sessions
        delegate: Rectangle {
            id: row
            required property int index
            required property string itemId
            required property var device
            required property var createdAt
            required property var lastSeenAt
            required property bool current
            objectName: "sessionRow_" + index
            Layout.fillWidth: true
            implicitHeight: rowLayout.implicitHeight + 24
            radius: 10
            color: row.current ? Theme.accentSoft : Theme.surfaceAlt

            RowLayout {
                id: rowLayout
                anchors.fill: parent
                anchors.margins: 12
                spacing: 14
                Rectangle {
                    width: 40; height: 40; radius: 10
                    color: Theme.surface
                    IconImage {
                        anchors.centerIn: parent
                        source: "../icons/device.svg"
                        sourceSize: Qt.size(20, 20)
                        color: row.current ? Theme.accent : Theme.textMuted
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    RowLayout {
                        spacing: 8
                        PlainLabel {
                            text: row.device ? row.device : qsTr("Unnamed device")
                            font.weight: Font.DemiBold
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        StatusChip { visible: row.current; text: qsTr("This device"); tone: "accent" }
                    }
                    PlainLabel {
                        text: qsTr("Signed in %1 · last active %2").arg(Labels.dateTime(row.createdAt)).arg(Labels.dateTime(row.lastSeenAt))
                        color: Theme.textMuted
                        font.pixelSize: 12
                    }
                }
                AppButton {
                    objectName: "revokeSession_" + row.index
                    visible: !row.current
                    kind: "ghost"
                    text: qsTr("Sign out")
                    onClicked: sessions.revoke(row.itemId)
                }
            }
        }
    }

    EmptyState {
        visible: sessions.count === 0 && !sessions.busy
        Layout.fillWidth: true
        iconName: "device"
        text: qsTr("No sessions to show.")
    }
}
