import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Admins review what developers submit: the manifest's permissions, network
// origins and payee, the exact bytes (hash and size); approve, or reject
// with a reason the developer reads. Suspending a program closes it for
// everyone at once; rolling back serves an earlier approved version.
ColumnLayout {
    id: root
    spacing: 12
    MiniProgramReviewQueue { id: queue; objectName: "programReviewQueue" }

    RowLayout {
        Layout.leftMargin: 32
        Layout.rightMargin: 32
        spacing: 6
        Repeater {
            model: [{ key: "pending", text: qsTr("Waiting") }, { key: "approved", text: qsTr("Approved") }, { key: "rejected", text: qsTr("Rejected") }]
            delegate: AppButton {
                required property var modelData
                objectName: "reviewStatus_" + modelData.key
                kind: queue.status === modelData.key ? "primary" : "secondary"
                text: modelData.text
                onClicked: queue.status = modelData.key
            }
        }
    }
    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.leftMargin: 32
        Layout.rightMargin: 32
        clip: true
        spacing: 10
        model: queue
        delegate: Rectangle {
            id: row
            required property var model
            readonly property var manifest: model.manifest || ({})
            objectName: "reviewItem_" + model.programId + "_" + model.version
            width: ListView.view.width
            implicitHeight: content.implicitHeight + 28
            radius: 12
            color: Theme.surface
            border.color: Theme.border
            ColumnLayout {
                id: content
                x: 14; y: 14
                width: parent.width - 28
                spacing: 8
                RowLayout {
                    spacing: 10
                    ProgramIcon { Layout.preferredWidth: 40; Layout.preferredHeight: 40; source: row.model.icon || "" }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        PlainLabel { text: (row.manifest.name || row.model.programId) + " " + row.model.version; font.weight: Font.DemiBold; font.pixelSize: 15; color: Theme.text }
                        PlainLabel {
                            text: qsTr("by %1 · %2 · live: %3").arg(row.model.developer).arg(ProgramWords.category(row.manifest.category))
                                  .arg(row.model.currentVersion || qsTr("none"))
                            color: Theme.textMuted
                            font.pixelSize: 12
                        }
                    }
                    StatusChip { visible: row.model.programStatus === "suspended"; text: qsTr("Suspended"); tone: "danger" }
                }
                PlainLabel { Layout.fillWidth: true; wrapMode: Text.WordWrap; color: Theme.text; text: row.manifest.description || "" }
                PlainLabel {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    text: qsTr("Asks for: %1").arg((row.manifest.permissions || []).map(p => ProgramWords.permission(p)).join("; ") || qsTr("nothing"))
                }
                PlainLabel {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: (row.manifest.origins || []).length > 0 ? Theme.warning : Theme.textMuted
                    text: qsTr("Network: %1").arg((row.manifest.origins || []).join(", ") || qsTr("none (only its own files)"))
                }
                PlainLabel {
                    visible: !!row.manifest.payee
                    Layout.fillWidth: true
                    color: Theme.textMuted
                    text: qsTr("Payments go to organisation %1 in %2").arg(row.manifest.payee || "").arg((row.manifest.assets || []).join(", "))
                }
                PlainLabel {
                    Layout.fillWidth: true
                    font.family: "monospace"
                    font.pixelSize: 11
                    color: Theme.textMuted
                    wrapMode: Text.WrapAnywhere
                    text: "SHA-256 " + row.model.sha256 + " · " + Math.ceil(row.model.size / 1024) + " KiB"
                }
                PlainLabel { visible: !!row.model.reason; color: Theme.danger; text: row.model.reason || "" }
                RowLayout {
                    spacing: 8
                    FormField { id: reason; visible: row.model.status === "pending" || row.model.status === "approved"; Layout.fillWidth: true; placeholderText: qsTr("Reason (needed to reject or suspend)"); objectName: "reviewReason_" + row.model.programId }
                    AppButton {
                        visible: row.model.status === "pending"
                        objectName: "reviewApprove_" + row.model.programId + "_" + row.model.version
                        kind: "primary"
                        text: qsTr("Approve")
                        onClicked: queue.decide(row.model.versionId, true, reason.text)
                    }
                    AppButton {
                        visible: row.model.status === "pending"
                        objectName: "reviewReject_" + row.model.programId + "_" + row.model.version
                        kind: "danger"
                        text: qsTr("Reject")
                        enabled: reason.text.trim() !== ""
                        onClicked: queue.decide(row.model.versionId, false, reason.text)
                    }
                    AppButton {
                        visible: row.model.status === "approved" && row.model.currentVersion !== row.model.version
                        kind: "secondary"
                        text: qsTr("Roll back to this")
                        onClicked: queue.rollback(row.model.programId, row.model.version)
                    }
                    AppButton {
                        visible: row.model.status === "approved"
                        objectName: "reviewSuspend_" + row.model.programId
                        kind: "danger"
                        text: row.model.programStatus === "suspended" ? qsTr("Reinstate") : qsTr("Suspend")
                        enabled: row.model.programStatus === "suspended" || reason.text.trim() !== ""
                        onClicked: queue.suspend(row.model.programId, row.model.programStatus !== "suspended", reason.text)
                    }
                }
            }
        }
        EmptyState { anchors.centerIn: parent; visible: list.count === 0 && !queue.busy; iconName: "check"; text: qsTr("Nothing here.") }
    }
}
