import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The master wallet: per asset what users are owed, what the house keeps,
// what is held to cover it and the ratio of the two; fee revenue per day;
// publishing a proof of reserves.
Flickable {
    id: view
    objectName: "masterWalletView"
    contentHeight: column.implicitHeight + 8
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    TreasuryOverviewModel { id: overview; objectName: "treasuryOverview" }
    TreasuryRevenueModel { id: revenue; objectName: "treasuryRevenue"; asset: "USDT" }
    AssetsModel { id: assets; scope: "treasury" }

    ColumnLayout {
        id: column
        width: view.width
        spacing: 18

        Card {
            Layout.fillWidth: true
            title: qsTr("Per asset")
            subtitle: qsTr("Owed: users' available and held balances. Holdings: what the hot wallet and the liquidity provider hold for them.")
            actions: [
                ToolButton {
                    icon.source: "../icons/refresh.svg"
                    icon.width: 18; icon.height: 18
                    icon.color: Theme.textMuted
                    onClicked: { overview.reload(); revenue.reload() }
                }
            ]

            RowLayout {
                Layout.fillWidth: true
                spacing: 20
                PlainLabel { text: qsTr("Asset"); color: Theme.textMuted; font.pixelSize: 12; font.weight: Font.DemiBold; Layout.preferredWidth: 60 }
                PlainLabel { text: qsTr("Owed to users"); color: Theme.textMuted; font.pixelSize: 12; font.weight: Font.DemiBold; Layout.fillWidth: true; Layout.preferredWidth: 3 }
                PlainLabel { text: qsTr("House"); color: Theme.textMuted; font.pixelSize: 12; font.weight: Font.DemiBold; Layout.fillWidth: true; Layout.preferredWidth: 2 }
                PlainLabel { text: qsTr("Holdings"); color: Theme.textMuted; font.pixelSize: 12; font.weight: Font.DemiBold; Layout.fillWidth: true; Layout.preferredWidth: 3 }
                PlainLabel { text: qsTr("Solvency"); color: Theme.textMuted; font.pixelSize: 12; font.weight: Font.DemiBold; Layout.preferredWidth: 120 }
            }
            Repeater {
                model: overview
                delegate: ColumnLayout {
                    id: row
                    required property int index
                    required property string asset
                    required property string available
                    required property string held
                    required property string owed
                    required property int holders
                    required property string revenue
                    required property string treasury
                    required property string hotWallet
                    required property string provider
                    required property string holdingsTotal
                    required property string solvencyPercent
                    required property string solvencyTone
                    objectName: "overviewRow_" + asset
                    Layout.fillWidth: true
                    spacing: 10
                    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 20
                        ColumnLayout {
                            Layout.preferredWidth: 60
                            Layout.alignment: Qt.AlignTop
                            spacing: 2
                            PlainLabel { text: row.asset; font.weight: Font.Bold; color: Theme.text }
                        }
                        AmountCell {
                            objectName: "owed_" + row.asset
                            Layout.fillWidth: true
                            Layout.preferredWidth: 3
                            Layout.alignment: Qt.AlignTop
                            lines: [{ label: qsTr("Available"), value: row.available },
                                    { label: qsTr("Held"), value: row.held },
                                    { label: qsTr("%n holder(s)", "", row.holders), value: row.owed }]
                        }
                        AmountCell {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 2
                            Layout.alignment: Qt.AlignTop
                            lines: [{ label: qsTr("Fee revenue"), value: row.revenue },
                                    { label: qsTr("Treasury"), value: row.treasury }]
                        }
                        AmountCell {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 3
                            Layout.alignment: Qt.AlignTop
                            lines: [{ label: qsTr("Hot wallet"), value: row.hotWallet },
                                    { label: qsTr("Provider"), value: row.provider },
                                    { label: qsTr("Total"), value: row.holdingsTotal }]
                        }
                        Item {
                            Layout.preferredWidth: 120
                            Layout.alignment: Qt.AlignTop
                            implicitHeight: chip.implicitHeight
                            StatusChip {
                                id: chip
                                objectName: "solvency_" + row.asset
                                anchors.right: parent.right
                                tone: row.solvencyTone
                                text: row.solvencyPercent !== "" ? row.solvencyPercent + " %" : qsTr("nothing owed")
                            }
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 18

            Card {
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                Layout.fillHeight: true
                title: qsTr("Fee revenue, last %1 days").arg(revenue.days)
                subtitle: qsTr("Total %1 %2 · best day %3 %2").arg(revenue.total || "0").arg(revenue.asset).arg(revenue.largestDay || "0")
                actions: [
                    AppComboBox {
                        objectName: "revenueAsset"
                        width: 120
                        model: assets
                        textRole: "code"
                        valueRole: "code"
                        currentIndex: { void assets.count; return indexOfValue(revenue.asset) }
                        onActivated: revenue.asset = currentValue
                    }
                ]
                RevenueChart {
                    objectName: "revenueChart"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 180
                    model: revenue
                    asset: revenue.asset
                }
            }

            Card {
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                Layout.fillHeight: true
                title: qsTr("Proof of reserves")
                subtitle: qsTr("Publishes a Merkle sum tree of every user's balance, so each user can check they are counted.")
                AppButton {
                    objectName: "publishReservesButton"
                    kind: "primary"
                    text: overview.publishing ? qsTr("Publishing…") : qsTr("Publish proof of reserves")
                    icon.source: "../icons/shield.svg"
                    enabled: !overview.publishing
                    onClicked: overview.publishReserves()
                }
                PlainLabel {
                    visible: overview.publishedSnapshot.id !== undefined
                    text: qsTr("Published %1. Roots:").arg(Labels.dateTime(overview.publishedSnapshot.createdAt))
                    color: Theme.textMuted
                    font.pixelSize: 12
                }
                Repeater {
                    model: overview.publishedSnapshot.assets || []
                    delegate: RowLayout {
                        required property var modelData
                        required property int index
                        objectName: "publishedRoot_" + modelData.asset
                        Layout.fillWidth: true
                        spacing: 8
                        PlainLabel { text: modelData.asset; font.weight: Font.Bold; color: Theme.text; Layout.preferredWidth: 44 }
                        PlainLabel {
                            text: modelData.root
                            font.family: "monospace"
                            font.pixelSize: 11
                            color: Theme.textMuted
                            elide: Text.ElideMiddle
                            Layout.fillWidth: true
                        }
                        PlainLabel { text: modelData.total; font.pixelSize: 12; color: Theme.text }
                    }
                }
            }
        }
    }
}
