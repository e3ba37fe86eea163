#include "server/rate_limiter.h"

#include <algorithm>

namespace azc::server {

qint64 RateLimiter::take(const QString &key, const BucketPolicy &policy, qint64 nowMs)
{
    constexpr qint64 kToken = 1000;
    const qint64 full = policy.burst * kToken;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{full, nowMs});
    Bucket &b = *it;
    const qint64 elapsed = std::max<qint64>(0, nowMs - b.updatedMs);
    b.milliTokens = std::min(full, b.milliTokens + elapsed * policy.ratePerSecond);
    b.updatedMs = nowMs;
    if (b.milliTokens >= kToken) {
        b.milliTokens -= kToken;
        return 0;
    }
    return (kToken - b.milliTokens + policy.ratePerSecond - 1) / policy.ratePerSecond;
}

void RateLimiter::forgetPrefix(const QString &prefix)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (it.key().startsWith(prefix))
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace azc::server
