// Quick swaps through a real backend, hedged on the simulated liquidity
// provider with pinned prices: a quote less the hidden spread, accepted once
// within its lifetime, books exactly what the provider filled (user → provider
// inventory → outside world, and back, the spread to swap revenue); expired
// and reused quotes, bad amounts and a rejected hedge book nothing. SQLite and
// PostgreSQL; the ledger's invariants are checked after every test.

#include "common/amount.h"
#include "binance_standin.h"
#include "demo_users.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QJsonArray>
#include <QtTest>

using namespace azc;
using namespace azc::test;

namespace {

Amount amt(const QString &text, int decimals) { return Amount::parse(text, decimals).value(); }

QString detail(const QJsonObject &reply) { return reply[QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("detail")].toString(); }

BackendConfig swapConfig(quint32 rejectionPpm)
{
    BackendConfig c;
    c.seedDemoData = true;
    provider::SimulatedConfig market = provider::simulatedDemoConfig(7);
    market.stepInterval = std::chrono::milliseconds(0); // prices stay where they are
    market.fillLatency = std::chrono::milliseconds(20);
    market.rejectionPpm = rejectionPpm;
    c.simulatedProvider = market;
    c.swap.quoteTtlMs = 1500;
    return c;
}

provider::Decimal dec(const char *text) { return provider::Decimal::parse(QString::fromLatin1(text)).value(); }

} // namespace

class TstSwap : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestBackend> m_backend;

    std::unique_ptr<WsClient> alice(TestBackend &b)
    {
        auto c = std::make_unique<WsClient>();
        if (!c->open(b.url()) || c->login(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")).isEmpty())
            return nullptr;
        return c;
    }
    static Amount available(WsClient &c, const QString &asset, int decimals)
    {
        for (const QJsonValue &b : c.result(QStringLiteral("wallet.balances"))[QStringLiteral("balances")].toArray())
            if (b[QStringLiteral("asset")].toString() == asset)
                return amt(b[QStringLiteral("available")].toString(), decimals);
        return {};
    }
    static QJsonObject quote(WsClient &c, const char *from, const char *to, const char *amount)
    {
        return c.call(QStringLiteral("swap.quote"), {{QStringLiteral("from"), QString::fromLatin1(from)},
                                                    {QStringLiteral("to"), QString::fromLatin1(to)},
                                                    {QStringLiteral("amount"), QString::fromLatin1(amount)}});
    }
    static std::unique_ptr<WsClient> signIn(TestBackend &b, const char *user, const char *password)
    {
        return test::signIn(b, QString::fromLatin1(user), QString::fromLatin1(password));
    }
    static int historySize(WsClient &c, const char *asset)
    {
        return int(c.result(QStringLiteral("wallet.history"), {{QStringLiteral("asset"), QString::fromLatin1(asset)}})
                           [QStringLiteral("entries")].toArray().size());
    }
    bool waitForPairs(WsClient &c)
    {
        for (int i = 0; i < 100; ++i) {
            if (!c.result(QStringLiteral("swap.pairs"))[QStringLiteral("pairs")].toArray().isEmpty())
                return true;
            QTest::qWait(20);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_backend = std::make_unique<TestBackend>(swapConfig(0));
        QVERIFY(m_backend->start());
    }

    void cleanup()
    {
        auto report = m_backend->backend().verifyLedger();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
    }

    void quoteAcceptHedgesAndBooksTheSpread()
    {
        auto c = alice(*m_backend);
        QVERIFY(c && waitForPairs(*c));
        const Amount usdt = available(*c, QStringLiteral("USDT"), 6), btc = available(*c, QStringLiteral("BTC"), 8);
        const QJsonObject q = quote(*c, "USDT", "BTC", "650")[QStringLiteral("result")][QStringLiteral("quote")].toObject();
        const Amount receive = amt(q[QStringLiteral("receive")].toString(), 8);
        // About 0.00969 BTC at 67,075.02 less 0.5 %.
        QVERIFY2(receive > amt(QStringLiteral("0.00962"), 8) && receive < amt(QStringLiteral("0.00966"), 8),
                 qPrintable(receive.toString(8)));
        const QJsonObject swap = c->result(QStringLiteral("swap.accept"), {{QStringLiteral("quoteId"), q[QStringLiteral("quoteId")]}})
                                         [QStringLiteral("swap")].toObject();
        QCOMPARE(swap[QStringLiteral("status")].toString(), QStringLiteral("filled"));
        QCOMPARE(swap[QStringLiteral("repriced")].toBool(), false);
        QCOMPARE(swap[QStringLiteral("received")], q[QStringLiteral("receive")]);
        const Amount paid = amt(swap[QStringLiteral("paid")].toString(), 6);
        // The provider fills whole steps of 0.00001 BTC (0.67 USDT here): what a step does not buy comes back.
        QVERIFY2(paid <= amt(QStringLiteral("650"), 6) && paid > amt(QStringLiteral("649.3"), 6), qPrintable(paid.toString(6)));
        QCOMPARE(available(*c, QStringLiteral("USDT"), 6), *usdt.checkedSub(paid));
        QCOMPARE(available(*c, QStringLiteral("BTC"), 8), *btc.checkedAdd(receive));
        // The spread is revenue, in BTC.
        WsClient admin;
        QVERIFY(admin.open(m_backend->url()) && !admin.login(QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026")).isEmpty());
        const Amount revenue = amt(admin.result(QStringLiteral("treasury.revenue"), {{QStringLiteral("asset"), QStringLiteral("BTC")}})
                                           [QStringLiteral("byFlow")][QStringLiteral("swap")].toString(), 8);
        QVERIFY(revenue > Amount());
        // A quote is used once.
        QCOMPARE(detail(c->call(QStringLiteral("swap.accept"), {{QStringLiteral("quoteId"), q[QStringLiteral("quoteId")]}})),
                 QStringLiteral("quote_used"));
    }

    // The admin's desk: the swap's hedge in the log, the provider's balances
    // next to the ledger's, and the spread as revenue per flow.
    void adminSeesHedgesProviderBalancesAndRevenue()
    {
        auto admin = signIn(*m_backend, "admin", "AzcAdmin#2026");
        QVERIFY(admin);
        const QJsonArray hedges = admin->result(QStringLiteral("exchange.hedges"))[QStringLiteral("hedges")].toArray();
        QVERIFY(!hedges.isEmpty());
        const QJsonObject h = hedges.last().toObject(); // the first swap of this backend
        QCOMPARE(h[QStringLiteral("flow")].toString(), QStringLiteral("swap"));
        QCOMPARE(h[QStringLiteral("provider")].toString(), QStringLiteral("simulated"));
        QCOMPARE(h[QStringLiteral("symbol")].toString(), QStringLiteral("BTCUSDT"));
        QCOMPARE(h[QStringLiteral("side")].toString(), QStringLiteral("buy"));
        QCOMPARE(h[QStringLiteral("requested")].toString(), QStringLiteral("650 USDT"));
        QCOMPARE(h[QStringLiteral("status")].toString(), QStringLiteral("FILLED"));
        QVERIFY(amt(h[QStringLiteral("executedQty")].toString(), 8) > Amount());

        const QJsonObject p = admin->result(QStringLiteral("exchange.provider"));
        QCOMPARE(p[QStringLiteral("name")].toString(), QStringLiteral("simulated"));
        QVERIFY(p[QStringLiteral("connected")].toBool());
        bool sawBtc = false;
        for (const QJsonValue &b : p[QStringLiteral("balances")].toArray())
            if (b[QStringLiteral("asset")] == QStringLiteral("BTC")) {
                sawBtc = true;
                QVERIFY(!b[QStringLiteral("free")].toString().isEmpty());
                QVERIFY(!b[QStringLiteral("ledger")].toString().isEmpty());
            }
        QVERIFY(sawBtc);

        bool sawSwap = false;
        for (const QJsonValue &f : admin->result(QStringLiteral("exchange.revenue"))[QStringLiteral("flows")].toArray())
            if (f[QStringLiteral("flow")] == QStringLiteral("swap") && f[QStringLiteral("asset")] == QStringLiteral("BTC"))
                sawSwap = amt(f[QStringLiteral("amount")].toString(), 8) > Amount();
        QVERIFY(sawSwap);
        // Users cannot see the desk.
        auto c = alice(*m_backend);
        QCOMPARE(errorCode(c->call(QStringLiteral("exchange.hedges"))), -32003);
    }

    // The bot quotes both sides around the provider's mid; a user's market
    // buy fills against it like against anyone, and it quotes again.
    void marketMakerQuotesAroundTheProviderPrice()
    {
        BackendConfig config = swapConfig(0);
        config.marketMaker = desk::demoMarketMakerConfig();
        config.marketMaker.intervalMs = 100;
        TestBackend withBot(config);
        QVERIFY(withBot.start());
        auto carol = signIn(withBot, "carol", "AzcCarol#2026");
        QVERIFY(carol);
        // An empty BTC book but the bot's quotes.
        carol->call(QStringLiteral("spot.cancelAll"), {{QStringLiteral("market"), QStringLiteral("BTC-USDT")}});
        auto depth = [&] {
            return carol->result(QStringLiteral("spot.depth"), {{QStringLiteral("market"), QStringLiteral("BTC-USDT")}});
        };
        QJsonObject d;
        for (int i = 0; i < 100 && d[QStringLiteral("asks")].toArray().size() < 5; ++i) {
            QTest::qWait(50);
            d = depth();
        }
        // The simulated BTCUSDT sits at 67,075: the bot's best ask 0.1 % above the mid, best bid 0.1 % below.
        const Amount bestAsk = amt(d[QStringLiteral("asks")][0][0].toString(), 6);
        const Amount bestBid = amt(d[QStringLiteral("bids")][0][0].toString(), 6);
        QCOMPARE(bestAsk, amt(QStringLiteral("67142.08"), 6));
        QVERIFY2(bestAsk > amt(QStringLiteral("67075"), 6),
                 qPrintable(bestAsk.toString(6)));
        QCOMPARE(bestBid, amt(QStringLiteral("67007.92"), 6));
        QVERIFY2(bestBid < amt(QStringLiteral("67075"), 6),
                 qPrintable(bestBid.toString(6)));
        QCOMPARE(d[QStringLiteral("asks")][0][1].toString(), QStringLiteral("0.01"));

        const Amount btc = available(*carol, QStringLiteral("BTC"), 8);
        const QJsonObject bought = carol->result(QStringLiteral("spot.place"),
                                                 {{QStringLiteral("market"), QStringLiteral("BTC-USDT")},
                                                  {QStringLiteral("side"), QStringLiteral("buy")},
                                                  {QStringLiteral("type"), QStringLiteral("market")},
                                                  {QStringLiteral("budget"), QStringLiteral("500")},
                                                  {QStringLiteral("idempotencyKey"), QStringLiteral("carol-buys-from-the-bot")}})
                                           [QStringLiteral("order")].toObject();
        // 500 USDT buys 0.0074 BTC at the bot's ask (the lot is 0.0001); what a lot more would cost comes back.
        QCOMPARE(bought[QStringLiteral("filled")].toString(), QStringLiteral("0.0074"));
        QCOMPARE(bought[QStringLiteral("filledQuote")].toString(), QStringLiteral("496.851392"));
        const Amount paid = amt(bought[QStringLiteral("filledQuote")].toString(), 6);
        QVERIFY(paid > amt(QStringLiteral("494"), 6) && paid <= amt(QStringLiteral("500"), 6));
        QVERIFY(available(*carol, QStringLiteral("BTC"), 8) > btc);
        // The level it took is quoted again.
        for (int i = 0; i < 100 && depth()[QStringLiteral("asks")][0][1].toString() != QStringLiteral("0.01"); ++i)
            QTest::qWait(50);
        QCOMPARE(depth()[QStringLiteral("asks")][0][1].toString(), QStringLiteral("0.01"));
        auto report = withBot.backend().verifyLedger();
        QVERIFY(report.ok() && report->ok);
    }

    // With routing on, what the book cannot fill goes to the provider: the
    // user's market buy fills at once, booked against the exchange's
    // inventory there; a limit the provider's price would break is not routed.
    void ordersTheBookCannotFillAreRoutedToTheProvider()
    {
        auto admin = signIn(*m_backend, "admin", "AzcAdmin#2026");
        auto carol = signIn(*m_backend, "carol", "AzcCarol#2026");
        auto bob = signIn(*m_backend, "bob", "AzcBob#2026");
        QVERIFY(admin && carol && bob);
        QJsonObject market;
        for (const QJsonValue &m : admin->result(QStringLiteral("spot.markets"))[QStringLiteral("markets")].toArray())
            if (m[QStringLiteral("symbol")] == QStringLiteral("BTC-USDT"))
                market = m.toObject();
        auto setRouting = [&](bool on) {
            return admin->call(QStringLiteral("spot.setMarket"),
                               {{QStringLiteral("base"), QStringLiteral("BTC")}, {QStringLiteral("quote"), QStringLiteral("USDT")},
                                {QStringLiteral("tickSize"), market[QStringLiteral("tickSize")]},
                                {QStringLiteral("lotSize"), market[QStringLiteral("lotSize")]},
                                {QStringLiteral("minNotional"), market[QStringLiteral("minNotional")]},
                                {QStringLiteral("makerFee"), market[QStringLiteral("makerFee")]},
                                {QStringLiteral("takerFee"), market[QStringLiteral("takerFee")]},
                                {QStringLiteral("routing"), on}});
        };
        QVERIFY(setRouting(true).contains(QStringLiteral("result")));
        carol->call(QStringLiteral("spot.cancelAll"), {{QStringLiteral("market"), QStringLiteral("BTC-USDT")}}); // an empty ask side

        const Amount usdt = available(*bob, QStringLiteral("USDT"), 6), btc = available(*bob, QStringLiteral("BTC"), 8);
        const QJsonObject bought = bob->result(QStringLiteral("spot.place"),
                                               {{QStringLiteral("market"), QStringLiteral("BTC-USDT")},
                                                {QStringLiteral("side"), QStringLiteral("buy")},
                                                {QStringLiteral("type"), QStringLiteral("market")},
                                                {QStringLiteral("budget"), QStringLiteral("650")},
                                                {QStringLiteral("idempotencyKey"), QStringLiteral("bob-routed-buy-1")}})
                                         [QStringLiteral("order")].toObject();
        QCOMPARE(bought[QStringLiteral("status")].toString(), QStringLiteral("filled"));
        QCOMPARE(bought[QStringLiteral("reason")].toString(), QStringLiteral("routed"));
        QCOMPARE(bought[QStringLiteral("filled")].toString(), QStringLiteral("0")); // nothing from the book
        const Amount routed = amt(bought[QStringLiteral("routedQuantity")].toString(), 8);
        const Amount paid = amt(bought[QStringLiteral("filledQuote")].toString(), 6);
        // About 0.0097 BTC at the provider's ~67,075; paid at most the budget.
        QVERIFY2(routed > amt(QStringLiteral("0.0096"), 8) && routed <= amt(QStringLiteral("0.0097"), 8), qPrintable(routed.toString(8)));
        QVERIFY(paid > amt(QStringLiteral("640"), 6) && paid <= amt(QStringLiteral("650"), 6));
        // Bob: the BTC less the 0.2 % taker fee, and only what the provider charged.
        const Amount fee = Amount::fromUnits((routed.units() * 200000 + 99999999) / 100000000);
        QCOMPARE(available(*bob, QStringLiteral("BTC"), 8), *btc.checkedAdd(*routed.checkedSub(fee)));
        QCOMPARE(available(*bob, QStringLiteral("USDT"), 6), *usdt.checkedSub(paid));
        const QJsonObject hedge = admin->result(QStringLiteral("exchange.hedges"))[QStringLiteral("hedges")][0].toObject();
        QCOMPARE(hedge[QStringLiteral("flow")].toString(), QStringLiteral("route"));
        QCOMPARE(hedge[QStringLiteral("ref")].toString(), QStringLiteral("BTC-USDT:") + bought[QStringLiteral("id")].toString());
        QCOMPARE(hedge[QStringLiteral("status")].toString(), QStringLiteral("FILLED"));

        // A sell limited far above the provider's bid is not routed: released, with the reason.
        const Amount btcNow = available(*bob, QStringLiteral("BTC"), 8);
        const QJsonObject limited = bob->result(QStringLiteral("spot.place"),
                                                {{QStringLiteral("market"), QStringLiteral("BTC-USDT")},
                                                 {QStringLiteral("side"), QStringLiteral("sell")},
                                                 {QStringLiteral("type"), QStringLiteral("limit")},
                                                 {QStringLiteral("timeInForce"), QStringLiteral("ioc")},
                                                 {QStringLiteral("price"), QStringLiteral("90000")},
                                                 {QStringLiteral("quantity"), QStringLiteral("0.005")},
                                                 {QStringLiteral("idempotencyKey"), QStringLiteral("bob-routed-sell-1")}})
                                          [QStringLiteral("order")].toObject();
        QCOMPARE(limited[QStringLiteral("status")].toString(), QStringLiteral("cancelled"));
        QCOMPARE(limited[QStringLiteral("reason")].toString(), QStringLiteral("route_failed:price_outside_limit"));
        QCOMPARE(available(*bob, QStringLiteral("BTC"), 8), btcNow);

        // Routing off: the rest simply ends, as before.
        QVERIFY(setRouting(false).contains(QStringLiteral("result")));
        const QJsonObject unrouted = bob->result(QStringLiteral("spot.place"),
                                                 {{QStringLiteral("market"), QStringLiteral("BTC-USDT")},
                                                  {QStringLiteral("side"), QStringLiteral("buy")},
                                                  {QStringLiteral("type"), QStringLiteral("market")},
                                                  {QStringLiteral("budget"), QStringLiteral("100")},
                                                  {QStringLiteral("idempotencyKey"), QStringLiteral("bob-unrouted-buy-1")}})
                                           [QStringLiteral("order")].toObject();
        QCOMPARE(unrouted[QStringLiteral("status")].toString(), QStringLiteral("cancelled"));
        QCOMPARE(unrouted[QStringLiteral("routedQuantity")].toString(), QStringLiteral("0"));
        QCOMPARE(available(*bob, QStringLiteral("USDT"), 6), *usdt.checkedSub(paid));

        // After a restart the journal rebuilds the book's part; the routed part comes from the row.
        admin.reset();
        carol.reset();
        bob.reset();
        QVERIFY(m_backend->restart());
        bob = signIn(*m_backend, "bob", "AzcBob#2026");
        QJsonObject again;
        for (const QJsonValue &o : bob->result(QStringLiteral("spot.orders"), {{QStringLiteral("market"), QStringLiteral("BTC-USDT")}})
                                           [QStringLiteral("orders")].toArray())
            if (o[QStringLiteral("id")] == bought[QStringLiteral("id")])
                again = o.toObject();
        QCOMPARE(again[QStringLiteral("status")].toString(), QStringLiteral("filled"));
        QCOMPARE(again[QStringLiteral("routedQuantity")], bought[QStringLiteral("routedQuantity")]);
        QCOMPARE(again[QStringLiteral("filledQuote")], bought[QStringLiteral("filledQuote")]);
    }

    void sellingWorksTheOtherWay()
    {
        auto c = alice(*m_backend);
        QVERIFY(c && waitForPairs(*c));
        const Amount eth = available(*c, QStringLiteral("ETH"), 18), usdt = available(*c, QStringLiteral("USDT"), 6);
        const QJsonObject q = quote(*c, "ETH", "USDT", "0.1")[QStringLiteral("result")][QStringLiteral("quote")].toObject();
        const QJsonObject swap = c->result(QStringLiteral("swap.accept"), {{QStringLiteral("quoteId"), q[QStringLiteral("quoteId")]}})
                                         [QStringLiteral("swap")].toObject();
        QCOMPARE(swap[QStringLiteral("paid")].toString(), QStringLiteral("0.1"));
        QCOMPARE(available(*c, QStringLiteral("ETH"), 18), *eth.checkedSub(amt(QStringLiteral("0.1"), 18)));
        QCOMPARE(available(*c, QStringLiteral("USDT"), 6), *usdt.checkedAdd(amt(q[QStringLiteral("receive")].toString(), 6)));
    }

    void badQuotesAndExpiredOnesBookNothing()
    {
        auto c = alice(*m_backend);
        QVERIFY(c && waitForPairs(*c));
        const Amount usdt = available(*c, QStringLiteral("USDT"), 6);
        QCOMPARE(reason(quote(*c, "USDT", "DOGE", "10")), QStringLiteral("not_found"));
        QCOMPARE(reason(quote(*c, "USDT", "BTC", "-5")), QStringLiteral("invalid_amount"));
        QCOMPARE(detail(quote(*c, "USDT", "BTC", "1")), QStringLiteral("min_notional"));
        QCOMPARE(detail(quote(*c, "BTC", "USDT", "0.000001")), QStringLiteral("step"));
        QCOMPARE(reason(quote(*c, "USDT", "BTC", "90000000")), QStringLiteral("insufficient_liquidity"));
        const QJsonObject q = quote(*c, "USDT", "BTC", "100")[QStringLiteral("result")][QStringLiteral("quote")].toObject();
        QTest::qWait(1700);
        QCOMPARE(detail(c->call(QStringLiteral("swap.accept"), {{QStringLiteral("quoteId"), q[QStringLiteral("quoteId")]}})),
                 QStringLiteral("quote_expired"));
        QCOMPARE(reason(c->call(QStringLiteral("swap.accept"), {{QStringLiteral("quoteId"), QStringLiteral("nope")}})),
                 QStringLiteral("not_found"));
        QCOMPARE(available(*c, QStringLiteral("USDT"), 6), usdt);
    }

    // A real deployment without a configured provider never quotes off a made-up market.
    void noProviderMeansNoSwaps()
    {
        TestBackend bare{BackendConfig{}};
        QVERIFY(bare.start());
        WsClient c;
        QVERIFY(c.open(bare.url()));
        QVERIFY(c.call(QStringLiteral("auth.register"), {{QStringLiteral("username"), QStringLiteral("erin")},
                                                         {QStringLiteral("displayName"), QStringLiteral("Erin")},
                                                         {QStringLiteral("password"), QStringLiteral("Erin#Swap2026")}})
                        .contains(QStringLiteral("result")));
        QVERIFY(!c.login(QStringLiteral("erin"), QStringLiteral("Erin#Swap2026")).isEmpty());
        QVERIFY(c.result(QStringLiteral("swap.pairs"))[QStringLiteral("pairs")].toArray().isEmpty());
        QCOMPARE(reason(quote(c, "USDT", "BTC", "100")), QStringLiteral("unavailable"));
    }

    void aRejectedHedgeBooksNothing()
    {
        TestBackend rejecting(swapConfig(1000000)); // the provider refuses every order
        QVERIFY(rejecting.start());
        auto c = alice(rejecting);
        QVERIFY(c && waitForPairs(*c));
        const Amount usdt = available(*c, QStringLiteral("USDT"), 6);
        const QJsonObject q = quote(*c, "USDT", "BTC", "100")[QStringLiteral("result")][QStringLiteral("quote")].toObject();
        const QJsonObject r = c->call(QStringLiteral("swap.accept"), {{QStringLiteral("quoteId"), q[QStringLiteral("quoteId")]}});
        QCOMPARE(reason(r), QStringLiteral("swap_failed"));
        QCOMPARE(available(*c, QStringLiteral("USDT"), 6), usdt);
        auto report = rejecting.backend().verifyLedger();
        QVERIFY(report.ok() && report->ok);
    }

    // Swaps hedged on Binance's API (a local stand-in that checks signatures,
    // timestamps and balances as Binance does): a good one books both sides;
    // a wrong signature, an expired timestamp and a provider account that
    // cannot pay each fail with their own reason and book nothing at all.
    void binanceErrorsBookNothing()
    {
        BinanceStandin standin;
        QVERIFY(standin.start());
        const QString apiKey = QStringLiteral("azc-test-key");
        const QByteArray secret = "azc-test-secret-0123456789abcdef";
        standin.setCredentials(apiKey, secret);
        BinanceStandin::Market m;
        m.symbol = QStringLiteral("BTCUSDT");
        m.baseAsset = QStringLiteral("BTC");
        m.quoteAsset = QStringLiteral("USDT");
        m.tickSize = dec("0.01"), m.minPrice = dec("0.01"), m.maxPrice = dec("1000000");
        m.stepSize = dec("0.00001"), m.minQty = dec("0.00001"), m.maxQty = dec("9000");
        m.minNotional = dec("5");
        m.asks = {{dec("30000"), dec("0.5")}, {dec("30000.5"), dec("1")}};
        m.bids = {{dec("29999.5"), dec("0.5")}, {dec("29999"), dec("1")}};
        standin.addMarket(m);
        standin.setBalance(QStringLiteral("USDT"), dec("100000"));
        standin.setBalance(QStringLiteral("BTC"), dec("1"));

        BackendConfig config;
        config.seedDemoData = true;
        provider::BinanceConfig binance;
        binance.restUrl = standin.restUrl();
        binance.streamUrl = standin.streamUrl();
        binance.apiKey = apiKey;
        binance.secret = secret;
        config.binance = binance;
        TestBackend b(config);
        QVERIFY(b.start());
        auto c = alice(b);
        QVERIFY(c && waitForPairs(*c));

        auto attempt = [&](const char *amount) {
            const QJsonObject q = quote(*c, "USDT", "BTC", amount)[QStringLiteral("result")][QStringLiteral("quote")].toObject();
            return c->call(QStringLiteral("swap.accept"), {{QStringLiteral("quoteId"), q[QStringLiteral("quoteId")]}});
        };
        const Amount usdt = available(*c, QStringLiteral("USDT"), 6), btc = available(*c, QStringLiteral("BTC"), 8);
        const int btcEntries = historySize(*c, "BTC");
        auto nothingBooked = [&] {
            QCOMPARE(available(*c, QStringLiteral("USDT"), 6), usdt);
            QCOMPARE(available(*c, QStringLiteral("BTC"), 8), btc);
            QCOMPARE(historySize(*c, "BTC"), btcEntries);
            QCOMPARE(standin.ordersExecuted(), 0);
        };

        // 1. Our secret is not the one Binance has: -1022, provider_auth.
        standin.setCredentials(apiKey, "someone-elses-secret-000000000000");
        QJsonObject r = attempt("300");
        QCOMPARE(reason(r), QStringLiteral("swap_failed"));
        QCOMPARE(r[QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("providerReason")].toString(),
                 QStringLiteral("provider_auth"));
        nothingBooked();
        QCOMPARE(standin.exchanges().last().code, -1022);
        standin.setCredentials(apiKey, secret);

        // 2. Binance's clock two minutes ahead: our timestamp is outside recvWindow (-1021).
        standin.setClockOffsetMs(120000);
        r = attempt("300");
        QCOMPARE(r[QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("providerReason")].toString(),
                 QStringLiteral("provider_clock"));
        nothingBooked(); // the connector has resynchronised its clock: the next ones are on time

        // 3. The provider account cannot pay (-2010).
        standin.setBalance(QStringLiteral("USDT"), dec("10"));
        r = attempt("300");
        QCOMPARE(r[QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("providerReason")].toString(),
                 QStringLiteral("provider_insufficient_balance"));
        nothingBooked();
        standin.setBalance(QStringLiteral("USDT"), dec("100000"));

        auto admin = signIn(b, "admin", "AzcAdmin#2026");
        QStringList failures;
        for (const QJsonValue &h : admin->result(QStringLiteral("exchange.hedges"))[QStringLiteral("hedges")].toArray())
            failures.append(h[QStringLiteral("status")].toString() + u'/' + h[QStringLiteral("error")].toString());
        QCOMPARE(failures, (QStringList{QStringLiteral("failed/provider_insufficient_balance"),
                                        QStringLiteral("failed/provider_clock"), QStringLiteral("failed/provider_auth")}));

        // And a good one books both sides, hedged on "binance".
        r = attempt("300");
        const QJsonObject swap = r[QStringLiteral("result")][QStringLiteral("swap")].toObject();
        QCOMPARE(swap[QStringLiteral("status")].toString(), QStringLiteral("filled"));
        QCOMPARE(standin.ordersExecuted(), 1);
        QCOMPARE(available(*c, QStringLiteral("BTC"), 8), *btc.checkedAdd(amt(swap[QStringLiteral("received")].toString(), 8)));
        QCOMPARE(admin->result(QStringLiteral("exchange.provider"))[QStringLiteral("name")].toString(), QStringLiteral("binance"));
        auto report = b.backend().verifyLedger();
        QVERIFY(report.ok() && report->ok);
    }
};

QTEST_GUILESS_MAIN(TstSwap)
#include "tst_swap.moc"
