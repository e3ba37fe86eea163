import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Support console: the KYC review queue on the left, the open case on the right.
Item {
    id: page
    objectName: "kycQueuePage"

    KycQueueModel { id: queueModel; objectName: "kycQueueModel" }

    readonly property var filters: [
        { value: "pending", text: KycWords.kycStatus("pending") },
        { value: "resubmission_requested", text: KycWords.kycStatus("resubmission_requested") },
        { value: "approved", text: KycWords.kycStatus("approved") },
        { value: "rejected", text: KycWords.kycStatus("rejected") }
    ]

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 32
        anchors.rightMargin: 32
        anchors.bottomMargin: 24
        spacing: 20

        // The queue.
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 320
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 16
                spacing: 12

                RowLayout {
                    Layout.fillWidth: true
                    PlainLabel {
                        text: qsTr("KYC review")
                        font.pixelSize: 20
                        font.weight: Font.Bold
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                    StatusChip { objectName: "queueTotal"; text: queueModel.total === 1 ? qsTr("1 case") : qsTr("%1 cases").arg(queueModel.total); tone: "accent" }
                    ToolButton {
                        icon.source: "../icons/refresh.svg"
                        icon.width: 18; icon.height: 18
                        icon.color: Theme.textMuted
                        onClicked: queueModel.reload()
                    }
                }
                AppComboBox {
                    objectName: "queueStatusFilter"
                    Layout.fillWidth: true
                    model: page.filters
                    textRole: "text"
                    valueRole: "value"
                    onActivated: queueModel.statusFilter = currentValue
                }
                AppSwitch {
                    objectName: "assignedToMeSwitch"
                    text: qsTr("Assigned to me")
                    checked: queueModel.assignedToMe
                    onToggled: queueModel.assignedToMe = checked
                }

                ListView {
                    id: list
                    objectName: "kycQueueList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 6
                    model: queueModel
                    delegate: ItemDelegate {
                        id: item
                        required property int index
                        required property string itemId
                        required property var displayName
                        required property var username
                        required property string status
                        required property int targetTier
                        required property var documentType
                        required property var assignedToName
                        required property var submittedAt
                        objectName: "caseItem_" + username
                        width: ListView.view.width
                        readonly property bool selected: queueModel.currentCase.id === itemId
                        onClicked: queueModel.openCase(itemId)
                        background: Rectangle {
                            radius: 10
                            color: item.selected ? Theme.accentSoft : item.hovered ? Theme.surfaceAlt : "transparent"
                        }
                        contentItem: RowLayout {
                            spacing: 12
                            Avatar { name: item.displayName || item.username || "?"; size: 38 }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2
                                PlainLabel {
                                    text: item.displayName || item.username
                                    font.weight: Font.DemiBold
                                    color: Theme.text
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                PlainLabel {
                                    text: KycWords.documentType(item.documentType) + " · " + qsTr("level %1").arg(item.targetTier)
                                    color: Theme.textMuted
                                    font.pixelSize: 12
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                PlainLabel {
                                    text: item.assignedToName ? qsTr("Assigned to %1").arg(item.assignedToName)
                                                              : qsTr("Sent %1").arg(Labels.dateTime(item.submittedAt))
                                    color: Theme.textMuted
                                    font.pixelSize: 11
                                }
                            }
                        }
                    }
                }
                EmptyState {
                    visible: queueModel.count === 0 && !queueModel.busy
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    iconName: "check"
                    text: qsTr("No cases here. Everything is reviewed.")
                }
            }
        }

        // The open case.
        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: queueModel.hasCurrent
            sourceComponent: CaseDetail { queue: queueModel }
        }
        Rectangle {
            visible: !queueModel.hasCurrent
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            EmptyState {
                anchors.centerIn: parent
                iconName: "kyc"
                text: qsTr("Choose a case to see the documents and decide.")
            }
        }
    }
}
