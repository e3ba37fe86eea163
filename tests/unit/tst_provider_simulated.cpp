// SimulatedProvider: a seeded random walk (same seed, same prices), a depth
// ladder around the mid, market fills that walk it after the latency, balances
// that move with them, and a deterministic share of rejections.

#include "exchange/provider/simulated_provider.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace azc;
using namespace azc::provider;

namespace {

Decimal dec(const char *text)
{
    auto d = Decimal::parse(QString::fromLatin1(text));
    Q_ASSERT(d.ok());
    return *d;
}

template<typename T, typename Start>
Result<T> await(Start start, int limitMs = 5000)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    start([&](Result<T> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!out)
        return fail("test_timeout", QStringLiteral("no callback within %1 ms").arg(limitMs));
    return std::move(*out);
}

SimulatedConfig demoConfig(quint64 seed)
{
    SimulatedConfig c;
    c.seed = seed;
    SimulatedMarket btc;
    btc.symbol = QStringLiteral("BTCUSDT");
    btc.baseAsset = QStringLiteral("BTC");
    btc.quoteAsset = QStringLiteral("USDT");
    btc.tickSize = dec("0.01");
    btc.stepSize = dec("0.00001");
    btc.minNotional = dec("5");
    btc.startTicks = 3000000; // 30000.00
    btc.maxMoveTicks = 25;
    btc.halfSpreadTicks = 50;
    btc.levels = 5;
    btc.levelLots = 10000; // 0.1 BTC
    SimulatedMarket eth = btc;
    eth.symbol = QStringLiteral("ETHUSDT");
    eth.baseAsset = QStringLiteral("ETH");
    eth.startTicks = 200000; // 2000.00
    c.markets = {btc, eth};
    c.balances = {{QStringLiteral("USDT"), dec("100000")}, {QStringLiteral("BTC"), dec("1")}};
    c.stepInterval = std::chrono::milliseconds(0);
    c.fillLatency = std::chrono::milliseconds(20);
    return c;
}

MarketOrderRequest order(Side side, const char *quantity, const QString &id)
{
    MarketOrderRequest r;
    r.symbol = QStringLiteral("BTCUSDT");
    r.side = side;
    r.quantity = dec(quantity);
    r.clientOrderId = id;
    return r;
}

QMap<QString, Decimal> balancesOf(SimulatedProvider &p)
{
    QMap<QString, Decimal> out;
    auto r = await<QList<Balance>>([&](auto cb) { p.balances(cb); });
    for (const Balance &b : r.value())
        out.insert(b.asset, b.free);
    return out;
}

} // namespace

class TestProviderSimulated : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theSameSeedWalksTheSamePath()
    {
        SimulatedProvider a(demoConfig(42)), b(demoConfig(42)), c(demoConfig(43));
        QList<qint64> pathA, pathB, pathC;
        for (int i = 0; i < 1000; ++i) {
            a.step(), b.step(), c.step();
            pathA.append(*a.midTicks(QStringLiteral("BTCUSDT")));
            pathB.append(*b.midTicks(QStringLiteral("BTCUSDT")));
            pathC.append(*c.midTicks(QStringLiteral("BTCUSDT")));
        }
        QCOMPARE(pathA, pathB);
        QVERIFY(pathA != pathC);
        // Pinned: splitmix64 is fully specified, so the walk is the same on every platform.
        QCOMPARE(pathA.last(), qint64(3000287));
        // It moves, by at most maxMoveTicks a step.
        QVERIFY(std::adjacent_find(pathA.begin(), pathA.end(),
                                   [](qint64 x, qint64 y) { return qAbs(x - y) > 25; })
                == pathA.end());
        QVERIFY(std::adjacent_find(pathA.begin(), pathA.end(), std::not_equal_to<>())
                != pathA.end());
    }

    void depthIsALadderAroundTheMid()
    {
        SimulatedProvider p(demoConfig(1));
        auto d = await<Depth>([&](auto cb) { p.depth(QStringLiteral("BTCUSDT"), 3, cb); });
        QVERIFY(d.ok());
        QCOMPARE(d->asks.size(), 3);
        QCOMPARE(d->bids.size(), 3);
        QCOMPARE(d->asks.at(0).price, dec("30000.5"));
        QCOMPARE(d->asks.at(2).price, dec("30000.52"));
        QCOMPARE(d->bids.at(0).price, dec("29999.5"));
        QCOMPARE(d->bids.at(1).quantity, dec("0.2"));
        auto rules = await<QList<SymbolRules>>([&](auto cb) { p.symbols(cb); });
        QCOMPARE(rules->size(), 2);
        QCOMPARE(rules->first().tickSize, dec("0.01"));
    }

    void aMarketBuyWalksTheLadderAfterTheLatency()
    {
        SimulatedProvider p(demoConfig(1));
        QElapsedTimer clock;
        clock.start();
        bool synchronous = true;
        std::optional<Result<OrderResult>> out;
        p.placeMarketOrder(order(Side::Buy, "0.25", QStringLiteral("sim-1")),
                           [&](Result<OrderResult> r) {
                               QVERIFY(!synchronous);
                               out.emplace(std::move(r));
                           });
        synchronous = false;
        QTRY_VERIFY(out.has_value());
        QVERIFY(clock.elapsed() >= 15);
        const OrderResult &r = out->value();
        QCOMPARE(r.status, OrderStatus::Filled);
        QCOMPARE(r.executedQty, dec("0.25"));
        QCOMPARE(r.cummulativeQuoteQty, dec("7500.1265")); // 0.1 × 30000.50 + 0.15 × 30000.51
        QCOMPARE(r.fills.size(), 2);
        QCOMPARE(r.fills.at(1).quantity, dec("0.15"));
        const auto balances = balancesOf(p);
        QCOMPARE(balances.value(QStringLiteral("USDT")), dec("92499.8735"));
        QCOMPARE(balances.value(QStringLiteral("BTC")), dec("1.25"));

        auto status = await<OrderResult>([&](auto cb) {
            p.orderStatus(QStringLiteral("BTCUSDT"), QStringLiteral("sim-1"), cb);
        });
        QCOMPARE(status->status, OrderStatus::Filled);
        QCOMPARE(status->orderId, r.orderId);
        auto dup = await<OrderResult>([&](auto cb) {
            p.placeMarketOrder(order(Side::Buy, "0.25", QStringLiteral("sim-1")), cb);
        });
        QCOMPARE(dup.error().reason, QStringLiteral("provider_duplicate_order"));
    }

    void quoteQuantityAndExhaustedDepth()
    {
        SimulatedProvider p(demoConfig(1));
        MarketOrderRequest byQuote;
        byQuote.symbol = QStringLiteral("BTCUSDT");
        byQuote.side = Side::Buy;
        byQuote.quoteQuantity = dec("100");
        byQuote.clientOrderId = QStringLiteral("q-1");
        auto q = await<OrderResult>([&](auto cb) { p.placeMarketOrder(byQuote, cb); });
        QVERIFY(q.ok());
        QCOMPARE(q->status, OrderStatus::Filled);
        QCOMPARE(q->executedQty, dec("0.00333"));
        QCOMPARE(q->cummulativeQuoteQty, dec("99.901665"));

        // Selling more than the five bid levels hold (1.5 BTC) expires with what filled.
        SimulatedConfig c = demoConfig(1);
        c.balances.insert(QStringLiteral("BTC"), dec("10"));
        SimulatedProvider rich(c);
        auto big = await<OrderResult>([&](auto cb) {
            rich.placeMarketOrder(order(Side::Sell, "2", QStringLiteral("big-1")), cb);
        });
        QVERIFY(big.ok());
        QCOMPARE(big->status, OrderStatus::Expired);
        QCOMPARE(big->executedQty, dec("1.5"));
        // 0.1×29999.50 + 0.2×29999.49 + 0.3×29999.48 + 0.4×29999.47 + 0.5×29999.46
        QCOMPARE(big->cummulativeQuoteQty.toString(), QStringLiteral("44999.21"));
        QCOMPARE(balancesOf(rich).value(QStringLiteral("BTC")), dec("8.5"));
    }

    void refusalsHaveTheirReasonsAndMoveNothing()
    {
        SimulatedProvider p(demoConfig(1));
        auto poor = await<OrderResult>([&](auto cb) {
            p.placeMarketOrder(order(Side::Sell, "1.2", QStringLiteral("poor-1")), cb);
        });
        QCOMPARE(poor.error().reason, QStringLiteral("provider_insufficient_balance"));
        auto lot = await<OrderResult>([&](auto cb) {
            p.placeMarketOrder(order(Side::Buy, "0.000015", QStringLiteral("lot-1")), cb);
        });
        QCOMPARE(lot.error().reason, QStringLiteral("provider_filter"));
        QCOMPARE(lot.error().data.value(QStringLiteral("filter")).toString(),
                 QStringLiteral("LOT_SIZE"));
        auto tiny = await<OrderResult>([&](auto cb) {
            p.placeMarketOrder(order(Side::Buy, "0.0001", QStringLiteral("tiny-1")), cb);
        });
        QCOMPARE(tiny.error().data.value(QStringLiteral("filter")).toString(),
                 QStringLiteral("MIN_NOTIONAL"));
        const auto balances = balancesOf(p);
        QCOMPARE(balances.value(QStringLiteral("USDT")), dec("100000"));
        QCOMPARE(balances.value(QStringLiteral("BTC")), dec("1"));
    }

    void rejectionsAreOccasionalAndRepeatable()
    {
        auto run = [](quint64 seed) {
            SimulatedConfig c = demoConfig(seed);
            c.rejectionPpm = 250000; // one in four
            c.fillLatency = std::chrono::milliseconds(0);
            SimulatedProvider p(c);
            QString outcomes;
            for (int i = 0; i < 40; ++i) {
                const QString id = QStringLiteral("r-%1").arg(i);
                auto r = await<OrderResult>(
                        [&](auto cb) { p.placeMarketOrder(order(Side::Buy, "0.001", id), cb); });
                outcomes += r.ok()                                               ? u'F'
                        : r.error().reason == QLatin1String("provider_rejected") ? u'R'
                                                                                 : u'?';
                if (!r.ok()) {
                    auto s = await<OrderResult>(
                            [&](auto cb) { p.orderStatus(QStringLiteral("BTCUSDT"), id, cb); });
                    if (s->status != OrderStatus::Rejected)
                        outcomes += u'!';
                }
            }
            return outcomes;
        };
        const QString first = run(7);
        QCOMPARE(run(7), first);
        const auto rejected = first.count(u'R');
        QVERIFY2(rejected >= 3 && rejected <= 20, qPrintable(first));
        QCOMPARE(first.count(u'F') + rejected, 40);
    }

    void theDemoConfigurationTrades()
    {
        SimulatedConfig c = simulatedDemoConfig(9);
        c.rejectionPpm = 0;
        SimulatedProvider p(c);
        auto rules = await<QList<SymbolRules>>([&](auto cb) { p.symbols(cb); });
        QCOMPARE(rules->size(), 3);
        for (const SymbolRules &s : *rules) {
            MarketOrderRequest r;
            r.symbol = s.symbol;
            r.side = Side::Buy;
            r.quoteQuantity = dec("1000");
            r.clientOrderId = QStringLiteral("demo-") + s.symbol;
            auto out = await<OrderResult>([&](auto cb) { p.placeMarketOrder(r, cb); });
            QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().message));
            QCOMPARE(out->status, OrderStatus::Filled);
            QVERIFY(out->cummulativeQuoteQty <= dec("1000"));
            QVERIFY(out->cummulativeQuoteQty > dec("990"));
        }
    }

    void pricesStreamAsTheWalkMoves()
    {
        SimulatedConfig c = demoConfig(3);
        c.stepInterval = std::chrono::milliseconds(10);
        SimulatedProvider p(c);
        QSignalSpy prices(&p, &LiquidityProvider::priceUpdated);
        QSignalSpy connected(&p, &LiquidityProvider::priceStreamConnectedChanged);
        p.subscribePrices({QStringLiteral("ETHUSDT")});
        QTRY_VERIFY(prices.size() >= 3);
        QCOMPARE(connected.size(), 1);
        for (const auto &args : std::as_const(prices)) {
            const auto t = args.at(0).value<BookTicker>();
            QCOMPARE(t.symbol, QStringLiteral("ETHUSDT"));
            QVERIFY(t.bidPrice < t.askPrice);
            QCOMPARE(*t.askPrice.checkedSub(t.bidPrice), dec("1")); // 100 ticks of 0.01
        }
        p.subscribePrices({});
        prices.clear();
        QTest::qWait(50);
        QCOMPARE(prices.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProviderSimulated)
#include "tst_provider_simulated.moc"
