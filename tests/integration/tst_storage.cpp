// Storage on both engines: migrations, idempotence, transactions.

#include "storage/database.h"
#include "test_backend.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace azc;

class TstStorage : public QObject
{
    Q_OBJECT
    test::ScratchDatabase m_scratch;
    QString m_url;

    std::unique_ptr<storage::Database> open()
    {
        auto db = storage::Database::open(m_url);
        if (!db)
            qWarning() << db.error().message;
        return db ? std::move(db).value() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_url = m_scratch.url();
        QVERIFY2(!m_url.isEmpty(), "no database to test against");
    }

    void dialectFollowsUrl()
    {
        auto db = open();
        QVERIFY(db);
        QCOMPARE(db->dialect(), test::wantPostgres() ? storage::Dialect::Postgres : storage::Dialect::Sqlite);
    }

    void migrationsApplyOnceInOrder()
    {
        auto db = open();
        QVERIFY(db);
        const QList<storage::Migration> v1 = {
            {1, QStringLiteral("t"), {QStringLiteral("CREATE TABLE things (id TEXT PRIMARY KEY, n BIGINT NOT NULL)")}}};
        QVERIFY(db->migrate(QStringLiteral("demo"), v1).ok());
        QCOMPARE(db->schemaVersion(QStringLiteral("demo")), 1);
        QVERIFY(db->migrate(QStringLiteral("demo"), v1).ok()); // again: nothing to do, no error
        auto v2 = v1;
        v2.append({2, QStringLiteral("col"), {QStringLiteral("ALTER TABLE things ADD COLUMN label TEXT")}});
        QVERIFY(db->migrate(QStringLiteral("demo"), v2).ok());
        QCOMPARE(db->schemaVersion(QStringLiteral("demo")), 2);
        QCOMPARE(db->schemaVersion(QStringLiteral("other")), 0);
    }

    void failedMigrationLeavesNoTrace()
    {
        auto db = open();
        QVERIFY(db);
        const QList<storage::Migration> bad = {
            {1, QStringLiteral("half"), {QStringLiteral("CREATE TABLE half_done (id TEXT)"),
                                         QStringLiteral("THIS IS NOT SQL")}}};
        QVERIFY(!db->migrate(QStringLiteral("broken"), bad).ok());
        QCOMPARE(db->schemaVersion(QStringLiteral("broken")), 0);
        // The first statement was rolled back with the second.
        QVERIFY(!db->exec(QStringLiteral("SELECT COUNT(*) FROM half_done")).ok());
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto db = open();
        QVERIFY(db);
        {
            storage::Transaction tx(*db);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO things (id, n) VALUES (?, ?)"), {QStringLiteral("a"), 1}).ok());
        } // no commit
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM things")).value().toInt(), 0);
        {
            storage::Transaction tx(*db);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO things (id, n) VALUES (?, ?)"), {QStringLiteral("b"), 2}).ok());
            {
                storage::Transaction inner(*db); // joins the outer one
                QVERIFY(db->exec(QStringLiteral("INSERT INTO things (id, n) VALUES (?, ?)"), {QStringLiteral("c"), 3}).ok());
                QVERIFY(inner.commit().ok());
            }
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM things")).value().toInt(), 2);
    }

    void bigIntegersRoundTrip()
    {
        auto db = open();
        QVERIFY(db);
        const qint64 big = Q_INT64_C(9007199254740993); // not representable as a double
        QVERIFY(db->exec(QStringLiteral("INSERT INTO things (id, n) VALUES (?, ?)"), {QStringLiteral("big"), big}).ok());
        QCOMPARE(db->scalar(QStringLiteral("SELECT n FROM things WHERE id = ?"), {QStringLiteral("big")}).value().toLongLong(), big);
    }

    void errorsAreValuesNotCrashes()
    {
        auto db = open();
        QVERIFY(db);
        auto r = db->exec(QStringLiteral("SELECT * FROM no_such_table"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().reason, QStringLiteral("storage_error"));
        auto dup = db->exec(QStringLiteral("INSERT INTO things (id, n) VALUES (?, ?)"), {QStringLiteral("b"), 9});
        QVERIFY(!dup.ok()); // primary key
    }

    void badUrlIsRefused()
    {
        auto r = storage::Database::open(QStringLiteral("mysql://x"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().reason, QStringLiteral("invalid_config"));
    }
};

QTEST_GUILESS_MAIN(TstStorage)
#include "tst_storage.moc"
