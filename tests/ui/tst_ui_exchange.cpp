// The exchange screens end to end: the Trade screen (markets, live order
// book, tape, candles, the order form for each type, open orders and
// cancelling), the quick swap with its countdown, and the admin's Exchange
// page — the real QML and view models, offscreen, against an in-process
// backend whose market-maker bot keeps the demo books quoted.

#include "ui_harness.h"

#include "foundation/error_sink.h"
#include "admin/exchange_admin_models.h"
#include "foundation/language_manager.h"
#include "trade/swap_session.h"
#include "trade/trade_candles.h"
#include "trade/trade_markets_model.h"
#include "trade/trade_order_book.h"
#include "trade/trade_order_entry.h"
#include "trade/trade_orders_model.h"
#include "wallet/wallet_balances_model.h"

#include "client/api_client.h"
#include "common/amount.h"

#include <QJsonArray>
#include <algorithm>
#include <optional>


using azc::Amount;
using azc::uitest::UiHarness;

namespace {

QString textOf(const UiHarness &ui, const QString &name)
{
    QObject *object = ui.find(name);
    return object ? object->property("text").toString() : QString();
}

Amount exact(const QVariant &text)
{
    const auto parsed = Amount::parse(text.toString(), Amount::kMaxDecimals);
    return parsed ? parsed.value() : Amount();
}

// The levels of a spot.depth answer as the book model shows them (price, quantity), best first.
QList<QPair<QString, QString>> levelsOf(const QJsonArray &levels)
{
    QList<QPair<QString, QString>> out;
    for (const QJsonValue &v : levels)
        out.append({v.toArray().at(0).toString(), v.toArray().at(1).toString()});
    return out;
}

QList<QPair<QString, QString>> levelsOf(const QVariantList &levels, bool reversed)
{
    QList<QPair<QString, QString>> out;
    for (const QVariant &v : levels)
        out.append({v.toMap().value(QStringLiteral("price")).toString(), v.toMap().value(QStringLiteral("quantity")).toString()});
    if (reversed)
        std::reverse(out.begin(), out.end());
    return out;
}

// The book kept from deltas equals a fresh snapshot taken at the same seq
// (the market maker keeps changing it, so a few tries may be needed).
bool bookMatchesSnapshot(UiHarness &ui, azc::TradeOrderBook *book, QString *why)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        std::optional<azc::RpcReply> reply;
        ui.context()->client()->call(QStringLiteral("spot.depth"),
                                     {{QStringLiteral("market"), book->market()}, {QStringLiteral("levels"), book->rows()}},
                                     [&reply](const azc::RpcReply &r) { reply = r; });
        if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, 5000) || !reply->ok) {
            *why = QStringLiteral("spot.depth failed");
            return false;
        }
        QTest::qWait(50); // deltas sent before the answer have arrived by now
        const QJsonObject snapshot = reply->object();
        if (snapshot.value(QStringLiteral("seq")).toInteger() != book->seq())
            continue;
        const auto bids = levelsOf(snapshot.value(QStringLiteral("bids")).toArray());
        const auto asks = levelsOf(snapshot.value(QStringLiteral("asks")).toArray());
        if (bids == levelsOf(book->bids(), false) && asks == levelsOf(book->asks(), true))
            return true;
        *why = QStringLiteral("different levels at seq %1").arg(book->seq());
        return false;
    }
    *why = QStringLiteral("never at the same seq");
    return false;
}

template<typename T>
T *found(const UiHarness &ui, const char *name)
{
    return qobject_cast<T *>(ui.find(QLatin1String(name)));
}

} // namespace

class TestUiExchange : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void exchangeTradeAndSwap();
    void tradeScreenMirrorsInPersian();
    void demoPriceBotAnswers();

private:
    UiHarness ui;
};

void TestUiExchange::initTestCase()
{
    QString error;
    QVERIFY2(UiHarness::startBackend(&error), qPrintable(error));
}

void TestUiExchange::cleanup()
{
    ui.close();
}

void TestUiExchange::cleanupTestCase()
{
    UiHarness::stopBackend();
}

void TestUiExchange::exchangeTradeAndSwap()
{
    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    QVERIFY(ui.openSection(QStringLiteral("trade")));
    QTRY_VERIFY(ui.find(QStringLiteral("tradePage")));

    auto *markets = found<azc::TradeMarketsModel>(ui, "tradeMarkets");
    auto *book = found<azc::TradeOrderBook>(ui, "tradeBook");
    auto *entry = found<azc::TradeOrderEntry>(ui, "tradeEntry");
    auto *open = found<azc::TradeOrdersModel>(ui, "tradeOpenOrders");
    auto *balances = found<azc::WalletBalancesModel>(ui, "tradeBalances");
    auto *candles = found<azc::TradeCandles>(ui, "tradeCandles");
    QVERIFY(markets && book && entry && open && balances && candles);
    QTRY_VERIFY(markets->count() >= 3);
    QTRY_VERIFY(ui.item(QStringLiteral("market_BTC-USDT")) && ui.item(QStringLiteral("market_BTC-USDT"))->width() > 0);
    QTest::qWait(100); // the strip's layout settles in the next polish
    QVERIFY(ui.click(QStringLiteral("market_BTC-USDT")));
    QTRY_COMPARE(book->market(), QStringLiteral("BTC-USDT"));
    // The market maker's quotes fill both sides of the ladder.
    QTRY_VERIFY_WITH_TIMEOUT(!book->bids().isEmpty() && !book->asks().isEmpty(), 15000);
    QTRY_VERIFY(balances->count() > 0);
    QTest::qWait(300);
    const int openBefore = open->count(); // Alice's demo AZC sell order rests from the start
    QVERIFY(exact(book->bestBid()) < exact(book->bestAsk()));
    // Clicking a level puts its price into the form.
    const QString bestBid = book->bids().first().toMap().value(QStringLiteral("price")).toString();
    QVERIFY(ui.click(QStringLiteral("bidLevel_") + bestBid));
    QCOMPARE(entry->price(), bestBid);
    QCOMPARE(textOf(ui, QStringLiteral("orderPrice")), bestBid);

    // 1. A limit buy one tick above the best bid (still below the best ask)
    // becomes the best bid: it rests in the book, on the ladder and in open orders.
    const Amount tick = exact(QStringLiteral("0.01"));
    const QString restingPrice = Amount::fromUnits(exact(bestBid).units() + tick.units()).toString(Amount::kMaxDecimals);
    QVERIFY2(exact(restingPrice) < exact(book->bestAsk()), qPrintable(restingPrice + QStringLiteral(" vs ") + book->bestAsk()));
    QVERIFY(book->quantityAt(QStringLiteral("buy"), restingPrice).isEmpty());
    QVERIFY(ui.click(QStringLiteral("orderSide_buy")));
    QVERIFY(ui.click(QStringLiteral("orderType_limit")));
    ui.setText(QStringLiteral("orderPrice"), restingPrice);
    ui.setText(QStringLiteral("orderQuantity"), QStringLiteral("0.001"));
    // price × 0.001, exact: the price's units (2 decimals) at 5 decimals.
    const QString total = Amount::fromUnits(Amount::parse(restingPrice, 2)->units()).toString(5);
    QCOMPARE(entry->estimatedTotal(), total);
    QCOMPARE(textOf(ui, QStringLiteral("orderTotal")), total + QStringLiteral(" USDT"));
    QVERIFY(textOf(ui, QStringLiteral("orderFee")).endsWith(QStringLiteral(" USDT"))); // 0.2 % taker at most
    QVERIFY(textOf(ui, QStringLiteral("orderAvailable")).endsWith(QStringLiteral(" USDT")));
    ui.screenshot(QStringLiteral("15a_trade_order_entry_limit"));
    const Amount usdtBefore = exact(balances->balanceOf(QStringLiteral("USDT")).value(QStringLiteral("available")));
    QVERIFY(ui.click(QStringLiteral("orderPlace")));
    QTRY_COMPARE(entry->lastOrder().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    const QString restingId = entry->lastOrder().value(QStringLiteral("id")).toString();
    QTRY_VERIFY(ui.find(QStringLiteral("order_") + restingId));
    QTRY_COMPARE(book->quantityAt(QStringLiteral("buy"), restingPrice), QStringLiteral("0.001"));
    QTRY_VERIFY(ui.item(QStringLiteral("bidLevel_") + restingPrice));
    // The order holds exactly price × quantity.
    QTRY_COMPARE(exact(balances->balanceOf(QStringLiteral("USDT")).value(QStringLiteral("available"))),
                 Amount::fromUnits(usdtBefore.units() - exact(total).units()));
    ui.screenshot(QStringLiteral("15b_trade_screen_open_order"));

    // 2. Cancelling it takes it out of open orders and out of the book.
    QVERIFY(ui.click(QStringLiteral("cancelOrder_") + restingId));
    QTRY_VERIFY(!ui.find(QStringLiteral("order_") + restingId));
    QTRY_VERIFY(book->quantityAt(QStringLiteral("buy"), restingPrice).isEmpty());
    QTRY_COMPARE(exact(balances->balanceOf(QStringLiteral("USDT")).value(QStringLiteral("available"))), usdtBefore);

    // 3. A market buy with a budget fills against the resting quotes.
    const Amount btcBefore = exact(balances->balanceOf(QStringLiteral("BTC")).value(QStringLiteral("available")));
    QVERIFY(ui.click(QStringLiteral("orderType_market")));
    QVERIFY(ui.item(QStringLiteral("orderBudget"))->isVisible());
    QVERIFY(!ui.item(QStringLiteral("orderQuantity"))->isVisible());
    ui.setText(QStringLiteral("orderBudget"), QStringLiteral("100"));
    QCOMPARE(textOf(ui, QStringLiteral("orderTotal")), QStringLiteral("100 USDT"));
    QCOMPARE(textOf(ui, QStringLiteral("orderFee")), QStringLiteral("0.2 USDT")); // 0.2 % taker, exact
    ui.screenshot(QStringLiteral("15c_trade_order_entry_market"));
    QVERIFY(ui.click(QStringLiteral("orderPlace")));
    QTRY_VERIFY(entry->lastOrder().value(QStringLiteral("id")).toString() != restingId);
    const QVariantMap marketOrder = entry->lastOrder();
    QVERIFY2(marketOrder.value(QStringLiteral("status")) == QStringLiteral("filled")
                 || marketOrder.value(QStringLiteral("status")) == QStringLiteral("partially_filled"),
             qPrintable(marketOrder.value(QStringLiteral("status")).toString()));
    QVERIFY(exact(marketOrder.value(QStringLiteral("filled"))).units() > 0);
    // It bought from the market maker: below carol's demo ask of 67,250, the bot quotes 0.1 % over the provider's mid.
    QVERIFY2(exact(marketOrder.value(QStringLiteral("filledQuote"))) < *exact(marketOrder.value(QStringLiteral("filled"))).checkedMul(67250),
             qPrintable(marketOrder.value(QStringLiteral("filledQuote")).toString()));
    QTRY_VERIFY(exact(balances->balanceOf(QStringLiteral("BTC")).value(QStringLiteral("available"))) > btcBefore);
    const Amount usdtAfterBuy = exact(balances->balanceOf(QStringLiteral("USDT")).value(QStringLiteral("available")));
    QVERIFY(usdtAfterBuy < usdtBefore);
    QVERIFY(usdtBefore.units() - usdtAfterBuy.units() <= exact(QStringLiteral("100")).units());

    // A market sell hits the bids; the chart's last candle follows the trades on the client.
    const Amount btcAfterBuy = exact(balances->balanceOf(QStringLiteral("BTC")).value(QStringLiteral("available")));
    QVERIFY(ui.click(QStringLiteral("orderSide_sell")));
    ui.setText(QStringLiteral("orderQuantity"), QStringLiteral("0.0002"));
    QVERIFY(!entry->estimatedTotal().isEmpty()); // estimated at the best bid
    QVERIFY(ui.click(QStringLiteral("orderPlace")));
    QTRY_VERIFY(entry->lastOrder().value(QStringLiteral("side")).toString() == QLatin1String("sell"));
    QCOMPARE(entry->lastOrder().value(QStringLiteral("filled")).toString(), QStringLiteral("0.0002"));
    QTRY_COMPARE(exact(balances->balanceOf(QStringLiteral("BTC")).value(QStringLiteral("available"))),
                 Amount::fromUnits(btcAfterBuy.units() - exact(QStringLiteral("0.0002")).units()));
    QTRY_VERIFY(!candles->candles().isEmpty() && exact(candles->low()) < exact(candles->high()));
    QVERIFY(ui.click(QStringLiteral("orderSide_buy")));

    // 4. A stop-limit waits for its stop; a limit sell rests; "Cancel all" ends both.
    QVERIFY(ui.click(QStringLiteral("orderType_stop_limit")));
    QVERIFY(ui.item(QStringLiteral("orderStopPrice"))->isVisible());
    QVERIFY(!ui.item(QStringLiteral("orderTimeInForce"))->isVisible());
    ui.setText(QStringLiteral("orderStopPrice"), QStringLiteral("90000"));
    ui.setText(QStringLiteral("orderPrice"), QStringLiteral("90100"));
    ui.setText(QStringLiteral("orderQuantity"), QStringLiteral("0.001"));
    QCOMPARE(entry->estimatedTotal(), QStringLiteral("90.1"));
    ui.screenshot(QStringLiteral("15d_trade_order_entry_stop_limit"));
    QVERIFY(ui.click(QStringLiteral("orderPlace")));
    QTRY_COMPARE(entry->lastOrder().value(QStringLiteral("status")).toString(), QStringLiteral("pending_stop"));
    QVERIFY(ui.click(QStringLiteral("orderSide_sell")));
    QVERIFY(ui.click(QStringLiteral("orderType_limit")));
    ui.setText(QStringLiteral("orderPrice"), QStringLiteral("99000"));
    ui.setText(QStringLiteral("orderQuantity"), QStringLiteral("0.001"));
    QTRY_COMPARE(textOf(ui, QStringLiteral("orderAvailable")).section(QLatin1Char(' '), -1), QStringLiteral("BTC"));
    QVERIFY(ui.click(QStringLiteral("orderPlace")));
    QTRY_COMPARE(entry->lastOrder().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QTRY_COMPARE(open->count(), openBefore + 2);
    QTRY_COMPARE(book->quantityAt(QStringLiteral("sell"), QStringLiteral("99000")), QStringLiteral("0.001"));
    ui.screenshot(QStringLiteral("15e_trade_open_orders"));
    QVERIFY(ui.click(QStringLiteral("cancelAllOrders")));
    QTRY_COMPARE(open->count(), 0);
    QTRY_VERIFY(book->quantityAt(QStringLiteral("sell"), QStringLiteral("99000")).isEmpty());
    // The ladder kept from deltas is the book the server has.
    QString why;
    QVERIFY2(bookMatchesSnapshot(ui, book, &why), qPrintable(why));
    QVERIFY2(book->resyncs() <= 3, qPrintable(QString::number(book->resyncs()))); // a snapshot per market chosen, no gaps
    // A delta the book has seen already changes nothing; one after a gap
    // fetches the snapshot again (and is itself dropped: the snapshot has it).
    const qint64 seq = book->seq();
    auto delta = [&](qint64 deltaSeq, qint64 prevSeq) {
        emit ui.context()->client()->eventReceived(
            QStringLiteral("event.spot.depth"),
            {{QStringLiteral("market"), book->market()}, {QStringLiteral("seq"), deltaSeq},
             {QStringLiteral("prevSeq"), prevSeq}, {QStringLiteral("bids"), QJsonArray{QJsonArray{QStringLiteral("1"), QStringLiteral("5")}}},
             {QStringLiteral("asks"), QJsonArray()}});
    };
    delta(seq, seq - 1);
    QVERIFY(book->quantityAt(QStringLiteral("buy"), QStringLiteral("1")).isEmpty());
    const int resyncsBefore = book->resyncs();
    delta(seq + 1000, seq + 999);
    QTRY_COMPARE(book->resyncs(), resyncsBefore + 1);
    QVERIFY(book->quantityAt(QStringLiteral("buy"), QStringLiteral("1")).isEmpty());
    QVERIFY2(bookMatchesSnapshot(ui, book, &why), qPrintable(why));
    QVERIFY(ui.click(QStringLiteral("ordersTab_history")));
    QTRY_VERIFY(ui.find(QStringLiteral("order_") + restingId));
    QVERIFY(ui.click(QStringLiteral("interval_5m")));
    QCOMPARE(candles->interval(), QStringLiteral("5m"));
    QTRY_VERIFY(!candles->candles().isEmpty()); // our market buy made at least one
    ui.screenshot(QStringLiteral("15f_trade_history_5m"));

    // 5. Quick swap: a quote counts down; accepting moves both balances.
    auto *swap = found<azc::SwapSession>(ui, "swapSession");
    QVERIFY(swap);
    QTRY_VERIFY(!swap->assets().isEmpty());
    QVERIFY(ui.click(QStringLiteral("quickSwapButton")));
    QTRY_VERIFY(ui.find(QStringLiteral("swapDialog"))->property("opened").toBool());
    ui.setText(QStringLiteral("swapAmount"), QStringLiteral("50"));
    const QString from = ui.find(QStringLiteral("swapDialog"))->property("from").toString();
    const QString to = ui.find(QStringLiteral("swapDialog"))->property("to").toString();
    QCOMPARE(from, QStringLiteral("USDT"));
    QCOMPARE(to, QStringLiteral("BTC"));
    QVERIFY(ui.click(QStringLiteral("swapGetQuote")));
    QTRY_COMPARE(swap->stage(), azc::SwapSession::Quoted);
    const int firstSeconds = swap->secondsLeft();
    QVERIFY2(firstSeconds >= 8 && firstSeconds <= 10, qPrintable(QString::number(firstSeconds)));
    QTRY_VERIFY_WITH_TIMEOUT(swap->secondsLeft() < firstSeconds, 3000);
    QVERIFY(textOf(ui, QStringLiteral("swapCountdown")).contains(QString::number(swap->secondsLeft())));
    ui.screenshot(QStringLiteral("15g_swap_quote_countdown"));
    const Amount payBefore = exact(balances->balanceOf(from).value(QStringLiteral("available")));
    const Amount getBefore = exact(balances->balanceOf(to).value(QStringLiteral("available")));
    QVERIFY(ui.click(QStringLiteral("swapAccept")));
    QTRY_COMPARE(swap->stage(), azc::SwapSession::Done);
    const QVariantMap result = swap->result();
    const Amount paid = exact(result.value(QStringLiteral("paid")));
    const Amount received = exact(result.value(QStringLiteral("received")));
    QVERIFY(paid.units() > 0 && received.units() > 0);
    QTRY_COMPARE(exact(balances->balanceOf(from).value(QStringLiteral("available"))),
                 Amount::fromUnits(payBefore.units() - paid.units()));
    QTRY_COMPARE(exact(balances->balanceOf(to).value(QStringLiteral("available"))),
                 Amount::fromUnits(getBefore.units() + received.units()));
    QVERIFY(!textOf(ui, QStringLiteral("swapNote")).isEmpty());
    ui.screenshot(QStringLiteral("15h_swap_result"));

    // An unaccepted quote expires and offers a new one.
    QVERIFY(ui.click(QStringLiteral("swapDone")));
    QTRY_VERIFY(!ui.find(QStringLiteral("swapDialog"))->property("visible").toBool());
    QVERIFY(ui.click(QStringLiteral("quickSwapButton")));
    ui.setText(QStringLiteral("swapAmount"), QStringLiteral("20"));
    QVERIFY(ui.click(QStringLiteral("swapGetQuote")));
    QTRY_COMPARE(swap->stage(), azc::SwapSession::Quoted);
    QTRY_COMPARE_WITH_TIMEOUT(swap->stage(), azc::SwapSession::Expired, 12000);
    QCOMPARE(textOf(ui, QStringLiteral("swapGetQuote")), QStringLiteral("Refresh quote"));
    QVERIFY(!ui.item(QStringLiteral("swapAccept"))->isVisible());
    ui.screenshot(QStringLiteral("15i_swap_expired"));
    QVERIFY(ui.click(QStringLiteral("swapGetQuote")));
    QTRY_COMPARE(swap->stage(), azc::SwapSession::Quoted);
    QVERIFY(ui.click(QStringLiteral("swapCancel")));
    QTRY_VERIFY(!ui.find(QStringLiteral("swapDialog"))->property("visible").toBool());

    // 6. The admin sees the markets, the provider, revenue and the swap's hedge.
    QVERIFY(ui.signOut());
    QVERIFY(ui.signIn(QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026")));
    QVERIFY(ui.openSection(QStringLiteral("treasury")));
    QTRY_VERIFY(ui.find(QStringLiteral("treasuryTab_exchange")));
    QVERIFY(ui.click(QStringLiteral("treasuryTab_exchange")));
    QTRY_VERIFY(ui.find(QStringLiteral("exchangeView")));
    auto *adminMarkets = found<azc::TradeMarketsModel>(ui, "exchangeMarkets");
    auto *hedges = found<azc::ExchangeHedgesModel>(ui, "exchangeHedges");
    auto *provider = found<azc::ExchangeProviderModel>(ui, "exchangeProvider");
    QVERIFY(adminMarkets && hedges && provider);
    QTRY_VERIFY(adminMarkets->count() >= 3);
    QTRY_VERIFY(ui.find(QStringLiteral("exchangeMarket_BTC-USDT")));
    QTRY_VERIFY(hedges->count() >= 1);
    bool swapHedge = false;
    for (int i = 0; i < hedges->count(); ++i)
        swapHedge = swapHedge || hedges->get(i).value(QStringLiteral("flow")).toString() == QLatin1String("swap");
    QVERIFY(swapHedge);
    QTRY_VERIFY(provider->count() > 0);
    QTest::qWait(200); // the table's rows are placed in the next polish
    QVERIFY(ui.click(QStringLiteral("exchangeMarket_AZC-USDT")));
    QTRY_COMPARE(ui.find(QStringLiteral("exchangeMarketForm"))->property("symbol").toString(), QStringLiteral("AZC-USDT"));
    QCOMPARE(textOf(ui, QStringLiteral("marketTakerFee")), QStringLiteral("0.002"));
    ui.screenshot(QStringLiteral("15j_admin_exchange"));
    // Halting a market shows in the table; opening it again restores it.
    auto *status = ui.find(QStringLiteral("marketStatus"));
    status->setProperty("currentIndex", 1); // halted
    QVERIFY(ui.click(QStringLiteral("marketSave")));
    QTRY_COMPARE(adminMarkets->market(QStringLiteral("AZC-USDT")).value(QStringLiteral("status")).toString(), QStringLiteral("halted"));
    QVERIFY(ui.click(QStringLiteral("exchangeMarket_AZC-USDT")));
    status->setProperty("currentIndex", 0); // open
    QVERIFY(ui.click(QStringLiteral("marketSave")));
    QTRY_COMPARE(adminMarkets->market(QStringLiteral("AZC-USDT")).value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    ui.scrollIntoView(QStringLiteral("exchangeHedgeCard"));
    ui.context()->errors()->dismiss(); // the "saved" toast would cover the log
    ui.screenshot(QStringLiteral("15k_admin_exchange_hedges"));
}

void TestUiExchange::tradeScreenMirrorsInPersian()
{
    QVERIFY(ui.launch(QStringLiteral("fa"), true));
    QVERIFY(ui.signIn(QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
    QVERIFY(ui.openSection(QStringLiteral("trade")));
    QTRY_VERIFY(ui.find(QStringLiteral("tradePage")));
    auto *book = found<azc::TradeOrderBook>(ui, "tradeBook");
    QTRY_VERIFY_WITH_TIMEOUT(!book->bids().isEmpty(), 15000);
    // The order form sits on the left in a right-to-left layout.
    QQuickItem *form = ui.item(QStringLiteral("orderForm"));
    QTRY_VERIFY(form->mapToScene(QPointF(form->width(), 0)).x() < ui.window()->width() / 2);
    QVERIFY(!textOf(ui, QStringLiteral("orderPlace")).startsWith(QStringLiteral("Buy"))); // translated
    ui.screenshot(QStringLiteral("15l_trade_fa_dark"));

    // The wallet opens the same quick swap.
    QVERIFY(ui.openSection(QStringLiteral("wallet")));
    QTRY_VERIFY(ui.item(QStringLiteral("walletSwapButton")) && ui.item(QStringLiteral("walletSwapButton"))->isEnabled());
    QVERIFY(ui.click(QStringLiteral("walletSwapButton")));
    QTRY_VERIFY(ui.find(QStringLiteral("walletSwapDialog"))->property("opened").toBool());
    // It starts from the wallet's chosen asset; an amount below the pair's minimum is refused in words.
    auto *swap = found<azc::SwapSession>(ui, "walletSwapSession");
    ui.setText(QStringLiteral("swapAmount"), QStringLiteral("0.000001"));
    QVERIFY(ui.click(QStringLiteral("swapGetQuote")));
    QTRY_VERIFY(!swap->errorText().isEmpty());
    QCOMPARE(swap->stage(), azc::SwapSession::Editing);
    ui.screenshot(QStringLiteral("15m_wallet_swap_error_fa_dark"));
    const QString from = ui.find(QStringLiteral("walletSwapDialog"))->property("from").toString();
    const QHash<QString, QString> enough{{QStringLiteral("AZC"), QStringLiteral("100")}, {QStringLiteral("USDT"), QStringLiteral("20")},
                                         {QStringLiteral("ETH"), QStringLiteral("0.01")}, {QStringLiteral("BTC"), QStringLiteral("0.0002")}};
    ui.setText(QStringLiteral("swapAmount"), enough.value(from, QStringLiteral("10")));
    QVERIFY(ui.click(QStringLiteral("swapGetQuote")));
    QTRY_VERIFY2(swap->stage() == azc::SwapSession::Quoted, qPrintable(swap->errorText()));
    ui.screenshot(QStringLiteral("15n_wallet_swap_fa_dark"));
}

AZC_UI_TEST_MAIN(TestUiExchange)

#include "tst_ui_exchange.moc"

// The demo's example bot runs next to the embedded backend: a user who
// writes /price to it gets the market's figures back, with a Refresh button.
void TestUiExchange::demoPriceBotAnswers()
{
    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    azc::ApiClient *client = ui.context()->client();
    auto call = [client](const QString &method, const QJsonObject &params) {
        std::optional<azc::RpcReply> reply;
        client->call(method, params, [&reply](const azc::RpcReply &r) { reply = r; });
        if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, 5000))
            return azc::RpcReply::failure(0, QStringLiteral("timeout"), {});
        return *reply;
    };
    QJsonObject answer;
    QObject guard;
    QObject::connect(client, &azc::ApiClient::eventReceived, &guard, [&answer](const QString &name, const QJsonObject &params) {
        const QJsonObject m = params.value(QStringLiteral("message")).toObject();
        if (name == QLatin1String("event.message.new") && m[QStringLiteral("author")][QStringLiteral("username")] == QStringLiteral("pricebot"))
            answer = m;
    });
    const azc::RpcReply chat = call(QStringLiteral("chats.openDirect"), {{QStringLiteral("username"), QStringLiteral("pricebot")}});
    QVERIFY2(chat.ok, qPrintable(chat.reason));
    const QString chatId = chat.object()[QStringLiteral("conversation")][QStringLiteral("id")].toString();
    QVERIFY(call(QStringLiteral("messages.send"), {{QStringLiteral("conversationId"), chatId}, {QStringLiteral("text"), QStringLiteral("/price BTC-USDT")}}).ok);
    QTRY_VERIFY_WITH_TIMEOUT(!answer.isEmpty(), 10000);
    QVERIFY2(answer[QStringLiteral("text")].toString().startsWith(QStringLiteral("BTC-USDT\nLast: ")), qPrintable(answer[QStringLiteral("text")].toString()));
    const azc::RpcReply pressed = call(QStringLiteral("messages.pressButton"), {{QStringLiteral("messageId"), answer[QStringLiteral("id")]},
                                                                            {QStringLiteral("data"), QStringLiteral("refresh:BTC-USDT")}});
    QVERIFY2(pressed.ok, qPrintable(pressed.reason));
    QCOMPARE(pressed.object()[QStringLiteral("text")].toString(), QStringLiteral("Updated"));
}
