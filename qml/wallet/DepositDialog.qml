import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Depositing from a blockchain: pick the network and the asset, and send to
// the address shown (as text and as a QR code with the EIP-681 link). The
// user's deposits are listed beside it and follow the chain live.
Dialog {
    id: dialog
    property CustodyNetworksModel networks
    property CustodyDepositsModel deposits
    property string network: ""
    property string asset: ""
    readonly property var networkRow: { void networks.count; return networks.network(network) }
    readonly property var assetInfo: { void address.assets; return address.asset(asset) }

    function start(code) {
        asset = code
        if (network === "" && networks.count > 0)
            network = networks.get(0).id
        address.reload()
        open()
    }

    CustodyDepositAddress {
        id: address
        objectName: "depositAddress"
        network: dialog.network
        onAddressChanged: {
            // Keep the asset the user asked for when the network has it, else its first.
            const list = address.assets
            if (list.length > 0 && address.asset(dialog.asset).asset === undefined)
                dialog.asset = list[0].asset
        }
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(900, Overlay.overlay ? Overlay.overlay.width - 60 : 900)
    height: Math.min(640, Overlay.overlay ? Overlay.overlay.height - 60 : 640)
    padding: 22
    title: qsTr("Deposit from a blockchain")
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: PlainLabel {
        // Popups live in the window overlay, outside the mirrored shell: mirror here too.
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        text: dialog.title
        padding: 22
        bottomPadding: 0
        font.pixelSize: 18
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
    }

    RowLayout {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 22

        // Where to send.
        ColumnLayout {
            Layout.preferredWidth: 380
            Layout.maximumWidth: 380
            Layout.fillHeight: true
            spacing: 10

            EmptyState {
                visible: dialog.networks.loaded && dialog.networks.count === 0
                Layout.fillWidth: true
                Layout.topMargin: 40
                iconName: "wallet"
                text: dialog.networks.errorText !== "" ? dialog.networks.errorText
                                                       : qsTr("No blockchain network is set up for deposits yet.")
            }

            GridLayout {
                visible: dialog.networks.count > 0
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 10
                rowSpacing: 6
                PlainLabel { text: qsTr("Network"); font.pixelSize: 13; font.weight: Font.Medium; color: Theme.textMuted }
                PlainLabel { text: qsTr("Asset"); font.pixelSize: 13; font.weight: Font.Medium; color: Theme.textMuted }
                AppComboBox {
                    id: networkBox
                    objectName: "depositNetwork"
                    Layout.fillWidth: true
                    model: dialog.networks
                    textRole: "name"
                    valueRole: "itemId"
                    displayText: currentText + (dialog.networkRow.online === false ? " · " + qsTr("offline") : "")
                    currentIndex: { void dialog.networks.count; return indexOfValue(dialog.network) }
                    onActivated: dialog.network = currentValue
                }
                AppComboBox {
                    objectName: "depositAsset"
                    Layout.preferredWidth: 120
                    model: address.assets
                    textRole: "asset"
                    valueRole: "asset"
                    currentIndex: { void address.assets; return indexOfValue(dialog.asset) }
                    onActivated: dialog.asset = currentValue
                }
            }
            RowLayout {
                visible: dialog.networks.count > 0
                spacing: 8
                StatusChip {
                    objectName: "depositNetworkState"
                    text: dialog.networkRow.online ? qsTr("Online") : qsTr("Offline")
                    tone: dialog.networkRow.online ? "success" : "danger"
                }
                PlainLabel {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: 12
                    color: Theme.textMuted
                    text: dialog.networkRow.online ? qsTr("Block %1").arg(dialog.networkRow.head || 0)
                        : qsTr("The node is not answering. You can still send: the deposit is credited when it is back.")
                }
            }

            PlainLabel {
                visible: address.errorText !== ""
                text: address.errorText
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            // The QR code: EIP-681, so a wallet app fills in the network and (for tokens) the contract.
            Rectangle {
                visible: dialog.assetInfo.uri !== undefined
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: 4
                width: 196; height: 196
                radius: 10
                color: "white"
                border.color: Theme.border
                Image {
                    id: qr
                    objectName: "depositQr"
                    anchors.centerIn: parent
                    width: 180; height: 180
                    sourceSize: Qt.size(180, 180)
                    smooth: false
                    fillMode: Image.PreserveAspectFit
                    source: dialog.assetInfo.qrSource || ""
                }
            }
            PlainLabel {
                visible: address.address !== ""
                Layout.fillWidth: true
                text: qsTr("Your %1 address on %2").arg(dialog.asset).arg(dialog.networkRow.name || "")
                font.pixelSize: 13
                font.weight: Font.Medium
                color: Theme.textMuted
                horizontalAlignment: Text.AlignLeft
            }
            RowLayout {
                visible: address.address !== ""
                Layout.fillWidth: true
                spacing: 8
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: addressText.implicitHeight + 16
                    radius: 8
                    color: Theme.surfaceAlt
                    border.color: Theme.border
                    PlainLabel {
                        id: addressText
                        objectName: "depositAddressText"
                        anchors.fill: parent
                        anchors.margins: 8
                        // An address reads left to right in every language.
                        LayoutMirroring.enabled: false
                        horizontalAlignment: Text.AlignLeft
                        wrapMode: Text.WrapAnywhere
                        font.family: "monospace"
                        font.pixelSize: 13
                        color: Theme.text
                        text: address.address
                    }
                }
                AppButton {
                    objectName: "depositCopy"
                    text: qsTr("Copy")
                    onClicked: { Clipboard.setText(address.address); Errors.inform(qsTr("The address was copied.")) }
                }
            }
            GridLayout {
                visible: dialog.assetInfo.minDeposit !== undefined
                Layout.fillWidth: true
                columns: 2
                rowSpacing: 4
                PlainLabel { text: qsTr("Minimum deposit"); color: Theme.textMuted; font.pixelSize: 13 }
                PlainLabel {
                    objectName: "depositMinimum"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignRight
                    color: Theme.text
                    font.pixelSize: 13
                    text: (dialog.assetInfo.minDeposit || "") + " " + dialog.asset
                }
                PlainLabel { text: qsTr("Confirmations needed"); color: Theme.textMuted; font.pixelSize: 13 }
                PlainLabel {
                    objectName: "depositConfirmations"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignRight
                    color: Theme.text
                    font.pixelSize: 13
                    text: String(address.confirmations)
                }
            }
            PlainLabel {
                visible: dialog.assetInfo.minDeposit !== undefined
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: 12
                color: Theme.textMuted
                text: qsTr("Send only %1 on %2 to this address. Smaller amounts are not credited.").arg(dialog.asset).arg(dialog.networkRow.name || "")
            }
            Item { Layout.fillHeight: true }
        }

        Rectangle { Layout.fillHeight: true; width: 1; color: Theme.border }

        // What arrived.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8
            PlainLabel {
                text: qsTr("Your deposits")
                font.pixelSize: 16
                font.weight: Font.DemiBold
                color: Theme.text
            }
            ListView {
                objectName: "depositList"
                visible: dialog.deposits.count > 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 2
                model: dialog.deposits
                ScrollBar.vertical: ScrollBar {}
                delegate: DepositRow { width: ListView.view.width }
            }
            EmptyState {
                visible: dialog.deposits.count === 0
                Layout.fillWidth: true
                Layout.topMargin: 60
                iconName: "wallet"
                text: qsTr("Nothing has arrived yet. Deposits show up here as soon as the network sees them.")
            }
            Item { visible: dialog.deposits.count === 0; Layout.fillHeight: true }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                AppButton {
                    objectName: "depositClose"
                    kind: "primary"
                    text: qsTr("Done")
                    onClicked: dialog.close()
                }
            }
        }
    }
}
