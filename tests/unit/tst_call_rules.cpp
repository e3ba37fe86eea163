// The call's pure rules (app/desktop/calls/call_rules.h): the verification
// code from two real-looking SDPs agrees on both ends and changes with
// either certificate; the quality levels follow loss, round trip and jitter.

#include "calls/call_rules.h"

#include <QSet>
#include <QtTest>

using namespace azc::calls;

namespace {

QString sdpWith(const QString &fingerprintLine)
{
    return QStringLiteral("v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
                          "a=group:BUNDLE 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\n"
                          "a=ice-ufrag:abcd\r\na=ice-pwd:0123456789abcdefghijkl\r\n")
        + fingerprintLine + QStringLiteral("\r\na=setup:actpass\r\na=mid:0\r\n");
}

const QString kAlice = QStringLiteral(
    "a=fingerprint:sha-256 5B:0F:7C:12:AA:19:3E:44:9D:01:22:6A:BB:0C:71:E3:48:56:90:11:2F:3A:7B:C0:DD:19:04:8E:61:5A:2B:F0");
const QString kBob = QStringLiteral(
    "a=fingerprint:SHA-256 a1:b2:c3:d4:e5:f6:07:18:29:3a:4b:5c:6d:7e:8f:90:01:12:23:34:45:56:67:78:89:9a:ab:bc:cd:de:ef:f0");

} // namespace

class TestCallRules : public QObject
{
    Q_OBJECT
private slots:
    void tableHas64DistinctEntries()
    {
        QCOMPARE(verificationEmoji().size(), 64);
        const QStringList &table = verificationEmoji();
        QCOMPARE(QSet<QString>(table.begin(), table.end()).size(), 64);
    }

    void fingerprintIsNormalised()
    {
        QCOMPARE(sdpFingerprint(sdpWith(kBob)),
                 QStringLiteral("sha-256 A1:B2:C3:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90:01:12:23:34:45:56:67:78:89:9A:AB:BC:CD:DE:EF:F0"));
        QCOMPARE(sdpFingerprint(QStringLiteral("v=0\r\ns=-\r\n")), QString());
    }

    void bothSidesAgree()
    {
        // Alice's client: its own SDP is local, Bob's remote; Bob's client the other way round.
        const QString a = sdpFingerprint(sdpWith(kAlice));
        const QString b = sdpFingerprint(sdpWith(kBob));
        const VerificationCode atAlice = verificationCode(a, b);
        const VerificationCode atBob = verificationCode(b, a);
        QVERIFY(atAlice.isValid());
        QCOMPARE(atAlice.emoji, atBob.emoji);
        QCOMPARE(atAlice.digits, atBob.digits);
        QCOMPARE(atAlice.digits.split(QLatin1Char(' ')).size(), 4);
        for (const QString &n : atAlice.digits.split(QLatin1Char(' ')))
            QCOMPARE(atAlice.emoji.at(atAlice.digits.split(QLatin1Char(' ')).indexOf(n)), verificationEmoji().at(n.toInt()));
    }

    void aChangedFingerprintChangesTheCode()
    {
        const QString a = sdpFingerprint(sdpWith(kAlice));
        const QString b = sdpFingerprint(sdpWith(kBob));
        const VerificationCode honest = verificationCode(a, b);
        // A relay in the middle presents its own certificate: one byte differs.
        QString forged = b;
        forged.replace(QStringLiteral("A1:B2"), QStringLiteral("A1:B3"));
        QVERIFY(verificationCode(a, forged).digits != honest.digits);
        QString forgedA = a;
        forgedA.replace(QStringLiteral("5B:0F"), QStringLiteral("5B:1F"));
        QVERIFY(verificationCode(forgedA, b).digits != honest.digits);
        QVERIFY(!verificationCode(a, QString()).isValid());
    }

    void qualityLevels()
    {
        const PeerStats start{1000, 0, 40, 5};
        QCOMPARE(callQuality(start, PeerStats{1050, 0, 40, 5}), Quality::Good);
        QCOMPARE(callQuality(start, PeerStats{1050, 2, 40, 5}), Quality::Fair);   // ~3.8 % lost
        QCOMPARE(callQuality(start, PeerStats{1050, 10, 40, 5}), Quality::Poor);  // ~17 % lost
        QCOMPARE(callQuality(start, PeerStats{1050, 0, 450, 5}), Quality::Fair);  // slow path
        QCOMPARE(callQuality(start, PeerStats{1050, 0, 40, 120}), Quality::Poor); // jitter
        QCOMPARE(callQuality(start, PeerStats{1000, 0, 40, 5}), Quality::Poor);   // nothing came
        QCOMPARE(callQuality(PeerStats{}, PeerStats{}), Quality::Unknown);
        QCOMPARE(qualityName(Quality::Fair), QStringLiteral("fair"));
    }
};

QTEST_GUILESS_MAIN(TestCallRules)
#include "tst_call_rules.moc"
