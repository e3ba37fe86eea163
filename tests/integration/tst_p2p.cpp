// P2P trades through a real backend over real WebSockets, on SQLite and
// PostgreSQL: a sell ad holds its coins; taking it reserves the escrow;
// paid → released moves it to the buyer less the commission; cancels,
// expiries and support's refunds put it back; a closed ad gives back what no
// trade reserved; concurrent takers never oversell an ad; and release,
// cancel, support's decision and the payment-window timer racing for one
// trade end it exactly once, escrow conserved. Ledger invariants are checked
// after every test.

#include "p2p_test_helpers.h"

#include <QtTest>

using namespace azc;
using namespace azc::test;
using namespace azc::test::p2p;

class TstP2p : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestBackend> m_backend;

    std::unique_ptr<WsClient> as(const char *username, const char *password) { return signIn(*m_backend, username, password); }
    std::unique_ptr<WsClient> carol() { return as("carol", "AzcCarol#2026"); } // KYC tier 1: may advertise
    std::unique_ptr<WsClient> bob() { return as("bob", "AzcBob#2026"); }
    std::unique_ptr<WsClient> alice() { return as("alice", "AzcAlice#2026"); }
    std::unique_ptr<WsClient> support() { return as("support", "AzcSupport#2026"); }
    std::unique_ptr<WsClient> admin() { return as("admin", "AzcAdmin#2026"); }

    static QPair<Amount, Amount> usdt(WsClient &c)
    {
        for (const QJsonValue &b : c.result(QStringLiteral("wallet.balances"))[QStringLiteral("balances")].toArray())
            if (b[QStringLiteral("asset")].toString() == QStringLiteral("USDT"))
                return {amt(b[QStringLiteral("available")].toString()), amt(b[QStringLiteral("held")].toString())};
        return {};
    }
    static QJsonObject sellAd(WsClient &c, const char *total, const char *min, const char *max)
    {
        return createSellAd(c, total, min, max)[QStringLiteral("result")][QStringLiteral("ad")].toObject();
    }
    static QJsonObject take(WsClient &c, const QJsonObject &ad, const char *amount) { return takeAd(c, ad, amount); }
    static QJsonObject act(WsClient &c, const char *method, const QString &tradeId)
    {
        return c.call(QString::fromLatin1(method), {{QStringLiteral("id"), tradeId}});
    }
    static QString tradeIdOf(const QJsonObject &reply) { return reply[QStringLiteral("result")][QStringLiteral("trade")][QStringLiteral("id")].toString(); }
    static QString statusOf(const QJsonObject &reply) { return reply[QStringLiteral("result")][QStringLiteral("trade")][QStringLiteral("status")].toString(); }
    Amount revenue()
    {
        const QString v = admin()->result(QStringLiteral("treasury.revenue"), {{QStringLiteral("asset"), QStringLiteral("USDT")}})
                                  [QStringLiteral("byFlow")][QStringLiteral("p2p")].toString();
        return v.isEmpty() ? Amount() : amt(v);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_backend = startP2pBackend();
        QVERIFY(m_backend);
    }

    void cleanup()
    {
        AZC_VERIFY_LEDGER(*m_backend);
    }

    void aTradeFromAdToRelease()
    {
        auto c = carol();
        auto b = bob();
        const auto carolStart = usdt(*c), bobStart = usdt(*b);
        const Amount revenueStart = revenue();
        // Only verified users advertise; bad limits are refused.
        QCOMPARE(errorCode(b->call(QStringLiteral("p2p.createAd"), {{QStringLiteral("side"), QStringLiteral("sell")}})), -32003);
        QVERIFY(sellAd(*c, "100", "60", "50").isEmpty());
        const QJsonObject ad = sellAd(*c, "100", "10", "50");
        QCOMPARE(ad[QStringLiteral("available")].toString(), QStringLiteral("100"));
        QCOMPARE(usdt(*c).second, *carolStart.second.checkedAdd(amt(QStringLiteral("100"))));
        QVERIFY(!b->result(QStringLiteral("p2p.ads"), {{QStringLiteral("side"), QStringLiteral("sell")}})[QStringLiteral("ads")].toArray().isEmpty());

        QCOMPARE(detail(take(*c, ad, "20")), QStringLiteral("own_ad"));
        QCOMPARE(detail(take(*b, ad, "5")), QStringLiteral("outside_limits"));
        const QJsonObject opened = take(*b, ad, "20");
        const QString id = tradeIdOf(opened);
        QCOMPARE(statusOf(opened), QStringLiteral("pending_payment"));
        QCOMPARE(opened[QStringLiteral("result")][QStringLiteral("trade")][QStringLiteral("fiatAmount")].toString(), QStringLiteral("20.4"));
        // Who may do what: the seller cannot mark paid, the buyer cannot release, strangers see nothing.
        QCOMPARE(detail(act(*c, "p2p.markPaid", id)), QStringLiteral("not_your_action"));
        QCOMPARE(detail(act(*b, "p2p.release", id)), QStringLiteral("not_your_action"));
        QCOMPARE(reason(alice()->call(QStringLiteral("p2p.trade"), {{QStringLiteral("id"), id}})), QStringLiteral("not_found"));
        QCOMPARE(statusOf(act(*b, "p2p.markPaid", id)), QStringLiteral("paid"));
        QCOMPARE(detail(act(*b, "p2p.appeal", id)), QStringLiteral("too_early")); // the seller still has time
        QCOMPARE(detail(act(*b, "p2p.markPaid", id)), QStringLiteral("paid"));
        const QJsonObject released = act(*c, "p2p.release", id);
        QCOMPARE(statusOf(released), QStringLiteral("completed"));
        QCOMPARE(released[QStringLiteral("result")][QStringLiteral("trade")][QStringLiteral("outcome")].toString(), QStringLiteral("released"));
        // 20 less the 0.1 % commission to bob; carol's hold is down by 20.
        QCOMPARE(usdt(*b).first, *bobStart.first.checkedAdd(amt(QStringLiteral("19.98"))));
        QCOMPARE(usdt(*c).second, *carolStart.second.checkedAdd(amt(QStringLiteral("80"))));
        QCOMPARE(usdt(*c).first, *carolStart.first.checkedSub(amt(QStringLiteral("100"))));
        QCOMPARE(revenue(), *revenueStart.checkedAdd(amt(QStringLiteral("0.02"))));
        QCOMPARE(detail(act(*c, "p2p.release", id)), QStringLiteral("completed"));
        const QJsonArray timeline = b->result(QStringLiteral("p2p.trade"), {{QStringLiteral("id"), id}})
                                            [QStringLiteral("trade")][QStringLiteral("timeline")].toArray();
        QStringList steps;
        for (const QJsonValue &e : timeline)
            steps.append(e[QStringLiteral("action")].toString());
        QCOMPARE(steps, (QStringList{QStringLiteral("opened"), QStringLiteral("mark_paid"), QStringLiteral("release")}));
        // The trade's chat: both parties, a system note per step.
        const QString chat = b->result(QStringLiteral("p2p.trade"), {{QStringLiteral("id"), id}})[QStringLiteral("trade")]
                                     [QStringLiteral("chatId")].toString();
        QVERIFY(!chat.isEmpty());
        QStringList notes;
        for (const QJsonValue &m : c->result(QStringLiteral("messages.list"), {{QStringLiteral("conversationId"), chat}})
                                           [QStringLiteral("messages")].toArray())
            if (m[QStringLiteral("data")][QStringLiteral("action")] == QStringLiteral("p2p"))
                notes.append(m[QStringLiteral("data")][QStringLiteral("event")].toString());
        notes.sort();
        QCOMPARE(notes, (QStringList{QStringLiteral("mark_paid"), QStringLiteral("opened"), QStringLiteral("release")}));
        QVERIFY(b->call(QStringLiteral("messages.send"), {{QStringLiteral("conversationId"), chat},
                                                         {QStringLiteral("text"), QStringLiteral("Sent from my bank, ref 4412")}})
                        .contains(QStringLiteral("result")));
        QCOMPARE(reason(alice()->call(QStringLiteral("messages.list"), {{QStringLiteral("conversationId"), chat}})), QStringLiteral("forbidden"));

        // Closing the ad gives back the 80 nobody reserved.
        const QJsonObject closed = c->result(QStringLiteral("p2p.setAdStatus"), {{QStringLiteral("id"), ad[QStringLiteral("id")]},
                                                                                {QStringLiteral("status"), QStringLiteral("closed")}});
        QCOMPARE(closed[QStringLiteral("ad")][QStringLiteral("status")].toString(), QStringLiteral("closed"));
        QCOMPARE(usdt(*c).second, carolStart.second);
        QCOMPARE(usdt(*c).first, *carolStart.first.checkedSub(amt(QStringLiteral("20"))));
    }

    void cancelsExpiriesAndDisputesGiveTheEscrowBack()
    {
        auto c = carol();
        auto b = bob();
        auto s = support();
        const auto carolStart = usdt(*c), bobStart = usdt(*b);
        const QJsonObject ad = sellAd(*c, "60", "10", "20");
        auto available = [&] {
            for (const QJsonValue &a : c->result(QStringLiteral("p2p.myAds"))[QStringLiteral("ads")].toArray())
                if (a[QStringLiteral("id")] == ad[QStringLiteral("id")])
                    return a[QStringLiteral("available")].toString();
            return QString();
        };
        // The buyer cancels: back on offer.
        const QString t1 = tradeIdOf(take(*b, ad, "20"));
        QCOMPARE(available(), QStringLiteral("40"));
        QCOMPARE(statusOf(act(*b, "p2p.cancel", t1)), QStringLiteral("cancelled"));
        QCOMPARE(available(), QStringLiteral("60"));
        // Nobody pays within the window: the timer cancels it.
        const QString t2 = tradeIdOf(take(*b, ad, "20"));
        QTRY_COMPARE_WITH_TIMEOUT(b->result(QStringLiteral("p2p.trade"), {{QStringLiteral("id"), t2}})[QStringLiteral("trade")]
                                          [QStringLiteral("outcome")].toString(),
                                  QStringLiteral("expired"), 3000);
        QCOMPARE(available(), QStringLiteral("60"));
        QCOMPARE(detail(act(*b, "p2p.markPaid", t2)), QStringLiteral("cancelled"));
        // Paid, the seller disputes it, support refunds the seller.
        const QString t3 = tradeIdOf(take(*b, ad, "20"));
        act(*b, "p2p.markPaid", t3);
        QCOMPARE(statusOf(act(*c, "p2p.appeal", t3)), QStringLiteral("appealed"));
        bool queued = false;
        QString chat;
        for (const QJsonValue &t : s->result(QStringLiteral("p2p.disputes"))[QStringLiteral("trades")].toArray())
            if (t[QStringLiteral("id")] == t3) {
                queued = true;
                chat = t[QStringLiteral("chatId")].toString();
            }
        QVERIFY(queued);
        // Support is in the trade's chat now and reads both sides.
        QVERIFY(s->call(QStringLiteral("messages.list"), {{QStringLiteral("conversationId"), chat}}).contains(QStringLiteral("result")));
        QCOMPARE(errorCode(b->call(QStringLiteral("p2p.disputes"))), -32003);
        QCOMPARE(reason(s->call(QStringLiteral("p2p.resolve"), {{QStringLiteral("id"), t3}, {QStringLiteral("decision"), QStringLiteral("maybe")},
                                                               {QStringLiteral("reason"), QStringLiteral("no idea")}})),
                 QStringLiteral("invalid_params"));
        const QJsonObject refunded = s->call(QStringLiteral("p2p.resolve"), {{QStringLiteral("id"), t3},
                                                                           {QStringLiteral("decision"), QStringLiteral("refund")},
                                                                           {QStringLiteral("reason"), QStringLiteral("no payment arrived")}});
        QCOMPARE(refunded[QStringLiteral("result")][QStringLiteral("trade")][QStringLiteral("outcome")].toString(), QStringLiteral("refunded"));
        QCOMPARE(available(), QStringLiteral("60"));
        // Paid, the seller goes quiet past the release window, the buyer appeals, support releases.
        const QString t4 = tradeIdOf(take(*b, ad, "10"));
        act(*b, "p2p.markPaid", t4);
        QTest::qWait(1100);
        QCOMPARE(statusOf(act(*b, "p2p.appeal", t4)), QStringLiteral("appealed"));
        QCOMPARE(s->call(QStringLiteral("p2p.resolve"), {{QStringLiteral("id"), t4}, {QStringLiteral("decision"), QStringLiteral("release")},
                                                         {QStringLiteral("reason"), QStringLiteral("bank statement shows the payment")}})
                         [QStringLiteral("result")][QStringLiteral("trade")][QStringLiteral("status")].toString(),
                 QStringLiteral("completed"));
        QCOMPARE(usdt(*b).first, *bobStart.first.checkedAdd(amt(QStringLiteral("9.99"))));
        // A trade still open when its ad closes: its escrow goes back to the seller when it ends.
        const QString t5 = tradeIdOf(take(*b, ad, "20"));
        c->call(QStringLiteral("p2p.setAdStatus"), {{QStringLiteral("id"), ad[QStringLiteral("id")]}, {QStringLiteral("status"), QStringLiteral("closed")}});
        QCOMPARE(usdt(*c).second, *carolStart.second.checkedAdd(amt(QStringLiteral("20"))));
        QCOMPARE(reason(take(*b, ad, "10")), QStringLiteral("invalid_state"));
        act(*b, "p2p.cancel", t5);
        QCOMPARE(usdt(*c), qMakePair(*carolStart.first.checkedSub(amt(QStringLiteral("10"))), carolStart.second));
    }

    // Eight takers at once for an ad with room for five: five trades, never more.
    void concurrentTakersNeverOversell()
    {
        auto c = carol();
        const QJsonObject ad = sellAd(*c, "50", "10", "10");
        std::vector<std::unique_ptr<WsClient>> takers;
        for (int i = 0; i < 8; ++i)
            takers.push_back(i % 2 ? bob() : alice());
        QStringList ids;
        for (auto &t : takers)
            ids.append(t->send(QStringLiteral("p2p.take"), {{QStringLiteral("adId"), ad[QStringLiteral("id")]},
                                                           {QStringLiteral("amount"), QStringLiteral("10")},
                                                           {QStringLiteral("idempotencyKey"), key()}}));
        int opened = 0;
        for (size_t i = 0; i < takers.size(); ++i) {
            const QJsonObject r = takers[i]->take(ids[int(i)]);
            if (r.contains(QStringLiteral("result")))
                ++opened;
            else
                QCOMPARE(detail(r), QStringLiteral("not_enough_left"));
        }
        QCOMPARE(opened, 5);
        for (const QJsonValue &a : c->result(QStringLiteral("p2p.myAds"))[QStringLiteral("ads")].toArray())
            if (a[QStringLiteral("id")] == ad[QStringLiteral("id")])
                QCOMPARE(a[QStringLiteral("available")].toString(), QStringLiteral("0"));
    }

    // Release, cancel and support's decision fired at once at an appealed
    // trade, and release, cancel and mark-paid at once at an unpaid one whose
    // window is ending: exactly one outcome each round, escrow conserved.
    void racesEndEachTradeExactlyOnce()
    {
        // Its own backend with a 20 ms payment window, so the timer's rounds are quick.
        BackendConfig config;
        config.seedDemoData = true;
        config.limits.rateMultiplier = 100;
        config.p2p.minuteMs = 4;
        config.p2p.sweepIntervalMs = 5;
        auto main = std::exchange(m_backend, std::make_unique<TestBackend>(config));
        QVERIFY(m_backend->start());
        auto c = carol();
        auto b = bob();
        auto s = support();
        const QJsonObject ad = sellAd(*c, "1000", "1", "1");
        const auto carolStart = usdt(*c), bobStart = usdt(*b);
        const Amount revenueStart = revenue();
        int released = 0, returned = 0;
        const int rounds = 1000;
        for (int round = 0; round < rounds; ++round) {
            const QString id = tradeIdOf(take(*b, ad, "1"));
            QVERIFY2(!id.isEmpty(), qPrintable(QStringLiteral("round %1").arg(round)));
            QList<QPair<WsClient *, QString>> sent;
            if (round % 2 == 0) {
                act(*b, "p2p.markPaid", id);
                act(*c, "p2p.appeal", id);
                sent = {{c.get(), c->send(QStringLiteral("p2p.release"), {{QStringLiteral("id"), id}})},
                        {b.get(), b->send(QStringLiteral("p2p.cancel"), {{QStringLiteral("id"), id}})},
                        {s.get(), s->send(QStringLiteral("p2p.resolve"), {{QStringLiteral("id"), id},
                                                                         {QStringLiteral("decision"), round % 4 ? QStringLiteral("release") : QStringLiteral("refund")},
                                                                         {QStringLiteral("reason"), QStringLiteral("race round")}})}};
            } else {
                QTest::qWait(12 + round % 12); // around the 20 ms window's end: the timer joins the race
                sent = {{c.get(), c->send(QStringLiteral("p2p.release"), {{QStringLiteral("id"), id}})},
                        {b.get(), b->send(QStringLiteral("p2p.cancel"), {{QStringLiteral("id"), id}})},
                        {b.get(), b->send(QStringLiteral("p2p.markPaid"), {{QStringLiteral("id"), id}})}};
            }
            for (const auto &[client, rid] : sent)
                client->take(rid);
            QJsonObject t;
            QTRY_VERIFY_WITH_TIMEOUT((t = b->result(QStringLiteral("p2p.trade"), {{QStringLiteral("id"), id}})[QStringLiteral("trade")].toObject(),
                                      t[QStringLiteral("settled")].toBool() || t[QStringLiteral("status")] == QStringLiteral("paid")),
                                     2000);
            if (t[QStringLiteral("status")] == QStringLiteral("paid")) { // mark-paid won the unpaid race: end it
                act(*b, "p2p.cancel", id);
                t = b->result(QStringLiteral("p2p.trade"), {{QStringLiteral("id"), id}})[QStringLiteral("trade")].toObject();
            }
            QVERIFY(t[QStringLiteral("settled")].toBool());
            const QString outcome = t[QStringLiteral("outcome")].toString();
            QVERIFY2(QStringList({QStringLiteral("released"), QStringLiteral("cancelled"), QStringLiteral("expired"),
                                  QStringLiteral("refunded")})
                             .contains(outcome),
                     qPrintable(outcome));
            (outcome == QStringLiteral("released") ? released : returned) += 1;
        }
        QCOMPARE(released + returned, rounds);
        QVERIFY(released > 0 && returned > 0);
        // Escrow conserved: bob got 0.999 per release, the house 0.001, carol's hold the rest.
        QCOMPARE(usdt(*b).first, *bobStart.first.checkedAdd(*amt(QStringLiteral("0.999")).checkedMul(released)));
        QCOMPARE(revenue(), *revenueStart.checkedAdd(*amt(QStringLiteral("0.001")).checkedMul(released)));
        QCOMPARE(usdt(*c).second, *carolStart.second.checkedSub(amt(QString::number(released))));
        auto report = m_backend->backend().verifyLedger();
        QVERIFY(report.ok() && report->ok);
        c.reset();
        b.reset();
        s.reset();
        m_backend = std::move(main);
    }
};

QTEST_GUILESS_MAIN(TstP2p)
#include "tst_p2p.moc"
