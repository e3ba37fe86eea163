// Quick swaps through a real backend, hedged on the simulated liquidity
// provider with pinned prices: a quote less the hidden spread, accepted once
// within its lifetime, books exactly what the provider filled (user → provider
// inventory → outside world, and back, the spread to swap revenue); expired
// and reused quotes, bad amounts and a rejected hedge book nothing. SQLite and
// PostgreSQL; the ledger's invariants are checked after every test.

#include "common/amount.h"
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
        // About 0.01 BTC at 65,000.02 less 0.5 %.
        QVERIFY(receive > amt(QStringLiteral("0.0099"), 8) && receive < amt(QStringLiteral("0.00995"), 8));
        const QJsonObject swap = c->result(QStringLiteral("swap.accept"), {{QStringLiteral("quoteId"), q[QStringLiteral("quoteId")]}})
                                         [QStringLiteral("swap")].toObject();
        QCOMPARE(swap[QStringLiteral("status")].toString(), QStringLiteral("filled"));
        QCOMPARE(swap[QStringLiteral("repriced")].toBool(), false);
        QCOMPARE(swap[QStringLiteral("received")], q[QStringLiteral("receive")]);
        const Amount paid = amt(swap[QStringLiteral("paid")].toString(), 6);
        // The provider fills whole steps of 0.00001 BTC (0.65 USDT here): what a step does not buy comes back.
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
};

QTEST_GUILESS_MAIN(TstSwap)
#include "tst_swap.moc"
