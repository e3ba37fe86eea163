import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Spot trading: the markets with their 24-hour tickers across the top; the
// chosen market's candle chart with the user's orders under it, the live
// order book over the trade tape, and the order form. Quick swap opens from
// the header. The view models do the work; this file only arranges them.
Item {
    id: page
    objectName: "tradePage"
    property string market: ""
    readonly property var info: { void markets.count; return markets.market(page.market) }

    TradeMarketsModel {
        id: markets
        objectName: "tradeMarkets"
        onCountChanged: if (page.market === "" && count > 0) page.market = get(0).symbol
    }
    TradeOrderBook { id: book; objectName: "tradeBook"; market: page.market; rows: 8 }
    TradeTapeModel { id: tape; objectName: "tradeTape"; market: page.market }
    TradeCandles { id: candles; objectName: "tradeCandles"; market: page.market }
    TradeOrdersModel {
        id: openOrders
        objectName: "tradeOpenOrders"
        openOnly: true
        // A hold moved with the order; the server announces balances only when fills settle.
        onOrderUpdated: balances.reload()
    }
    TradeOrdersModel { id: orderHistory; objectName: "tradeOrderHistory"; openOnly: false }
    WalletBalancesModel { id: balances; objectName: "tradeBalances" }
    TradeOrderEntry {
        id: entry
        objectName: "tradeEntry"
        market: page.info
        referencePrice: side === "buy" ? book.bestAsk : book.bestBid
        onPlaced: order => {
            Errors.inform(OrderWords.placedText(order))
            clearAmounts()
        }
    }
    SwapSession { id: swap; objectName: "swapSession" }
    SwapDialog {
        id: swapDialog
        objectName: "swapDialog"
        swap: swap
        balances: balances
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: 24
        anchors.rightMargin: 24
        anchors.bottomMargin: 16
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            MarketStrip {
                Layout.fillWidth: true
                model: markets
                current: page.market
                onSelected: symbol => page.market = symbol
            }
            AppButton {
                objectName: "quickSwapButton"
                kind: "primary"
                text: qsTr("Quick swap")
                icon.source: "../icons/refresh.svg"
                onClicked: swapDialog.start(page.info.quote || "", page.info.base || "")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 12
                CandleChart {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 3
                    candles: candles
                    market: page.info
                }
                OrdersPanel {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 2
                    openOrders: openOrders
                    history: orderHistory
                    market: page.market
                }
            }

            ColumnLayout {
                Layout.preferredWidth: 236
                Layout.fillWidth: false // a layout fills by default; the chart takes the rest
                Layout.fillHeight: true
                spacing: 12
                OrderBookLadder {
                    Layout.fillWidth: true
                    book: book
                    market: page.info
                    onPicked: price => entry.price = price
                }
                TradeTape {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    model: tape
                    market: page.info
                }
            }

            OrderForm {
                Layout.preferredWidth: 264
                Layout.fillHeight: true
                entry: entry
                balances: balances
            }
        }
    }
}
