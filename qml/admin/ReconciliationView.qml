import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Admin: does the chain agree with the ledger? Per network and asset, what
// the hot wallet and the deposit addresses hold on chain against the
// ledger (with what is still confirming or below the minimum), pending
// withdrawals, and the difference: green when it matches, red with the
// amount when not. Then what users are owed against what is held on chain,
// and the credited deposits not yet swept to the hot wallet.
Flickable {
    id: view
    objectName: "reconciliationView"
    clip: true
    contentWidth: width
    contentHeight: column.implicitHeight + 24
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    CustodyReconcileModel { id: reconcile; objectName: "custodyReconcile" }


    ColumnLayout {
        id: column
        width: view.width
        spacing: 16

        // The overall verdict.
        Rectangle {
            objectName: "reconcileBanner"
            Layout.fillWidth: true
            implicitHeight: bannerRow.implicitHeight + 28
            radius: Theme.radius
            readonly property color tone: !reconcile.loaded ? Theme.textMuted : reconcile.ok ? Theme.success : Theme.danger
            color: Qt.rgba(tone.r, tone.g, tone.b, Theme.dark ? 0.22 : 0.10)
            border.color: tone
            RowLayout {
                id: bannerRow
                anchors.fill: parent
                anchors.margins: 14
                spacing: 12
                PlainLabel {
                    text: reconcile.ok ? "✓" : "!"
                    font.pixelSize: 24
                    font.weight: Font.Bold
                    color: parent.parent.tone
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    PlainLabel {
                        objectName: "reconcileSummary"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        font.pixelSize: 17
                        font.weight: Font.DemiBold
                        color: Theme.text
                        text: !reconcile.loaded ? qsTr("Checking the chain against the ledger…")
                            : reconcile.count === 0 ? qsTr("No blockchain network is set up yet.")
                            : reconcile.ok ? qsTr("Everything matches: the chain agrees with the ledger.")
                            : qsTr("%1 of %2 lines differ.").arg(reconcile.differing).arg(reconcile.count)
                    }
                    PlainLabel {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        font.pixelSize: 12
                        color: Theme.textMuted
                        text: qsTr("Checked %1. Difference = on chain − (ledger + confirming + below minimum).").arg(Labels.dateTime(reconcile.checkedAt))
                    }
                }
                AppButton {
                    objectName: "reconcileRefresh"
                    text: qsTr("Check again")
                    icon.source: "../icons/refresh.svg"
                    onClicked: reconcile.reload()
                }
            }
        }

        // The lines: one card per network and asset.
        Repeater {
            model: reconcile
            delegate: Rectangle {
                id: line
                required property var model
                required property string network
                required property string asset
                required property bool ok
                required property var online
                required property string difference
                required property var error
                objectName: "reconcileLine_" + network + "_" + asset
                Layout.fillWidth: true
                implicitHeight: lineRow.implicitHeight + 28
                radius: Theme.radius
                color: Theme.surface
                border.color: line.ok ? Theme.border : Theme.danger
                RowLayout {
                    id: lineRow
                    anchors.fill: parent
                    anchors.margins: 14
                    spacing: 18
                    ColumnLayout {
                        Layout.preferredWidth: 110
                        Layout.alignment: Qt.AlignTop
                        spacing: 2
                        PlainLabel { text: line.asset; font.weight: Font.Bold; font.pixelSize: 16; color: Theme.text }
                        PlainLabel { text: line.network; font.pixelSize: 12; color: Theme.textMuted }
                        StatusChip { visible: !line.online; text: qsTr("Offline"); tone: "danger" }
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: 3
                        columnSpacing: 16
                        rowSpacing: 4
                        Item { Layout.fillWidth: true; Layout.preferredWidth: 1 }
                        PlainLabel { text: qsTr("On chain"); font.pixelSize: 11; font.weight: Font.DemiBold; color: Theme.textMuted; Layout.preferredWidth: 220; horizontalAlignment: Text.AlignRight }
                        PlainLabel { text: qsTr("In the ledger"); font.pixelSize: 11; font.weight: Font.DemiBold; color: Theme.textMuted; Layout.preferredWidth: 220; horizontalAlignment: Text.AlignRight }
                        PlainLabel { text: qsTr("Hot wallet"); font.pixelSize: 12; color: Theme.textMuted }
                        PlainLabel { objectName: "reconcileHotChain_" + line.asset; text: line.model.hotOnChain; font.family: "monospace"; font.pixelSize: 12; color: Theme.text; Layout.preferredWidth: 220; horizontalAlignment: Text.AlignRight }
                        PlainLabel { text: line.model.hotLedger; font.family: "monospace"; font.pixelSize: 12; color: Theme.text; Layout.preferredWidth: 220; horizontalAlignment: Text.AlignRight }
                        PlainLabel { text: qsTr("Deposit addresses"); font.pixelSize: 12; color: Theme.textMuted }
                        PlainLabel { text: line.model.unsweptOnChain; font.family: "monospace"; font.pixelSize: 12; color: Theme.text; Layout.preferredWidth: 220; horizontalAlignment: Text.AlignRight }
                        PlainLabel { text: line.model.unsweptLedger; font.family: "monospace"; font.pixelSize: 12; color: Theme.text; Layout.preferredWidth: 220; horizontalAlignment: Text.AlignRight }
                        PlainLabel {
                            Layout.columnSpan: 3
                            Layout.fillWidth: true
                            Layout.topMargin: 4
                            horizontalAlignment: Text.AlignLeft
                            wrapMode: Text.WordWrap
                            font.pixelSize: 12
                            color: Theme.textMuted
                            text: qsTr("Confirming %1 · below the minimum %2 · pending withdrawals %3")
                                  .arg(line.model.confirming).arg(line.model.belowMinimum).arg(line.model.pendingWithdrawals)
                        }
                    }
                    StatusChip {
                        objectName: "reconcileVerdict_" + line.network + "_" + line.asset
                        Layout.alignment: Qt.AlignTop
                        text: line.ok ? qsTr("Matches") : (line.error || "") !== "" ? qsTr("Not checked: %1").arg(line.error)
                                                        : qsTr("Differs by %1 %2").arg(line.difference).arg(line.asset)
                        tone: line.ok ? "success" : "danger"
                    }
                }
            }
        }

        // Owed to users vs held on chain.
        PlainLabel { text: qsTr("What users are owed against what is held on chain"); font.pixelSize: 16; font.weight: Font.DemiBold; color: Theme.text }
        Flow {
            Layout.fillWidth: true
            spacing: 12
            Repeater {
                model: reconcile.assets
                delegate: Rectangle {
                    required property var modelData
                    objectName: "custodyAsset_" + modelData.asset
                    width: 250
                    height: assetColumn.implicitHeight + 28
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        id: assetColumn
                        anchors.fill: parent
                        anchors.margins: 14
                        spacing: 4
                        RowLayout {
                            Layout.fillWidth: true
                            PlainLabel { text: modelData.asset; font.weight: Font.Bold; font.pixelSize: 16; color: Theme.text; Layout.fillWidth: true }
                            StatusChip { text: modelData.covered ? qsTr("All on chain") : qsTr("Partly elsewhere"); tone: modelData.covered ? "success" : "warning" }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            PlainLabel { text: qsTr("Owed to users"); color: Theme.textMuted; font.pixelSize: 12; Layout.fillWidth: true }
                            PlainLabel { text: modelData.liabilities; color: Theme.text; font.pixelSize: 12 }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            PlainLabel { text: qsTr("Held on chain"); color: Theme.textMuted; font.pixelSize: 12; Layout.fillWidth: true }
                            PlainLabel { text: modelData.onChainCustody; color: Theme.text; font.pixelSize: 12 }
                        }
                    }
                }
            }
        }
        PlainLabel {
            visible: reconcile.assets.length > 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: 12
            color: Theme.textMuted
            text: qsTr("“Partly elsewhere”: part of what users hold did not come in over a chain (opening balances, adjustments, assets without a network) and is backed by the holdings on the Master wallet tab.")
        }

        // Unswept deposits.
        PlainLabel { text: qsTr("Deposits not yet swept to the hot wallet"); font.pixelSize: 16; font.weight: Font.DemiBold; color: Theme.text }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: unsweptColumn.implicitHeight + 16
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            ColumnLayout {
                id: unsweptColumn
                anchors.fill: parent
                anchors.margins: 8
                spacing: 2
                Repeater {
                    model: reconcile.unswept
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.margins: 8
                        spacing: 10
                        PlainLabel { text: modelData.amount + " " + modelData.asset; font.weight: Font.DemiBold; color: Theme.text; Layout.preferredWidth: 150 }
                        PlainLabel { text: modelData.user ? "@" + modelData.user.username : ""; color: Theme.textMuted; Layout.preferredWidth: 110 }
                        PlainLabel { text: modelData.address; font.family: "monospace"; font.pixelSize: 12; color: Theme.textMuted; elide: Text.ElideMiddle; Layout.fillWidth: true }
                        StatusChip { text: modelData.sweeping ? qsTr("Sweeping") : qsTr("Waiting"); tone: modelData.sweeping ? "accent" : "neutral" }
                    }
                }
                PlainLabel {
                    visible: reconcile.unswept.length === 0
                    Layout.fillWidth: true
                    Layout.margins: 12
                    objectName: "unsweptEmpty"
                    text: qsTr("Every credited deposit has been swept.")
                    color: Theme.textMuted
                }
            }
        }
    }
}
