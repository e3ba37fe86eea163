import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Support console: withdrawals waiting for staff, oldest first. Each shows
// who asks for what and where to, and the approvals so far; Approve and
// Reject (with a reason the user reads). Refusals (a large withdrawal needs
// two admins, nobody approves their own) come back as a message.
Item {
    id: view
    objectName: "withdrawalQueueView"
    property string rejectingId: ""

    CustodyWithdrawalsModel { id: queue; objectName: "withdrawalQueue"; queue: true; refreshMs: 3000 }

    ReasonDialog {
        id: rejectDialog
        objectName: "rejectWithdrawalDialog"
        title: qsTr("Reject this withdrawal?")
        prompt: qsTr("The amount goes back to the user's balance. The user reads this reason; the audit log keeps it.")
        confirmText: qsTr("Reject")
        onConfirmed: reason => queue.reject(view.rejectingId, reason)
    }

    Rectangle {
        anchors.fill: parent
        anchors.leftMargin: 32
        anchors.rightMargin: 32
        anchors.bottomMargin: 24
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 8
            spacing: 0
            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 12
                spacing: 12
                PlainLabel { text: qsTr("Withdrawals waiting for approval"); font.pixelSize: 17; font.weight: Font.DemiBold; color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
                StatusChip { objectName: "withdrawalQueueCount"; text: qsTr("%1 waiting").arg(queue.count); tone: "accent" }
                ToolButton {
                    icon.source: "../icons/refresh.svg"
                    icon.width: 18; icon.height: 18
                    icon.color: Theme.textMuted
                    onClicked: queue.reload()
                }
            }
            Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
            ListView {
                objectName: "withdrawalQueueList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 4
                model: queue
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    id: row
                    required property int index
                    required property string itemId
                    required property var username
                    required property var displayName
                    required property string network
                    required property string asset
                    required property string amount
                    required property string fee
                    required property string total
                    required property string address
                    required property string status
                    required property var approvalsCount
                    required property var approvalsNeeded
                    required property bool approvedByMe
                    required property var createdAt
                    objectName: "queueRow_" + index
                    width: ListView.view.width
                    implicitHeight: rowColumn.implicitHeight + 24
                    radius: 8
                    color: hover.hovered ? Theme.surfaceAlt : "transparent"
                    HoverHandler { id: hover }

                    ColumnLayout {
                        id: rowColumn
                        anchors.fill: parent
                        anchors.margins: 12
                        spacing: 6
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 10
                            Avatar { name: row.displayName || row.username || "?"; size: 32 }
                            ColumnLayout {
                                spacing: 0
                                PlainLabel { text: row.displayName || ""; font.weight: Font.DemiBold; color: Theme.text }
                                PlainLabel { text: "@" + (row.username || ""); font.pixelSize: 12; color: Theme.textMuted }
                            }
                            Item { Layout.fillWidth: true }
                            ColumnLayout {
                                spacing: 0
                                PlainLabel {
                                    objectName: "queueAmount_" + row.index
                                    Layout.alignment: Qt.AlignRight
                                    text: row.amount + " " + row.asset
                                    font.weight: Font.Bold
                                    font.pixelSize: 16
                                    color: Theme.text
                                }
                                PlainLabel {
                                    Layout.alignment: Qt.AlignRight
                                    text: qsTr("fee %1 · total %2").arg(row.fee).arg(row.total)
                                    font.pixelSize: 12
                                    color: Theme.textMuted
                                }
                            }
                        }
                        PlainLabel {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignLeft
                            elide: Text.ElideMiddle
                            font.family: "monospace"
                            font.pixelSize: 12
                            color: Theme.text
                            text: qsTr("to %1 on %2").arg(row.address).arg(row.network)
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 8
                            StatusChip {
                                objectName: "queueApprovals_" + row.index
                                text: qsTr("Approvals %1/%2").arg(row.approvalsCount || 0).arg(row.approvalsNeeded || 1)
                                tone: (row.approvalsCount || 0) > 0 ? "warning" : "neutral"
                            }
                            StatusChip { text: WalletWords.withdrawalStatus(row.status); tone: WalletWords.withdrawalTone(row.status) }
                            PlainLabel {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignLeft
                                elide: Text.ElideRight
                                font.pixelSize: 12
                                color: Theme.textMuted
                                text: Labels.dateTime(row.createdAt) + (row.approvedByMe ? " · " + qsTr("you approved it") : "")
                            }
                            AppButton {
                                objectName: "queueReject_" + row.index
                                visible: row.status === "requested"
                                kind: "danger"
                                text: qsTr("Reject")
                                onClicked: { view.rejectingId = row.itemId; rejectDialog.openEmpty() }
                            }
                            AppButton {
                                objectName: "queueApprove_" + row.index
                                visible: row.status === "requested"
                                enabled: !row.approvedByMe
                                kind: "primary"
                                text: qsTr("Approve")
                                onClicked: queue.approve(row.itemId)
                            }
                        }
                    }
                }
            }
            EmptyState {
                visible: queue.count === 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                iconName: "check"
                text: qsTr("No withdrawal is waiting for approval.")
            }
        }
    }
}
