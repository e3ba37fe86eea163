#include "server/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace azc::server {

qint64 RateLimiter::take(const QString &key, const BucketPolicy &policy, qint64 nowMs)
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{policy.burst, nowMs});
    Bucket &b = *it;
    const double elapsed = std::max<qint64>(0, nowMs - b.updatedMs) / 1000.0;
    b.tokens = std::min(policy.burst, b.tokens + elapsed * policy.ratePerSecond);
    b.updatedMs = nowMs;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    return static_cast<qint64>(std::ceil((1.0 - b.tokens) / policy.ratePerSecond * 1000.0));
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
