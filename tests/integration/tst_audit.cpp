// The audit chain: privileged actions are recorded, and verify() finds a
// changed row, a removed row in the middle and rows cut off the end.

#include "audit/audit_log.h"
#include "crypto/secret_box.h"
#include "storage/database.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace azc;

class TstAudit : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TestBackend> m_backend;
    std::unique_ptr<storage::Database> m_db;

    void recordSome(int n)
    {
        audit::AuditLog log(*m_db, m_clock, m_key);
        for (int i = 0; i < n; ++i)
            QVERIFY(log.record(QStringLiteral("actor"), QStringLiteral("test.action"), QString::number(i),
                               {{QStringLiteral("i"), i}}).ok());
    }
    audit::VerifyReport verify()
    {
        audit::AuditLog log(*m_db, m_clock, m_key);
        auto r = log.verify();
        return r ? r.value() : audit::VerifyReport{false, 0, -1, r.error().message};
    }
    Clock m_clock;
    QByteArray m_key;

private Q_SLOTS:
    void initTestCase()
    {
        m_backend = test::TestBackend::demo();
        QVERIFY(m_backend);
        const QString url = m_backend->databaseUrl();
        auto db = storage::Database::open(url);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        // The same key file the backend created (it lives outside the database).
        auto key = crypto::loadOrCreateKeyFile(m_backend->dataDir() + QStringLiteral("/secrets/audit.key"));
        QVERIFY(key.ok());
        m_key = key.value();
    }

    // Write access to the database is not enough to forge a consistent chain.
    void forgingWithoutTheKeyIsDetected()
    {
        QVERIFY(verify().intact);
        audit::AuditLog forger(*m_db, m_clock, QByteArray(32, 'f'));
        QVERIFY(forger.record(QStringLiteral("actor"), QStringLiteral("test.forged"), QStringLiteral("x")).ok());
        const audit::VerifyReport r = verify(); // with the real key
        QVERIFY(!r.intact);
        QVERIFY(r.problem.contains(QLatin1String("changed")));
        // Take the forged row back out for the cases below.
        const qint64 last = m_db->scalar(QStringLiteral("SELECT MAX(seq) FROM audit_log")).value().toLongLong();
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE seq = ?"), {last}).ok());
        QVERIFY(m_db->exec(QStringLiteral("UPDATE audit_head SET seq = ?, hash = (SELECT hash FROM audit_log WHERE seq = ?)"
                                          " WHERE id = 1"), {last - 1, last - 1}).ok());
        QVERIFY(verify().intact);
    }

    void privilegedActionsAreRecorded()
    {
        test::WsClient admin;
        QVERIFY(admin.open(m_backend->url()));
        QVERIFY(!admin.login(QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026")).isEmpty());
        const QJsonArray entries = admin.result(QStringLiteral("admin.auditLog"), {{QStringLiteral("limit"), 200}}).value(QStringLiteral("entries")).toArray();
        QStringList actions;
        for (const QJsonValue &e : entries)
            actions.append(e.toObject().value(QStringLiteral("action")).toString());
        QVERIFY(actions.contains(QStringLiteral("account.created")));
        QVERIFY(actions.contains(QStringLiteral("kyc.approved")));
        QVERIFY(m_backend->backend().verifyAudit().value().intact);
    }

    void changedRowIsDetected()
    {
        recordSome(5);
        QVERIFY(verify().intact);
        const qint64 seq = m_db->scalar(QStringLiteral("SELECT MAX(seq) FROM audit_log")).value().toLongLong() - 2;
        QVERIFY(m_db->exec(QStringLiteral("UPDATE audit_log SET details = '{\"i\":99}' WHERE seq = ?"), {seq}).ok());
        const audit::VerifyReport r = verify();
        QVERIFY(!r.intact);
        QCOMPARE(r.firstBadSeq, seq);
        QVERIFY(r.problem.contains(QLatin1String("changed")));
    }

    void removedRowIsDetected()
    {
        // Restore a clean chain first: rebuild from scratch.
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM audit_log")).ok());
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM audit_head")).ok());
        recordSome(6);
        QVERIFY(verify().intact);
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")).ok());
        const audit::VerifyReport r = verify();
        QVERIFY(!r.intact);
        QCOMPARE(r.firstBadSeq, 4);
        QVERIFY(r.problem.contains(QLatin1String("missing")));
    }

    void truncatedTailIsDetected()
    {
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM audit_log")).ok());
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM audit_head")).ok());
        recordSome(4);
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 4")).ok());
        const audit::VerifyReport r = verify();
        QVERIFY(!r.intact);
        QVERIFY(r.problem.contains(QLatin1String("missing")));
        // Appending must not paper over the cut: it is refused.
        audit::AuditLog log(*m_db, m_clock, m_key);
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("does not match the head")));
        const Status appended = log.record(QStringLiteral("actor"), QStringLiteral("test.action"), QStringLiteral("x"));
        QVERIFY(!appended.ok());
        QCOMPARE(appended.error().reason, QStringLiteral("audit_broken"));
        QVERIFY(!verify().intact);
    }
};

QTEST_GUILESS_MAIN(TstAudit)
#include "tst_audit.moc"
