#pragma once
// core/audit: the append-only log of privileged actions. Each row carries
// an HMAC-SHA256 (keyed by a file outside the database) of the previous
// row's hash and its own content, so changing or removing a row breaks the
// chain at that point, which verify() reports — and someone who can only
// write the database cannot recompute the chain.

#include "common/clock.h"
#include "common/result.h"

#include <QJsonObject>

namespace azc::storage { class Database; struct Migration; }

namespace azc::audit {

struct VerifyReport {
    bool intact = true;
    qint64 rows = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem;
};

class AuditLog
{
public:
    AuditLog(storage::Database &db, const Clock &clock, QByteArray hmacKey);
    static QList<storage::Migration> migrations();

    // Appends inside the caller's transaction when there is one, so the
    // action and its record commit together.
    Status record(const QString &actorId, const QString &action, const QString &targetId,
                  const QJsonObject &details = {});
    Result<QJsonObject> page(int offset, int limit);
    Result<VerifyReport> verify();

private:
    struct Link {
        qint64 seq;
        QString hash;
    };
    // (seq, hash) of the one row `sql` selects: the newest row or the head.
    Result<Link> readLink(const QString &sql);
    QByteArray rowHash(const QString &prev, qint64 seq, qint64 at, const QString &actor, const QString &action,
                       const QString &target, const QString &details) const;
    storage::Database &m_db;
    const Clock &m_clock;
    QByteArray m_key;
};

} // namespace azc::audit
