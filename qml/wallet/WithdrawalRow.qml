import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One withdrawal with its timeline requested → approved → signed →
// broadcast → confirmed (or where and why it stopped), the transaction hash
// once signed, and Cancel while it still waits for approval.
Rectangle {
    id: row
    required property int index
    required property string itemId
    required property string asset
    required property string amount
    required property string fee
    required property string address
    required property string status
    required property var timeline
    required property var reason
    required property var txHash
    required property var confirmations
    required property var required
    required property var approvalsCount
    required property var approvalsNeeded
    required property var createdAt
    signal cancelClicked()

    readonly property var steps: ["requested", "approved", "signed", "broadcast", "confirmed"]
    readonly property bool stopped: status === "rejected" || status === "cancelled" || status === "failed"
    // How far along the happy path it came (for a stopped one: its last step before stopping).
    readonly property int reached: {
        let last = -1
        for (const e of (timeline || [])) {
            const i = steps.indexOf(e.status)
            if (i > last) last = i
        }
        return last
    }
    function stepTime(step) {
        for (const e of (timeline || [])) if (e.status === step) return e.at
        return 0
    }

    objectName: "withdrawalRow_" + index
    implicitHeight: column.implicitHeight + 24
    radius: 8
    color: hover.hovered ? Theme.surfaceAlt : "transparent"
    HoverHandler { id: hover }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            PlainLabel {
                objectName: "withdrawalAmount_" + row.index
                text: "\u200E-" + row.amount + " " + row.asset
                font.weight: Font.Bold
                color: Theme.text
            }
            PlainLabel {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                elide: Text.ElideMiddle
                font.family: "monospace"
                font.pixelSize: 12
                color: Theme.textMuted
                text: qsTr("to %1").arg(row.address)
            }
            StatusChip {
                objectName: "withdrawalStatus_" + row.index
                text: WalletWords.withdrawalStatus(row.status)
                tone: WalletWords.withdrawalTone(row.status)
            }
            AppButton {
                objectName: "withdrawalCancel_" + row.index
                visible: row.status === "requested"
                kind: "ghost"
                text: qsTr("Cancel")
                onClicked: row.cancelClicked()
            }
        }
        // The timeline: five equal columns, each a dot on a line with its name and time.
        RowLayout {
            Layout.fillWidth: true
            spacing: 0
            Repeater {
                model: row.steps
                delegate: Item {
                    id: step
                    required property int index
                    required property string modelData
                    readonly property bool done: index <= row.reached
                    readonly property bool failedHere: row.stopped && index === row.reached + 1
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100
                    Layout.preferredHeight: 50
                    Rectangle {
                        visible: step.index > 0
                        anchors.left: parent.left
                        anchors.right: parent.horizontalCenter
                        y: 6
                        height: 2
                        color: step.done ? Theme.success : Theme.border
                    }
                    Rectangle {
                        visible: step.index < row.steps.length - 1
                        anchors.left: parent.horizontalCenter
                        anchors.right: parent.right
                        y: 6
                        height: 2
                        color: step.index < row.reached ? Theme.success : Theme.border
                    }
                    Rectangle {
                        id: dot
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: 14; height: 14; radius: 7
                        color: step.done ? Theme.success : step.failedHere ? Theme.danger : Theme.surface
                        border.width: 2
                        border.color: step.done ? Theme.success : step.failedHere ? Theme.danger : Theme.border
                    }
                    PlainLabel {
                        id: stepName
                        objectName: "withdrawalStep_" + row.index + "_" + step.index
                        anchors.top: dot.bottom
                        anchors.topMargin: 4
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: parent.width - 4
                        horizontalAlignment: Text.AlignHCenter
                        elide: Text.ElideRight
                        font.pixelSize: 11
                        font.weight: step.done || step.failedHere ? Font.DemiBold : Font.Normal
                        color: step.failedHere ? Theme.danger : step.done ? Theme.text : Theme.textMuted
                        text: step.failedHere ? WalletWords.withdrawalStatus(row.status) : WalletWords.withdrawalStep(step.modelData)
                    }
                    PlainLabel {
                        anchors.top: stepName.bottom
                        anchors.horizontalCenter: parent.horizontalCenter
                        font.pixelSize: 10
                        color: Theme.textMuted
                        text: step.done ? Labels.dateTime(row.stepTime(step.modelData))
                            : step.failedHere ? Labels.dateTime(row.stepTime(row.status)) : ""
                    }
                }
            }
        }
        PlainLabel {
            visible: row.stopped && (row.reason || "") !== ""
            objectName: "withdrawalReason_" + row.index
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: 12
            color: Theme.danger
            text: qsTr("Reason: %1").arg(row.reason || "")
        }
        PlainLabel {
            visible: row.status === "requested"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: 12
            color: Theme.textMuted
            text: qsTr("Approvals: %1 of %2. The amount and the fee (%3 %4) are held meanwhile.")
                  .arg(row.approvalsCount || 0).arg(row.approvalsNeeded || 1).arg(row.fee).arg(row.asset)
        }
        PlainLabel {
            visible: row.status === "broadcast" && (row.required || 0) > 0
            Layout.fillWidth: true
            font.pixelSize: 12
            color: Theme.textMuted
            text: qsTr("%1/%2 confirmations").arg(row.confirmations || 0).arg(row.required || 0)
        }
        RowLayout {
            visible: (row.txHash || "") !== ""
            Layout.fillWidth: true
            spacing: 8
            PlainLabel {
                objectName: "withdrawalTx_" + row.index
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                elide: Text.ElideMiddle
                font.family: "monospace"
                font.pixelSize: 12
                color: Theme.textMuted
                text: qsTr("Transaction %1").arg(row.txHash || "")
            }
            AppButton {
                objectName: "withdrawalCopyTx_" + row.index
                kind: "ghost"
                text: qsTr("Copy")
                onClicked: { Clipboard.setText(row.txHash); Errors.inform(qsTr("The transaction hash was copied.")) }
            }
        }
    }
}
