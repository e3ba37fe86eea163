#include "foundation/custody_passphrase.h"

#include "foundation/token_store.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcCustodyPassphrase, "azc.desktop.custody")

namespace azc {

namespace {

// Where versions before 2026-12 kept the passphrase without a keychain.
QString legacyFilePath(const QString &dataDir)
{
    return dataDir + QStringLiteral("/secrets/custody-passphrase");
}

QString newPassphrase()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toBase64());
}

QString custodyOff(const char *why)
{
    qCWarning(lcCustodyPassphrase) << "Deposits and withdrawals are off:" << why
                                   << "- the custody passphrase is kept only in an OS keychain";
    return {};
}

} // namespace

void loadOrCreateCustodyPassphrase(const QString &dataDir, const QString &keychainService, bool useKeychain,
                                   QObject *context, std::function<void(const QString &)> done)
{
    QFile legacy(legacyFilePath(dataDir));
    const QString legacyPassphrase = legacy.open(QIODevice::ReadOnly) ? QString::fromLatin1(legacy.readAll()).trimmed()
                                                                      : QString();
    if (!useKeychain) {
        if (!legacyPassphrase.isEmpty()) {
            qCWarning(lcCustodyPassphrase) << "The custody passphrase is still in" << legacyFilePath(dataDir)
                                           << "- run once with a keychain to move it there";
            return done(legacyPassphrase);
        }
        return done(custodyOff("the keychain is switched off"));
    }
    auto *store = new TokenStore(keychainService, QStringLiteral("custody:") + dataDir, TokenStore::Mode::Keychain, context);
    store->load([store, dataDir, legacyPassphrase, done](const QString &stored) {
        if (!stored.isEmpty()) {
            store->deleteLater();
            return done(stored);
        }
        if (!store->usesKeychain()) { // unreachable or silent keychain
            store->deleteLater();
            if (!legacyPassphrase.isEmpty())
                return done(legacyPassphrase);
            return done(custodyOff("no keychain answered"));
        }
        const QString passphrase = legacyPassphrase.isEmpty() ? newPassphrase() : legacyPassphrase;
        store->save(passphrase, [store, dataDir, passphrase, legacy = !legacyPassphrase.isEmpty(), done](bool inKeychain) {
            store->deleteLater();
            if (!inKeychain)
                return done(legacy ? passphrase : custodyOff("the keychain refused to store it"));
            if (legacy && QFile::remove(legacyFilePath(dataDir)))
                qCInfo(lcCustodyPassphrase) << "Moved the custody passphrase from its file into the keychain";
            done(passphrase);
        });
    });
}

} // namespace azc
