#pragma once
// Argon2id costs ~50 ms of CPU per call by design. PasswordWork runs those
// calls on a small thread pool and hands the outcome back on the thread
// that asked (the backend thread), with a cap on how many may wait, so a
// flood of log-ins or registrations cannot stall everything else.

#include "common/result.h"
#include "crypto/password_hasher.h"

#include <QObject>
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

    explicit PasswordWork(crypto::PasswordHasher hasher, int maxPending = 32);
    ~PasswordWork(); // waits for running hashes

    // Verifies `password` against `phc` (when `phc` is not empty) and hashes
    // `newPassword` (when not empty). `then` runs later on this thread.
    // Refused with "rate_limited" when too many are already waiting.
    Status run(const QString &password, const QString &phc, const QString &newPassword,
               std::function<void(Outcome)> then);
    const crypto::PasswordHasher &hasher() const { return m_hasher; }

private:
    crypto::PasswordHasher m_hasher;
    int m_maxPending;
    int m_pending = 0;
    QThreadPool m_pool;
    QObject m_context; // lives on the asking thread; results are queued to it
};

} // namespace azc::identity
