import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Requests from partners: what each asks (swap so much at their shop, with
// their reference) and until when; Confirm opens it with a fresh quote,
// Decline refuses it. A request shown as a QR or link can be opened too.
ScrollView {
    id: view
    property BridgeConsentsModel consents
    objectName: "consentsView"
    contentWidth: availableWidth
    clip: true

    ConsentDialog { id: consentDialog; onAnswered: view.consents.reload() }
    Connections {
        target: view.consents
        function onDeclined() { Errors.inform(qsTr("Request declined.")) }
        function onDeclineFailed(message) { Errors.reportText(message) }
    }

    ColumnLayout {
        width: view.availableWidth
        spacing: 14

        Card {
            Layout.fillWidth: true
            title: qsTr("Requests from partners")
            subtitle: qsTr("A partner's till or website can ask you to swap points or coin. Nothing moves until you confirm here.")

            Repeater {
                model: view.consents
                delegate: Rectangle {
                    id: row
                    required property string itemId
                    required property string orgName
                    required property string point
                    required property string pointName
                    required property string direction
                    required property string amount
                    required property var reference
                    required property var expiresAt
                    objectName: "consentRow_" + itemId
                    Layout.fillWidth: true
                    implicitHeight: rowLayout.implicitHeight + 24
                    radius: Theme.radius
                    color: Theme.surfaceAlt
                    border.color: Theme.border
                    RowLayout {
                        id: rowLayout
                        anchors.fill: parent
                        anchors.margins: 12
                        spacing: 12
                        PointIcon { name: row.orgName; size: 40 }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            PlainLabel {
                                Layout.fillWidth: true
                                text: row.direction === "toPoints"
                                      ? qsTr("%1: pay %2 in coin for %3").arg(row.orgName).arg(row.amount).arg(row.pointName)
                                      : qsTr("%1: give %2 %3 for coin").arg(row.orgName).arg(row.amount).arg(row.point)
                                font.weight: Font.DemiBold
                                color: Theme.text
                                wrapMode: Text.WordWrap
                                horizontalAlignment: Text.AlignLeft
                            }
                            PlainLabel {
                                Layout.fillWidth: true
                                text: (row.reference ? qsTr("Reference: %1").arg(row.reference) + " · " : "") + qsTr("until %1").arg(Labels.dateTime(Number(row.expiresAt)))
                                color: Theme.textMuted
                                font.pixelSize: 12
                                elide: Text.ElideRight
                                horizontalAlignment: Text.AlignLeft
                            }
                        }
                        AppButton {
                            objectName: "consentRowDecline_" + row.itemId
                            kind: "ghost"
                            text: qsTr("Decline")
                            onClicked: view.consents.decline(row.itemId)
                        }
                        AppButton {
                            objectName: "consentRowConfirm_" + row.itemId
                            kind: "primary"
                            text: qsTr("Confirm…")
                            onClicked: consentDialog.start(row.itemId)
                        }
                    }
                }
            }
            EmptyState {
                visible: !!view.consents && view.consents.count === 0 && !view.consents.busy
                Layout.alignment: Qt.AlignHCenter
                iconName: "check"
                text: qsTr("No requests are waiting for you.")
            }
        }

        Card {
            Layout.fillWidth: true
            title: qsTr("Open a request")
            subtitle: qsTr("Paste the link a partner showed you (azcoiner:bridge?consent=…).")
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                FormField {
                    id: link
                    objectName: "consentLink"
                    maximumLength: 200
                    onAccepted: if (openLink.enabled) openLink.clicked()
                }
                AppButton {
                    id: openLink
                    objectName: "consentOpenLink"
                    Layout.alignment: Qt.AlignBottom
                    text: qsTr("Open")
                    enabled: consentDialog.idFrom(link.text) !== ""
                    onClicked: { consentDialog.start(consentDialog.idFrom(link.text)); link.text = "" }
                }
            }
        }
    }
}
