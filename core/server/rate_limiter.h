#pragma once
// Token buckets keyed by string ("conn:12:write", "user:abc:read"). A
// request takes one token; buckets refill continuously. Time is passed in so
// tests are exact.

#include <QHash>
#include <QString>

namespace azc::server {

struct BucketPolicy {
    qint64 ratePerSecond;
    qint64 burst;
};

class RateLimiter
{
public:
    // Returns 0 when allowed, else the milliseconds until one token is back.
    qint64 take(const QString &key, const BucketPolicy &policy, qint64 nowMs);
    void forgetPrefix(const QString &prefix); // a connection closed
    int size() const { return int(m_buckets.size()); }

private:
    // Integer milli-tokens: refill per millisecond is exactly ratePerSecond.
    struct Bucket {
        qint64 milliTokens;
        qint64 updatedMs;
    };
    QHash<QString, Bucket> m_buckets;
};

} // namespace azc::server
