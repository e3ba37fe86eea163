// The embedded backend's custody passphrase (issue 15, read in the code):
// it was written in plain text beside the sealed seed whenever no keychain
// answered. Now it lives only in the keychain; without one custody stays
// off, and a file an older version wrote is moved into the keychain and
// deleted. Runs against the real Secret Service (dbus-run-session with an
// unlocked gnome-keyring, as scripts/test.sh starts it).

#include "foundation/custody_passphrase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestCustodyPassphrase : public QObject
{
    Q_OBJECT

    static QString load(const QString &dataDir, bool useKeychain, const QString &service)
    {
        QObject context;
        bool done = false;
        QString passphrase;
        azc::loadOrCreateCustodyPassphrase(dataDir, service, useKeychain, &context, [&](const QString &p) {
            passphrase = p;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("the passphrase did not load");
        return passphrase;
    }
    static QStringList filesUnder(const QString &dir)
    {
        QStringList out;
        for (const QFileInfo &f : QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
            out << f.fileName();
            if (f.isDir())
                out << filesUnder(f.filePath());
        }
        return out;
    }

private slots:
    void withoutAKeychainCustodyStaysOffAndNothingIsWritten()
    {
        QTemporaryDir dir;
        QCOMPARE(load(dir.path(), false, QStringLiteral("azcoiner-test")), QString());
        QVERIFY2(filesUnder(dir.path()).isEmpty(), qPrintable(filesUnder(dir.path()).join(u' ')));
    }

    void theKeychainKeepsItAndTheDataFolderDoesNot()
    {
        QTemporaryDir dir;
        const QString service = QStringLiteral("azcoiner-test-") + QUuid::createUuid().toString(QUuid::Id128);
        const QString first = load(dir.path(), true, service);
        QCOMPARE(first.size(), 44); // 32 random bytes, base64
        QCOMPARE(load(dir.path(), true, service), first);
        for (const QString &name : filesUnder(dir.path())) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains(first.toLatin1()));
        }
    }

    void anOldPlainTextFileMovesIntoTheKeychain()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("secrets"))));
        QFile legacy(dir.filePath(QStringLiteral("secrets/custody-passphrase")));
        QVERIFY(legacy.open(QIODevice::WriteOnly));
        legacy.write("an older version's passphrase");
        legacy.close();
        const QString service = QStringLiteral("azcoiner-test-") + QUuid::createUuid().toString(QUuid::Id128);
        QCOMPARE(load(dir.path(), true, service), QStringLiteral("an older version's passphrase"));
        QVERIFY(!QFile::exists(legacy.fileName()));
        QCOMPARE(load(dir.path(), true, service), QStringLiteral("an older version's passphrase")); // from the keychain now
    }
};

QTEST_GUILESS_MAIN(TestCustodyPassphrase)
#include "tst_custody_passphrase.moc"
