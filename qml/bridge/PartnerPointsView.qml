import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Partner console › Points: each point with what is outstanding, the
// reserve, what the reserve must be and the coverage; creating a point; the
// reserve's top-up and withdrawal, crediting a user, burning, pausing.
ScrollView {
    id: view
    property PartnerConsole partner
    objectName: "partnerPointsView"
    contentWidth: availableWidth
    clip: true

    CreatePointDialog { id: createDialog; partner: view.partner }
    PointActionDialog { id: actionDialog; partner: view.partner }
    Connections {
        target: view.partner
        function onActed(action, result) {
            if (action === "pause") Errors.inform(qsTr("The point is paused. Only a platform admin can resume it."))
        }
        function onActionFailed(action, message, canRetry) { if (action === "pause") Errors.reportText(message) }
    }

    ColumnLayout {
        x: 32
        width: view.availableWidth - 64
        spacing: 14

        Card {
            Layout.fillWidth: true
            title: qsTr("Points")
            subtitle: qsTr("Points are credited only while the reserve covers what is outstanding at the policy's rate and coverage.")
            actions: [
                AppButton {
                    objectName: "partnerCreatePoint"
                    visible: view.partner.canManage
                    kind: "primary"
                    text: qsTr("Create point")
                    onClicked: createDialog.start()
                }
            ]
            Repeater {
                model: view.partner.points
                delegate: Rectangle {
                    id: row
                    required property var modelData
                    readonly property var p: modelData
                    objectName: "partnerPoint_" + p.code
                    Layout.fillWidth: true
                    implicitHeight: body.implicitHeight + 28
                    radius: Theme.radius
                    color: Theme.surfaceAlt
                    border.color: row.p.covered ? Theme.border : Theme.warning
                    ColumnLayout {
                        id: body
                        anchors.fill: parent
                        anchors.margins: 14
                        spacing: 10
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 12
                            PointIcon { fileId: row.p.iconFileId || ""; name: row.p.name || ""; size: 40 }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2
                                PlainLabel { text: (row.p.name || "") + " · " + (row.p.code || ""); font.weight: Font.DemiBold; color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight; horizontalAlignment: Text.AlignLeft }
                                PlainLabel {
                                    text: BridgeWords.kind(row.p.kind) + " · " + qsTr("backed by %1").arg(row.p.coin || "") + " · " + qsTr("%1 holders").arg(row.p.holders || 0)
                                    color: Theme.textMuted; font.pixelSize: 12; Layout.fillWidth: true; elide: Text.ElideRight; horizontalAlignment: Text.AlignLeft
                                }
                            }
                            StatusChip { text: BridgeWords.pointStatus(row.p.status); tone: BridgeWords.pointTone(row.p.status) }
                        }
                        GridLayout {
                            Layout.fillWidth: true
                            columns: 4
                            columnSpacing: 16
                            rowSpacing: 2
                            Repeater {
                                model: [qsTr("Outstanding"), qsTr("Reserve"), qsTr("Required"), qsTr("Coverage")]
                                delegate: PlainLabel { required property string modelData; text: modelData; color: Theme.textMuted; font.pixelSize: 12; Layout.fillWidth: true; Layout.preferredWidth: 1; horizontalAlignment: Text.AlignLeft }
                            }
                            PlainLabel { objectName: "partnerOutstanding_" + row.p.code; text: (row.p.outstanding || "0") + " " + row.p.code; color: Theme.text; Layout.fillWidth: true; Layout.preferredWidth: 1; wrapMode: Text.WrapAnywhere; horizontalAlignment: Text.AlignLeft }
                            PlainLabel { objectName: "partnerReserve_" + row.p.code; text: (row.p.reserve || "0") + " " + row.p.coin; color: Theme.text; Layout.fillWidth: true; Layout.preferredWidth: 1; wrapMode: Text.WrapAnywhere; horizontalAlignment: Text.AlignLeft }
                            PlainLabel { text: (row.p.requiredReserve || "0") + " " + row.p.coin; color: Theme.text; Layout.fillWidth: true; Layout.preferredWidth: 1; wrapMode: Text.WrapAnywhere; horizontalAlignment: Text.AlignLeft }
                            PlainLabel {
                                objectName: "partnerCoverage_" + row.p.code
                                text: row.p.outstanding === "0" ? qsTr("nothing outstanding") : (row.p.coveragePercent || "0") + " %"
                                color: row.p.covered ? Theme.success : Theme.warning
                                font.weight: Font.DemiBold
                                Layout.fillWidth: true; Layout.preferredWidth: 1; horizontalAlignment: Text.AlignLeft
                            }
                        }
                        Flow {
                            visible: view.partner.canManage
                            Layout.fillWidth: true
                            spacing: 8
                            AppButton { objectName: "partnerTopUp_" + row.p.code; text: qsTr("Top up reserve"); onClicked: actionDialog.start("topUp", row.p) }
                            AppButton { objectName: "partnerWithdraw_" + row.p.code; text: qsTr("Withdraw reserve"); onClicked: actionDialog.start("withdraw", row.p) }
                            AppButton { objectName: "partnerCredit_" + row.p.code; text: qsTr("Credit a user"); enabled: row.p.status === "active"; onClicked: actionDialog.start("credit", row.p) }
                            AppButton { objectName: "partnerBurn_" + row.p.code; text: qsTr("Burn"); onClicked: actionDialog.start("burn", row.p) }
                            AppButton {
                                objectName: "partnerPause_" + row.p.code
                                kind: "danger"
                                visible: row.p.status === "active"
                                text: qsTr("Pause")
                                onClicked: view.partner.pause(row.p.code)
                            }
                        }
                    }
                }
            }
            EmptyState {
                visible: view.partner.points.length === 0 && !view.partner.busy
                Layout.alignment: Qt.AlignHCenter
                iconName: "points"
                text: qsTr("No points yet. Create one, then propose its policy.")
            }
        }
    }
}
