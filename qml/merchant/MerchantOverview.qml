import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import AzCoiner

// The dashboard: what the business holds, daily volume and fees for the last
// two weeks (from the ledger's statement), paying out to a member's wallet,
// and the latest payouts.
ScrollView {
    id: view
    property MerchantConsole merchant
    contentWidth: availableWidth
    clip: true

    FileDialog {
        id: csvDialog
        title: qsTr("Export the statement")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV (*.csv)")]
        onAccepted: view.merchant.saveStatementCsv(selectedFile)
    }

    ColumnLayout {
        width: view.availableWidth - 64
        x: 32
        spacing: 16

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Repeater {
                model: view.merchant.balances
                delegate: Card {
                    required property var modelData
                    objectName: "merchantBalance_" + modelData.asset
                    Layout.fillWidth: true
                    Layout.preferredWidth: 200
                    title: modelData.asset
                    PlainLabel { text: modelData.available; font.pixelSize: 24; font.weight: Font.Bold; color: Theme.text }
                }
            }
            Card {
                visible: view.merchant.balances.length === 0
                Layout.fillWidth: true
                title: qsTr("No payments yet")
                subtitle: qsTr("Create an invoice or print your shop's QR code to take the first one.")
            }
        }

        Card {
            objectName: "merchantCharts"
            Layout.fillWidth: true
            title: qsTr("Last 14 days (%1, UTC days)").arg(view.merchant.statement.asset || "")
            subtitle: qsTr("Opening balance %1 · closing balance %2").arg(view.merchant.statement.openingBalance || "0")
                                                                   .arg(view.merchant.statement.closingBalance || "0")
            actions: AppButton { objectName: "statementCsv"; kind: "ghost"; text: qsTr("Export CSV…"); onClicked: csvDialog.open() }
            RowLayout {
                Layout.fillWidth: true
                spacing: 24
                BarChart { objectName: "volumeChart"; Layout.fillWidth: true; Layout.preferredWidth: 1; merchant: view.merchant; key: "payments"; title: qsTr("Payments received") }
                BarChart { objectName: "feeChart"; Layout.fillWidth: true; Layout.preferredWidth: 1; merchant: view.merchant; key: "fees"; title: qsTr("Fees paid"); barColor: Theme.warning }
            }
        }

        Card {
            Layout.fillWidth: true
            title: qsTr("Pay out")
            subtitle: qsTr("Moves money from the business to a member's AZCoiner wallet (yours when no one is named).")
            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                AppComboBox { id: payoutAsset; objectName: "payoutAsset"; model: view.merchant.balances.map(b => b.asset); Layout.preferredWidth: 120; Layout.alignment: Qt.AlignBottom }
                FormField { id: payoutAmount; objectName: "payoutAmount"; label: qsTr("Amount"); Layout.preferredWidth: 160; inputMethodHints: Qt.ImhFormattedNumbersOnly }
                FormField { id: payoutTo; objectName: "payoutTo"; label: qsTr("Member (optional)"); placeholderText: qsTr("username"); Layout.fillWidth: true }
                AppButton {
                    objectName: "payoutSend"
                    Layout.alignment: Qt.AlignBottom
                    kind: "primary"
                    text: qsTr("Pay out")
                    enabled: payoutAmount.text.trim() !== "" && payoutAsset.currentText !== ""
                    onClicked: { view.merchant.payout(payoutAsset.currentText, payoutAmount.text, payoutTo.text); payoutAmount.text = "" }
                }
            }
            Repeater {
                model: view.merchant.payouts
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    PlainLabel { text: Labels.dateTime(modelData.createdAt); color: Theme.textMuted }
                    PlainLabel { Layout.fillWidth: true; text: modelData.to ? modelData.to.displayName : ""; color: Theme.text; elide: Text.ElideRight }
                    PlainLabel { text: modelData.amount + " " + modelData.asset; color: Theme.text; font.weight: Font.DemiBold }
                    PlainLabel { text: qsTr("fee %1").arg(modelData.fee); color: Theme.textMuted; font.pixelSize: 12 }
                }
            }
        }

        Card {
            Layout.fillWidth: true
            title: qsTr("Team")
            subtitle: qsTr("Staff create invoices; admins also refund, pay out and manage the API; viewers only look.")
            Repeater {
                model: view.merchant.org.members || []
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    PlainLabel { Layout.fillWidth: true; text: modelData.displayName + "  @" + modelData.username; color: Theme.text; elide: Text.ElideRight }
                    StatusChip { text: MerchantWords.role(modelData.role) }
                }
            }
            RowLayout {
                visible: view.merchant.role === "owner"
                Layout.fillWidth: true
                spacing: 10
                FormField { id: memberName; objectName: "memberUsername"; label: qsTr("Add a member"); placeholderText: qsTr("username"); Layout.fillWidth: true }
                AppComboBox { id: memberRole; model: ["staff", "admin", "viewer"]; Layout.preferredWidth: 120; Layout.alignment: Qt.AlignBottom }
                AppButton {
                    Layout.alignment: Qt.AlignBottom
                    text: qsTr("Add")
                    enabled: memberName.text.trim() !== ""
                    onClicked: { view.merchant.addMember(memberName.text, memberRole.currentText); memberName.text = "" }
                }
            }
        }
        Item { Layout.preferredHeight: 16 }
    }
}
