import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import AzCoiner

// Reusable payment codes: a shop's static QR (the customer types the amount)
// and links with a fixed price; each payment becomes an invoice of its own.
ScrollView {
    id: view
    property MerchantConsole merchant
    property string saving: ""
    contentWidth: availableWidth
    clip: true

    FileDialog {
        id: pngDialog
        title: qsTr("Save the QR code")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "png"
        nameFilters: [qsTr("PNG image (*.png)")]
        onAccepted: view.merchant.saveQrPng(view.saving, selectedFile)
    }

    ColumnLayout {
        width: view.availableWidth - 64
        x: 32
        spacing: 14
        Card {
            Layout.fillWidth: true
            title: qsTr("New code")
            subtitle: qsTr("Leave the amount empty for a counter QR code: the customer enters what they pay.")
            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                AppComboBox { id: asset; objectName: "linkAsset"; model: ["USDT", "AZC", "BTC", "ETH"]; Layout.preferredWidth: 110; Layout.alignment: Qt.AlignBottom }
                FormField { id: amount; objectName: "linkAmount"; label: qsTr("Amount (optional)"); Layout.preferredWidth: 150 }
                FormField { id: description; objectName: "linkDescription"; label: qsTr("Description"); Layout.fillWidth: true; maximumLength: 200 }
                AppButton {
                    objectName: "linkCreate"
                    Layout.alignment: Qt.AlignBottom
                    kind: "primary"
                    text: qsTr("Create")
                    onClicked: { view.merchant.createLink(asset.currentText, amount.text, description.text); amount.text = ""; description.text = "" }
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 14
            Repeater {
                model: view.merchant.links
                delegate: Card {
                    required property var modelData
                    width: 260
                    title: modelData.description || qsTr("Counter")
                    subtitle: (modelData.amount ? modelData.amount + " " + modelData.asset : qsTr("Any amount in %1").arg(modelData.asset))
                              + " · " + qsTr("%n payment(s)", "", modelData.payments)
                    Rectangle {
                        Layout.alignment: Qt.AlignHCenter
                        implicitWidth: 200; implicitHeight: 200; color: "white"; radius: 6
                        opacity: modelData.active ? 1 : 0.35
                        Image {
                            anchors.centerIn: parent
                            width: 190; height: 190; smooth: false
                            source: "image://qr/" + encodeURIComponent(modelData.uri)
                            sourceSize.width: 190; sourceSize.height: 190
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        AppSwitch { text: qsTr("Active"); checked: modelData.active; onToggled: view.merchant.setLinkActive(modelData.id, checked) }
                        Item { Layout.fillWidth: true }
                        AppButton { kind: "ghost"; text: qsTr("Save…"); onClicked: { view.saving = modelData.uri; pngDialog.open() } }
                    }
                }
            }
        }
    }
}
