// SecretBox: sealed values open again under the same key file, are fresh
// each time (random nonce), and refuse to open when altered or under another key.

#include "crypto/secret_box.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using azc::crypto::SecretBox;

class TstSecretBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sealAndOpenAcrossRestarts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets/totp.key"));
        auto box = SecretBox::loadOrCreate(path);
        QVERIFY(box.ok());
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const QByteArray secret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        const QString sealed = box->seal(secret);
        QVERIFY(sealed.startsWith(QLatin1String("v1:")));
        QVERIFY(!sealed.contains(QLatin1String("JBSWY3DP")));
        QVERIFY(box->seal(secret) != sealed); // a new nonce every time
        auto again = SecretBox::loadOrCreate(path); // the next start reads the same key
        QVERIFY(again.ok());
        QCOMPARE(again->open(sealed).value_or(QByteArray()), secret);
    }

    void alteredOrForeignValuesDoNotOpen()
    {
        const SecretBox box = SecretBox::withKey(QByteArray(32, 'k'));
        const QString sealed = box.seal("123456");
        QByteArray raw = QByteArray::fromBase64(sealed.mid(3).toLatin1());
        raw[14] = char(raw[14] ^ 1);
        QVERIFY(!box.open(QStringLiteral("v1:") + QString::fromLatin1(raw.toBase64())));
        QVERIFY(!SecretBox::withKey(QByteArray(32, 'x')).open(sealed));
        QVERIFY(!box.open(QStringLiteral("JBSWY3DP")));
        QVERIFY(!box.open(QStringLiteral("v1:")));
        QCOMPARE(box.open(box.seal(QByteArray())).value_or(QByteArray("x")), QByteArray());
    }

    void damagedKeyFileIsRefused()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("short.key")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("too short");
        f.close();
        QCOMPARE(SecretBox::loadOrCreate(f.fileName()).error().reason, QStringLiteral("invalid_config"));
    }
};

QTEST_GUILESS_MAIN(TstSecretBox)
#include "tst_secret_box.moc"
