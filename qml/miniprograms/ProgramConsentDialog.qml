import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// A program asks for something of the user's (their profile, the camera,
// ...): the host asks, once; the answer is kept and can be taken back in
// the program's settings.
Dialog {
    id: dialog
    property MiniProgramSession session
    readonly property string kind: session ? (session.promptData.kind || "") : ""

    modal: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: 420
    padding: 22
    onRejected: if (session.prompt === "consent") session.dismissPrompt()
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: PlainLabel {
        LayoutMirroring.enabled: Language.rightToLeft
        text: qsTr("Allow %1?").arg(dialog.session ? dialog.session.name : "")
        padding: 22
        bottomPadding: 0
        font.pixelSize: 18
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
    }
    ColumnLayout {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 14
        PlainLabel {
            objectName: "programConsentText"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            text: dialog.kind === "profile"
                  ? qsTr("%1 wants to see your name and username. It gets an id for you that only it knows — never your account number, balances or chats.").arg(dialog.session.name)
                  : qsTr("%1 wants to: %2.").arg(dialog.session.name).arg(ProgramWords.permission(dialog.kind))
        }
        PlainLabel {
            objectName: "programConsentError"
            visible: text !== ""
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.danger
            text: dialog.session ? dialog.session.promptError : ""
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Item { Layout.fillWidth: true }
            AppButton { objectName: "programConsentDeny"; kind: "ghost"; text: qsTr("Don't allow"); onClicked: dialog.session.answerConsent(false) }
            AppButton { objectName: "programConsentAllow"; kind: "primary"; text: qsTr("Allow"); enabled: !dialog.session.promptBusy; onClicked: dialog.session.answerConsent(true) }
        }
    }
}
