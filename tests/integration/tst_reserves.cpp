// Proof-of-reserves snapshots on SQLite and PostgreSQL: publishing, the
// latest snapshot, every holder's proof verifying the way the desktop app
// checks it, no proofs for users owed nothing, older snapshots' proofs
// staying valid, refused input storing nothing, and edited leaves detected.

#include "common/clock.h"
#include "reserves/reserves_service.h"
#include "storage/database.h"
#include "test_backend.h"

#include <QJsonArray>
#include <QtTest>

using namespace azc;
using namespace azc::reserves;

namespace {

Amount units(const char *text, int decimals)
{
    return Amount::parse(QString::fromLatin1(text), decimals).value();
}

const QString kUsdt = QStringLiteral("USDT");
const QString kEth = QStringLiteral("ETH");
const QString kBtc = QStringLiteral("BTC");

QJsonObject assetEntry(const QJsonObject &snapshot, const QString &code)
{
    for (const QJsonValue &v : snapshot.value(QStringLiteral("assets")).toArray())
        if (v.toObject().value(QStringLiteral("asset")).toString() == code)
            return v.toObject();
    return {};
}

} // namespace

class TstReserves : public QObject
{
    Q_OBJECT
    test::ScratchDatabase m_scratch;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<ReservesService> m_reserves;
    QList<AssetInfo> m_assets{{kUsdt, 6}, {kEth, 18}, {kBtc, 8}};
    QString m_first;

    // The user's proof, checked as the desktop app would: parsed from JSON,
    // verified, and matched against the published snapshot entry.
    void checkProof(const QString &userId, const QString &asset, const QString &snapshotId,
                    const QJsonObject &snapshot, Amount expected)
    {
        auto answer = m_reserves->proof(userId, asset, snapshotId);
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().message));
        auto proof = InclusionProof::fromJson(answer->value(QStringLiteral("proof")).toObject());
        QVERIFY(proof.ok());
        const Status verified = verifyInclusion(proof.value(), userId);
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().reason));
        QCOMPARE(proof->balance, expected);
        QCOMPARE(proof->asset, asset);
        QCOMPARE(proof->snapshotId, snapshot.value(QStringLiteral("id")).toString());
        const QJsonObject entry = assetEntry(snapshot, asset);
        QCOMPARE(proof->root, entry.value(QStringLiteral("root")).toString());
        QCOMPARE(proof->total.toString(proof->decimals),
                 entry.value(QStringLiteral("total")).toString());
        QCOMPARE(proof->decimals, entry.value(QStringLiteral("decimals")).toInt());
        QCOMPARE(proof->leaves, entry.value(QStringLiteral("leaves")).toInt());
        QVERIFY(!verifyInclusion(proof.value(), userId + QLatin1Char('x')).ok());
    }

    QString reasonOfProof(const QString &userId, const QString &asset,
                          const QString &snapshotId = {})
    {
        auto answer = m_reserves->proof(userId, asset, snapshotId);
        return answer.ok() ? QStringLiteral("ok") : answer.error().reason;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!m_scratch.url().isEmpty());
        auto db = storage::Database::open(m_scratch.url());
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(m_db->migrate(QStringLiteral("reserves"), ReservesService::migrations()).ok());
        QCOMPARE(m_db->schemaVersion(QStringLiteral("reserves")), 1);
        m_reserves = std::make_unique<ReservesService>(*m_db, m_clock);
    }
    void cleanupTestCase()
    {
        m_reserves.reset();
        m_db.reset(); // before m_scratch drops the database
    }

    void nothingPublishedYet()
    {
        auto latest = m_reserves->latest();
        QVERIFY(latest.ok());
        QVERIFY(latest->value(QStringLiteral("snapshot")).isNull());
        QCOMPARE(reasonOfProof(QStringLiteral("alice"), kUsdt), QStringLiteral("not_found"));
    }

    void refusedInputStoresNothing()
    {
        auto negative =
                m_reserves->publish(QStringLiteral("admin"), m_assets,
                                    {{QStringLiteral("alice"), kUsdt, units("5", 6)},
                                     {QStringLiteral("bob"), kUsdt, units("-0.000001", 6)}});
        QCOMPARE(negative.error().reason, QStringLiteral("invalid_state"));
        auto unknown = m_reserves->publish(
                QStringLiteral("admin"), m_assets,
                {{QStringLiteral("alice"), QStringLiteral("DOGE"), units("5", 0)}});
        QCOMPARE(unknown.error().reason, QStringLiteral("unknown_asset"));
        auto twice = m_reserves->publish(QStringLiteral("admin"), {{kUsdt, 6}, {kUsdt, 6}}, {});
        QCOMPARE(twice.error().reason, QStringLiteral("invalid_params"));
        QVERIFY(m_reserves->latest()->value(QStringLiteral("snapshot")).isNull());
    }

    void publishAndProve()
    {
        const QList<Liability> owed = {
                {QStringLiteral("alice"), kUsdt, units("100.5", 6)},
                {QStringLiteral("alice"), kUsdt, units("0.25", 6)}, // held: added to available
                {QStringLiteral("alice"), kEth, units("1.000000000000000001", 18)},
                {QStringLiteral("bob"), kUsdt, units("0.000001", 6)},
                {QStringLiteral("carol"), kUsdt, units("250000", 6)},
                {QStringLiteral("carol"), kEth, units("0", 18)}, // owed nothing: no leaf
                {QStringLiteral("dave"), kUsdt, units("0", 6)},
        };
        auto published = m_reserves->publish(QStringLiteral("admin-1"), m_assets, owed);
        QVERIFY2(published.ok(),
                 qPrintable(published.ok() ? QString() : published.error().message));
        const QJsonObject snap = published.value();
        m_first = snap.value(QStringLiteral("id")).toString();
        QCOMPARE(m_first.size(), 32);
        QCOMPARE(snap.value(QStringLiteral("createdAt")).toInteger(), m_clock.nowMs());
        QCOMPARE(snap.value(QStringLiteral("publishedBy")).toObject(),
                 (QJsonObject{{QStringLiteral("userId"), QStringLiteral("admin-1")}}));
        QCOMPARE(snap.value(QStringLiteral("assets")).toArray().size(), 3);

        const QJsonObject usdt = assetEntry(snap, kUsdt);
        QCOMPARE(usdt.value(QStringLiteral("decimals")).toInt(), 6);
        QCOMPARE(usdt.value(QStringLiteral("total")).toString(), QStringLiteral("250100.750001"));
        QCOMPARE(usdt.value(QStringLiteral("leaves")).toInt(), 3);
        QCOMPARE(usdt.value(QStringLiteral("root")).toString().size(), 64);
        const QJsonObject eth = assetEntry(snap, kEth);
        QCOMPARE(eth.value(QStringLiteral("total")).toString(),
                 QStringLiteral("1.000000000000000001"));
        QCOMPARE(eth.value(QStringLiteral("leaves")).toInt(), 1);
        const QJsonObject btc = assetEntry(snap, kBtc); // listed, nobody holds it
        QCOMPARE(btc.value(QStringLiteral("total")).toString(), QStringLiteral("0"));
        QCOMPARE(btc.value(QStringLiteral("leaves")).toInt(), 0);
        QCOMPARE(btc.value(QStringLiteral("root")).toString(), QString(64, QLatin1Char('0')));

        auto latest = m_reserves->latest();
        QVERIFY(latest.ok());
        QCOMPARE(latest->value(QStringLiteral("snapshot")).toObject(), snap);

        checkProof(QStringLiteral("alice"), kUsdt, {}, snap, units("100.75", 6));
        checkProof(QStringLiteral("alice"), kEth, m_first, snap, units("1.000000000000000001", 18));
        checkProof(QStringLiteral("bob"), kUsdt, {}, snap, units("0.000001", 6));
        checkProof(QStringLiteral("carol"), kUsdt, {}, snap, units("250000", 6));

        QCOMPARE(reasonOfProof(QStringLiteral("carol"), kEth), QStringLiteral("not_found"));
        QCOMPARE(reasonOfProof(QStringLiteral("dave"), kUsdt), QStringLiteral("not_found"));
        QCOMPARE(reasonOfProof(QStringLiteral("erin"), kUsdt), QStringLiteral("not_found"));
        QCOMPARE(reasonOfProof(QStringLiteral("alice"), kBtc), QStringLiteral("not_found"));
        QCOMPARE(reasonOfProof(QStringLiteral("alice"), QStringLiteral("DOGE")),
                 QStringLiteral("not_found"));
        QCOMPARE(reasonOfProof(QStringLiteral("alice"), kUsdt, QStringLiteral("nope")),
                 QStringLiteral("not_found"));
    }

    // Published in the same millisecond: still the newest, and the first
    // snapshot's proofs keep verifying against the first snapshot's roots.
    void secondSnapshotKeepsTheFirstsProofs()
    {
        auto firstSnap = m_reserves->latest()->value(QStringLiteral("snapshot")).toObject();
        auto firstProof = m_reserves->proof(QStringLiteral("alice"), kUsdt, m_first);
        QVERIFY(firstProof.ok());

        auto second = m_reserves->publish(QStringLiteral("admin-2"), m_assets,
                                          {{QStringLiteral("alice"), kUsdt, units("7", 6)},
                                           {QStringLiteral("dave"), kUsdt, units("3", 6)}});
        QVERIFY(second.ok());
        const QString secondId = second->value(QStringLiteral("id")).toString();
        QVERIFY(secondId != m_first);
        QCOMPARE(m_reserves->latest()->value(QStringLiteral("snapshot")).toObject(),
                 second.value());

        checkProof(QStringLiteral("alice"), kUsdt, {}, second.value(), units("7", 6));
        checkProof(QStringLiteral("dave"), kUsdt, secondId, second.value(), units("3", 6));
        QCOMPARE(reasonOfProof(QStringLiteral("carol"), kUsdt), QStringLiteral("not_found"));
        QCOMPARE(reasonOfProof(QStringLiteral("bob"), kUsdt), QStringLiteral("not_found"));

        // The first snapshot, asked for by id: unchanged and still valid.
        checkProof(QStringLiteral("alice"), kUsdt, m_first, firstSnap, units("100.75", 6));
        checkProof(QStringLiteral("carol"), kUsdt, m_first, firstSnap, units("250000", 6));
        auto again = m_reserves->proof(QStringLiteral("alice"), kUsdt, m_first);
        QCOMPARE(again.value(), firstProof.value());

        // A fresh nonce per snapshot: the two leaves cannot be linked.
        auto newer = m_reserves->proof(QStringLiteral("alice"), kUsdt);
        const QJsonObject a = newer->value(QStringLiteral("proof")).toObject();
        const QJsonObject b = firstProof->value(QStringLiteral("proof")).toObject();
        QVERIFY(a.value(QStringLiteral("nonce")) != b.value(QStringLiteral("nonce")));
        QVERIFY(a.value(QStringLiteral("userHash")) != b.value(QStringLiteral("userHash")));
    }

    void manyHolders()
    {
        m_clock.advance(60'000);
        QList<Liability> owed;
        QHash<QString, Amount> expected;
        for (int i = 0; i < 257; ++i) {
            const QString user = QStringLiteral("holder-%1").arg(i, 3, 10, QLatin1Char('0'));
            const Amount amount = Amount::fromUnits(Int128(i) * 1'000'000'007 + 1);
            owed.append({user, kUsdt, amount});
            expected.insert(user, amount);
        }
        auto snap = m_reserves->publish(QStringLiteral("admin-1"), m_assets, owed);
        QVERIFY(snap.ok());
        QCOMPARE(assetEntry(snap.value(), kUsdt).value(QStringLiteral("leaves")).toInt(), 257);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            checkProof(it.key(), kUsdt, {}, snap.value(), it.value());
    }

    // Someone with database access edits a stored leaf: the service notices
    // the leaves no longer give the published root and serves no proof.
    void editedLeafIsDetected()
    {
        auto snap = m_reserves->publish(QStringLiteral("admin-1"), m_assets,
                                        {{QStringLiteral("alice"), kUsdt, units("10", 6)},
                                         {QStringLiteral("bob"), kUsdt, units("20", 6)}});
        QVERIFY(snap.ok());
        const QString id = snap->value(QStringLiteral("id")).toString();
        QVERIFY(m_db->exec(QStringLiteral("UPDATE reserve_leaves SET balance = ? WHERE snapshot_id "
                                          "= ? AND user_id = ?"),
                           {QStringLiteral("1"), id, QStringLiteral("bob")})
                        .ok());
        QTest::ignoreMessage(QtCriticalMsg,
                             QRegularExpression(QStringLiteral("reserves: stored snapshot data")));
        QCOMPARE(reasonOfProof(QStringLiteral("alice"), kUsdt, id),
                 QStringLiteral("internal_error"));
    }
};

QTEST_GUILESS_MAIN(TstReserves)
#include "tst_reserves.moc"
