import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Signed out: the brand on one side, sign-in or registration on the other.
Rectangle {
    id: screen
    objectName: "authScreen"
    property bool registering: false
    color: Theme.window

    RowLayout {
        anchors.fill: parent
        spacing: 0

        BrandPanel {
            Layout.fillHeight: true
            Layout.preferredWidth: Math.round(screen.width * 0.42)
            visible: screen.width >= 900
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            RowLayout {
                anchors.top: parent.top
                anchors.right: parent.right
                anchors.margins: 24
                spacing: 8
                ToolButton {
                    icon.source: Theme.dark ? "../icons/sun.svg" : "../icons/moon.svg"
                    icon.color: Theme.textMuted
                    onClicked: Theme.toggle()
                }
                LanguagePicker {}
            }

            Flickable {
                anchors.fill: parent
                anchors.topMargin: 72
                contentHeight: Math.max(height, formColumn.implicitHeight + 48)
                clip: true

                ColumnLayout {
                    id: formColumn
                    width: Math.min(parent.width - 64, 420)
                    anchors.horizontalCenter: parent.horizontalCenter
                    y: Math.max(24, (parent.height - implicitHeight) / 2 - 36)
                    spacing: 0

                    SignInForm {
                        visible: !screen.registering
                        Layout.fillWidth: true
                        onRegisterRequested: { Session.clearError(); screen.registering = true }
                    }
                    RegisterForm {
                        visible: screen.registering
                        Layout.fillWidth: true
                        onSignInRequested: { Session.clearError(); screen.registering = false }
                    }

                    PlainLabel {
                        Layout.topMargin: 28
                        Layout.alignment: Qt.AlignHCenter
                        text: qsTr("Server: %1").arg(Session.serverLabel)
                              + (Session.connected ? "" : " · " + qsTr("connecting…"))
                        color: Theme.textMuted
                        font.pixelSize: 12
                    }
                }
            }
        }
    }
}
