import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Admin: partners and their points — every partner side by side with each
// point's outstanding, reserve, required reserve and coverage, the totals per
// coin; resuming a paused point; and the policy proposals waiting for a
// second pair of eyes (approve, or reject with a reason the partner reads;
// never one's own).
Flickable {
    id: view
    objectName: "bridgeAdminView"
    contentHeight: column.implicitHeight + 24
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    property string rejecting: ""
    readonly property bool wide: width >= 800

    BridgeOverview {
        id: overview
        objectName: "bridgeOverview"
        onResumed: point => Errors.inform(qsTr("%1 is active again.").arg(point))
        onFailed: message => Errors.reportText(message)
    }
    PolicyProposalsModel {
        id: proposalsModel
        objectName: "bridgeAdminProposals"
        admin: true
        onDecided: (action, proposal) => Errors.inform(action === "approve" ? qsTr("Policy for %1 approved: it is in force now.").arg(proposal.point)
                                                                            : qsTr("Policy for %1 rejected.").arg(proposal.point))
        onDecideFailed: (action, message) => Errors.reportText(message)
    }
    ReasonDialog {
        id: rejectDialog
        objectName: "bridgeRejectDialog"
        title: qsTr("Reject the policy")
        prompt: qsTr("The partner reads this reason.")
        confirmText: qsTr("Reject")
        onConfirmed: reason => proposalsModel.reject(view.rejecting, reason)
    }

    // Tables: titles and cells share the width by weight.
    component HeaderRow: RowLayout {
        id: headerRow
        property var titles: []
        property var weights: []
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        spacing: 10
        Repeater {
            model: headerRow.titles
            delegate: PlainLabel {
                required property string modelData
                required property int index
                text: modelData
                color: Theme.textMuted; font.pixelSize: 11; font.weight: Font.DemiBold
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true; Layout.preferredWidth: 100 * (headerRow.weights[index] || 1)
            }
        }
    }
    component Cell: PlainLabel {
        property real weight: 1
        color: Theme.text
        font.pixelSize: 12
        wrapMode: Text.WrapAnywhere
        maximumLineCount: 2
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
        Layout.preferredWidth: 100 * weight
    }

    ColumnLayout {
        id: column
        width: view.width
        spacing: 14

        Card {
            objectName: "bridgeAdminTotals"
            Layout.fillWidth: true
            title: qsTr("Reserves per coin")
            subtitle: overview.pausedCount > 0 ? qsTr("%1 points are paused.").arg(overview.pausedCount) : qsTr("What partners' reserves hold against what they must.")
            actions: [
                ToolButton {
                    icon.source: "../icons/refresh.svg"
                    icon.width: 18; icon.height: 18
                    icon.color: Theme.textMuted
                    onClicked: { overview.reload(); proposalsModel.reload() }
                }
            ]
            HeaderRow { titles: [qsTr("Coin"), qsTr("Reserves"), qsTr("Required"), ""]; weights: [0.6, 1.5, 1.5, 0.8] }
            Repeater {
                model: overview.totals
                delegate: RowLayout {
                    required property var modelData
                    objectName: "bridgeAdminTotal_" + modelData.coin
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    Layout.rightMargin: 12
                    spacing: 10
                    Cell { text: modelData.coin; font.weight: Font.DemiBold; weight: 0.6 }
                    Cell { text: modelData.reserves; weight: 1.5 }
                    Cell { text: modelData.required; weight: 1.5 }
                    Item {
                        Layout.fillWidth: true; Layout.preferredWidth: 80
                        implicitHeight: 24
                        StatusChip { text: modelData.covered ? qsTr("covered") : qsTr("short"); tone: modelData.covered ? "success" : "danger" }
                    }
                }
            }
        }

        Repeater {
            model: overview.partners
            delegate: Card {
                id: partnerCard
                required property var modelData
                objectName: "bridgeAdminPartner_" + modelData.orgId
                Layout.fillWidth: true
                title: modelData.name
                HeaderRow {
                    titles: view.wide ? [qsTr("Point"), qsTr("Outstanding"), qsTr("Reserve"), qsTr("Required"), qsTr("Coverage"), qsTr("Status"), ""]
                                      : [qsTr("Point"), qsTr("Reserve"), qsTr("Coverage"), qsTr("Status"), ""]
                    weights: view.wide ? [1, 1.4, 1.4, 1.4, 0.8, 0.9, 0.8] : [1, 1.4, 0.8, 0.9, 0.8]
                }
                Repeater {
                    model: partnerCard.modelData.points
                    delegate: RowLayout {
                        id: pointRow
                        required property var modelData
                        objectName: "bridgeAdminPoint_" + modelData.code
                        Layout.fillWidth: true
                        Layout.leftMargin: 12
                        Layout.rightMargin: 12
                        spacing: 10
                        Cell { text: pointRow.modelData.code + " · " + pointRow.modelData.name; font.weight: Font.DemiBold; weight: 1 }
                        Cell { visible: view.wide; text: pointRow.modelData.outstanding; weight: 1.4 }
                        Cell { text: pointRow.modelData.reserve + " " + pointRow.modelData.coin; weight: 1.4 }
                        Cell { visible: view.wide; text: pointRow.modelData.requiredReserve + " " + pointRow.modelData.coin; weight: 1.4 }
                        Cell {
                            text: pointRow.modelData.outstanding === "0" ? "—" : pointRow.modelData.coveragePercent + " %"
                            color: pointRow.modelData.covered ? Theme.success : Theme.danger
                            weight: 0.8
                        }
                        Item {
                            Layout.fillWidth: true; Layout.preferredWidth: 90
                            implicitHeight: 24
                            StatusChip { text: BridgeWords.pointStatus(pointRow.modelData.status); tone: BridgeWords.pointTone(pointRow.modelData.status) }
                        }
                        Item {
                            Layout.fillWidth: true; Layout.preferredWidth: 80
                            implicitHeight: resume.implicitHeight
                            AppButton {
                                id: resume
                                objectName: "bridgeAdminResume_" + pointRow.modelData.code
                                visible: pointRow.modelData.status === "paused"
                                kind: "primary"
                                text: qsTr("Resume")
                                onClicked: overview.resume(pointRow.modelData.code)
                            }
                        }
                    }
                }
            }
        }
        PlainLabel {
            visible: overview.partners.length === 0
            Layout.leftMargin: 22
            text: qsTr("No partner has points yet.")
            color: Theme.textMuted
        }

        Card {
            objectName: "bridgeAdminProposalsCard"
            Layout.fillWidth: true
            title: qsTr("Policy proposals")
            subtitle: qsTr("A proposal takes effect when approved; until then the point keeps its policy.")
            Repeater {
                model: proposalsModel
                delegate: Rectangle {
                    id: proposalRow
                    required property string itemId
                    required property string point
                    required property string orgName
                    required property string status
                    required property var policy
                    required property var current
                    required property string spreadPercent
                    required property string feePercent
                    required property string coveragePercent
                    required property string proposerName
                    required property var reason
                    required property var createdAt
                    objectName: "bridgeAdminProposal_" + itemId
                    Layout.fillWidth: true
                    implicitHeight: body.implicitHeight + 24
                    radius: Theme.radius
                    color: Theme.surfaceAlt
                    border.color: Theme.border
                    ColumnLayout {
                        id: body
                        anchors.fill: parent
                        anchors.margins: 12
                        spacing: 6
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 10
                            PlainLabel {
                                Layout.fillWidth: true
                                text: qsTr("%1 · %2, proposed by %3 on %4").arg(proposalRow.point).arg(proposalRow.orgName)
                                      .arg(proposalRow.proposerName).arg(Labels.dateTime(Number(proposalRow.createdAt)))
                                font.weight: Font.DemiBold
                                color: Theme.text
                                wrapMode: Text.WordWrap
                                horizontalAlignment: Text.AlignLeft
                            }
                            StatusChip { text: BridgeWords.proposalStatus(proposalRow.status); tone: BridgeWords.proposalTone(proposalRow.status) }
                        }
                        PlainLabel {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            color: Theme.text
                            horizontalAlignment: Text.AlignLeft
                            text: qsTr("%1; spread %2 %, fee %3 %, coverage %4 %; per swap %5 to %6; a day %7 per user, %8 in all; %9")
                                  .arg(BridgeWords.rate(proposalRow.policy, proposalRow.point, ""))
                                  .arg(proposalRow.spreadPercent).arg(proposalRow.feePercent).arg(proposalRow.coveragePercent)
                                  .arg(BridgeWords.limitText(proposalRow.policy ? proposalRow.policy.minSwap : "", proposalRow.point))
                                  .arg(BridgeWords.limitText(proposalRow.policy ? proposalRow.policy.maxSwap : "", proposalRow.point))
                                  .arg(BridgeWords.limitText(proposalRow.policy ? proposalRow.policy.userDailyCap : "", proposalRow.point))
                                  .arg(BridgeWords.limitText(proposalRow.policy ? proposalRow.policy.totalDailyCap : "", proposalRow.point))
                                  .arg(proposalRow.policy && proposalRow.policy.toCoin && proposalRow.policy.toPoints ? qsTr("both ways")
                                       : proposalRow.policy && proposalRow.policy.toCoin ? qsTr("points to coin only")
                                       : proposalRow.policy && proposalRow.policy.toPoints ? qsTr("coin to points only") : qsTr("closed"))
                        }
                        PlainLabel {
                            visible: !!proposalRow.current
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            color: Theme.textMuted
                            font.pixelSize: 12
                            horizontalAlignment: Text.AlignLeft
                            text: proposalRow.current ? qsTr("In force when proposed: %1").arg(BridgeWords.rate(proposalRow.current, proposalRow.point, "")) : ""
                        }
                        PlainLabel {
                            visible: !!proposalRow.reason
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            color: Theme.danger
                            font.pixelSize: 12
                            horizontalAlignment: Text.AlignLeft
                            text: qsTr("Reason: %1").arg(proposalRow.reason || "")
                        }
                        RowLayout {
                            visible: proposalRow.status === "pending"
                            Layout.fillWidth: true
                            spacing: 8
                            Item { Layout.fillWidth: true }
                            AppButton {
                                objectName: "bridgeAdminReject_" + proposalRow.itemId
                                kind: "danger"
                                text: qsTr("Reject…")
                                onClicked: { view.rejecting = proposalRow.itemId; rejectDialog.openEmpty() }
                            }
                            AppButton {
                                objectName: "bridgeAdminApprove_" + proposalRow.itemId
                                kind: "primary"
                                text: qsTr("Approve")
                                enabled: !proposalsModel.busy
                                onClicked: proposalsModel.approve(proposalRow.itemId)
                            }
                        }
                    }
                }
            }
            PlainLabel {
                visible: proposalsModel.count === 0
                text: qsTr("No proposals.")
                color: Theme.textMuted
            }
        }
    }
}
