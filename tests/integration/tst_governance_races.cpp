// Races at the boundaries the clock draws, 1,000 rounds each, on SQLite and
// PostgreSQL: a vote against the close of voting, an unstake against the
// snapshot, a sale commitment against the end of its window. Each round puts
// the shifted clock a few milliseconds either side of the boundary and sends
// the request while the backend's timers run, so both orders happen; every
// round must end in one consistent outcome and the ledger's invariants hold.

#include "demo_users.h"
#include "test_backend.h"
#include "ws_client.h"

#include "governance/tally.h"

#include <QJsonArray>
#include <QUuid>
#include <QtTest>

using namespace azc;
using namespace azc::test;

namespace {

constexpr int kRounds = 1000;
constexpr qint64 kMinute = 60'000;
constexpr qint64 kSpacingMs = 100; // clock between two boundaries: more than a round takes, even on a loaded CI machine

QString idem() { return QUuid::createUuid().toString(QUuid::Id128); }
QJsonObject res(const QJsonObject &reply) { return reply.value(QStringLiteral("result")).toObject(); }
Amount azcUnits(const QString &text) { return Amount::parse(text, 18).value(); }

} // namespace

class TstGovernanceRaces : public QObject
{
    Q_OBJECT
    ShiftedClock m_clock;
    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<WsClient> m_admin, m_alice, m_bob, m_dariush;
    QString m_product;
    QRandomGenerator m_rng{2026};

    // Where a round aims, around its boundary: 30 ms before to 5 ms after.
    // The request then takes a few milliseconds to be handled (more on a
    // loaded machine or PostgreSQL), so both orders happen either way.
    qint64 jitter() { return qint64(m_rng.bounded(36)) - 30; }

    // Puts the clock `offsetMs` from `moment` (never backwards).
    void aim(qint64 moment, qint64 offsetMs)
    {
        const qint64 delta = moment + offsetMs - m_clock.nowMs();
        if (delta > 0)
            m_clock.advance(delta);
    }
    // n proposals whose moments are kSpacingMs of clock apart, so that each
    // round can aim at its own boundary before real time reaches it.
    struct Proposed {
        QString id;
        qint64 votingStartsAt = 0, votingEndsAt = 0;
    };
    QList<Proposed> proposeMany(int n)
    {
        QList<Proposed> out;
        for (int i = 0; i < n; ++i) {
            const QJsonObject p = res(callPatiently(*m_alice, QStringLiteral("governance.propose"),
                                                    {{QStringLiteral("title"), QStringLiteral("Race %1").arg(i)}}))[QStringLiteral("proposal")].toObject();
            out.append({p[QStringLiteral("id")].toString(), p[QStringLiteral("votingStartsAt")].toInteger(), p[QStringLiteral("votingEndsAt")].toInteger()});
            m_clock.advance(kSpacingMs);
        }
        return out;
    }
    QJsonObject proposal(const QString &id)
    {
        return callPatiently(*m_alice, QStringLiteral("governance.proposal"), {{QStringLiteral("proposalId"), id}})[QStringLiteral("result")]
                [QStringLiteral("proposal")].toObject();
    }
    // The tick moves due proposals in order, so the last one tells about all.
    bool waitLast(const QList<Proposed> &all, const std::function<bool(const QJsonObject &)> &done)
    {
        return QTest::qWaitFor([&] { return done(proposal(all.last().id)); }, 60000);
    }
    static QStringList idsOf(const QList<Proposed> &all)
    {
        QStringList ids;
        for (const Proposed &p : all)
            ids.append(p.id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        BackendConfig config;
        config.seedDemoData = true;
        config.clock = &m_clock;
        config.limits.rateMultiplier = 100; // a thousand rounds from one account
        config.governance.discussionMs = 10 * kMinute;
        config.governance.votingMs = 10 * kMinute;
        config.governance.tickMs = 5;
        m_backend = std::make_unique<TestBackend>(config);
        QVERIFY(m_backend->start());
        m_admin = signIn(*m_backend, QStringLiteral("admin"));
        m_alice = signIn(*m_backend, QStringLiteral("alice"));
        m_bob = signIn(*m_backend, QStringLiteral("bob"));
        m_dariush = signIn(*m_backend, QStringLiteral("dariush"));
        QVERIFY(m_admin && m_alice && m_bob && m_dariush);
        QCOMPARE(fund(*m_backend, QStringLiteral("bob"), QStringLiteral("AZC"), QStringLiteral("500")), QString());
        QCOMPARE(fund(*m_backend, QStringLiteral("dariush"), QStringLiteral("AZC"), QStringLiteral("1000")), QString());
        m_product = res(m_admin->call(QStringLiteral("staking.saveProduct"),
                                      {{QStringLiteral("asset"), QStringLiteral("AZC")}, {QStringLiteral("name"), QStringLiteral("Race")},
                                       {QStringLiteral("kind"), QStringLiteral("flexible")}, {QStringLiteral("rateBps"), 500},
                                       {QStringLiteral("unbondingSeconds"), 3600}}))[QStringLiteral("product")][QStringLiteral("id")].toString();
        QVERIFY(!m_product.isEmpty());
        for (WsClient *c : {m_alice.get(), m_bob.get()})
            QVERIFY(res(callPatiently(*c, QStringLiteral("staking.stake"), {{QStringLiteral("productId"), m_product}, {QStringLiteral("amount"), QStringLiteral("100")},
                                                                             {QStringLiteral("idempotencyKey"), idem()}}))
                            .contains(QStringLiteral("position")));
    }

    void cleanup() { AZC_VERIFY_LEDGER(*m_backend); }

    // A vote a few ms either side of the end: accepted ⟺ counted in the published tally.
    void voteVersusClose()
    {
        const QList<Proposed> all = proposeMany(kRounds);
        const QStringList ids = idsOf(all);
        QVERIFY(!ids.contains(QString()));
        aim(all.last().votingStartsAt, 1);
        QVERIFY(waitLast(all, [](const QJsonObject &p) { return p[QStringLiteral("status")].toString() == QLatin1String("voting"); }));
        QHash<QString, QPair<QString, QString>> accepted; // proposal → (voter, choice)
        int refused = 0;
        for (int i = 0; i < kRounds; ++i) {
            aim(all[i].votingEndsAt, jitter());
            WsClient &voter = i % 2 ? *m_bob : *m_alice;
            const QString choice = i % 3 ? QStringLiteral("for") : QStringLiteral("against");
            const QJsonObject r = voter.call(QStringLiteral("governance.vote"), {{QStringLiteral("proposalId"), ids[i]}, {QStringLiteral("choice"), choice}});
            if (r.contains(QStringLiteral("result"))) {
                accepted.insert(ids[i], {i % 2 ? QStringLiteral("bob") : QStringLiteral("alice"), choice});
            } else {
                QCOMPARE(reason(r), QStringLiteral("voting_closed"));
                ++refused;
            }
        }
        m_clock.advance(kMinute);
        QVERIFY(waitLast(all, [](const QJsonObject &p) { return !p[QStringLiteral("root")].toString().isEmpty(); }));
        qInfo("vote vs close: %lld accepted, %d refused", qint64(accepted.size()), refused);
        QVERIFY(accepted.size() > 0 && refused > 0); // both orders happened
        for (int i = 0; i < kRounds; ++i) {
            const QJsonObject tallyJson = res(m_alice->call(QStringLiteral("governance.tally"), {{QStringLiteral("proposalId"), ids[i]}}))[QStringLiteral("tally")].toObject();
            auto tally = governance::tallyFromJson(tallyJson, 18);
            QVERIFY(tally);
            QVERIFY(governance::verifyPublished(*tally));
            QCOMPARE(tally->leaves.size(), accepted.contains(ids[i]) ? 1 : 0);
            if (accepted.contains(ids[i])) {
                WsClient &voter = accepted[ids[i]].first == QLatin1String("bob") ? *m_bob : *m_alice;
                const QJsonObject mine = res(voter.call(QStringLiteral("governance.myVote"), {{QStringLiteral("proposalId"), ids[i]}}));
                QCOMPARE(mine[QStringLiteral("choice")].toString(), accepted[ids[i]].second);
                QVERIFY(governance::verifyMyVote(*tally, mine[QStringLiteral("userId")].toString(), mine[QStringLiteral("nonce")].toString(),
                                                 *governance::choiceFrom(accepted[ids[i]].second), azcUnits(mine[QStringLiteral("weight")].toString())));
            }
        }
    }

    // An unstake a few ms either side of a snapshot: the snapshot counts the
    // stake exactly when the unstake came after it.
    void unstakeVersusSnapshot()
    {
        QStringList positions;
        for (int i = 0; i < kRounds; ++i) {
            positions.append(res(callPatiently(*m_dariush, QStringLiteral("staking.stake"),
                                               {{QStringLiteral("productId"), m_product}, {QStringLiteral("amount"), QStringLiteral("1")},
                                                {QStringLiteral("idempotencyKey"), idem()}}))[QStringLiteral("position")][QStringLiteral("id")]
                                     .toString());
            QVERIFY(!positions.last().isEmpty());
        }
        const QList<Proposed> all = proposeMany(kRounds);
        const QStringList ids = idsOf(all);
        QVERIFY(!ids.contains(QString()));
        QList<qint64> unstakedAt;
        for (int i = 0; i < kRounds; ++i) {
            aim(all[i].votingStartsAt, jitter());
            const QJsonObject r = callPatiently(*m_dariush, QStringLiteral("staking.unstake"), {{QStringLiteral("positionId"), positions[i]}});
            QVERIFY2(r.contains(QStringLiteral("result")), qPrintable(QJsonDocument(r).toJson()));
            unstakedAt.append(res(r)[QStringLiteral("position")][QStringLiteral("unbondsAt")].toInteger() - 3600'000);
        }
        m_clock.advance(kMinute);
        QVERIFY(waitLast(all, [](const QJsonObject &p) { return p[QStringLiteral("status")].toString() == QLatin1String("voting"); }));
        int before = 0, after = 0;
        for (int i = 0; i < kRounds; ++i) {
            const QJsonObject p = res(m_dariush->call(QStringLiteral("governance.proposal"), {{QStringLiteral("proposalId"), ids[i]}}))[QStringLiteral("proposal")].toObject();
            const qint64 snap = p[QStringLiteral("snapshotAt")].toInteger();
            int strictlyBefore = 0, atOrBefore = 0;
            for (qint64 t : std::as_const(unstakedAt)) {
                strictlyBefore += t < snap;
                atOrBefore += t <= snap;
            }
            // dariush's weight: 1 AZC per position still staked when the snapshot was taken.
            const Amount weight = Amount::parse(p[QStringLiteral("myWeight")].toString(QStringLiteral("0")), 18).value();
            const Amount most = azcUnits(QString::number(kRounds - strictlyBefore)), least = azcUnits(QString::number(kRounds - atOrBefore));
            QVERIFY2(weight <= most && weight >= least,
                     qPrintable(QStringLiteral("proposal %1: weight %2, expected %3..%4").arg(i).arg(weight.toString(18), least.toString(18), most.toString(18))));
            (unstakedAt[i] < snap ? before : after) += 1;
        }
        qInfo("unstake vs snapshot: %d unstakes before their snapshot, %d after", before, after);
        QVERIFY(before > 0 && after > 0);
    }

    // A commitment a few ms either side of a sale's end: accepted ⟺ in the allocation; refused ⟺ nothing held.
    void commitVersusWindowEnd()
    {
        const auto usdtHeld = [&] {
            for (const QJsonValue &b : m_bob->result(QStringLiteral("wallet.balances"))[QStringLiteral("balances")].toArray())
                if (b[QStringLiteral("asset")].toString() == QLatin1String("USDT"))
                    return b[QStringLiteral("held")].toString();
            return QString();
        };
        const QString heldBefore = usdtHeld(); // the demo sale's commitment stays held
        const qint64 now = m_clock.nowMs();
        QStringList sales;
        for (int i = 0; i < kRounds; ++i) {
            const QJsonObject r = callPatiently(*m_admin, QStringLiteral("launchpad.list"),
                                                {{QStringLiteral("token"), QStringLiteral("RACE")}, {QStringLiteral("tokenDecimals"), 0},
                                                 {QStringLiteral("quote"), QStringLiteral("USDT")}, {QStringLiteral("price"), QStringLiteral("0.001")},
                                                 {QStringLiteral("total"), QStringLiteral("1000000")}, {QStringLiteral("startsAt"), now},
                                                 {QStringLiteral("endsAt"), now + 10 * kMinute + i * kSpacingMs}, {QStringLiteral("partnerUsername"), QStringLiteral("dariush")},
                                                 {QStringLiteral("idempotencyKey"), idem()}});
            sales.append(res(r)[QStringLiteral("sale")][QStringLiteral("id")].toString());
            QVERIFY2(!sales.last().isEmpty(), qPrintable(QJsonDocument(r).toJson()));
        }
        QSet<QString> accepted;
        for (int i = 0; i < kRounds; ++i) {
            aim(now + 10 * kMinute + i * kSpacingMs, jitter());
            const QJsonObject r = m_bob->call(QStringLiteral("launchpad.commit"),
                                              {{QStringLiteral("saleId"), sales[i]}, {QStringLiteral("amount"), QStringLiteral("0.01")},
                                               {QStringLiteral("idempotencyKey"), idem()}});
            if (r.contains(QStringLiteral("result")))
                accepted.insert(sales[i]);
            else
                QCOMPARE(reason(r), QStringLiteral("sale_closed"));
        }
        m_clock.advance(kMinute);
        auto phase = [&](const QString &sale) {
            return res(m_bob->call(QStringLiteral("launchpad.sale"), {{QStringLiteral("saleId"), sale}}))[QStringLiteral("sale")].toObject();
        };
        QVERIFY(QTest::qWaitFor([&] { return phase(sales.last())[QStringLiteral("phase")].toString() == QLatin1String("distributed"); }, 120000));
        qInfo("commit vs end: %lld accepted of %d", qint64(accepted.size()), kRounds);
        QVERIFY(!accepted.isEmpty() && accepted.size() < kRounds);
        for (const QString &s : sales) {
            QTRY_COMPARE_WITH_TIMEOUT(phase(s)[QStringLiteral("phase")].toString(), QStringLiteral("distributed"), 30000);
            const QJsonObject sale = phase(s);
            if (accepted.contains(s)) {
                QCOMPARE(sale[QStringLiteral("myCommitted")].toString(), QStringLiteral("0.01"));
                QCOMPARE(sale[QStringLiteral("myAllocation")][QStringLiteral("tokens")].toString(), QStringLiteral("10"));
                QCOMPARE(sale[QStringLiteral("myAllocation")][QStringLiteral("refund")].toString(), QStringLiteral("0"));
            } else {
                QCOMPARE(sale[QStringLiteral("myCommitted")].toString(), QStringLiteral("0"));
                QVERIFY(!sale.contains(QStringLiteral("myAllocation")));
            }
        }
        // Nothing more is held: every accepted commitment was settled, every refused one never held.
        QCOMPARE(usdtHeld(), heldBefore);
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_alice.reset();
        m_bob.reset();
        m_dariush.reset();
        m_backend.reset();
    }
};

QTEST_GUILESS_MAIN(TstGovernanceRaces)
#include "tst_governance_races.moc"
