#include "identity/attempt_throttle.h"

#include <algorithm>

namespace azc::identity {

AttemptKey AttemptKey::login(const QString &username, const QString &sourceAddress)
{
    return {QStringLiteral("login:") + username.trimmed().toLower(),
            sourceAddress.isEmpty() ? QStringLiteral("local") : sourceAddress};
}

AttemptKey AttemptKey::session(const QString &userId, const QString &sessionId)
{
    return {QStringLiteral("account:") + userId, QStringLiteral("session:") + sessionId};
}

QString AttemptThrottle::keyText(const AttemptKey &key)
{
    return key.subject + QLatin1Char('\n') + key.source;
}

Status AttemptThrottle::check(const AttemptKey &key) const
{
    const auto it = m_entries.constFind(keyText(key));
    const qint64 now = m_clock.nowMs();
    if (it == m_entries.cend() || it->waitUntilMs <= now)
        return okStatus();
    return fail("too_many_attempts", QStringLiteral("too many wrong attempts; try again later"),
                {{QStringLiteral("retryAfterMs"), it->waitUntilMs - now}});
}

void AttemptThrottle::failed(const AttemptKey &key)
{
    const qint64 now = m_clock.nowMs();
    if (m_entries.size() >= kMaxKeys)
        prune(now);
    Entry &e = m_entries[keyText(key)];
    e.failures += 1;
    e.lastFailureMs = now;
    if (e.failures >= kFreeFailures) {
        const int doublings = std::min(e.failures - kFreeFailures, 7); // 30 s · 2^7 > 1 h
        e.waitUntilMs = now + std::min(kFirstWaitMs << doublings, kLongestWaitMs);
        if (e.failures == kFreeFailures && onBackoff)
            onBackoff(key, e.failures);
    }
}

void AttemptThrottle::succeeded(const AttemptKey &key)
{
    m_entries.remove(keyText(key));
}

void AttemptThrottle::prune(qint64 now)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->waitUntilMs <= now && now - it->lastFailureMs > kForgetAfterMs)
            it = m_entries.erase(it);
        else
            ++it;
    }
    // Still full (a flood of fresh keys): drop the quiet half, oldest first.
    if (m_entries.size() >= kMaxKeys) {
        QList<qint64> ages;
        ages.reserve(m_entries.size());
        for (const Entry &e : std::as_const(m_entries))
            ages.append(e.lastFailureMs);
        std::nth_element(ages.begin(), ages.begin() + ages.size() / 2, ages.end());
        const qint64 median = ages.at(ages.size() / 2);
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (it->lastFailureMs <= median && it->waitUntilMs <= now)
                it = m_entries.erase(it);
            else
                ++it;
        }
    }
}

} // namespace azc::identity
