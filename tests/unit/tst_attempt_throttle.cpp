// AttemptThrottle with a clock the test moves: five wrong guesses are free,
// then the key waits 30 s, doubling per further wrong guess up to an hour;
// a right guess clears it; other subjects and sources never wait for it.

#include "identity/attempt_throttle.h"

#include <QtTest>

using azc::ManualClock;
using azc::identity::AttemptKey;
using azc::identity::AttemptThrottle;

class TstAttemptThrottle : public QObject
{
    Q_OBJECT

    static qint64 waitOf(const AttemptThrottle &t, const AttemptKey &k)
    {
        const auto s = t.check(k);
        return s ? 0 : s.error().data.value(QStringLiteral("retryAfterMs")).toInteger();
    }

private Q_SLOTS:
    void waitsDoubleUpToAnHour()
    {
        ManualClock clock(1'000'000);
        AttemptThrottle throttle(clock);
        const AttemptKey bob = AttemptKey::login(QStringLiteral("Bob "), QStringLiteral("10.0.0.1"));
        int told = 0;
        throttle.onBackoff = [&](const AttemptKey &k, int failures) {
            ++told;
            QCOMPARE(k.subject, QStringLiteral("login:bob"));
            QCOMPARE(failures, 5);
        };
        for (int i = 0; i < 4; ++i) {
            throttle.failed(bob);
            QCOMPARE(waitOf(throttle, bob), 0);
        }
        throttle.failed(bob);
        QCOMPARE(waitOf(throttle, bob), 30'000);
        QCOMPARE(told, 1);
        QCOMPARE(throttle.check(bob).error().reason, QStringLiteral("too_many_attempts"));
        clock.advance(30'000);
        QCOMPARE(waitOf(throttle, bob), 0);
        throttle.failed(bob);
        QCOMPARE(waitOf(throttle, bob), 60'000);
        for (int i = 0; i < 10; ++i)
            throttle.failed(bob);
        QCOMPARE(waitOf(throttle, bob), 3'600'000);
        QCOMPARE(told, 1);
    }

    void othersNeverWaitAndARightGuessClears()
    {
        ManualClock clock(0);
        AttemptThrottle throttle(clock);
        const AttemptKey attacker = AttemptKey::login(QStringLiteral("bob"), QStringLiteral("10.66.0.1"));
        for (int i = 0; i < 8; ++i)
            throttle.failed(attacker);
        QVERIFY(!throttle.check(attacker));
        QVERIFY(throttle.check(AttemptKey::login(QStringLiteral("bob"), QStringLiteral("10.0.0.2"))));   // the owner's address
        QVERIFY(throttle.check(AttemptKey::login(QStringLiteral("alice"), QStringLiteral("10.66.0.1")))); // another name
        QVERIFY(throttle.check(AttemptKey::session(QStringLiteral("u1"), QStringLiteral("s1"))));
        throttle.succeeded(attacker);
        QVERIFY(throttle.check(attacker));
        QCOMPARE(AttemptKey::login(QStringLiteral("bob"), QString()).source, QStringLiteral("local"));
    }

    void memoryIsBounded()
    {
        ManualClock clock(0);
        AttemptThrottle throttle(clock);
        for (int i = 0; i < AttemptThrottle::kMaxKeys + 1000; ++i) {
            throttle.failed(AttemptKey::login(QStringLiteral("name%1").arg(i), QStringLiteral("10.0.0.1")));
            clock.advance(1);
        }
        QVERIFY(throttle.size() <= AttemptThrottle::kMaxKeys);
        // The newest keys are still remembered.
        const AttemptKey newest = AttemptKey::login(QStringLiteral("name%1").arg(AttemptThrottle::kMaxKeys + 999),
                                                    QStringLiteral("10.0.0.1"));
        for (int i = 0; i < 4; ++i)
            throttle.failed(newest);
        QVERIFY(!throttle.check(newest));
    }
};

QTEST_GUILESS_MAIN(TstAttemptThrottle)
#include "tst_attempt_throttle.moc"
