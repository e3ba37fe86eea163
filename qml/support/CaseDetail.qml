import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One KYC case: who sent it, what they declared, the documents and the decision.
Rectangle {
    id: detail
    objectName: "caseDetail"
    property var queue
    readonly property var kycCase: queue.currentCase
    readonly property var user: queue.currentUser

    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ReasonDialog {
        id: rejectDialog
        objectName: "rejectDialog"
        title: qsTr("Reject this case")
        prompt: qsTr("Tell the user why. They will see this text.")
        confirmText: qsTr("Reject")
        onConfirmed: reason => detail.queue.reject(reason)
    }
    ReasonDialog {
        id: resubmitDialog
        objectName: "resubmitDialog"
        title: qsTr("Ask for new documents")
        prompt: qsTr("Say what is wrong and what to send instead.")
        confirmText: qsTr("Send request")
        onConfirmed: reason => detail.queue.requestResubmission(reason)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20
        spacing: 16

        // Who.
        RowLayout {
            Layout.fillWidth: true
            spacing: 14
            Avatar { name: detail.kycCase.displayName || detail.kycCase.username || "?"; size: 48 }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                PlainLabel {
                    objectName: "caseUserName"
                    text: detail.kycCase.displayName || ""
                    font.pixelSize: 18
                    font.weight: Font.Bold
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                PlainLabel {
                    text: "@" + (detail.kycCase.username || "") + " · " + Labels.tier(detail.user.kycTier || 0)
                          + (detail.user.email ? " · " + detail.user.email : "")
                    color: Theme.textMuted
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            AppButton {
                objectName: "assignButton"
                visible: detail.queue.canDecide && !detail.kycCase.assignedTo
                kind: "ghost"
                text: qsTr("Assign to me")
                onClicked: detail.queue.assign()
            }
            StatusChip {
                objectName: "caseStatus"
                text: KycWords.kycStatus(detail.kycCase.status)
                tone: KycWords.kycTone(detail.kycCase.status)
            }
        }

        // What they declared.
        GridLayout {
            Layout.fillWidth: true
            columns: 4
            columnSpacing: 24
            rowSpacing: 8
            Repeater {
                model: [
                    { label: qsTr("Full name"), value: detail.kycCase.fullName },
                    { label: qsTr("Date of birth"), value: detail.kycCase.dateOfBirth },
                    { label: qsTr("Country"), value: detail.kycCase.country },
                    { label: qsTr("Level requested"), value: String(detail.kycCase.targetTier) },
                    { label: qsTr("Document"), value: KycWords.documentType(detail.kycCase.documentType) },
                    { label: qsTr("Number"), value: detail.kycCase.documentNumber },
                    { label: qsTr("Sent"), value: Labels.dateTime(detail.kycCase.submittedAt) },
                    { label: qsTr("Reviewer"), value: detail.kycCase.assignedToName || qsTr("Nobody yet") }
                ]
                delegate: ColumnLayout {
                    required property var modelData
                    spacing: 2
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1 // equal columns, whatever the text
                    PlainLabel { text: modelData.label; color: Theme.textMuted; font.pixelSize: 12; elide: Text.ElideRight; Layout.fillWidth: true }
                    PlainLabel { text: modelData.value || "—"; color: Theme.text; font.weight: Font.Medium; elide: Text.ElideRight; Layout.fillWidth: true }
                }
            }
        }

        DocumentViewer {
            Layout.fillWidth: true
            Layout.fillHeight: true
            queue: detail.queue
        }

        // The decision.
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            visible: detail.queue.canDecide
            Item { Layout.fillWidth: true }
            AppButton {
                objectName: "resubmitButton"
                text: qsTr("Ask for new documents")
                onClicked: resubmitDialog.openEmpty()
            }
            AppButton {
                objectName: "rejectButton"
                text: qsTr("Reject")
                kind: "danger"
                onClicked: rejectDialog.openEmpty()
            }
            AppButton {
                objectName: "approveButton"
                kind: "primary"
                text: qsTr("Approve")
                icon.source: "../icons/check.svg"
                icon.width: 18; icon.height: 18
                onClicked: detail.queue.approve()
            }
        }
        PlainLabel {
            visible: !detail.queue.canDecide && detail.kycCase.decisionReason
            text: qsTr("Decision note: %1").arg(detail.kycCase.decisionReason || "")
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
