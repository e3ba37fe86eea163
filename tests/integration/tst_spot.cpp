// The spot exchange through a real backend over real WebSockets, on SQLite
// and PostgreSQL: the demo markets and book, bad orders refused without a
// trace, fills at the maker's price with maker and taker fees on what each
// side receives, released surpluses, IOC/FOK/post-only, market buys by
// budget, cancels, takers racing for one order and cancels racing fills
// (never a double fill, funds conserved), and a restart that rebuilds the
// same book from the journal. The ledger's invariants are checked after
// every test.

#include "common/amount.h"
#include "storage/database.h"
#include "demo_users.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QJsonArray>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

using namespace azc;
using namespace azc::test;

namespace {

QString key() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QJsonObject order(const char *market, const char *side, const char *price, const char *quantity, const char *tif = "gtc")
{
    return {{QStringLiteral("market"), QString::fromLatin1(market)}, {QStringLiteral("side"), QString::fromLatin1(side)},
            {QStringLiteral("type"), QStringLiteral("limit")}, {QStringLiteral("price"), QString::fromLatin1(price)},
            {QStringLiteral("quantity"), QString::fromLatin1(quantity)},
            {QStringLiteral("timeInForce"), QString::fromLatin1(tif)}, {QStringLiteral("idempotencyKey"), key()}};
}

Amount amt(const QString &text, int decimals) { return Amount::parse(text, decimals).value(); }

} // namespace

class TstSpot : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestBackend> m_backend;

    std::unique_ptr<WsClient> as(const char *username, const char *password)
    {
        return test::signIn(m_backend->url(), QString::fromLatin1(username), QString::fromLatin1(password));
    }
    std::unique_ptr<WsClient> alice() { return as("alice", "AzcAlice#2026"); }
    std::unique_ptr<WsClient> bob() { return as("bob", "AzcBob#2026"); }
    std::unique_ptr<WsClient> carol() { return as("carol", "AzcCarol#2026"); }
    std::unique_ptr<WsClient> admin() { return as("admin", "AzcAdmin#2026"); }
    std::unique_ptr<WsClient> finance() { return as("finance", "AzcFinance#2026"); }

    // Admin requests, finance approves (the four-eyes path): test funding.
    void fund(const char *username, const char *asset, const char *amount)
    {
        const QString problem = test::fund(*m_backend, QString::fromLatin1(username), QString::fromLatin1(asset),
                                           QString::fromLatin1(amount));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Available and held balances of an asset, in units.
    static QPair<Amount, Amount> balance(WsClient &c, const QString &asset, int decimals)
    {
        for (const QJsonValue &b : c.result(QStringLiteral("wallet.balances"))[QStringLiteral("balances")].toArray())
            if (b[QStringLiteral("asset")].toString() == asset)
                return {amt(b[QStringLiteral("available")].toString(), decimals), amt(b[QStringLiteral("held")].toString(), decimals)};
        return {};
    }
    static QJsonObject place(WsClient &c, const QJsonObject &params)
    {
        return c.call(QStringLiteral("spot.place"), params)[QStringLiteral("result")][QStringLiteral("order")].toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        BackendConfig config;
        config.seedDemoData = true;
        config.limits.rateMultiplier = 100; // the races send hundreds of orders a second from one socket
        m_backend = std::make_unique<TestBackend>(config);
        QVERIFY(m_backend->start());
    }

    void cleanup()
    {
        auto report = m_backend->backend().verifyLedger();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
    }

    void demoMarketsAndBook()
    {
        auto c = alice();
        const QJsonArray markets = c->result(QStringLiteral("spot.markets"))[QStringLiteral("markets")].toArray();
        QCOMPARE(markets.size(), 3);
        QCOMPARE(markets.at(1)[QStringLiteral("symbol")].toString(), QStringLiteral("BTC-USDT"));
        QCOMPARE(markets.at(1)[QStringLiteral("tickSize")].toString(), QStringLiteral("0.01"));
        const QJsonObject depth = c->result(QStringLiteral("spot.depth"), {{QStringLiteral("market"), QStringLiteral("BTC-USDT")}});
        QCOMPARE(depth[QStringLiteral("asks")].toArray().at(0), QJsonValue(QJsonArray{QStringLiteral("67250"), QStringLiteral("0.02")}));
        QCOMPARE(depth[QStringLiteral("asks")].toArray().at(1), QJsonValue(QJsonArray{QStringLiteral("67300"), QStringLiteral("0.03")}));
        QCOMPARE(depth[QStringLiteral("bids")].toArray().at(0), QJsonValue(QJsonArray{QStringLiteral("66900"), QStringLiteral("0.01")}));
    }

    void badOrdersChangeNothing()
    {
        auto c = as("dariush", "AzcDariush#2026");
        QVERIFY(c);
        const auto before = balance(*c, QStringLiteral("USDT"), 6);
        auto refused = [&](QJsonObject params) { return reason(c->call(QStringLiteral("spot.place"), params)); };
        QCOMPARE(refused(order("DOGE-USDT", "buy", "1", "1")), QStringLiteral("not_found"));
        QCOMPARE(refused(order("BTC-USDT", "buy", "67250.005", "0.001")), QStringLiteral("invalid_price"));
        QCOMPARE(refused(order("BTC-USDT", "buy", "67250", "0.00005")), QStringLiteral("invalid_quantity"));
        QCOMPARE(refused(order("BTC-USDT", "buy", "10", "0.0001")), QStringLiteral("invalid_quantity")); // below 5 USDT
        QCOMPARE(refused(order("BTC-USDT", "hold", "67250", "0.001")), QStringLiteral("invalid_params"));
        QCOMPARE(refused(order("BTC-USDT", "buy", "67250", "0.001", "forever")), QStringLiteral("invalid_params"));
        QCOMPARE(refused(order("BTC-USDT", "buy", "-1", "0.001")), QStringLiteral("invalid_price"));
        QCOMPARE(refused(order("BTC-USDT", "buy", "67250", "1")), QStringLiteral("insufficient_funds"));
        QCOMPARE(balance(*c, QStringLiteral("USDT"), 6), before);
        QVERIFY(c->result(QStringLiteral("spot.orders"))[QStringLiteral("orders")].toArray().isEmpty());
    }

    void fillsSettleAtTheMakersPriceWithFees()
    {
        auto a = alice();
        auto c = carol();
        const auto aliceUsdt = balance(*a, QStringLiteral("USDT"), 6), aliceBtc = balance(*a, QStringLiteral("BTC"), 8);
        const auto carolUsdt = balance(*c, QStringLiteral("USDT"), 6), carolBtc = balance(*c, QStringLiteral("BTC"), 8);
        // Alice bids above carol's best ask: 0.02 BTC fill at 67250, not 67300.
        const QJsonObject o = place(*a, order("BTC-USDT", "buy", "67300", "0.02"));
        QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("filled"));
        QCOMPARE(o[QStringLiteral("filledQuote")].toString(), QStringLiteral("1345"));
        // Alice pays 1,345 (the 1 USDT reserved above that comes back) and gets 0.02 less the
        // 0.2 % taker fee; carol gets 1,345 less the 0.1 % maker fee.
        QCOMPARE(balance(*a, QStringLiteral("USDT"), 6).first, *aliceUsdt.first.checkedSub(amt(QStringLiteral("1345"), 6)));
        QCOMPARE(balance(*a, QStringLiteral("USDT"), 6).second, aliceUsdt.second);
        QCOMPARE(balance(*a, QStringLiteral("BTC"), 8).first, *aliceBtc.first.checkedAdd(amt(QStringLiteral("0.01996"), 8)));
        QCOMPARE(balance(*c, QStringLiteral("USDT"), 6).first, *carolUsdt.first.checkedAdd(amt(QStringLiteral("1343.655"), 6)));
        QCOMPARE(balance(*c, QStringLiteral("BTC"), 8).second, *carolBtc.second.checkedSub(amt(QStringLiteral("0.02"), 8)));
        const QJsonArray trades = a->result(QStringLiteral("spot.trades"), {{QStringLiteral("market"), QStringLiteral("BTC-USDT")}})
                                          [QStringLiteral("trades")].toArray();
        QCOMPARE(trades.at(0)[QStringLiteral("price")].toString(), QStringLiteral("67250"));
        QCOMPARE(trades.at(0)[QStringLiteral("takerSide")].toString(), QStringLiteral("buy"));
        // Fee revenue, per flow, in the master wallet.
        const QJsonObject revenue = admin()->result(QStringLiteral("treasury.revenue"), {{QStringLiteral("asset"), QStringLiteral("BTC")}});
        QCOMPARE(revenue[QStringLiteral("byFlow")][QStringLiteral("spot_taker")].toString(), QStringLiteral("0.00004"));
    }

    void cancelReleasesTheHold()
    {
        auto b = bob();
        const auto before = balance(*b, QStringLiteral("ETH"), 18);
        const QJsonObject o = place(*b, order("ETH-USDT", "sell", "3500", "0.2"));
        QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("open"));
        QCOMPARE(balance(*b, QStringLiteral("ETH"), 18).second, *before.second.checkedAdd(amt(QStringLiteral("0.2"), 18)));
        const QJsonObject cancelled = b->result(QStringLiteral("spot.cancel"), {{QStringLiteral("market"), QStringLiteral("ETH-USDT")},
                                                                                {QStringLiteral("orderId"), o[QStringLiteral("id")]}})
                                              [QStringLiteral("order")].toObject();
        QCOMPARE(cancelled[QStringLiteral("status")].toString(), QStringLiteral("cancelled"));
        QCOMPARE(balance(*b, QStringLiteral("ETH"), 18), before);
        QCOMPARE(reason(b->call(QStringLiteral("spot.cancel"), {{QStringLiteral("market"), QStringLiteral("ETH-USDT")},
                                                                {QStringLiteral("orderId"), o[QStringLiteral("id")]}})),
                 QStringLiteral("invalid_state"));
        // Someone else's order cannot be cancelled.
        const QJsonObject carols = place(*carol(), order("BTC-USDT", "sell", "69000", "0.001"));
        QCOMPARE(reason(b->call(QStringLiteral("spot.cancel"), {{QStringLiteral("market"), QStringLiteral("BTC-USDT")},
                                                                {QStringLiteral("orderId"), carols[QStringLiteral("id")]}})),
                 QStringLiteral("not_found"));
    }

    void immediateOrdersNeverRest()
    {
        auto a = alice();
        const auto usdt = balance(*a, QStringLiteral("USDT"), 6);
        // IOC: carol offers 0.005 at 66950; alice's IOC for 0.01 takes it, the rest is cancelled
        // and its funds come back.
        QCOMPARE(place(*carol(), order("BTC-USDT", "sell", "66950", "0.005"))[QStringLiteral("status")].toString(), QStringLiteral("open"));
        const QJsonObject ioc = place(*a, order("BTC-USDT", "buy", "66950", "0.01", "ioc"));
        QCOMPARE(ioc[QStringLiteral("filled")].toString(), QStringLiteral("0.005"));
        QCOMPARE(ioc[QStringLiteral("status")].toString(), QStringLiteral("partially_filled"));
        QCOMPARE(ioc[QStringLiteral("reason")].toString(), QStringLiteral("not_filled_immediately"));
        QCOMPARE(balance(*a, QStringLiteral("USDT"), 6).first, *usdt.first.checkedSub(amt(QStringLiteral("334.75"), 6)));
        QCOMPARE(balance(*a, QStringLiteral("USDT"), 6).second, usdt.second);
        // FOK that cannot fill entirely (nothing is left at or below 66950): rejected, nothing held.
        const QJsonObject fok = place(*a, order("BTC-USDT", "buy", "66950", "0.01", "fok"));
        QCOMPARE(fok[QStringLiteral("status")].toString(), QStringLiteral("rejected"));
        QCOMPARE(fok[QStringLiteral("reason")].toString(), QStringLiteral("fill_or_kill_unfillable"));
        // Post-only that would cross: rejected.
        const QJsonObject post = place(*a, order("BTC-USDT", "sell", "66000", "0.001", "post_only"));
        QCOMPARE(post[QStringLiteral("reason")].toString(), QStringLiteral("post_only_would_cross"));
        QCOMPARE(balance(*a, QStringLiteral("USDT"), 6).second, usdt.second);
    }

    void marketBuySpendsAtMostItsBudget()
    {
        auto a = alice();
        const auto usdt = balance(*a, QStringLiteral("USDT"), 6);
        const auto eth = balance(*a, QStringLiteral("ETH"), 18);
        // Bob's 0.1 ETH at 3450: 100 USDT buys 0.028 ETH (96.6 USDT); 3.4 comes back.
        const QJsonObject o = place(*a, {{QStringLiteral("market"), QStringLiteral("ETH-USDT")}, {QStringLiteral("side"), QStringLiteral("buy")},
                                         {QStringLiteral("type"), QStringLiteral("market")}, {QStringLiteral("budget"), QStringLiteral("100")},
                                         {QStringLiteral("idempotencyKey"), key()}});
        QCOMPARE(o[QStringLiteral("filled")].toString(), QStringLiteral("0.028"));
        QCOMPARE(balance(*a, QStringLiteral("USDT"), 6).first, *usdt.first.checkedSub(amt(QStringLiteral("96.6"), 6)));
        QCOMPARE(balance(*a, QStringLiteral("USDT"), 6).second, usdt.second);
        QCOMPARE(balance(*a, QStringLiteral("ETH"), 18).first, *eth.first.checkedAdd(amt(QStringLiteral("0.027944"), 18)));
    }

    void repeatsAreIdempotent()
    {
        auto a = alice();
        QJsonObject params = order("AZC-USDT", "sell", "0.2000", "10");
        const QString first = a->send(QStringLiteral("spot.place"), params);
        const QString second = a->send(QStringLiteral("spot.place"), params);
        const QJsonObject one = a->take(first)[QStringLiteral("result")][QStringLiteral("order")].toObject();
        const QJsonObject two = a->take(second)[QStringLiteral("result")][QStringLiteral("order")].toObject();
        QCOMPARE(one[QStringLiteral("id")], two[QStringLiteral("id")]);
        params.insert(QStringLiteral("price"), QStringLiteral("0.3000"));
        QCOMPARE(reason(a->call(QStringLiteral("spot.place"), params)), QStringLiteral("idempotency_conflict"));
    }

    // Two takers race for one order while its owner cancels it: every round ends
    // with the maker's lot filled once or cancelled, never both, never twice.
    void racesNeverDoubleFill()
    {
        fund("alice", "AZC", "10000"); // 1,000 rounds of 10 AZC offers
        fund("bob", "USDT", "1000");   // and up to 1 USDT a round for each taker
        auto maker = alice();
        auto b = bob();
        auto c = carol();
        const auto bobStart = balance(*b, QStringLiteral("AZC"), 18), carolStart = balance(*c, QStringLiteral("AZC"), 18);
        int filled = 0, cancels = 0;
        for (int round = 0; round < 1000; ++round) {
            // Below the demo's 0.125 offer, so it is the best one; 10 × 0.1 is the 1 USDT minimum.
            const QJsonObject placed = maker->call(QStringLiteral("spot.place"), order("AZC-USDT", "sell", "0.1000", "10"));
            const QJsonObject m = placed[QStringLiteral("result")][QStringLiteral("order")].toObject();
            QVERIFY2(m[QStringLiteral("status")] == QStringLiteral("open"), QJsonDocument(placed).toJson().constData());
            const QString t1 = b->send(QStringLiteral("spot.place"), order("AZC-USDT", "buy", "0.1000", "10", "ioc"));
            const QString t2 = c->send(QStringLiteral("spot.place"), order("AZC-USDT", "buy", "0.1000", "10", "ioc"));
            // A taker's funds are held first (one commit), so a cancel sent at once wins; sent
            // a moment later it meets the takers in the engine; a third of the rounds have none.
            const int mode = round % 3;
            if (mode == 1)
                QTest::qWait(QRandomGenerator::global()->bounded(4));
            const QString cancel = mode == 2 ? QString()
                                             : maker->send(QStringLiteral("spot.cancel"),
                                                           {{QStringLiteral("market"), QStringLiteral("AZC-USDT")},
                                                            {QStringLiteral("orderId"), m[QStringLiteral("id")]}});
            const QJsonObject r1 = b->take(t1)[QStringLiteral("result")][QStringLiteral("order")].toObject();
            const QJsonObject r2 = c->take(t2)[QStringLiteral("result")][QStringLiteral("order")].toObject();
            const bool cancelled = !cancel.isEmpty() && maker->take(cancel).contains(QStringLiteral("result"));
            const int fills = (r1[QStringLiteral("filled")] == QStringLiteral("10") ? 1 : 0)
                    + (r2[QStringLiteral("filled")] == QStringLiteral("10") ? 1 : 0);
            QVERIFY2(fills + (cancelled ? 1 : 0) == 1, qPrintable(QStringLiteral("round %1").arg(round)));
            filled += fills;
            cancels += cancelled ? 1 : 0;
        }
        // What the takers got adds up to the fills, less the 0.2 % taker fee each.
        const Amount got = *balance(*b, QStringLiteral("AZC"), 18).first.checkedSub(bobStart.first)->checkedAdd(
                *balance(*c, QStringLiteral("AZC"), 18).first.checkedSub(carolStart.first));
        QCOMPARE(got, *amt(QStringLiteral("9.98"), 18).checkedMul(filled));
        QVERIFY(filled > 0);
        QVERIFY(cancels > 0);
    }

    void stopLimitWaitsForTheLastTrade()
    {
        auto b = bob();
        auto c = carol();
        const auto usdtStart = balance(*b, QStringLiteral("USDT"), 6);
        const auto azcStart = balance(*b, QStringLiteral("AZC"), 18);
        // A buy stop at the demo offer's price (alice sells at 0.125): funds
        // held at once, nothing in the book while the last trade is lower.
        QJsonObject stop = order("AZC-USDT", "buy", "0.1400", "10");
        stop.insert(QStringLiteral("type"), QStringLiteral("stop_limit"));
        stop.insert(QStringLiteral("stopPrice"), QStringLiteral("0.1250"));
        const QJsonObject placed = place(*b, stop);
        QCOMPARE(placed[QStringLiteral("status")].toString(), QStringLiteral("pending_stop"));
        QCOMPARE(placed[QStringLiteral("stopPrice")].toString(), QStringLiteral("0.125"));
        QCOMPARE(balance(*b, QStringLiteral("USDT"), 6).second, *usdtStart.second.checkedAdd(amt(QStringLiteral("1.4"), 6)));
        const QJsonObject depth = b->result(QStringLiteral("spot.depth"), {{QStringLiteral("market"), QStringLiteral("AZC-USDT")}});
        for (const QJsonValue &l : depth[QStringLiteral("bids")].toArray())
            QVERIFY(l.toArray().at(0).toString() != QStringLiteral("0.14"));
        // A stop price off the tick, or a stop price on a limit order, is refused.
        QJsonObject bad = stop;
        bad.insert(QStringLiteral("stopPrice"), QStringLiteral("0.12505"));
        bad.insert(QStringLiteral("idempotencyKey"), key());
        QCOMPARE(reason(b->call(QStringLiteral("spot.place"), bad)), QStringLiteral("invalid_price"));
        QJsonObject limitWithStop = order("AZC-USDT", "buy", "0.1000", "10");
        limitWithStop.insert(QStringLiteral("stopPrice"), QStringLiteral("0.13"));
        QCOMPARE(reason(b->call(QStringLiteral("spot.place"), limitWithStop)), QStringLiteral("invalid_params"));

        // Carol buys at 0.125: the last price reaches the stop, which enters
        // as a limit buy at 0.14 and fills against the same offer at 0.125.
        const QJsonObject t = place(*c, order("AZC-USDT", "buy", "0.1250", "10", "ioc"));
        QCOMPARE(t[QStringLiteral("filled")].toString(), QStringLiteral("10"));
        QJsonObject mine;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 3000 && mine[QStringLiteral("status")] != QStringLiteral("filled")) {
            for (const QJsonValue &o : b->result(QStringLiteral("spot.orders"), {{QStringLiteral("market"), QStringLiteral("AZC-USDT")}})
                                               [QStringLiteral("orders")].toArray())
                if (o[QStringLiteral("id")] == placed[QStringLiteral("id")])
                    mine = o.toObject();
            QTest::qWait(20);
        }
        QCOMPARE(mine[QStringLiteral("status")].toString(), QStringLiteral("filled"));
        QCOMPARE(mine[QStringLiteral("filledQuote")].toString(), QStringLiteral("1.25"));
        // Bought 10 AZC at 0.125 as a taker (0.2 % fee on the 10), the 0.15 surplus released.
        QCOMPARE(balance(*b, QStringLiteral("AZC"), 18).first, *azcStart.first.checkedAdd(amt(QStringLiteral("9.98"), 18)));
        QCOMPARE(balance(*b, QStringLiteral("USDT"), 6).first, *usdtStart.first.checkedSub(amt(QStringLiteral("1.25"), 6)));
        QCOMPARE(balance(*b, QStringLiteral("USDT"), 6).second, usdtStart.second);
    }

    void cancelAllReleasesEveryHold()
    {
        auto a = alice();
        a->call(QStringLiteral("spot.cancelAll")); // what earlier tests left
        const auto usdt = balance(*a, QStringLiteral("USDT"), 6);
        const auto btc = balance(*a, QStringLiteral("BTC"), 8);
        place(*a, order("BTC-USDT", "buy", "50000", "0.001"));
        place(*a, order("BTC-USDT", "sell", "90000", "0.001"));
        place(*a, order("AZC-USDT", "buy", "0.0500", "100"));
        QVERIFY(balance(*a, QStringLiteral("USDT"), 6).second > usdt.second);
        // One market first, then all the rest.
        const QJsonObject one = a->call(QStringLiteral("spot.cancelAll"), {{QStringLiteral("market"), QStringLiteral("AZC-USDT")}});
        QCOMPARE(one[QStringLiteral("result")][QStringLiteral("cancelled")].toInt(), 1);
        const QJsonObject all = a->call(QStringLiteral("spot.cancelAll"));
        QCOMPARE(all[QStringLiteral("result")][QStringLiteral("cancelled")].toInt(), 2);
        QCOMPARE(a->result(QStringLiteral("spot.orders"), {{QStringLiteral("openOnly"), true}})[QStringLiteral("orders")].toArray().size(), 0);
        QCOMPARE(balance(*a, QStringLiteral("USDT"), 6), usdt);
        QCOMPARE(balance(*a, QStringLiteral("BTC"), 8), btc);
        QCOMPARE(a->call(QStringLiteral("spot.cancelAll"))[QStringLiteral("result")][QStringLiteral("cancelled")].toInt(), 0);
        QCOMPARE(reason(a->call(QStringLiteral("spot.cancelAll"), {{QStringLiteral("market"), QStringLiteral("NOPE-USDT")}})),
                 QStringLiteral("not_found"));
    }

    // A subscriber keeps a local book from the snapshot and the deltas; it
    // equals a fresh snapshot after a burst, and a gap makes it resync.
    void depthDeltasFollowTheSnapshot()
    {
        auto watcher = carol();
        auto a = alice();
        auto b = bob();
        QVERIFY(reason(watcher->call(QStringLiteral("spot.subscribe"), {{QStringLiteral("markets"), QJsonArray{QStringLiteral("X-Y")}}}))
                == QStringLiteral("not_found"));
        QVERIFY(watcher->call(QStringLiteral("spot.subscribe"), {{QStringLiteral("markets"), QJsonArray{QStringLiteral("ETH-USDT")}}})
                        .contains(QStringLiteral("result")));
        using Side = QMap<QString, QString>;
        Side bids, asks;
        qint64 seq = 0;
        auto snapshot = [&] {
            const QJsonObject d = watcher->result(QStringLiteral("spot.depth"), {{QStringLiteral("market"), QStringLiteral("ETH-USDT")},
                                                                                 {QStringLiteral("levels"), 200}});
            bids.clear();
            asks.clear();
            for (const QJsonValue &l : d[QStringLiteral("bids")].toArray())
                bids.insert(l[0].toString(), l[1].toString());
            for (const QJsonValue &l : d[QStringLiteral("asks")].toArray())
                asks.insert(l[0].toString(), l[1].toString());
            seq = d[QStringLiteral("seq")].toInteger();
        };
        snapshot();
        const qint64 firstSeq = seq;
        // A burst: resting orders, a partial fill, a cancel.
        const QJsonObject r1 = place(*a, order("ETH-USDT", "buy", "3000", "0.2"));
        place(*a, order("ETH-USDT", "buy", "3001", "0.25"));
        place(*b, order("ETH-USDT", "sell", "3001", "0.1", "ioc"));
        a->call(QStringLiteral("spot.cancel"), {{QStringLiteral("market"), QStringLiteral("ETH-USDT")}, {QStringLiteral("orderId"), r1[QStringLiteral("id")]}});
        int applied = 0, trades = 0, tickers = 0;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 3000 && (applied < 4 || trades < 1 || tickers < 1)) {
            const QJsonObject msg = watcher->waitMessage(500);
            const QString name = msg[QStringLiteral("method")].toString();
            if (qEnvironmentVariableIsSet("AZC_TEST_VERBOSE"))
                qInfo("%s", QJsonDocument(msg).toJson(QJsonDocument::Compact).constData());
            const QJsonObject p = msg[QStringLiteral("params")].toObject();
            if (name == QStringLiteral("event.spot.trade")) {
                QCOMPARE(p[QStringLiteral("trade")][QStringLiteral("price")].toString(), QStringLiteral("3001"));
                ++trades;
            } else if (name == QStringLiteral("event.spot.ticker")) {
                QCOMPARE(p[QStringLiteral("ticker")][QStringLiteral("last")].toString(), QStringLiteral("3001"));
                ++tickers;
            } else if (name == QStringLiteral("event.spot.depth")) {
                QCOMPARE(p[QStringLiteral("market")].toString(), QStringLiteral("ETH-USDT"));
                QCOMPARE(p[QStringLiteral("prevSeq")].toInteger(), seq); // no gap on a healthy socket
                seq = p[QStringLiteral("seq")].toInteger();
                for (const char *sideName : {"bids", "asks"}) {
                    Side &side = QByteArray(sideName) == "bids" ? bids : asks;
                    for (const QJsonValue &l : p[QLatin1String(sideName)].toArray()) {
                        if (l[1].toString() == QStringLiteral("0"))
                            side.remove(l[0].toString());
                        else
                            side.insert(l[0].toString(), l[1].toString());
                    }
                }
                ++applied;
            }
        }
        QCOMPARE(applied, 4);
        QCOMPARE(seq, firstSeq + 4);
        const Side localBids = bids, localAsks = asks;
        snapshot();
        QCOMPARE(seq, firstSeq + 4);
        QCOMPARE(localBids, bids);
        QCOMPARE(localAsks, asks);
        QCOMPARE(bids.value(QStringLiteral("3001")), QStringLiteral("0.15"));
        QVERIFY(!bids.contains(QStringLiteral("3000")));

        // Unsubscribed: nothing more arrives; another market's changes never did.
        watcher->call(QStringLiteral("spot.subscribe"), {{QStringLiteral("markets"), QJsonArray{}}});
        a->call(QStringLiteral("spot.cancelAll"), {{QStringLiteral("market"), QStringLiteral("ETH-USDT")}});
        QVERIFY(watcher->waitEvent(QStringLiteral("event.spot.depth"), 500).isEmpty());

        // Tickers and candles carry the trade.
        QJsonObject eth;
        for (const QJsonValue &tk : watcher->result(QStringLiteral("spot.tickers"))[QStringLiteral("tickers")].toArray())
            if (tk[QStringLiteral("market")] == QStringLiteral("ETH-USDT"))
                eth = tk.toObject();
        QCOMPARE(eth[QStringLiteral("last")].toString(), QStringLiteral("3001"));
        QVERIFY(eth[QStringLiteral("trades")].toInt() >= 1);
        const QJsonObject candles = watcher->result(QStringLiteral("spot.candles"), {{QStringLiteral("market"), QStringLiteral("ETH-USDT")},
                                                                                    {QStringLiteral("interval"), QStringLiteral("1m")}});
        const QJsonArray list = candles[QStringLiteral("candles")].toArray();
        QVERIFY(!list.isEmpty());
        QCOMPARE(list.last()[QStringLiteral("close")].toString(), QStringLiteral("3001"));
        QVERIFY(list.last()[QStringLiteral("time")].toInteger() % 60000 == 0);
        QCOMPARE(reason(watcher->call(QStringLiteral("spot.candles"), {{QStringLiteral("market"), QStringLiteral("ETH-USDT")},
                                                                             {QStringLiteral("interval"), QStringLiteral("2m")}})),
                 QStringLiteral("invalid_params"));
    }

    // A crash between the hold's commit and the next one (which carries the
    // order's row with its journal record) leaves a hold with no order, or a
    // journal record with no row. Simulated by deleting the row: after a
    // restart the order is out of the book and its funds are back.
    void anOrderThatNeverBecameDurableLeavesNoTrace()
    {
        auto a = alice();
        a->call(QStringLiteral("spot.cancelAll"));
        const auto usdt = balance(*a, QStringLiteral("USDT"), 6);
        const QJsonObject o = place(*a, order("BTC-USDT", "buy", "51234", "0.001"));
        QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("open"));
        QCOMPARE(balance(*a, QStringLiteral("USDT"), 6).second, *usdt.second.checkedAdd(amt(QStringLiteral("51.234"), 6)));
        a.reset();
        m_backend->stop();
        {
            auto db = storage::Database::open(m_backend->databaseUrl());
            QVERIFY(db.ok());
            QVERIFY(db.value()->exec(QStringLiteral("DELETE FROM spot_orders WHERE market = 'BTC-USDT' AND id = ?"),
                                     {o[QStringLiteral("id")].toString().toLongLong()})
                            .ok());
        }
        QVERIFY(m_backend->restart());
        a = alice();
        const QJsonObject depth = a->result(QStringLiteral("spot.depth"), {{QStringLiteral("market"), QStringLiteral("BTC-USDT")}});
        for (const QJsonValue &l : depth[QStringLiteral("bids")].toArray())
            QVERIFY(l[0].toString() != QStringLiteral("51234"));
        QTRY_COMPARE(balance(*a, QStringLiteral("USDT"), 6), usdt);
        // The book still trades: the ghost's cancel went through the journal too.
        const QJsonObject again = place(*a, order("BTC-USDT", "buy", "51234", "0.001"));
        QCOMPARE(again[QStringLiteral("status")].toString(), QStringLiteral("open"));
        a->call(QStringLiteral("spot.cancelAll"));
    }

    void restartRebuildsTheSameBook()
    {
        auto a = alice();
        place(*a, order("BTC-USDT", "sell", "68000", "0.001"));
        place(*a, order("BTC-USDT", "buy", "60000", "0.001"));
        auto state = [&](const char *market) {
            return admin()->result(QStringLiteral("spot.bookState"), {{QStringLiteral("market"), QString::fromLatin1(market)}})
                    [QStringLiteral("digest")].toString();
        };
        const QString btc = state("BTC-USDT"), eth = state("ETH-USDT"), azc = state("AZC-USDT");
        const QJsonArray open = a->result(QStringLiteral("spot.orders"), {{QStringLiteral("openOnly"), true}})[QStringLiteral("orders")].toArray();
        QVERIFY(!btc.isEmpty());
        a.reset();
        QVERIFY(m_backend->restart());
        QCOMPARE(state("BTC-USDT"), btc);
        QCOMPARE(state("ETH-USDT"), eth);
        QCOMPARE(state("AZC-USDT"), azc);
        QCOMPARE(alice()->result(QStringLiteral("spot.orders"), {{QStringLiteral("openOnly"), true}})[QStringLiteral("orders")].toArray(), open);
    }
};

QTEST_GUILESS_MAIN(TstSpot)
#include "tst_spot.moc"
