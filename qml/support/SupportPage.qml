import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Support console: the KYC review queue, business verification (KYB), the
// withdrawal approval queue, the P2P appeals and the market's disputes, as tabs.
Item {
    id: page
    objectName: "supportPage"
    property string tab: "kyc"

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        Rectangle {
            Layout.fillWidth: true
            Layout.leftMargin: 32
            Layout.rightMargin: 32
            implicitHeight: tabRow.implicitHeight + 8
            radius: 12
            color: Theme.surfaceAlt
            RowLayout {
                id: tabRow
                anchors.fill: parent
                anchors.margins: 4
                spacing: 4
                Repeater {
                    model: [{ key: "kyc", text: qsTr("KYC review") }, { key: "kyb", text: qsTr("Businesses") },
                            { key: "withdrawals", text: qsTr("Withdrawal approvals") },
                            { key: "disputes", text: qsTr("P2P appeals") },
                            { key: "market", text: qsTr("Market disputes") }]
                    delegate: AppButton {
                        required property var modelData
                        objectName: "supportTab_" + modelData.key
                        Layout.fillWidth: true
                        Layout.preferredWidth: 100
                        kind: page.tab === modelData.key ? "primary" : "ghost"
                        text: modelData.text
                        onClicked: page.tab = modelData.key
                    }
                }
            }
        }
        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: page.tab === "withdrawals" ? withdrawalsView : page.tab === "disputes" ? disputesView
                           : page.tab === "kyb" ? kybView : page.tab === "market" ? marketDisputesView : kycView
        }
    }

    Component { id: kycView; KycQueuePage {} }
    Component { id: withdrawalsView; WithdrawalQueueView {} }
    Component { id: disputesView; DisputesView {} }
    Component { id: kybView; KybQueueView {} }
    Component { id: marketDisputesView; MarketDisputesView {} }
}
