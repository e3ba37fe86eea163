#pragma once
// Back-off for guessed secrets (passwords, TOTP and recovery codes), kept per
// subject *and* source, so that wrong guesses slow down whoever makes them
// and nobody else:
//  - log-in: subject "login:<username>" (whether or not the account exists,
//    so the answer never tells which usernames do), source = the client's
//    address (an IPv6 /64 counts as one address);
//  - inside a session (money calls, turning 2FA off, changing the password):
//    subject "account:<userId>", source "session:<sessionId>" — only whoever
//    holds that session is slowed down; a stolen token cannot lock the owner.
// After five wrong guesses the key waits 30 s; each further wrong guess
// doubles the wait, up to one hour. A right guess clears the key.
// There is no permanent lock and no unlock step: the owner, from their own
// address or session, is never behind somebody else's failures.
// The state is in memory (like the gateway's rate limits): a restart forgets
// it, which gives an attacker five more guesses per restart.

#include "common/clock.h"
#include "common/result.h"

#include <QHash>
#include <QString>
#include <functional>

namespace azc::identity {

struct AttemptKey {
    QString subject;
    QString source;

    static AttemptKey login(const QString &username, const QString &sourceAddress);
    static AttemptKey session(const QString &userId, const QString &sessionId);
};

class AttemptThrottle
{
public:
    static constexpr int kFreeFailures = 5;
    static constexpr qint64 kFirstWaitMs = 30 * 1000;
    static constexpr qint64 kLongestWaitMs = 60 * 60 * 1000;
    static constexpr qint64 kForgetAfterMs = 24 * 60 * 60 * 1000;
    static constexpr int kMaxKeys = 200000; // older quiet keys are dropped first

    explicit AttemptThrottle(const Clock &clock) : m_clock(clock) {}

    // "too_many_attempts" with retryAfterMs while the key waits.
    Status check(const AttemptKey &key) const;
    void failed(const AttemptKey &key);
    void succeeded(const AttemptKey &key);
    int size() const { return int(m_entries.size()); }

    // Called when a key starts waiting (its fifth failure), e.g. to tell the
    // account's owner that someone is guessing.
    std::function<void(const AttemptKey &key, int failures)> onBackoff;

private:
    struct Entry {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 waitUntilMs = 0;
    };
    static QString keyText(const AttemptKey &key);
    void prune(qint64 now);

    const Clock &m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace azc::identity
