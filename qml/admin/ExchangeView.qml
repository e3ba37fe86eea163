import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Admin: the exchange desk — the markets and their rules (edited on the
// right), the liquidity provider's balances next to what the ledger thinks
// it holds, the revenue per market and per flow, and the hedge log of
// every order sent to the provider.
Flickable {
    id: view
    objectName: "exchangeView"
    contentHeight: column.implicitHeight
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    TradeMarketsModel { id: markets; objectName: "exchangeMarkets" }
    ExchangeProviderModel { id: provider; objectName: "exchangeProvider" }
    ExchangeHedgesModel { id: hedges; objectName: "exchangeHedges" }
    ExchangeRevenueModel { id: revenue; objectName: "exchangeRevenue" }

    function reloadAll() { markets.reload(); provider.reload(); hedges.reload(); revenue.reload() }

    // Tables: a header of titles and rows of cells; `weights` (per column,
    // default 1) share the width the same way in both.
    component HeaderRow: RowLayout {
        id: headerRow
        property var titles: []
        property var weights: []
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        spacing: 10
        Repeater {
            model: headerRow.titles
            delegate: PlainLabel {
                required property string modelData
                text: modelData
                color: Theme.textMuted; font.pixelSize: 11; font.weight: Font.DemiBold
                required property int index
                elide: Text.ElideRight
                Layout.fillWidth: true; Layout.preferredWidth: 100 * (headerRow.weights[index] || 1)
            }
        }
    }
    component Cell: PlainLabel {
        property real weight: 1
        color: Theme.text
        font.pixelSize: 12
        elide: Text.ElideRight
        Layout.fillWidth: true
        Layout.preferredWidth: 100 * weight
    }

    ColumnLayout {
        id: column
        width: view.width
        spacing: 14

        RowLayout {
            Layout.fillWidth: true
            spacing: 14
            Card {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                title: qsTr("Markets")
                subtitle: qsTr("Pick a market to change its rules.")
                actions: [
                    ToolButton {
                        objectName: "exchangeRefresh"
                        icon.source: "../icons/refresh.svg"
                        icon.width: 18; icon.height: 18
                        icon.color: Theme.textMuted
                        onClicked: view.reloadAll()
                    }
                ]
                HeaderRow {
                    titles: [qsTr("Market"), qsTr("Tick"), qsTr("Lot"), qsTr("Minimum"), qsTr("Maker · taker"), qsTr("Status"), qsTr("Routing")]
                    weights: [1.5, 1, 1, 1, 1.6, 1.2, 0.8]
                }
                Repeater {
                    model: markets
                    delegate: ItemDelegate {
                        id: marketRow
                        required property string symbol
                        required property string tickSize
                        required property string lotSize
                        required property string minNotional
                        required property string makerFee
                        required property string takerFee
                        required property string status
                        required property bool routing
                        required property int index
                        objectName: "exchangeMarket_" + symbol
                        Layout.fillWidth: true
                        implicitHeight: 40
                        highlighted: marketForm.symbol === symbol
                        onClicked: marketForm.load(markets.get(index))
                        contentItem: RowLayout {
                            spacing: 10
                            Cell { text: marketRow.symbol; font.weight: Font.DemiBold; weight: 1.5 }
                            Cell { text: marketRow.tickSize }
                            Cell { text: marketRow.lotSize }
                            Cell { text: marketRow.minNotional }
                            Cell { text: marketRow.makerFee + " · " + marketRow.takerFee; weight: 1.6 }
                            Item {
                                Layout.fillWidth: true; Layout.preferredWidth: 120
                                implicitHeight: 24
                                StatusChip {
                                    text: OrderWords.marketStatus(marketRow.status)
                                    tone: marketRow.status === "open" ? "success" : marketRow.status === "halted" ? "danger" : "warning"
                                }
                            }
                            Cell { text: marketRow.routing ? qsTr("on") : qsTr("off"); weight: 0.8 }
                        }
                    }
                }
            }
            ExchangeMarketForm {
                id: marketForm
                Layout.preferredWidth: 340
                Layout.alignment: Qt.AlignTop
                onSaved: view.reloadAll()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 14
            Card {
                objectName: "exchangeProviderCard"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                title: qsTr("Liquidity provider")
                subtitle: provider.name !== "" ? qsTr("%1 · %2").arg(provider.name).arg(provider.connected ? qsTr("connected") : qsTr("not connected"))
                                               : provider.error
                HeaderRow { titles: [qsTr("Asset"), qsTr("At the provider"), qsTr("In the ledger"), ""]; weights: [0.7, 1.6, 1.6, 1] }
                Repeater {
                    model: provider
                    delegate: RowLayout {
                        id: balanceRow
                        required property string asset
                        required property string held
                        required property string locked
                        required property string ledger
                        required property bool matches
                        objectName: "providerBalance_" + asset
                        Layout.fillWidth: true
                        Layout.leftMargin: 12
                        Layout.rightMargin: 12
                        spacing: 10
                        Cell { text: balanceRow.asset; font.weight: Font.DemiBold; weight: 0.7 }
                        Cell { text: balanceRow.held === "" ? "—" : balanceRow.held; weight: 1.6 }
                        Cell { text: balanceRow.ledger === "" ? "—" : balanceRow.ledger; weight: 1.6 }
                        Item {
                            Layout.fillWidth: true; Layout.preferredWidth: 100
                            implicitHeight: 24
                            StatusChip { text: balanceRow.matches ? qsTr("matches") : qsTr("differs"); tone: balanceRow.matches ? "success" : "warning" }
                        }
                    }
                }
            }
            Card {
                objectName: "exchangeRevenueCard"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                title: qsTr("Revenue")
                subtitle: qsTr("Spot fees per market, and every fee account per flow.")
                HeaderRow { titles: [qsTr("Market"), qsTr("Trades"), qsTr("Volume"), qsTr("Fees")]; weights: [1.1, 0.6, 1, 2] }
                Repeater {
                    model: revenue
                    delegate: RowLayout {
                        id: revenueRow
                        required property string market
                        required property var trades
                        required property string volume
                        required property string feesText
                        objectName: "revenueMarket_" + market
                        Layout.fillWidth: true
                        Layout.leftMargin: 12
                        Layout.rightMargin: 12
                        spacing: 10
                        Cell { text: revenueRow.market; font.weight: Font.DemiBold; weight: 1.1 }
                        Cell { text: String(revenueRow.trades); weight: 0.6 }
                        Cell { text: revenueRow.volume }
                        Cell { text: revenueRow.feesText === "" ? "—" : revenueRow.feesText; weight: 2 }
                    }
                }
                Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                HeaderRow { titles: [qsTr("Flow"), qsTr("Earned")] }
                Repeater {
                    model: revenue.flows
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.leftMargin: 12
                        Layout.rightMargin: 12
                        spacing: 10
                        Cell { text: TreasuryWords.feeFlow(parent.modelData.flow) }
                        Cell { text: parent.modelData.amount + " " + parent.modelData.asset }
                    }
                }
            }
        }

        Card {
            objectName: "exchangeHedgeCard"
            Layout.fillWidth: true
            title: qsTr("Hedge log")
            subtitle: qsTr("Every order sent to the provider, newest first. “sent” long after its time means no answer came back.")
            HeaderRow { titles: [qsTr("Time"), qsTr("Flow"), qsTr("Symbol"), qsTr("Side"), qsTr("Requested"), qsTr("Executed"), qsTr("Quote"), qsTr("Status")] }
            Repeater {
                model: hedges
                delegate: RowLayout {
                    id: hedgeRow
                    required property string itemId
                    required property var at
                    required property string flow
                    required property string symbol
                    required property string side
                    required property string requested
                    required property string executedQty
                    required property string quoteQty
                    required property string status
                    required property string error
                    objectName: "hedge_" + itemId
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    Layout.rightMargin: 12
                    spacing: 10
                    Cell { text: Qt.formatDateTime(new Date(Number(hedgeRow.at)), "MM-dd HH:mm:ss"); color: Theme.textMuted }
                    Cell { text: OrderWords.hedgeFlow(hedgeRow.flow) }
                    Cell { text: hedgeRow.symbol }
                    Cell { text: OrderWords.side(hedgeRow.side.toLowerCase()); color: hedgeRow.side.toLowerCase() === "buy" ? Theme.success : Theme.danger }
                    Cell { text: hedgeRow.requested }
                    Cell { text: hedgeRow.executedQty }
                    Cell { text: hedgeRow.quoteQty }
                    Cell {
                        text: hedgeRow.error !== "" ? hedgeRow.status + " · " + hedgeRow.error : hedgeRow.status
                        color: hedgeRow.status === "failed" ? Theme.danger : Theme.text
                        HoverHandler { id: hedgeHover }
                        PlainToolTip { visible: hedgeHover.hovered && hedgeRow.error !== ""; text: hedgeRow.error }
                    }
                }
            }
            PlainLabel {
                visible: hedges.count === 0
                text: qsTr("No orders were sent to the provider yet.")
                color: Theme.textMuted
            }
        }
    }
}
