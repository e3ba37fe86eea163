#include "custody_passphrase.h"

#include "token_store.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcCustodyPassphrase, "azc.desktop.custody")

namespace azc {

namespace {

QString fallbackPath(const QString &dataDir)
{
    return dataDir + QStringLiteral("/secrets/custody-passphrase");
}

QString newPassphrase()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toBase64());
}

QString writeFallback(const QString &dataDir, const QString &passphrase)
{
    qCWarning(lcCustodyPassphrase) << "No keychain: the custody passphrase is kept in" << fallbackPath(dataDir);
    QDir().mkpath(dataDir + QStringLiteral("/secrets"));
    QSaveFile f(fallbackPath(dataDir));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(passphrase.toLatin1());
    return f.commit() ? passphrase : QString();
}

} // namespace

void loadOrCreateCustodyPassphrase(const QString &dataDir, const QString &keychainService, bool useKeychain,
                                   QObject *context, std::function<void(const QString &)> done)
{
    QFile existing(fallbackPath(dataDir));
    if (existing.open(QIODevice::ReadOnly))
        return done(QString::fromLatin1(existing.readAll()).trimmed());
    if (!useKeychain)
        return done(writeFallback(dataDir, newPassphrase()));
    auto *store = new TokenStore(keychainService, QStringLiteral("custody:") + dataDir, TokenStore::Mode::Keychain, context);
    store->load([store, dataDir, done](const QString &stored) {
        if (!stored.isEmpty()) {
            store->deleteLater();
            return done(stored);
        }
        if (!store->usesKeychain()) { // unreachable or silent keychain
            store->deleteLater();
            return done(writeFallback(dataDir, newPassphrase()));
        }
        const QString fresh = newPassphrase();
        store->save(fresh, [store, dataDir, fresh, done](bool inKeychain) {
            store->deleteLater();
            done(inKeychain ? fresh : writeFallback(dataDir, fresh));
        });
    });
}

} // namespace azc
