import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Past and pending submissions, newest first, with the decision reasons.
Card {
    id: card
    objectName: "kycHistoryCard"
    property var model
    title: qsTr("Your submissions")

    Repeater {
        model: card.model
        delegate: Rectangle {
            id: row
            required property string status
            required property int targetTier
            required property var documentType
            required property var submittedAt
            required property var decidedAt
            required property var decisionReason
            required property var documents
            Layout.fillWidth: true
            implicitHeight: rowColumn.implicitHeight + 24
            radius: 10
            color: Theme.surfaceAlt

            ColumnLayout {
                id: rowColumn
                anchors.fill: parent
                anchors.margins: 12
                spacing: 4
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 10
                    PlainLabel {
                        text: qsTr("%1 · level %2").arg(KycWords.documentType(row.documentType)).arg(row.targetTier)
                        font.weight: Font.DemiBold
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                    StatusChip { text: KycWords.kycStatus(row.status); tone: KycWords.kycTone(row.status) }
                }
                PlainLabel {
                    readonly property int files: row.documents ? row.documents.length : 0
                    text: qsTr("Sent %1").arg(Labels.dateTime(row.submittedAt)) + " · "
                          + (files === 1 ? qsTr("1 file") : qsTr("%1 files").arg(files))
                          + (row.decidedAt ? " · " + qsTr("decided %1").arg(Labels.dateTime(row.decidedAt)) : "")
                    color: Theme.textMuted
                    font.pixelSize: 12
                }
                PlainLabel {
                    visible: !!row.decisionReason
                    text: row.decisionReason || ""
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
