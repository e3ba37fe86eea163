import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import AzCoiner

// A program inside the host: the host's header (who made it, that it was
// reviewed, settings, close) over its page, and the host's own dialogs for
// everything that needs the user. The page itself is ProgramPage.qml,
// loaded only once the bundle is verified (it brings Chromium up).
Rectangle {
    id: view
    property MiniProgramSession session
    signal back()
    signal settings()
    color: Theme.window

    ProgramPaymentDialog { id: payDialog; objectName: "programPaymentDialog"; session: view.session }
    ProgramConsentDialog { id: consentDialog; objectName: "programConsentDialog"; session: view.session }
    ProgramShareDialog { id: shareDialog; objectName: "programShareDialog"; session: view.session }
    FileDialog {
        id: scanDialog
        title: qsTr("Choose a picture with a QR code")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.bmp)")]
        onAccepted: view.session.scanImage(selectedFile)
        onRejected: view.session.dismissPrompt()
    }
    Connections {
        target: view.session
        function onPromptChanged() {
            const p = view.session.prompt
            if (p === "payment" && !payDialog.opened) payDialog.open()
            else if (p === "consent" && !consentDialog.opened) consentDialog.open()
            else if (p === "share" && !shareDialog.opened) shareDialog.open()
            else if (p === "scan") scanDialog.open()
            if (p !== "payment") payDialog.close()
            if (p !== "consent") consentDialog.close()
            if (p !== "share") shareDialog.close()
            if (p !== "scan") scanDialog.close()
        }
        function onCloseRequested() { view.back() }
        function onPaid(receipt) {
            paidNotice.text = qsTr("Paid %1 %2 to %3").arg(receipt.amount).arg(receipt.asset).arg(receipt.to ? receipt.to.displayName : "")
            paidTimer.restart()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // The host's header: always the host's, never the program's.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 56
            color: Theme.surface
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 12
                anchors.rightMargin: 12
                LayoutMirroring.enabled: Language.rightToLeft
                LayoutMirroring.childrenInherit: true
                spacing: 10
                AppButton {
                    objectName: "programBack"
                    kind: "ghost"
                    text: qsTr("Close")
                    icon.source: "../icons/close.svg"
                    onClicked: view.back()
                }
                ProgramIcon {
                    Layout.preferredWidth: 32
                    Layout.preferredHeight: 32
                    source: view.session.icon || ""
                }
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    PlainLabel {
                        objectName: "programTitle"
                        text: view.session.name || view.session.programId
                        font.weight: Font.DemiBold
                        font.pixelSize: 15
                        color: Theme.text
                    }
                    PlainLabel {
                        text: qsTr("Mini program · version %1 · reviewed by AZCoiner").arg(view.session.version)
                        font.pixelSize: 11
                        color: Theme.textMuted
                    }
                }
                StatusChip {
                    objectName: "programBlocked"
                    visible: view.session.blockedRequests.length > 0
                    tone: "warning"
                    text: qsTr("%n request(s) blocked", "", view.session.blockedRequests.length)
                    // The addresses are the program's: shown as plain text, never as markup.
                    HoverHandler { id: blockedHover }
                    PlainToolTip { visible: blockedHover.hovered; text: view.session.blockedRequests.join("\n") }
                }
                AppButton {
                    objectName: "programSettingsButton"
                    kind: "ghost"
                    text: qsTr("Settings")
                    onClicked: view.settings()
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Loader {
                id: page
                objectName: "programPageLoader"
                anchors.fill: parent
                active: view.session.state === MiniProgramSession.Running
                source: "ProgramPage.qml"
                onLoaded: item.session = view.session
            }
            BusyIndicator {
                anchors.centerIn: parent
                running: view.session.state === MiniProgramSession.Loading
                visible: running
            }
            ColumnLayout {
                anchors.centerIn: parent
                width: Math.min(parent.width - 64, 480)
                visible: view.session.state === MiniProgramSession.Refused || view.session.state === MiniProgramSession.Suspended
                spacing: 14
                PlainLabel {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: view.session.state === MiniProgramSession.Suspended ? qsTr("Closed by AZCoiner") : qsTr("This program was not started")
                    font.pixelSize: 18
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                PlainLabel {
                    objectName: "programError"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: view.session.error
                    color: Theme.textMuted
                }
                AppButton {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Back to mini programs")
                    onClicked: view.back()
                }
            }
        }
    }
    // The host confirms a payment itself, whatever the program shows.
    Rectangle {
        objectName: "programPaidNotice"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 24
        visible: paidTimer.running
        radius: 10
        color: Theme.success
        implicitWidth: paidNotice.implicitWidth + 32
        implicitHeight: paidNotice.implicitHeight + 20
        PlainLabel { id: paidNotice; anchors.centerIn: parent; color: "white"; font.weight: Font.DemiBold }
        Timer { id: paidTimer; interval: 4000 }
    }
}
