import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Four-eyes balance adjustments: one admin requests, another approves (the
// server refuses an approval by the requester; the button says so first).
Item {
    id: view
    objectName: "adjustmentsView"

    TreasuryAdjustmentsModel { id: adjustments; objectName: "treasuryAdjustments" }
    AssetsModel { id: assets; scope: "treasury" }

    readonly property var filters: [
        { value: "pending", text: TreasuryWords.adjustmentStatus("pending") },
        { value: "approved", text: TreasuryWords.adjustmentStatus("approved") },
        { value: "rejected", text: TreasuryWords.adjustmentStatus("rejected") }
    ]
    readonly property var houseKinds: [
        { value: "treasury", text: TreasuryWords.houseKind("treasury") },
        { value: "hot_wallet", text: TreasuryWords.houseKind("hot_wallet") },
        { value: "provider", text: TreasuryWords.houseKind("provider") }
    ]
    property string rejectingId: ""

    ReasonDialog {
        id: rejectDialog
        objectName: "rejectAdjustmentDialog"
        title: qsTr("Reject this adjustment?")
        prompt: qsTr("The requester and the audit log keep the reason.")
        confirmText: qsTr("Reject")
        onConfirmed: reason => adjustments.reject(view.rejectingId, reason)
    }

    Connections {
        target: assets
        function onLoaded() { if (adjAsset.currentIndex < 0) adjAsset.currentIndex = Math.max(0, adjAsset.indexOfValue("USDT")) }
    }
    Connections {
        target: adjustments
        function onRequested() { adjAmount.text = ""; adjReason.text = ""; adjUser.text = "" }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 18

        Card {
            Layout.preferredWidth: 330
            Layout.alignment: Qt.AlignTop
            title: qsTr("Request an adjustment")
            subtitle: qsTr("Credits (+) or debits (−) a balance once a second admin approves.")

            AppComboBox {
                id: adjTarget
                objectName: "adjustmentTarget"
                Layout.fillWidth: true
                model: [{ value: "user", text: qsTr("A user's balance") }, { value: "house", text: qsTr("A house account") }]
                textRole: "text"
                valueRole: "value"
            }
            FormField {
                id: adjUser
                objectName: "adjustmentUsername"
                visible: adjTarget.currentValue === "user"
                label: qsTr("Username")
            }
            AppComboBox {
                id: adjHouse
                objectName: "adjustmentHouseKind"
                visible: adjTarget.currentValue === "house"
                Layout.fillWidth: true
                model: view.houseKinds
                textRole: "text"
                valueRole: "value"
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                AppComboBox {
                    id: adjAsset
                    objectName: "adjustmentAsset"
                    Layout.preferredWidth: 110
                    Layout.alignment: Qt.AlignBottom
                    model: assets
                    textRole: "code"
                    valueRole: "code"
                }
                FormField { id: adjAmount; objectName: "adjustmentAmount"; label: qsTr("Amount (signed)"); placeholderText: "+100 / -25.5" }
            }
            FormField { id: adjReason; objectName: "adjustmentReason"; label: qsTr("Reason (for the approver and the audit log)"); maximumLength: 500 }
            AppButton {
                objectName: "adjustmentRequest"
                kind: "primary"
                text: qsTr("Request approval")
                enabled: adjAmount.text.trim() !== "" && adjReason.text.trim().length >= 5
                         && (adjTarget.currentValue === "house" || adjUser.text.trim() !== "") && !adjustments.busy
                onClicked: adjustments.requestAdjustment(adjTarget.currentValue, adjUser.text, adjHouse.currentValue,
                                                         adjAsset.currentValue, adjAmount.text.replace(/^\+/, ""), adjReason.text)
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
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
                    PlainLabel { text: qsTr("Approval queue"); font.pixelSize: 17; font.weight: Font.DemiBold; color: Theme.text; Layout.fillWidth: true }
                    AppComboBox {
                        objectName: "adjustmentStatusFilter"
                        Layout.preferredWidth: 200
                        model: view.filters
                        textRole: "text"
                        valueRole: "value"
                        onActivated: adjustments.statusFilter = currentValue
                    }
                }
                Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                ListView {
                    objectName: "adjustmentsList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 4
                    model: adjustments
                    ScrollBar.vertical: ScrollBar {}
                    delegate: Rectangle {
                        id: row
                        required property int index
                        required property string itemId
                        required property string target
                        required property var username
                        required property var houseKind
                        required property string asset
                        required property string signedAmount
                        required property string reason
                        required property string status
                        required property string requestedByName
                        required property bool requestedByMe
                        required property var decidedByName
                        required property var decisionReason
                        required property var createdAt
                        objectName: "adjustmentRow_" + index
                        width: ListView.view.width
                        implicitHeight: rowColumn.implicitHeight + 24
                        radius: 8
                        color: hover.hovered ? Theme.surfaceAlt : "transparent"
                        HoverHandler { id: hover }

                        ColumnLayout {
                            id: rowColumn
                            anchors.fill: parent
                            anchors.margins: 12
                            spacing: 4
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 10
                                PlainLabel {
                                    text: row.target === "user" ? "@" + row.username : TreasuryWords.houseKind(row.houseKind)
                                    font.weight: Font.DemiBold
                                    color: Theme.text
                                }
                                PlainLabel {
                                    objectName: "adjustmentAmount_" + row.index
                                    text: row.signedAmount + " " + row.asset
                                    font.weight: Font.Bold
                                    color: row.signedAmount.startsWith("-") ? Theme.danger : Theme.success
                                }
                                Item { Layout.fillWidth: true }
                                StatusChip {
                                    text: TreasuryWords.adjustmentStatus(row.status)
                                    tone: row.status === "approved" ? "success" : row.status === "rejected" ? "danger" : "accent"
                                }
                            }
                            PlainLabel { text: row.reason; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                            PlainLabel {
                                Layout.fillWidth: true
                                wrapMode: Text.WordWrap
                                font.pixelSize: 12
                                color: Theme.textMuted
                                text: qsTr("Requested by %1 · %2").arg(row.requestedByMe ? qsTr("you") : row.requestedByName).arg(Labels.dateTime(row.createdAt))
                                      + (row.decidedByName ? " · " + qsTr("decided by %1").arg(row.decidedByName) : "")
                                      + (row.decisionReason ? ": " + row.decisionReason : "")
                            }
                            RowLayout {
                                visible: row.status === "pending"
                                Layout.fillWidth: true
                                spacing: 8
                                PlainLabel {
                                    visible: row.requestedByMe
                                    objectName: "ownRequestNote_" + row.index
                                    text: qsTr("You requested this: another admin must approve it.")
                                    color: Theme.warning
                                    font.pixelSize: 12
                                    Layout.fillWidth: true
                                    wrapMode: Text.WordWrap
                                }
                                Item { visible: !row.requestedByMe; Layout.fillWidth: true }
                                AppButton {
                                    objectName: "rejectAdjustment_" + row.index
                                    kind: "danger"
                                    text: qsTr("Reject")
                                    enabled: !adjustments.busy
                                    onClicked: { view.rejectingId = row.itemId; rejectDialog.openEmpty() }
                                }
                                AppButton {
                                    objectName: "approveAdjustment_" + row.index
                                    kind: "primary"
                                    text: qsTr("Approve")
                                    enabled: !row.requestedByMe && !adjustments.busy
                                    onClicked: adjustments.approve(row.itemId)
                                }
                            }
                        }
                    }
                }
                EmptyState {
                    visible: adjustments.count === 0 && !adjustments.busy
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    iconName: "check"
                    text: qsTr("Nothing here.")
                }
            }
        }
    }
}
