#include "crypto/digest.h"
#include "crypto/password_hasher.h"
#include "crypto/secure_random.h"
#include "crypto/totp.h"

#include <QRegularExpression>
#include <QTest>

using namespace azc::crypto;

Q_DECLARE_METATYPE(azc::crypto::HmacAlgorithm)

class TstCrypto : public QObject
{
    Q_OBJECT

private slots:
    void sha256Abc();
    void hmacRfc4231();
    void constantTimeEquals();
    void randomValues();
    void base32Vectors_data();
    void base32Vectors();
    void base32RoundTrip();
    void base32Invalid();
    void hotpRfc4226();
    void totpRfc6238_data();
    void totpRfc6238();
    void totpVerifyWindow();
    void totpVerifyRejectsMalformed();
    void totpUriFormat();
    void argon2HashAndVerify();
    void argon2Clamping();
    void argon2NeedsRehash();
};

void TstCrypto::sha256Abc()
{
    QCOMPARE(sha256Hex("abc"),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(sha256("abc").size(), 32);
}

void TstCrypto::hmacRfc4231()
{
    // RFC 4231 test case 2.
    QCOMPARE(hmac(HmacAlgorithm::Sha256, "Jefe", "what do ya want for nothing?").toHex(),
             QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

void TstCrypto::constantTimeEquals()
{
    QVERIFY(azc::crypto::constantTimeEquals("abc", "abc"));
    QVERIFY(!azc::crypto::constantTimeEquals("abc", "abd"));
    QVERIFY(!azc::crypto::constantTimeEquals("abc", "abcd"));
    QVERIFY(azc::crypto::constantTimeEquals({}, {}));
}

void TstCrypto::randomValues()
{
    static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    const QString t1 = randomToken(), t2 = randomToken();
    QVERIFY2(base64url.match(t1).hasMatch(), qPrintable(t1));
    QVERIFY(t1 != t2);
    const QString id1 = randomId(), id2 = randomId();
    QVERIFY2(hex.match(id1).hasMatch(), qPrintable(id1));
    QVERIFY(id1 != id2);
    QCOMPARE(randomBytes(17).size(), 17);
}

void TstCrypto::base32Vectors_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QString>("encoded");
    // RFC 4648 section 10, padding removed.
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY");
    QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ");
    QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6");
    QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ");
    QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
    QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI");
}

void TstCrypto::base32Vectors()
{
    QFETCH(QByteArray, plain);
    QFETCH(QString, encoded);
    QCOMPARE(base32Encode(plain), encoded);
    QCOMPARE(base32Decode(encoded), std::optional<QByteArray>(plain));
}

void TstCrypto::base32RoundTrip()
{
    for (int n = 0; n < 40; ++n) {
        const QByteArray data = randomBytes(n);
        QCOMPARE(base32Decode(base32Encode(data)), std::optional<QByteArray>(data));
    }
    QCOMPARE(base32Decode(QStringLiteral("mzxw 6ytb oi======")),
             std::optional<QByteArray>("foobar"));
}

void TstCrypto::base32Invalid()
{
    QVERIFY(!base32Decode(QStringLiteral("MZXW1")).has_value());
    QVERIFY(!base32Decode(QStringLiteral("MZ-W6")).has_value());
    QVERIFY(!base32Decode(QStringLiteral("MZXW\u00e9")).has_value());
}

void TstCrypto::hotpRfc4226()
{
    // RFC 4226 appendix D.
    const QStringList expected = {"755224", "287082", "359152", "969429", "338314",
                                  "254676", "287922", "162583", "399871", "520489"};
    for (int counter = 0; counter < expected.size(); ++counter)
        QCOMPARE(hotp("12345678901234567890", counter), expected[counter]);
}

void TstCrypto::totpRfc6238_data()
{
    QTest::addColumn<HmacAlgorithm>("algorithm");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("code");
    // RFC 6238 appendix B.
    const qint64 times[] = {59, 1111111109, 1111111111, 1234567890, 2000000000, 20000000000};
    const struct
    {
        HmacAlgorithm algorithm;
        const char *name;
        const char *codes[6];
    } rows[] = {
        {HmacAlgorithm::Sha1, "SHA1",
         {"94287082", "07081804", "14050471", "89005924", "69279037", "65353130"}},
        {HmacAlgorithm::Sha256, "SHA256",
         {"46119246", "68084774", "67062674", "91819424", "90698825", "77737706"}},
        {HmacAlgorithm::Sha512, "SHA512",
         {"90693936", "25091201", "99943326", "93441116", "38618901", "47863826"}},
    };
    for (const auto &row : rows) {
        for (int i = 0; i < 6; ++i) {
            QTest::addRow("%s@%lld", row.name, static_cast<long long>(times[i]))
                << row.algorithm << times[i] << QString::fromLatin1(row.codes[i]);
        }
    }
}

void TstCrypto::totpRfc6238()
{
    QFETCH(HmacAlgorithm, algorithm);
    QFETCH(qint64, time);
    QFETCH(QString, code);
    QByteArray seed;
    switch (algorithm) {
    case HmacAlgorithm::Sha1: seed = "12345678901234567890"; break;
    case HmacAlgorithm::Sha256: seed = "12345678901234567890123456789012"; break;
    case HmacAlgorithm::Sha512:
        seed = "1234567890123456789012345678901234567890123456789012345678901234";
        break;
    }
    const TotpParams params{algorithm, 8, 30};
    QCOMPARE(totpAt(seed, time, params), code);
    QCOMPARE(totpVerify(seed, code, time, -1, params), std::optional<qint64>(time / 30));
}

void TstCrypto::totpVerifyWindow()
{
    const QByteArray secret = "12345678901234567890";
    const qint64 now = 1111111111;
    const qint64 step = now / 30;
    const auto codeAt = [&](qint64 s) { return hotp(secret, s); };

    QCOMPARE(totpVerify(secret, codeAt(step), now, -1), std::optional<qint64>(step));
    QCOMPARE(totpVerify(secret, codeAt(step - 1), now, -1), std::optional<qint64>(step - 1));
    QCOMPARE(totpVerify(secret, codeAt(step + 1), now, -1), std::optional<qint64>(step + 1));
    QVERIFY(!totpVerify(secret, codeAt(step - 2), now, -1));
    QVERIFY(!totpVerify(secret, codeAt(step + 2), now, -1));

    // A code is accepted once: the step it returned is refused next time.
    QVERIFY(!totpVerify(secret, codeAt(step), now, step));
    QVERIFY(!totpVerify(secret, codeAt(step - 1), now, step - 1));
    QCOMPARE(totpVerify(secret, codeAt(step + 1), now, step), std::optional<qint64>(step + 1));
}

void TstCrypto::totpVerifyRejectsMalformed()
{
    const QByteArray secret = "12345678901234567890";
    const qint64 now = 1111111111;
    const QString code = totpAt(secret, now);
    QCOMPARE(code.size(), 6);
    QVERIFY(totpVerify(secret, code, now, -1));
    QVERIFY(!totpVerify(secret, code.left(5), now, -1));
    QVERIFY(!totpVerify(secret, code + QLatin1Char('0'), now, -1));
    QVERIFY(!totpVerify(secret, QLatin1Char(' ') + code.left(5), now, -1));
    QVERIFY(!totpVerify(secret, code.left(5) + QChar(0x0661), now, -1)); // Arabic-Indic digit
    QVERIFY(!totpVerify(secret, QString(), now, -1));
    // Same code as 8 digits must not pass as the 6-digit suffix or vice versa.
    QVERIFY(!totpVerify(secret, totpAt(secret, now, {HmacAlgorithm::Sha1, 8, 30}), now, -1));
}

void TstCrypto::totpUriFormat()
{
    QCOMPARE(totpUri(QStringLiteral("AZ Coiner"), QStringLiteral("alice@example.com"), "foobar"),
             QStringLiteral("otpauth://totp/AZ%20Coiner:alice%40example.com?secret=MZXW6YTBOI"
                            "&issuer=AZ%20Coiner&algorithm=SHA1&digits=6&period=30"));
}

void TstCrypto::argon2HashAndVerify()
{
    const PasswordHasher hasher;
    const QString password = QStringLiteral("correct horse battery staple \u00e9");
    const QString h1 = hasher.hash(password);
    const QString h2 = hasher.hash(password);
    QVERIFY2(h1.startsWith(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")), qPrintable(h1));
    QVERIFY(h1 != h2);
    QVERIFY(hasher.verify(password, h1));
    QVERIFY(hasher.verify(password, h2));
    QVERIFY(!hasher.verify(QStringLiteral("correct horse battery staple e"), h1));
    QVERIFY(!hasher.verify(QString(), h1));
    QVERIFY(!hasher.verify(password, QStringLiteral("garbage")));
    QVERIFY(!hasher.needsRehash(h1));
}

void TstCrypto::argon2Clamping()
{
    const PasswordHasher weak({1024, 1, 0});
    QCOMPARE(weak.params().memoryKiB, 19456u);
    QCOMPARE(weak.params().iterations, 2u);
    QCOMPARE(weak.params().parallelism, 1u);
    QVERIFY(weak.hash(QStringLiteral("x")).startsWith(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")));

    const PasswordHasher strong({32768, 3, 2});
    QCOMPARE(strong.params().memoryKiB, 32768u);
    QCOMPARE(strong.params().iterations, 3u);
    QCOMPARE(strong.params().parallelism, 2u);
}

void TstCrypto::argon2NeedsRehash()
{
    const PasswordHasher current;
    const PasswordHasher stronger({19456, 3, 1});
    const QString h = current.hash(QStringLiteral("pw"));
    QVERIFY(!current.needsRehash(h));
    QVERIFY(stronger.needsRehash(h));
    // verify() reads the parameters from the string, so old hashes stay valid.
    QVERIFY(stronger.verify(QStringLiteral("pw"), h));

    const QString tail = h.section(QLatin1Char('$'), 4);
    QVERIFY(current.needsRehash(QStringLiteral("$argon2id$v=19$m=4096,t=2,p=1$") + tail));
    QVERIFY(current.needsRehash(QStringLiteral("$argon2id$v=19$m=19456,t=1,p=1$") + tail));
    QVERIFY(current.needsRehash(QStringLiteral("$argon2i$v=19$m=19456,t=2,p=1$") + tail));
    QVERIFY(current.needsRehash(QStringLiteral("$2b$12$abcdefghijklmnopqrstuv")));
    QVERIFY(current.needsRehash(QString()));
    QVERIFY(!current.needsRehash(QStringLiteral("$argon2id$v=19$m=65536,t=3,p=4$") + tail));
}

QTEST_GUILESS_MAIN(TstCrypto)
#include "tst_crypto.moc"
