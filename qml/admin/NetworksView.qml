import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Admin: the blockchain networks (node state, head block, hot wallet, how
// many deposit addresses were handed out) and the forms that set a network,
// an asset on it (contract, minimums, fee, dual-approval amount) and the
// withdrawal limits per verification level.
Item {
    id: view
    objectName: "networksView"
    property string form: "network"

    CustodyNetworksModel { id: networks; objectName: "adminNetworks"; admin: true }
    AssetsModel { id: assets; scope: "treasury" }

    function editNetwork(n) {
        view.form = "network"
        netId.text = n.itemId; netName.text = n.name; netChain.text = String(n.chainId)
        netRpc.text = n.rpcUrl || ""; netConfirmations.text = String(n.confirmations); netNative.text = n.nativeAsset
        netEnabled.checked = n.enabled
    }
    function editAsset(networkId, a) {
        view.form = "asset"
        assetNetwork.text = networkId; assetCode.text = a.asset; assetContract.text = a.contract || ""
        assetMinDeposit.text = a.minDeposit; assetMinWithdrawal.text = a.minWithdrawal
        assetFee.text = a.withdrawalFee; assetDual.text = a.dualApprovalAbove
    }

    RowLayout {
        anchors.fill: parent
        spacing: 18

        // The networks.
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 8
                spacing: 0
                RowLayout {
                    Layout.fillWidth: true
                    Layout.margins: 12
                    PlainLabel { text: qsTr("Networks"); font.pixelSize: 17; font.weight: Font.DemiBold; color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
                    ToolButton {
                        icon.source: "../icons/refresh.svg"
                        icon.width: 18; icon.height: 18
                        icon.color: Theme.textMuted
                        onClicked: networks.reload()
                    }
                }
                Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                ListView {
                    objectName: "adminNetworkList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 6
                    model: networks
                    ScrollBar.vertical: ScrollBar {}
                    delegate: Rectangle {
                        id: net
                        required property int index
                        required property var model
                        required property string itemId
                        required property string name
                        required property bool online
                        required property bool enabled
                        required property var head
                        required property var hotWallet
                        required property var depositAddresses
                        required property var lastError
                        required property var assets
                        required property var confirmations
                        objectName: "adminNetwork_" + itemId
                        width: ListView.view.width
                        implicitHeight: netColumn.implicitHeight + 24
                        radius: 8
                        color: "transparent"
                        ColumnLayout {
                            id: netColumn
                            anchors.fill: parent
                            anchors.margins: 12
                            spacing: 6
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 8
                                PlainLabel { text: net.name; font.weight: Font.DemiBold; font.pixelSize: 15; color: Theme.text }
                                PlainLabel { text: net.itemId; color: Theme.textMuted; font.pixelSize: 12 }
                                Item { Layout.fillWidth: true }
                                StatusChip { visible: !net.enabled; text: qsTr("Switched off"); tone: "neutral" }
                                StatusChip {
                                    objectName: "adminNetworkState_" + net.itemId
                                    text: net.online ? qsTr("Online") : qsTr("Offline")
                                    tone: net.online ? "success" : "danger"
                                }
                                AppButton { objectName: "editNetwork_" + net.itemId; kind: "ghost"; text: qsTr("Edit"); onClicked: view.editNetwork(net.model) }
                            }
                            PlainLabel {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignLeft
                                wrapMode: Text.WordWrap
                                font.pixelSize: 12
                                color: Theme.textMuted
                                text: qsTr("Head block %1 · %2 confirmations · %3 deposit addresses").arg(net.head || 0).arg(net.confirmations).arg(net.depositAddresses || 0)
                            }
                            PlainLabel {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignLeft
                                elide: Text.ElideMiddle
                                font.pixelSize: 12
                                font.family: "monospace"
                                color: Theme.text
                                text: qsTr("Hot wallet %1").arg(net.hotWallet || "—")
                            }
                            PlainLabel {
                                visible: (net.lastError || "") !== ""
                                Layout.fillWidth: true
                                wrapMode: Text.WordWrap
                                font.pixelSize: 12
                                color: Theme.danger
                                text: qsTr("Last error: %1").arg(net.lastError || "")
                            }
                            Repeater {
                                model: net.assets
                                delegate: RowLayout {
                                    required property var modelData
                                    Layout.fillWidth: true
                                    spacing: 8
                                    PlainLabel { text: modelData.asset; font.weight: Font.DemiBold; color: Theme.text; Layout.preferredWidth: 50 }
                                    PlainLabel {
                                        Layout.fillWidth: true
                                        horizontalAlignment: Text.AlignLeft
                                        elide: Text.ElideRight
                                        font.pixelSize: 12
                                        color: Theme.textMuted
                                        text: qsTr("min deposit %1 · min withdrawal %2 · fee %3 · two approvals above %4")
                                              .arg(modelData.minDeposit).arg(modelData.minWithdrawal).arg(modelData.withdrawalFee).arg(modelData.dualApprovalAbove)
                                    }
                                    AppButton { kind: "ghost"; text: qsTr("Edit"); onClicked: view.editAsset(net.itemId, modelData) }
                                }
                            }
                            Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                        }
                    }
                }
                EmptyState {
                    visible: networks.loaded && networks.count === 0
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    iconName: "globe"
                    text: networks.errorText !== "" ? networks.errorText : qsTr("No network yet. Add one with the form.")
                }
            }
        }

        // The forms.
        Rectangle {
            Layout.preferredWidth: 360
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 18
                spacing: 12
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 4
                    AppButton { objectName: "networkFormTab"; Layout.fillWidth: true; text: qsTr("Network"); kind: view.form === "network" ? "secondary" : "ghost"; onClicked: view.form = "network" }
                    AppButton { objectName: "assetFormTab"; Layout.fillWidth: true; text: qsTr("Asset"); kind: view.form === "asset" ? "secondary" : "ghost"; onClicked: view.form = "asset" }
                    AppButton { objectName: "limitFormTab"; Layout.fillWidth: true; text: qsTr("Limits"); kind: view.form === "limit" ? "secondary" : "ghost"; onClicked: view.form = "limit" }
                }
                ScrollView {
                    id: formScroll
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    contentWidth: availableWidth
                    clip: true
                    StackLayout {
                        // Room on the trailing side for the scroll bar.
                        width: formScroll.availableWidth - 12
                        currentIndex: view.form === "asset" ? 1 : view.form === "limit" ? 2 : 0
                        ColumnLayout {
                            spacing: 8
                            FormField { id: netId; objectName: "networkFormId"; label: qsTr("Id (a–z, 0–9, -)"); maximumLength: 32 }
                            FormField { id: netName; objectName: "networkFormName"; label: qsTr("Name") }
                            FormField { id: netChain; objectName: "networkFormChainId"; label: qsTr("Chain id"); inputMethodHints: Qt.ImhDigitsOnly }
                            FormField { id: netRpc; objectName: "networkFormRpc"; label: qsTr("Node URL (http or https)") }
                            FormField { id: netConfirmations; objectName: "networkFormConfirmations"; label: qsTr("Confirmations"); inputMethodHints: Qt.ImhDigitsOnly }
                            FormField { id: netNative; objectName: "networkFormNative"; label: qsTr("Native asset"); placeholderText: "ETH" }
                            AppSwitch { id: netEnabled; text: qsTr("Enabled"); checked: true }
                        }
                        ColumnLayout {
                            spacing: 8
                            FormField { id: assetNetwork; objectName: "assetFormNetwork"; label: qsTr("Network id") }
                            FormField { id: assetCode; objectName: "assetFormAsset"; label: qsTr("Asset") }
                            FormField { id: assetContract; objectName: "assetFormContract"; label: qsTr("Token contract (empty for the native coin)"); placeholderText: "0x…" }
                            FormField { id: assetMinDeposit; objectName: "assetFormMinDeposit"; label: qsTr("Minimum deposit") }
                            FormField { id: assetMinWithdrawal; objectName: "assetFormMinWithdrawal"; label: qsTr("Minimum withdrawal") }
                            FormField { id: assetFee; objectName: "assetFormFee"; label: qsTr("Withdrawal fee") }
                            FormField { id: assetDual; objectName: "assetFormDual"; label: qsTr("Two admins approve above (0 = always one approval)") }
                        }
                        ColumnLayout {
                            spacing: 8
                            AppComboBox { id: limitAsset; objectName: "limitFormAsset"; Layout.fillWidth: true; model: assets; textRole: "code"; valueRole: "code" }
                            AppComboBox {
                                id: limitTier
                                objectName: "limitFormTier"
                                Layout.fillWidth: true
                                model: [Labels.tier(0), Labels.tier(1), Labels.tier(2), qsTr("Level 3")]
                            }
                            FormField { id: limitPer; objectName: "limitFormPer"; label: qsTr("Per withdrawal") }
                            FormField { id: limitDaily; objectName: "limitFormDaily"; label: qsTr("Per 24 hours") }
                            FormField { id: limit2fa; objectName: "limitForm2fa"; label: qsTr("2FA code needed above") }
                        }
                    }
                }
                // The save button stays in view below the scrolling form.
                AppButton {
                    visible: view.form === "network"
                    Layout.fillWidth: true
                    objectName: "networkFormSave"
                    kind: "primary"
                    text: qsTr("Save network")
                    enabled: netId.text !== "" && netName.text !== "" && netRpc.text !== "" && !networks.busy
                    onClicked: networks.saveNetwork({ id: netId.text.trim(), name: netName.text.trim(), chainId: netChain.text.trim(),
                                                      rpcUrl: netRpc.text.trim(), confirmations: netConfirmations.text.trim(),
                                                      nativeAsset: netNative.text.trim(), enabled: netEnabled.checked })
                }
                AppButton {
                    visible: view.form === "asset"
                    Layout.fillWidth: true
                    objectName: "assetFormSave"
                    kind: "primary"
                    text: qsTr("Save asset")
                    enabled: assetNetwork.text !== "" && assetCode.text !== "" && !networks.busy
                    onClicked: networks.saveAsset({ network: assetNetwork.text.trim(), asset: assetCode.text.trim(), contract: assetContract.text.trim(),
                                                    minDeposit: assetMinDeposit.text.trim(), minWithdrawal: assetMinWithdrawal.text.trim(),
                                                    withdrawalFee: assetFee.text.trim(), dualApprovalAbove: assetDual.text.trim() })
                }
                AppButton {
                    visible: view.form === "limit"
                    Layout.fillWidth: true
                    objectName: "limitFormSave"
                    kind: "primary"
                    text: qsTr("Save limit")
                    enabled: limitPer.text !== "" && limitDaily.text !== "" && limit2fa.text !== "" && !networks.busy
                    onClicked: networks.saveWithdrawLimit(limitAsset.currentValue, limitTier.currentIndex, limitPer.text, limitDaily.text, limit2fa.text)
                }
                PlainLabel {
                    objectName: "networkFormError"
                    visible: text !== ""
                    text: networks.errorText
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
