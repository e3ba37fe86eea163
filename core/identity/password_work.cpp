#include "identity/password_work.h"

#include <QThread>

namespace azc::identity {

PasswordWork::PasswordWork(crypto::PasswordHasher hasher, int maxPending)
    : m_hasher(std::move(hasher)), m_maxPending(maxPending)
{
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
}

PasswordWork::~PasswordWork()
{
    // Results post back to m_context: let the hashes finish before it goes.
    m_pool.waitForDone();
}

Status PasswordWork::run(const QString &password, const QString &phc, const QString &newPassword,
                         std::function<void(Outcome)> then)
{
    if (m_pending >= m_maxPending)
        return Error::make(QStringLiteral("rate_limited"), QStringLiteral("the server is busy; try again shortly"),
                           {{QStringLiteral("retryAfterMs"), 1000}});
    ++m_pending;
    const crypto::PasswordHasher hasher = m_hasher;
    m_pool.start([this, hasher, password, phc, newPassword, then = std::move(then)] {
        Outcome outcome;
        if (!phc.isEmpty())
            outcome.verified = hasher.verify(password, phc);
        if (!newPassword.isEmpty())
            outcome.newHash = hasher.hash(newPassword);
        QMetaObject::invokeMethod(&m_context, [this, outcome, then] {
            --m_pending;
            then(outcome);
        }, Qt::QueuedConnection);
    });
    return okStatus();
}

} // namespace azc::identity
