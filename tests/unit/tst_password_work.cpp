// PasswordWork: hashes run off the calling thread, results come back on it,
// and a full queue is refused instead of growing without bound.

#include "identity/password_work.h"

#include <QThread>
#include <QtTest>

using azc::identity::PasswordWork;

class TstPasswordWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verifiesAndHashesOffThread()
    {
        PasswordWork work{azc::crypto::PasswordHasher()};
        const QString phc = work.hasher().hash(QStringLiteral("correct horse battery"));
        std::optional<PasswordWork::Outcome> outcome;
        QThread *calledOn = nullptr;
        QVERIFY(work.run(QStringLiteral("correct horse battery"), phc, QStringLiteral("next long password"),
                         [&](PasswordWork::Outcome o) { outcome = o; calledOn = QThread::currentThread(); }).ok());
        QVERIFY(!outcome); // not inline: the caller's thread was not blocked
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(calledOn, QThread::currentThread());
        QVERIFY(outcome->verified);
        QVERIFY(work.hasher().verify(QStringLiteral("next long password"), outcome->newHash));
    }

    void fullQueueIsRefused()
    {
        PasswordWork work{azc::crypto::PasswordHasher(), 2};
        int finished = 0;
        auto count = [&](PasswordWork::Outcome) { ++finished; };
        QVERIFY(work.run({}, {}, QStringLiteral("first long password"), count).ok());
        QVERIFY(work.run({}, {}, QStringLiteral("second long password"), count).ok());
        const azc::Status third = work.run({}, {}, QStringLiteral("third long password"), count);
        QVERIFY(!third.ok());
        QCOMPARE(third.error().reason, QStringLiteral("rate_limited"));
        QTRY_COMPARE(finished, 2);
        QVERIFY(work.run({}, {}, QStringLiteral("room again now"), count).ok()); // the queue drained
        QTRY_COMPARE(finished, 3);
    }
};

QTEST_GUILESS_MAIN(TstPasswordWork)
#include "tst_password_work.moc"
