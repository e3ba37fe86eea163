import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The navigation rail: brand, the sections the role may open, and the
// signed-in user with the sign-out button at the bottom.
Rectangle {
    id: rail
    objectName: "navRail"
    property var sections: []
    property string current: ""
    signal selected(string key)

    color: Theme.rail

    Rectangle {
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: parent.right
        width: 1
        color: Theme.border
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        anchors.rightMargin: 17
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            Layout.bottomMargin: 18
            Layout.topMargin: 6
            Layout.leftMargin: 6
            spacing: 10
            Image {
                source: "../icons/azcoiner.png"
                sourceSize: Qt.size(34, 34)
            }
            PlainLabel {
                text: "AZCoiner"
                font.pixelSize: 19
                font.weight: Font.Bold
                color: Theme.text
            }
        }

        Repeater {
            model: [qsTr("Explore"), qsTr("Staff"), qsTr("Account")]
            delegate: ColumnLayout {
                id: group
                required property string modelData
                required property int index
                readonly property var entries: rail.sections.filter(s => s.group === index && s.shown)
                visible: entries.length > 0
                Layout.fillWidth: true
                spacing: 2

                PlainLabel {
                    text: group.modelData.toUpperCase()
                    font.pixelSize: 11
                    font.weight: Font.DemiBold
                    font.letterSpacing: 0.8
                    color: Theme.textMuted
                    Layout.leftMargin: 12
                    Layout.topMargin: group.index === 0 ? 0 : 14
                    Layout.bottomMargin: 4
                }
                Repeater {
                    model: group.entries
                    delegate: NavButton {
                        required property var modelData
                        objectName: "nav_" + modelData.key
                        Layout.fillWidth: true
                        text: modelData.label
                        iconName: modelData.icon
                        selected: rail.current === modelData.key
                        onClicked: rail.selected(modelData.key)
                    }
                }
            }
        }

        Item { Layout.fillHeight: true }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: userRow.implicitHeight + 20
            radius: 12
            color: Theme.surfaceAlt

            RowLayout {
                id: userRow
                anchors.fill: parent
                anchors.margins: 10
                spacing: 10
                Avatar { name: Session.displayName; size: 36 }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    PlainLabel {
                        objectName: "signedInName"
                        text: Session.displayName
                        font.weight: Font.DemiBold
                        color: Theme.text
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    PlainLabel {
                        objectName: "signedInRole"
                        text: "@" + Session.username + " · " + Labels.role(Session.role)
                        font.pixelSize: 12
                        color: Theme.textMuted
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                ToolButton {
                    objectName: "signOutButton"
                    icon.source: "../icons/logout.svg"
                    icon.color: Theme.textMuted
                    icon.width: 20; icon.height: 20
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Sign out")
                    onClicked: Session.logout()
                }
            }
        }
    }
}
