import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Business verification (KYB): the queue on the left, one case on the right
// with what the merchant declared and the checklist support works through.
// Approving needs every check ticked; declining or asking again needs a reason.
RowLayout {
    id: view
    spacing: 16
    property var checks: ({})

    KybQueueModel { id: queue; objectName: "kybQueue"; onCurrentChanged: view.checks = queue.currentCase.checklist || ({}) }

    ColumnLayout {
        Layout.leftMargin: 32
        Layout.preferredWidth: 340
        Layout.maximumWidth: 360
        Layout.fillHeight: true
        spacing: 8
        RowLayout {
            spacing: 6
            Repeater {
                model: [{ key: "pending", text: qsTr("Waiting") }, { key: "approved", text: qsTr("Approved") }, { key: "rejected", text: qsTr("Declined") }]
                delegate: AppButton {
                    required property var modelData
                    kind: queue.statusFilter === modelData.key ? "primary" : "ghost"
                    text: modelData.text
                    onClicked: queue.statusFilter = modelData.key
                }
            }
        }
        ListView {
            id: list
            objectName: "kybList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: queue
            delegate: Rectangle {
                id: row
                // "id" is one of the rows' roles, and no name a QML property may have: read the row through `model`.
                required property var model
                width: ListView.view.width
                height: 58
                radius: 10
                color: queue.currentCase.id === row.model.id ? Theme.surfaceAlt : Theme.surface
                border.color: Theme.border
                TapHandler { onTapped: queue.openCase(row.model.id) }
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 10
                    spacing: 2
                    PlainLabel { Layout.fillWidth: true; text: row.model.orgName; color: Theme.text; font.weight: Font.DemiBold; elide: Text.ElideRight }
                    PlainLabel {
                        Layout.fillWidth: true
                        text: row.model.legalName + " · " + row.model.country + " · " + Labels.dateTime(row.model.createdAt)
                        color: Theme.textMuted; font.pixelSize: 12; elide: Text.ElideRight
                    }
                }
            }
            EmptyState { anchors.centerIn: parent; visible: list.count === 0 && !queue.loading; iconName: "check"; text: qsTr("No businesses waiting.") }
        }
    }

    ScrollView {
        id: caseView
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.rightMargin: 32
        contentWidth: availableWidth
        visible: queue.hasCurrent
        clip: true
        ColumnLayout {
            width: caseView.availableWidth
            spacing: 12
            Card {
                objectName: "kybCaseCard"
                Layout.fillWidth: true
                title: queue.currentCase.orgName || ""
                subtitle: qsTr("Owner: %1 · website: %2").arg(queue.currentCase.owner ? queue.currentCase.owner.displayName : "")
                                                         .arg(queue.currentCase.website || qsTr("none"))
                GridLayout {
                    columns: 2
                    columnSpacing: 16
                    rowSpacing: 6
                    PlainLabel { text: qsTr("Legal name"); color: Theme.textMuted }
                    PlainLabel { text: queue.currentCase.legalName || ""; color: Theme.text }
                    PlainLabel { text: qsTr("Registration"); color: Theme.textMuted }
                    PlainLabel { text: queue.currentCase.registrationNumber || ""; color: Theme.text }
                    PlainLabel { text: qsTr("Country"); color: Theme.textMuted }
                    PlainLabel { text: queue.currentCase.country || ""; color: Theme.text }
                    PlainLabel { text: qsTr("Address"); color: Theme.textMuted }
                    PlainLabel { text: queue.currentCase.address || ""; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    PlainLabel { text: qsTr("Representative"); color: Theme.textMuted }
                    PlainLabel { text: queue.currentCase.representative || ""; color: Theme.text }
                }
            }
            DocumentViewer {
                objectName: "kybDocuments"
                Layout.fillWidth: true
                Layout.preferredHeight: 360
                queue: queue
            }
            Card {
                Layout.fillWidth: true
                title: qsTr("Checklist")
                Repeater {
                    model: queue.currentCase.checklistItems || []
                    delegate: AppCheckBox {
                        required property string modelData
                        objectName: "kybCheck_" + modelData
                        Layout.fillWidth: true
                        enabled: queue.currentCase.status === "pending"
                        text: {
                            switch (modelData) {
                            case "registryExtractMatches": return qsTr("The registry extract matches the declared company")
                            case "representativeVerified": return qsTr("The representative's identity is verified")
                            case "addressVerified": return qsTr("The registered address is verified")
                            case "activityAllowed": return qsTr("The business activity is allowed")
                            case "sanctionsScreened": return qsTr("Company and people screened against sanctions lists")
                            case "websiteReviewed": return qsTr("The website (or app) was reviewed")
                            default: return modelData
                            }
                        }
                        checked: view.checks[modelData] === true
                        onToggled: { const c = Object.assign({}, view.checks); c[modelData] = checked; view.checks = c }
                    }
                }
                FormField { id: reason; objectName: "kybReason"; visible: queue.currentCase.status === "pending"; label: qsTr("Reason (when declining or asking again)"); Layout.fillWidth: true; maximumLength: 500 }
                PlainLabel { visible: text !== ""; text: queue.errorText; color: Theme.danger; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                RowLayout {
                    visible: queue.currentCase.status === "pending"
                    spacing: 8
                    AppButton {
                        objectName: "kybApprove"
                        kind: "primary"
                        text: qsTr("Approve")
                        enabled: (queue.currentCase.checklistItems || []).every(i => view.checks[i] === true)
                        onClicked: queue.approve(view.checks)
                    }
                    AppButton { objectName: "kybResubmit"; kind: "ghost"; text: qsTr("Ask again"); enabled: reason.text.trim() !== ""; onClicked: queue.requestResubmission(reason.text, view.checks) }
                    AppButton { objectName: "kybReject"; kind: "ghost"; text: qsTr("Decline"); enabled: reason.text.trim() !== ""; onClicked: queue.reject(reason.text, view.checks) }
                }
                StatusChip { visible: queue.currentCase.status !== "pending"; text: queue.currentCase.status || "" }
            }
        }
    }
}
