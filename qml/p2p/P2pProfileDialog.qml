import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// A trader's P2P record before trading with them: how long they have been
// here, completed trades, completion rate, how fast they release, and what
// their counterparties said.
Dialog {
    id: dialog
    objectName: "p2pProfileDialog"
    function show(username) { profile.username = username; profile.reload(); open() }
    readonly property var p: profile.profile

    P2pProfile { id: profile; objectName: "p2pProfile" }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 480
    height: Math.min(600, (parent ? parent.height : 640) - 40)
    padding: 22
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: null // no title (the style's header would show one as markup)

    ColumnLayout {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 14

        RowLayout {
            spacing: 12
            Avatar { name: P2pWords.partyName(dialog.p.user); size: 48 }
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                PlainLabel {
                    objectName: "p2pProfileName"
                    text: P2pWords.partyName(dialog.p.user)
                    font.pixelSize: 18
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                }
                PlainLabel {
                    text: dialog.p.user ? qsTr("@%1 · member since %2").arg(dialog.p.user.username).arg(Labels.date(dialog.p.memberSince)) : ""
                    color: Theme.textMuted
                    font.pixelSize: 12
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                }
            }
        }
        PlainLabel { visible: profile.errorText !== ""; text: profile.errorText; color: Theme.danger; wrapMode: Text.WordWrap; Layout.fillWidth: true }

        GridLayout {
            columns: 2
            columnSpacing: 20
            rowSpacing: 8
            Layout.fillWidth: true
            PlainLabel { text: qsTr("Completed trades"); color: Theme.textMuted }
            PlainLabel { objectName: "p2pProfileTrades"; text: String(dialog.p.completedTrades === undefined ? "—" : dialog.p.completedTrades); color: Theme.text; font.weight: Font.DemiBold }
            PlainLabel { text: qsTr("Completion rate"); color: Theme.textMuted }
            PlainLabel { text: dialog.p.completionRate ? dialog.p.completionRate + "%" : "—"; color: Theme.text; font.weight: Font.DemiBold }
            PlainLabel { text: qsTr("Average release"); color: Theme.textMuted }
            PlainLabel {
                text: dialog.p.avgReleaseSeconds === undefined || dialog.p.avgReleaseSeconds < 0 ? "—"
                      : qsTr("%1 min").arg(Math.max(1, Math.round(dialog.p.avgReleaseSeconds / 60)))
                color: Theme.text
                font.weight: Font.DemiBold
            }
            PlainLabel { text: qsTr("Feedback"); color: Theme.textMuted }
            PlainLabel { text: dialog.p.user ? P2pWords.feedbackCounts(dialog.p) : "—"; color: Theme.text; font.weight: Font.DemiBold }
        }

        PlainLabel { text: qsTr("What counterparties said"); color: Theme.textMuted; font.pixelSize: 13; font.weight: Font.Medium }
        ListView {
            id: list
            objectName: "p2pProfileFeedback"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: dialog.p.feedback || []
            delegate: Rectangle {
                required property var modelData
                width: list.width
                implicitHeight: fbCol.implicitHeight + 16
                radius: 10
                color: Theme.surfaceAlt
                ColumnLayout {
                    id: fbCol
                    x: 10; y: 8
                    width: parent.width - 20
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        StatusChip { text: modelData.rating === "positive" ? qsTr("Positive") : qsTr("Negative"); tone: modelData.rating === "positive" ? "success" : "danger" }
                        PlainLabel { text: P2pWords.partyName(modelData.from) + " · " + Labels.date(modelData.at); color: Theme.textMuted; font.pixelSize: 12; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
                    }
                    PlainLabel { visible: text !== ""; text: modelData.comment || ""; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
                }
            }
            PlainLabel { anchors.centerIn: parent; visible: list.count === 0; text: qsTr("No feedback yet."); color: Theme.textMuted }
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            AppButton { objectName: "p2pProfileClose"; text: qsTr("Close"); kind: "ghost"; onClicked: dialog.close() }
        }
    }
}
