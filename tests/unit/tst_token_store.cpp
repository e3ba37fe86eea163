// TokenStore against the real system keychain (Secret Service). The test
// script runs it inside dbus-run-session with an unlocked gnome-keyring.

#include "foundation/token_store.h"

#include <QTest>
#include <QUuid>

using azc::TokenStore;

class TestTokenStore : public QObject
{
    Q_OBJECT
private slots:
    void savesLoadsAndRemovesInTheKeychain();
    void memoryOnlyModeNeverTouchesTheKeychain();

private:
    static QString load(TokenStore &store)
    {
        bool done = false;
        QString token;
        store.load([&](const QString &t) {
            token = t;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("load did not finish");
        return token;
    }
};

void TestTokenStore::savesLoadsAndRemovesInTheKeychain()
{
    // A key of its own, so a run never meets a token left by another.
    const QString key = QStringLiteral("test:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString token = QStringLiteral("tok_") + QUuid::createUuid().toString(QUuid::Id128);
    {
        TokenStore store(QStringLiteral("azcoiner-test"), key, TokenStore::Mode::Keychain);
        bool saved = false, done = false;
        store.save(token, [&](bool ok) {
            saved = ok;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(saved, "the keychain refused the token: is a Secret Service running and unlocked?");
        QVERIFY(store.usesKeychain());
    }
    {
        // A fresh store (a new launch) reads it back from the keychain, not memory.
        TokenStore store(QStringLiteral("azcoiner-test"), key, TokenStore::Mode::Keychain);
        QCOMPARE(load(store), token);

        bool removed = false, done = false;
        store.remove([&](bool ok) {
            removed = ok;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(removed);
    }
    {
        TokenStore store(QStringLiteral("azcoiner-test"), key, TokenStore::Mode::Keychain);
        QCOMPARE(load(store), QString());
        QVERIFY(store.usesKeychain()); // "not found" is not a keychain failure
    }
}

void TestTokenStore::memoryOnlyModeNeverTouchesTheKeychain()
{
    const QString key = QStringLiteral("test:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        TokenStore store(QStringLiteral("azcoiner-test"), key, TokenStore::Mode::MemoryOnly);
        bool stored = true;
        store.save(QStringLiteral("secret-token"), [&](bool ok) { stored = ok; });
        QVERIFY(!stored); // reported as not persisted
        QCOMPARE(load(store), QStringLiteral("secret-token"));
    }
    TokenStore keychain(QStringLiteral("azcoiner-test"), key, TokenStore::Mode::Keychain);
    QCOMPARE(load(keychain), QString()); // nothing reached the keychain
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_token_store.moc"
