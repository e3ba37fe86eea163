import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import AzCoiner

// Partner console › Dashboard: each point's figures (outstanding, reserve,
// coverage, holders, credited, burned, swaps each way, fees) and its daily
// chart — a volume to pick, and outstanding beside the reserve —; the
// market's orders, sales and refunds with a daily sales chart; and "Export
// CSV" of every series, as the server's exact amounts. Charts are the
// treasury's hand-drawn RevenueChart.
ScrollView {
    id: view
    property PartnerConsole partner
    objectName: "partnerDashboardView"
    contentWidth: availableWidth
    clip: true

    BridgeDashboard { id: dashboardModel; objectName: "partnerDashboard"; orgId: view.partner.orgId }
    FileDialog {
        id: csvDialog
        title: qsTr("Export the dashboard")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV (*.csv)")]
        onAccepted: {
            if (dashboardModel.saveCsv(selectedFile)) Errors.inform(qsTr("The series were saved."))
            else Errors.reportText(qsTr("The file could not be written."))
        }
    }

    // A figure: a muted label over the server's exact value.
    component Figure: ColumnLayout {
        property string label: ""
        property string value: ""
        property color tone: Theme.text
        spacing: 2
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        PlainLabel { text: parent.label; color: Theme.textMuted; font.pixelSize: 12; Layout.fillWidth: true; elide: Text.ElideRight; horizontalAlignment: Text.AlignLeft }
        // One line: a wrapping label in a grid of equal columns is measured at a sliver's width first.
        PlainLabel { text: parent.value; color: parent.tone; font.pixelSize: 15; font.weight: Font.DemiBold; Layout.fillWidth: true; elide: Text.ElideRight; horizontalAlignment: Text.AlignLeft }
    }

    ColumnLayout {
        x: 32
        width: view.availableWidth - 64
        spacing: 14

        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            PlainLabel { text: qsTr("Period"); color: Theme.textMuted }
            AppComboBox {
                objectName: "partnerDashboardDays"
                Layout.preferredWidth: 160
                model: [{ days: 7, text: qsTr("7 days") }, { days: 30, text: qsTr("30 days") }, { days: 90, text: qsTr("90 days") }]
                textRole: "text"
                valueRole: "days"
                currentIndex: 1
                onActivated: dashboardModel.days = currentValue
            }
            Item { Layout.fillWidth: true }
            AppButton {
                objectName: "partnerExportCsv"
                enabled: dashboardModel.hasSeries
                text: qsTr("Export CSV")
                onClicked: csvDialog.open()
            }
        }

        Repeater {
            model: dashboardModel.points
            delegate: Card {
                id: pointCard
                required property var modelData
                readonly property var p: modelData
                property string metric: "toCoin"
                objectName: "dashboardPoint_" + p.code
                Layout.fillWidth: true
                title: (p.name || "") + " · " + (p.code || "")
                GridLayout {
                    Layout.fillWidth: true
                    columns: 4
                    columnSpacing: 16
                    rowSpacing: 10
                    Figure { label: qsTr("Outstanding"); value: (pointCard.p.outstanding || "0") + " " + pointCard.p.code }
                    Figure { label: qsTr("Reserve"); value: (pointCard.p.reserve || "0") + " " + pointCard.p.coin }
                    Figure { label: qsTr("Required"); value: (pointCard.p.requiredReserve || "0") + " " + pointCard.p.coin }
                    Figure { label: qsTr("Coverage"); value: (pointCard.p.coveragePercent || "0") + " %"; tone: pointCard.p.covered ? Theme.success : Theme.warning }
                    Figure { label: qsTr("Holders"); value: String(pointCard.p.holders || 0) }
                    Figure { label: qsTr("Credited"); value: (pointCard.p.credited || "0") + " " + pointCard.p.code }
                    Figure { label: qsTr("Burned"); value: (pointCard.p.burned || "0") + " " + pointCard.p.code }
                    Figure { label: qsTr("Fees paid by users"); value: (pointCard.p.fees || "0") + " " + pointCard.p.coin }
                    Figure {
                        objectName: "dashboardToCoin_" + pointCard.p.code
                        Layout.columnSpan: 2
                        label: qsTr("Swapped for coin")
                        value: pointCard.p.swapsToCoin ? qsTr("%1 swaps · %2 %3 → %4 %5").arg(pointCard.p.swapsToCoin.count).arg(pointCard.p.swapsToCoin.points)
                                                         .arg(pointCard.p.code).arg(pointCard.p.swapsToCoin.coin).arg(pointCard.p.coin) : "—"
                    }
                    Figure {
                        Layout.columnSpan: 2
                        label: qsTr("Bought with coin")
                        value: pointCard.p.swapsToPoints ? qsTr("%1 swaps · %2 %3 → %4 %5").arg(pointCard.p.swapsToPoints.count).arg(pointCard.p.swapsToPoints.coin)
                                                           .arg(pointCard.p.coin).arg(pointCard.p.swapsToPoints.points).arg(pointCard.p.code) : "—"
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    PlainLabel { text: qsTr("Daily"); color: Theme.textMuted }
                    AppComboBox {
                        objectName: "dashboardMetric_" + pointCard.p.code
                        Layout.preferredWidth: 200
                        model: [{ key: "toCoin", text: qsTr("Swapped for coin") }, { key: "toPoints", text: qsTr("Bought with coin") },
                                { key: "credited", text: qsTr("Credited") }, { key: "burned", text: qsTr("Burned") }]
                        textRole: "text"
                        valueRole: "key"
                        onActivated: pointCard.metric = currentValue
                    }
                    Item { Layout.fillWidth: true }
                }
                RevenueChart {
                    Layout.fillWidth: true
                    asset: pointCard.p.code
                    model: DashboardBarsModel { dashboard: dashboardModel; point: pointCard.p.code; key: pointCard.metric }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 16
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        PlainLabel { text: qsTr("Outstanding (%1)").arg(pointCard.p.code); color: Theme.textMuted; font.pixelSize: 12 }
                        RevenueChart {
                            Layout.fillWidth: true
                            implicitHeight: 150
                            asset: pointCard.p.code
                            barColor: Theme.warning
                            model: DashboardBarsModel { dashboard: dashboardModel; point: pointCard.p.code; key: "outstanding" }
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        PlainLabel { text: qsTr("Reserve (%1)").arg(pointCard.p.coin); color: Theme.textMuted; font.pixelSize: 12 }
                        RevenueChart {
                            Layout.fillWidth: true
                            implicitHeight: 150
                            asset: pointCard.p.coin
                            barColor: Theme.success
                            model: DashboardBarsModel { dashboard: dashboardModel; point: pointCard.p.code; key: "reserve" }
                        }
                    }
                }
            }
        }

        Card {
            objectName: "dashboardMarket"
            Layout.fillWidth: true
            title: qsTr("Market")
            GridLayout {
                Layout.fillWidth: true
                columns: 3
                columnSpacing: 16
                Figure { label: qsTr("Orders"); value: String(dashboardModel.market.orders || 0) }
                Figure { label: qsTr("Sales"); value: (dashboardModel.market.sales || []).map(s => s.amount + " " + s.asset).join(", ") || "—" }
                Figure { label: qsTr("Refunds"); value: (dashboardModel.market.refunds || []).map(s => s.amount + " " + s.asset).join(", ") || "—" }
            }
            Repeater {
                model: dashboardModel.marketAssets
                delegate: ColumnLayout {
                    required property string modelData
                    Layout.fillWidth: true
                    PlainLabel { text: qsTr("Daily sales (%1)").arg(modelData); color: Theme.textMuted; font.pixelSize: 12 }
                    RevenueChart {
                        Layout.fillWidth: true
                        implicitHeight: 150
                        asset: modelData
                        model: DashboardBarsModel { dashboard: dashboardModel; market: true; point: modelData; key: "sales" }
                    }
                }
            }
        }
        EmptyState {
            visible: dashboardModel.points.length === 0 && !dashboardModel.busy
            Layout.alignment: Qt.AlignHCenter
            iconName: "points"
            text: qsTr("Nothing to show yet.")
        }
    }
}
