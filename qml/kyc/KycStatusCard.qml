import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import AzCoiner

// The current level and what happens next.
Card {
    id: card
    objectName: "kycStatusCard"
    property var model
    readonly property var latest: model ? model.latest : ({})
    readonly property string latestStatus: latest && latest.status ? latest.status : ""

    RowLayout {
        Layout.fillWidth: true
        spacing: 18
        Rectangle {
            width: 64; height: 64; radius: 18
            color: card.model && card.model.tier > 0 ? Qt.rgba(Theme.success.r, Theme.success.g, Theme.success.b, 0.15) : Theme.accentSoft
            IconImage {
                anchors.centerIn: parent
                source: card.model && card.model.tier > 0 ? "../icons/check.svg" : "../icons/kyc.svg"
                sourceSize: Qt.size(30, 30)
                color: card.model && card.model.tier > 0 ? Theme.success : Theme.accent
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            PlainLabel { text: qsTr("Your level"); color: Theme.textMuted; font.pixelSize: 12 }
            PlainLabel {
                objectName: "kycTierLabel"
                text: Labels.tier(card.model ? card.model.tier : 0)
                font.pixelSize: 20
                font.weight: Font.Bold
                color: Theme.text
            }
            PlainLabel {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                text: {
                    if (card.latestStatus === "pending")
                        return qsTr("Your documents are waiting for review. We will notify you of the decision.")
                    if (card.latestStatus === "rejected")
                        return qsTr("Your last submission was rejected. You can send new documents below.")
                    if (card.latestStatus === "resubmission_requested")
                        return qsTr("Support asked for new documents. Please submit again below.")
                    if (card.model && card.model.tier >= 2)
                        return qsTr("You hold the highest verification level.")
                    return qsTr("Send an identity document to get verified.")
                }
            }
        }
        StatusChip {
            objectName: "kycStatusChip"
            visible: card.latestStatus !== ""
            text: KycWords.kycStatus(card.latestStatus)
            tone: KycWords.kycTone(card.latestStatus)
        }
    }

    Rectangle {
        visible: card.latest && card.latest.decisionReason ? true : false
        Layout.fillWidth: true
        implicitHeight: reasonColumn.implicitHeight + 24
        radius: 10
        color: Theme.surfaceAlt
        ColumnLayout {
            id: reasonColumn
            anchors.fill: parent
            anchors.margins: 12
            spacing: 4
            PlainLabel { text: qsTr("Reviewer's note"); color: Theme.textMuted; font.pixelSize: 12 }
            PlainLabel {
                objectName: "kycDecisionReason"
                text: card.latest && card.latest.decisionReason ? card.latest.decisionReason : ""
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
}
