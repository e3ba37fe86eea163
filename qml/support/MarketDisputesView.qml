import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Support's market disputes: disputed orders, oldest first, with the
// buyer's reason, what was bought and from whom; refund the buyer (from the
// partner) or reject the dispute, each with a note both sides read.
ScrollView {
    id: view
    objectName: "marketDisputesView"
    contentWidth: availableWidth
    clip: true

    property string deciding: ""
    property string decision: "refund"

    MarketOrdersModel {
        id: queue
        objectName: "marketDisputes"
        disputes: true
        onActed: (action, order) => Errors.inform(view.decision === "refund" ? qsTr("Refunded: both sides are told.")
                                                                              : qsTr("Dispute rejected: both sides are told."))
        onActionFailed: (action, message) => Errors.reportText(message)
    }
    ReasonDialog {
        id: noteDialog
        objectName: "marketDisputeNote"
        title: view.decision === "refund" ? qsTr("Refund the buyer") : qsTr("Reject the dispute")
        prompt: qsTr("The buyer and the partner read this note; the audit log keeps it.")
        confirmText: view.decision === "refund" ? qsTr("Refund") : qsTr("Reject")
        onConfirmed: reason => queue.decideDispute(view.deciding, view.decision, reason)
    }

    ColumnLayout {
        x: 32
        width: view.availableWidth - 64
        spacing: 10

        Repeater {
            model: queue
            delegate: MarketOrderRow {
                Layout.fillWidth: true
                showBuyer: true
                actions: [{ key: "reject", text: qsTr("Reject…"), kind: "secondary" }, { key: "refund", text: qsTr("Refund…"), kind: "danger" }]
                onAction: key => {
                    view.deciding = itemId
                    view.decision = key
                    noteDialog.openEmpty()
                }
            }
        }
        EmptyState {
            visible: queue.count === 0 && !queue.busy
            Layout.alignment: Qt.AlignHCenter
            iconName: "check"
            text: qsTr("No open market disputes.")
        }
    }
}
