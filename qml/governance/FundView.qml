import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The community fund, public: what it holds and every movement. Money comes
// in from members (and from the house, by an admin); it goes out only through
// executed proposals — there is no button for that here, or anywhere.
ScrollView {
    id: view
    objectName: "fundView"
    contentWidth: availableWidth
    clip: true

    CommunityFund {
        id: fund
        objectName: "communityFund"
        onGiven: (asset, amount) => { Errors.inform(qsTr("%1 %2 added to the community fund.").arg(amount).arg(asset)); giveAmount.text = "" }
        onFailed: message => Errors.reportText(message)
    }

    ColumnLayout {
        width: view.availableWidth
        spacing: 14
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true

        Card {
            Layout.fillWidth: true
            Layout.leftMargin: 32
            Layout.rightMargin: 32
            title: qsTr("Community fund")
            subtitle: qsTr("Its money moves only when a proposal passes and its timelock ends.")
            Flow {
                Layout.fillWidth: true
                spacing: 12
                Repeater {
                    model: fund.balances
                    delegate: Rectangle {
                        required property var modelData
                        width: 200
                        height: 76
                        radius: 12
                        color: Theme.surfaceAlt
                        Column {
                            anchors.centerIn: parent
                            spacing: 4
                            PlainLabel { anchors.horizontalCenter: parent.horizontalCenter; text: modelData.asset; color: Theme.textMuted }
                            PlainLabel { objectName: "fundBalance_" + modelData.asset; anchors.horizontalCenter: parent.horizontalCenter; text: modelData.balance; font.pixelSize: 20; font.weight: Font.DemiBold; color: Theme.text }
                        }
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                AppComboBox { id: giveAsset; Layout.preferredWidth: 110; model: ["AZC", "USDT"] }
                FormField {
                    id: giveAmount
                    objectName: "fundGiveAmount"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Amount")
                    validator: RegularExpressionValidator { regularExpression: /^\d{0,12}(\.\d{0,18})?$/ }
                }
                AppButton {
                    objectName: "fundDonate"
                    text: qsTr("Donate from my wallet")
                    enabled: giveAmount.text !== "" && !fund.busy
                    onClicked: fund.give(giveAsset.currentText, giveAmount.text, false)
                }
                AppButton {
                    objectName: "fundFromTreasury"
                    visible: Session.isAdmin
                    text: qsTr("Add from the treasury")
                    enabled: giveAmount.text !== "" && !fund.busy
                    onClicked: fund.give(giveAsset.currentText, giveAmount.text, true)
                }
            }
        }
        Card {
            Layout.fillWidth: true
            Layout.leftMargin: 32
            Layout.rightMargin: 32
            title: qsTr("Movements")
            EmptyState { visible: fund.history.length === 0; Layout.fillWidth: true; iconName: "treasury"; text: qsTr("Nothing has moved yet.") }
            Repeater {
                model: fund.history
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 12
                    PlainLabel { text: Labels.dateTime(modelData.at); color: Theme.textMuted; Layout.preferredWidth: 150; horizontalAlignment: Text.AlignLeft }
                    PlainLabel {
                        text: modelData.code === "governance.payout" ? qsTr("Paid by an executed proposal") : qsTr("Added to the fund")
                        color: Theme.text
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                    }
                    PlainLabel {
                        text: (String(modelData.amount).startsWith("-") ? "" : "+") + modelData.amount + " " + modelData.asset
                        color: String(modelData.amount).startsWith("-") ? Theme.danger : Theme.success
                        font.weight: Font.DemiBold
                    }
                }
            }
        }
        Item { Layout.preferredHeight: 8 }
    }
}
