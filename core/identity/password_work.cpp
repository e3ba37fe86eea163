#include "identity/password_work.h"

#include <QThread>

namespace azc::identity {

PasswordWork::PasswordWork(crypto::PasswordHasher hasher, int maxPending, int maxPendingPerSource)
    : m_hasher(std::move(hasher)), m_maxPending(maxPending), m_maxPendingPerSource(maxPendingPerSource)
{
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
}

PasswordWork::~PasswordWork()
{
    // Results post back to m_context: let the hashes finish before it goes.
    m_pool.waitForDone();
}

Status PasswordWork::run(const QString &source, const QString &password, const QString &phc,
                         const QString &newPassword, std::function<void(Outcome)> then)
{
    if (m_pending >= m_maxPending || m_pendingBySource.value(source) >= m_maxPendingPerSource)
        return Error::make(QStringLiteral("rate_limited"), QStringLiteral("the server is busy; try again shortly"),
                           {{QStringLiteral("retryAfterMs"), 1000}});
    ++m_pending;
    ++m_pendingBySource[source];
    QQueue<Job> &queue = m_waiting[source];
    if (queue.isEmpty())
        m_turns.append(source);
    queue.enqueue({password, phc, newPassword, std::move(then)});
    startNext();
    return okStatus();
}

void PasswordWork::startNext()
{
    // Only as many jobs in the pool as it has threads: the rest wait here,
    // where the next one is chosen by turns, not by arrival.
    while (m_running < m_pool.maxThreadCount() && !m_turns.isEmpty()) {
        const QString source = m_turns.takeFirst();
        QQueue<Job> &queue = m_waiting[source];
        Job job = queue.dequeue();
        if (queue.isEmpty())
            m_waiting.remove(source);
        else
            m_turns.append(source); // back of the line
        ++m_running;
        const crypto::PasswordHasher hasher = m_hasher;
        m_pool.start([this, hasher, source, job = std::move(job)] {
            Outcome outcome;
            if (!job.phc.isEmpty())
                outcome.verified = hasher.verify(job.password, job.phc);
            if (!job.newPassword.isEmpty())
                outcome.newHash = hasher.hash(job.newPassword);
            QMetaObject::invokeMethod(&m_context, [this, source, outcome, then = job.then] {
                --m_running;
                --m_pending;
                if (--m_pendingBySource[source] <= 0)
                    m_pendingBySource.remove(source);
                startNext();
                then(outcome);
            }, Qt::QueuedConnection);
        });
    }
}

} // namespace azc::identity
