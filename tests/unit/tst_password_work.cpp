// PasswordWork: hashes run off the calling thread, results come back on it,
// a full queue is refused instead of growing without bound, and sources
// take turns: one that queued many hashes does not delay another's by more
// than the hashes already running.

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
        QVERIFY(work.run(QStringLiteral("10.0.0.1"), QStringLiteral("correct horse battery"), phc,
                         QStringLiteral("next long password"),
                         [&](PasswordWork::Outcome o) { outcome = o; calledOn = QThread::currentThread(); }).ok());
        QVERIFY(!outcome); // not inline: the caller's thread was not blocked
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(calledOn, QThread::currentThread());
        QVERIFY(outcome->verified);
        QVERIFY(work.hasher().verify(QStringLiteral("next long password"), outcome->newHash));
    }

    void fullQueuesAreRefused()
    {
        PasswordWork work{azc::crypto::PasswordHasher(), 3, 2};
        int finished = 0;
        auto count = [&](PasswordWork::Outcome) { ++finished; };
        const QString a = QStringLiteral("10.0.0.1");
        QVERIFY(work.run(a, {}, {}, QStringLiteral("first long password"), count).ok());
        QVERIFY(work.run(a, {}, {}, QStringLiteral("second long password"), count).ok());
        const azc::Status third = work.run(a, {}, {}, QStringLiteral("third long password"), count);
        QCOMPARE(third.error().reason, QStringLiteral("rate_limited")); // this source's share
        QVERIFY(work.run(QStringLiteral("10.0.0.2"), {}, {}, QStringLiteral("another source"), count).ok());
        QCOMPARE(work.run(QStringLiteral("10.0.0.3"), {}, {}, QStringLiteral("everyone's cap"), count).error().reason,
                 QStringLiteral("rate_limited"));
        QTRY_COMPARE(finished, 3);
        QVERIFY(work.run(a, {}, {}, QStringLiteral("room again now"), count).ok()); // the queue drained
        QTRY_COMPARE(finished, 4);
    }

    void sourcesTakeTurns()
    {
        PasswordWork work{azc::crypto::PasswordHasher(), 100, 40};
        QStringList order;
        for (int i = 0; i < 30; ++i)
            QVERIFY(work.run(QStringLiteral("flood"), {}, {}, QStringLiteral("flood password %1").arg(i),
                             [&](PasswordWork::Outcome) { order << QStringLiteral("flood"); }).ok());
        QVERIFY(work.run(QStringLiteral("victim"), {}, {}, QStringLiteral("victim's password"),
                         [&](PasswordWork::Outcome) { order << QStringLiteral("victim"); }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 31, 30000);
        // The victim *starts* after the hashes already running (one per thread)
        // and at most one more turn of the flood. It may *finish* a little
        // later: on a loaded machine its thread can be starved while the other
        // thread finishes more floods (seen in CI: 5th of 31). Arrival order
        // would make it 31st; allow the starvation, not the unfairness.
        QVERIFY2(order.indexOf(QStringLiteral("victim")) <= 3 * QThread::idealThreadCount(),
                 qPrintable(order.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TstPasswordWork)
#include "tst_password_work.moc"
