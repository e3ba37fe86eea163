#pragma once
// Argon2id costs ~50 ms of CPU per call by design. PasswordWork runs those
// calls on a small thread pool and hands the outcome back on the thread
// that asked (the backend thread). Admission is fair per source (a client
// address): each source may have a bounded number of hashes waiting, and
// the pool takes turns between the sources that wait, so a flood of log-ins
// from one address delays another address by at most one hash per thread,
// instead of filling one global queue that everyone else is refused from.
// The global bound only caps memory; it is far above what one source may hold.

#include "common/result.h"
#include "crypto/password_hasher.h"

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QThreadPool>
#include <functional>

namespace azc::identity {

class PasswordWork
{
public:
    struct Outcome {
        bool verified = false; // `password` matched `phc`
        QString newHash;       // PHC string of `newPassword` (empty if none asked, or on failure)
    };

    explicit PasswordWork(crypto::PasswordHasher hasher, int maxPending = 1024, int maxPendingPerSource = 32);
    ~PasswordWork(); // waits for running hashes

    // Verifies `password` against `phc` (when `phc` is not empty) and hashes
    // `newPassword` (when not empty). `then` runs later on this thread.
    // Refused with "rate_limited" when `source` already has its share
    // waiting, or when everyone together has too many.
    Status run(const QString &source, const QString &password, const QString &phc, const QString &newPassword,
               std::function<void(Outcome)> then);
    const crypto::PasswordHasher &hasher() const { return m_hasher; }
    int pending() const { return m_pending; }

private:
    struct Job {
        QString password, phc, newPassword;
        std::function<void(Outcome)> then;
    };
    void startNext();

    crypto::PasswordHasher m_hasher;
    int m_maxPending;
    int m_maxPendingPerSource;
    int m_pending = 0;  // waiting or running, everyone
    int m_running = 0;
    QHash<QString, int> m_pendingBySource;
    QHash<QString, QQueue<Job>> m_waiting;
    QList<QString> m_turns; // sources with waiting jobs, in the order they get the next thread
    QThreadPool m_pool;
    QObject m_context; // lives on the asking thread; results are queued to it
};

} // namespace azc::identity
