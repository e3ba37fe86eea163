// The ledger on SQLite and PostgreSQL: atomic operations, no overdraft,
// holds, idempotency (sequential and concurrent repeats), races, group
// commit durability, history paging, invariants and tamper detection.

#include "common/clock.h"
#include "ledger/ledger_service.h"
#include "storage/database.h"
#include "test_backend.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace azc;
using namespace azc::ledger;

namespace {

Amount usdt(const char *text)
{
    return Amount::parse(QString::fromLatin1(text), 6).value();
}

} // namespace

class TstLedger : public QObject
{
    Q_OBJECT
    test::ScratchDatabase m_scratch;
    QString m_url;
    Clock m_clock;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<LedgerService> m_ledger;
    QString m_world, m_alice, m_bob, m_aliceHeld, m_fees;

    QString accountOf(const QString &owner, AccountKind kind, const QString &sub = {})
    {
        auto a = m_ledger->account({owner, QStringLiteral("USDT"), kind, sub});
        return a ? a->id : QString();
    }
    Amount bal(const QString &id) { return m_ledger->balance(id).value(); }
    OperationRequest op(const QString &actor, const QString &key, QList<TransferSpec> transfers, const QString &fp = {})
    {
        return {actor, key, fp.isEmpty() ? key : fp, QStringLiteral("test"), std::move(transfers), {}};
    }
    void fund(const QString &account, const char *amount)
    {
        QVERIFY(m_ledger->submitNow(op(QStringLiteral("system"), {}, {{m_world, account, usdt(amount), QStringLiteral("deposit")}})).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_url = m_scratch.url();
        QVERIFY(!m_url.isEmpty());
        auto db = storage::Database::open(m_url);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(m_db->migrate(QStringLiteral("ledger"), LedgerService::migrations()).ok());
        m_ledger = std::make_unique<LedgerService>(*m_db, m_clock);
        QVERIFY(m_ledger->addAsset({QStringLiteral("USDT"), QStringLiteral("Tether USD"), 6, true}).ok());
        QVERIFY(m_ledger->addAsset({QStringLiteral("ETH"), QStringLiteral("Ether"), 18, true}).ok());
        QVERIFY(!m_ledger->addAsset({QStringLiteral("BAD"), QStringLiteral("Bad"), 19, true}).ok());
        m_world = accountOf({}, AccountKind::World);
        m_alice = accountOf(QStringLiteral("alice"), AccountKind::Available);
        m_aliceHeld = accountOf(QStringLiteral("alice"), AccountKind::Held);
        m_bob = accountOf(QStringLiteral("bob"), AccountKind::Available);
        m_fees = accountOf({}, AccountKind::FeeRevenue, QStringLiteral("transfer"));
        QCOMPARE(accountOf(QStringLiteral("alice"), AccountKind::Available), m_alice); // same key, same account
    }
    void cleanupTestCase()
    {
        m_ledger.reset();
        m_db.reset(); // before m_scratch drops the database
    }
    void cleanup()
    {
        auto report = m_ledger->verify();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
    }

    void transferWithFeeIsOneOperation()
    {
        fund(m_alice, "100");
        auto r = m_ledger->submitNow(op(QStringLiteral("alice"), QStringLiteral("k1"),
                                        {{m_alice, m_bob, usdt("40"), QStringLiteral("transfer")},
                                         {m_alice, m_fees, usdt("0.5"), QStringLiteral("fee.transfer")}}));
        QVERIFY(r.ok());
        QVERIFY(!r->value(QStringLiteral("operationId")).toString().isEmpty());
        QCOMPARE(bal(m_alice), usdt("59.5"));
        QCOMPARE(bal(m_bob), usdt("40"));
        QCOMPARE(bal(m_fees), usdt("0.5"));
        QCOMPARE(bal(m_world), usdt("-100"));
    }

    void overdraftChangesNothing()
    {
        const Amount before = bal(m_alice);
        // The first transfer alone would fit; together they do not: neither happens.
        auto r = m_ledger->submitNow(op(QStringLiteral("alice"), QStringLiteral("k2"),
                                        {{m_alice, m_bob, usdt("50"), QStringLiteral("transfer")},
                                         {m_alice, m_fees, usdt("10"), QStringLiteral("fee.transfer")}}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().reason, QStringLiteral("insufficient_funds"));
        QCOMPARE(bal(m_alice), before);
        QCOMPARE(bal(m_bob), usdt("40"));
        QCOMPARE(m_ledger->submitNow(op(QStringLiteral("alice"), QStringLiteral("k3"), {{m_alice, m_bob, Amount(), QStringLiteral("t")}}))
                     .error().reason, QStringLiteral("invalid_amount"));
        const QString eth = m_ledger->account({QStringLiteral("bob"), QStringLiteral("ETH"), AccountKind::Available, {}})->id;
        QCOMPARE(m_ledger->submitNow(op(QStringLiteral("alice"), QStringLiteral("k4"), {{m_alice, eth, usdt("1"), QStringLiteral("t")}}))
                     .error().reason, QStringLiteral("asset_mismatch"));
    }

    void idempotentRepeats()
    {
        const Amount before = bal(m_bob);
        auto first = m_ledger->submitNow(op(QStringLiteral("alice"), QStringLiteral("pay-once"), {{m_alice, m_bob, usdt("1"), QStringLiteral("transfer")}}));
        auto again = m_ledger->submitNow(op(QStringLiteral("alice"), QStringLiteral("pay-once"), {{m_alice, m_bob, usdt("1"), QStringLiteral("transfer")}}));
        QVERIFY(first.ok() && again.ok());
        QCOMPARE(again.value(), first.value());
        QCOMPARE(bal(m_bob), before.checkedAdd(usdt("1")).value());
        auto conflict = m_ledger->submitNow(op(QStringLiteral("alice"), QStringLiteral("pay-once"),
                                               {{m_alice, m_bob, usdt("2"), QStringLiteral("transfer")}}, QStringLiteral("other")));
        QCOMPARE(conflict.error().reason, QStringLiteral("idempotency_conflict"));
        // Keys are per actor: bob may use the same text.
        fund(m_bob, "1");
        QVERIFY(m_ledger->submitNow(op(QStringLiteral("bob"), QStringLiteral("pay-once"), {{m_bob, m_alice, usdt("1"), QStringLiteral("transfer")}})).ok());
    }

    void concurrentRepeatsMoveMoneyOnce()
    {
        const Amount before = bal(m_bob);
        QList<QJsonObject> answers;
        for (int i = 0; i < 10; ++i)
            m_ledger->submit(op(QStringLiteral("alice"), QStringLiteral("burst"), {{m_alice, m_bob, usdt("2"), QStringLiteral("transfer")}}),
                             [&](const Result<QJsonObject> &r) { answers.append(r.ok() ? r.value() : QJsonObject()); });
        QVERIFY(answers.isEmpty()); // nobody hears back before the batch is durable
        m_ledger->flush();
        QCOMPARE(answers.size(), 10);
        for (const QJsonObject &a : answers)
            QCOMPARE(a, answers.first());
        QVERIFY(!answers.first().isEmpty());
        QCOMPARE(bal(m_bob), before.checkedAdd(usdt("2")).value());
    }

    void raceForTheWholeBalance()
    {
        for (int round = 0; round < 200; ++round) {
            const QString carol = accountOf(QStringLiteral("carol%1").arg(round), AccountKind::Available);
            fund(carol, "7.25");
            int ok = 0, refused = 0;
            for (int i = 0; i < 50; ++i)
                m_ledger->submit(op(QStringLiteral("carol%1").arg(round), QStringLiteral("all-%1").arg(i),
                                    {{carol, m_bob, usdt("7.25"), QStringLiteral("transfer")}}),
                                 [&](const Result<QJsonObject> &r) { ++(r.ok() ? ok : refused); });
            m_ledger->flush();
            QCOMPARE(ok, 1);
            QCOMPARE(refused, 49);
            QCOMPARE(bal(carol), Amount());
        }
    }

    void holdsArePostedOrVoided()
    {
        const Amount start = bal(m_alice);
        auto now = [](auto &&call) {
            std::optional<Result<QJsonObject>> out;
            call([&out](const Result<QJsonObject> &r) { out = r; });
            return out;
        };
        auto openHold = [&](const char *key, const char *amount) {
            std::optional<Result<QJsonObject>> out;
            m_ledger->openHold(op(QStringLiteral("alice"), QString::fromLatin1(key), {}), QStringLiteral("alice"),
                               QStringLiteral("USDT"), usdt(amount), QStringLiteral("order"),
                               [&out](const Result<QJsonObject> &r) { out = r; });
            m_ledger->flush();
            return out.value();
        };
        const auto h1 = openHold("hold-1", "5");
        const auto h2 = openHold("hold-2", "3");
        QVERIFY(h1.ok() && h2.ok());
        const QString id1 = h1->value(QStringLiteral("holdId")).toString(), id2 = h2->value(QStringLiteral("holdId")).toString();
        QVERIFY(!id1.isEmpty() && id1 != id2);
        QCOMPARE(openHold("hold-1", "5")->value(QStringLiteral("holdId")).toString(), id1); // a repeat holds nothing more
        QCOMPARE(bal(m_aliceHeld), usdt("8"));
        QCOMPARE(m_ledger->hold(id1)->status, HoldStatus::Pending);
        QVERIFY(!openHold("hold-3", "1000000").ok()); // more than alice has

        // Held funds cannot be moved by a plain transfer.
        auto raw = m_ledger->submitNow(op(QStringLiteral("system"), {}, {{m_aliceHeld, m_bob, usdt("1"), QStringLiteral("x")}}));
        QCOMPARE(raw.error().reason, QStringLiteral("invalid_params"));

        // Post the first hold to bob in two parts; void the second back to alice.
        auto post = [&](const QString &id, const char *amount) {
            return now([&](auto done) {
                m_ledger->postHold(op(QStringLiteral("system"), {}, {}), id, usdt(amount), m_bob, done);
                m_ledger->flush();
            }).value();
        };
        QVERIFY(post(id1, "2").ok());
        QCOMPARE(m_ledger->hold(id1)->remaining, usdt("3"));
        QCOMPARE(post(id1, "4").error().reason, QStringLiteral("invalid_amount")); // only 3 left
        QVERIFY(post(id1, "3").ok());
        QCOMPARE(m_ledger->hold(id1)->status, HoldStatus::Posted);
        QCOMPARE(post(id1, "1").error().reason, QStringLiteral("invalid_state"));
        auto voided = now([&](auto done) {
            m_ledger->voidHold(op(QStringLiteral("system"), {}, {}), id2, done);
            m_ledger->flush();
        });
        QVERIFY(voided->ok());
        QCOMPARE(m_ledger->hold(id2)->status, HoldStatus::Voided);
        QCOMPARE(bal(m_aliceHeld), Amount());
        QCOMPARE(bal(m_alice), start.checkedSub(usdt("5")).value());
    }

    // A trade: two owners' holds settle in one operation with fees; the
    // buyer's surplus goes back in the same operation; any bad part moves nothing.
    void settlementOfTwoHoldsIsAtomic()
    {
        fund(m_bob, "50");
        const Amount aliceStart = bal(m_alice), bobStart = bal(m_bob);
        auto openHold = [&](const QString &owner, const char *key, const char *amount) {
            std::optional<Result<QJsonObject>> out;
            m_ledger->openHold(op(owner, QString::fromLatin1(key), {}), owner, QStringLiteral("USDT"), usdt(amount),
                               QStringLiteral("order"), [&out](const Result<QJsonObject> &r) { out = r; });
            m_ledger->flush();
            return out.value()->value(QStringLiteral("holdId")).toString();
        };
        const QString aliceHold = openHold(QStringLiteral("alice"), "settle-a", "10");
        const QString bobHold = openHold(QStringLiteral("bob"), "settle-b", "20");
        const QString bobHeld = accountOf(QStringLiteral("bob"), AccountKind::Held);
        auto settle = [&](QList<LedgerService::HoldSettlement> holds, QList<TransferSpec> extra = {}) {
            std::optional<Result<QJsonObject>> out;
            m_ledger->settleHolds(op(QStringLiteral("system"), {}, {}), std::move(holds), std::move(extra),
                                  [&out](const Result<QJsonObject> &r) { out = r; });
            m_ledger->flush();
            return out.value();
        };
        // Too much from bob's hold: nothing moves, alice's part included.
        QCOMPARE(settle({{aliceHold, {{usdt("4"), m_bob}}}, {bobHold, {{usdt("21"), m_alice}}}}).error().reason,
                 QStringLiteral("invalid_amount"));
        QCOMPARE(m_ledger->hold(aliceHold)->remaining, usdt("10"));
        // Extra transfers may not touch held funds.
        QCOMPARE(settle({{aliceHold, {{usdt("1"), m_bob}}}}, {{bobHeld, m_fees, usdt("1"), QStringLiteral("x")}}).error().reason,
                 QStringLiteral("invalid_params"));
        // 4 from alice to bob less a 0.04 fee; 6 from bob to alice; alice's other 6 released.
        QVERIFY(settle({{aliceHold, {{usdt("3.96"), m_bob}, {usdt("0.04"), m_fees, QStringLiteral("fee")}}, true},
                        {bobHold, {{usdt("6"), m_alice}}}})
                        .ok());
        QCOMPARE(m_ledger->hold(aliceHold)->status, HoldStatus::Posted);
        QCOMPARE(m_ledger->hold(aliceHold)->remaining, Amount());
        QCOMPARE(m_ledger->hold(bobHold)->remaining, usdt("14"));
        QCOMPARE(bal(m_alice), *aliceStart.checkedSub(usdt("4")).value().checkedAdd(usdt("6")));
        QCOMPARE(bal(m_bob), *bobStart.checkedSub(usdt("20")).value().checkedAdd(usdt("3.96")));
        // Releasing the rest ends the hold: posted, since part of it was.
        QVERIFY(settle({{bobHold, {}, true}}).ok());
        QCOMPARE(m_ledger->hold(bobHold)->status, HoldStatus::Posted); // 6 of it were posted before
        QCOMPARE(bal(m_bob), *bobStart.checkedSub(usdt("6")).value().checkedAdd(usdt("3.96")));
    }

    void groupCommitIsDurable()
    {
        const QString dave = accountOf(QStringLiteral("dave"), AccountKind::Available);
        int done = 0;
        for (int i = 0; i < 1000; ++i)
            m_ledger->submit(op(QStringLiteral("system"), {}, {{m_world, dave, usdt("0.001"), QStringLiteral("deposit")}}),
                             [&](const Result<QJsonObject> &r) { done += r.ok(); });
        QCOMPARE(m_ledger->pendingOperations(), 1000);
        QTRY_COMPARE(done, 1000); // the zero-delay flush ran
        // A second service on the same database sees it all: it was committed.
        LedgerService reopened(*m_db, m_clock);
        QCOMPARE(reopened.balance(dave).value(), usdt("1"));
    }

    void historyIsPagedNewestFirst()
    {
        const QString erin = accountOf(QStringLiteral("erin"), AccountKind::Available);
        for (int i = 1; i <= 25; ++i)
            QVERIFY(m_ledger->submitNow(op(QStringLiteral("system"), {}, {{m_world, erin, usdt("1"), QStringLiteral("deposit")}})).ok());
        auto page1 = m_ledger->history(erin, 0, 10);
        QCOMPARE(page1->size(), 10);
        auto page3 = m_ledger->history(erin, page1->last().seq, 20);
        QCOMPARE(page3->size(), 15);
        QVERIFY(page1->first().seq > page1->last().seq);
        QVERIFY(page1->last().seq > page3->first().seq);
    }

    void failedCommitTellsEveryoneAndKeepsBalances()
    {
        const Amount before = bal(m_bob);
        QList<QString> reasons;
        m_ledger->submit(op(QStringLiteral("alice"), QStringLiteral("doomed"), {{m_alice, m_bob, usdt("1"), QStringLiteral("transfer")}}),
                         [&](const Result<QJsonObject> &r) { reasons.append(r.ok() ? QString() : r.error().reason); });
        QCOMPARE(bal(m_bob), before.checkedAdd(usdt("1")).value()); // tentatively applied
        QVERIFY(m_db->exec(QStringLiteral("ALTER TABLE ledger_transfers RENAME TO ledger_transfers_away")).ok());
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("batch of 1 operations failed")));
        m_ledger->flush();
        QVERIFY(m_db->exec(QStringLiteral("ALTER TABLE ledger_transfers_away RENAME TO ledger_transfers")).ok());
        QCOMPARE(reasons, QList<QString>{QStringLiteral("internal_error")});
        QCOMPARE(bal(m_bob), before); // re-read from the table
        // The key was not used up: the retry goes through.
        QVERIFY(m_ledger->submitNow(op(QStringLiteral("alice"), QStringLiteral("doomed"), {{m_alice, m_bob, usdt("1"), QStringLiteral("transfer")}})).ok());
    }

    void tamperingIsFound()
    {
        QVERIFY(m_ledger->verify()->ok);
        QVERIFY(m_db->exec(QStringLiteral("UPDATE ledger_accounts SET balance = '999' WHERE id = ?"), {m_bob}).ok());
        auto report = m_ledger->verify();
        QVERIFY(!report->ok);
        QVERIFY(report->problems.join(QLatin1Char(' ')).contains(QLatin1String("add up to")));
        QVERIFY(report->problems.join(QLatin1Char(' ')).contains(QLatin1String("not zero")));
        // Put it back for the remaining checks.
        LedgerService fresh(*m_db, m_clock);
        Amount replayed;
        auto history = fresh.history(m_bob, 0, 100000);
        for (const StoredTransfer &t : history.value())
            replayed = (t.creditAccountId == m_bob ? replayed.checkedAdd(t.amount) : replayed.checkedSub(t.amount)).value();
        QVERIFY(m_db->exec(QStringLiteral("UPDATE ledger_accounts SET balance = ? WHERE id = ?"),
                           {int128ToString(replayed.units()), m_bob}).ok());
        m_ledger = std::make_unique<LedgerService>(*m_db, m_clock); // drop the stale cache
        QVERIFY(m_ledger->verify()->ok);
        QVERIFY(m_db->exec(QStringLiteral("UPDATE ledger_transfers SET amount = '1' WHERE seq = 1")).ok());
        QVERIFY(!m_ledger->verify()->ok);
        QVERIFY(m_db->exec(QStringLiteral("UPDATE ledger_transfers SET amount = '100000000' WHERE seq = 1")).ok());
    }
};

QTEST_GUILESS_MAIN(TstLedger)
#include "tst_ledger.moc"
