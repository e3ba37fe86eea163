#include "foundation/token_store.h"

#include <QLoggingCategory>
#include <QTimer>

#include <memory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcTokenStore, "azc.desktop.keychain")

namespace azc {

TokenStore::TokenStore(QString service, QString key, Mode mode, QObject *parent)
    : QObject(parent), m_service(std::move(service)), m_key(std::move(key)), m_mode(mode)
{
}

void TokenStore::fallBackToMemory(const QString &why)
{
    if (m_mode == Mode::MemoryOnly)
        return;
    m_mode = Mode::MemoryOnly;
    qCWarning(lcTokenStore).noquote()
        << "The system keychain is not available (" + why + "). The session token is kept in"
           " memory only and is not saved: you will need to sign in again next time.";
}

void TokenStore::save(const QString &token, std::function<void(bool)> done)
{
    m_memory = token;
    if (m_mode == Mode::MemoryOnly) {
        if (done)
            done(false);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text settings file
    job->setKey(m_key);
    job->setTextData(token);
    // A locked keyring asks to be unlocked; nobody may be there to answer.
    auto answered = std::make_shared<bool>(false);
    QTimer::singleShot(kKeychainTimeoutMs, this, [this, answered, done] {
        if (*answered)
            return;
        *answered = true;
        fallBackToMemory(QStringLiteral("it did not answer within %1 s").arg(kKeychainTimeoutMs / 1000));
        if (done)
            done(false);
    });
    connect(job, &QKeychain::Job::finished, this, [this, job, done, answered](QKeychain::Job *) {
        if (*answered)
            return;
        *answered = true;
        const bool ok = job->error() == QKeychain::NoError;
        if (!ok)
            fallBackToMemory(job->errorString());
        if (done)
            done(ok);
    });
    job->start();
}

void TokenStore::load(std::function<void(const QString &)> done)
{
    if (m_mode == Mode::MemoryOnly) {
        done(m_memory);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_key);
    // A keyring that waits for someone to unlock it (a prompt nobody sees on a
    // headless display) must not hold the app at "connecting" forever.
    auto answered = std::make_shared<bool>(false);
    QTimer::singleShot(kKeychainTimeoutMs, this, [this, answered, done] {
        if (*answered)
            return;
        *answered = true;
        fallBackToMemory(QStringLiteral("it did not answer within %1 s").arg(kKeychainTimeoutMs / 1000));
        done(m_memory);
    });
    connect(job, &QKeychain::Job::finished, this, [this, job, done, answered](QKeychain::Job *) {
        if (*answered)
            return; // too late: the app went on without it
        *answered = true;
        if (job->error() == QKeychain::NoError) {
            m_memory = job->textData();
        } else if (job->error() != QKeychain::EntryNotFound) {
            fallBackToMemory(job->errorString());
        }
        done(m_memory);
    });
    job->start();
}

void TokenStore::remove(std::function<void(bool)> done)
{
    m_memory.clear();
    if (m_mode == Mode::MemoryOnly) {
        if (done)
            done(true);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_key);
    connect(job, &QKeychain::Job::finished, this, [this, job, done](QKeychain::Job *) {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        if (!ok)
            fallBackToMemory(job->errorString());
        if (done)
            done(ok);
    });
    job->start();
}

} // namespace azc
