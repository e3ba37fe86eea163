#include "audit/audit_log.h"

#include "crypto/digest.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace azc::audit {

namespace {

const QString kGenesis = QString(64, QLatin1Char('0'));

} // namespace

AuditLog::AuditLog(storage::Database &db, const Clock &clock, QByteArray hmacKey)
    : m_db(db), m_clock(clock), m_key(std::move(hmacKey))
{
}

QByteArray AuditLog::rowHash(const QString &prev, qint64 seq, qint64 at, const QString &actor, const QString &action,
                             const QString &target, const QString &details) const
{
    // Length-prefixed fields: no two different rows serialise the same way.
    QByteArray material;
    for (const QString &field : {prev, QString::number(seq), QString::number(at), actor, action, target, details}) {
        const QByteArray utf8 = field.toUtf8();
        material += QByteArray::number(utf8.size()) + ':' + utf8;
    }
    return crypto::hmac(crypto::HmacAlgorithm::Sha256, m_key, material).toHex();
}

QList<storage::Migration> AuditLog::migrations()
{
    return {{1, QStringLiteral("audit log"),
             {QStringLiteral("CREATE TABLE audit_log (seq BIGINT PRIMARY KEY, at BIGINT NOT NULL,"
                             " actor_id TEXT NOT NULL, action TEXT NOT NULL, target_id TEXT NOT NULL,"
                             " details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
              // The head remembers the newest row, so removing rows from the
              // end is caught too, not only gaps and edits in the middle.
              QStringLiteral("CREATE TABLE audit_head (id INTEGER PRIMARY KEY, seq BIGINT NOT NULL, hash TEXT NOT NULL)")}}};
}

Result<AuditLog::Link> AuditLog::readLink(const QString &sql)
{
    auto q = m_db.exec(sql);
    if (!q)
        return q.error();
    if (!q.value().next())
        return Link{0, kGenesis}; // an empty log starts from the genesis hash
    return Link{q.value().value(0).toLongLong(), q.value().value(1).toString()};
}

Status AuditLog::record(const QString &actorId, const QString &action, const QString &targetId,
                        const QJsonObject &details)
{
    storage::Transaction tx(m_db);
    // Chain from the head, and refuse to write when the newest row disagrees
    // with it: appending would otherwise paper over rows cut off the end.
    auto last = readLink(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    auto head = readLink(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    if (head->seq != last->seq || head->hash != last->hash) {
        qCritical("audit log: the newest row (%lld) does not match the head (%lld); refusing to append",
                  static_cast<long long>(last->seq), static_cast<long long>(head->seq));
        return Error::make(QStringLiteral("audit_broken"), QStringLiteral("the audit log was tampered with"));
    }
    const qint64 seq = head->seq + 1;
    const QString prev = head->hash;
    const qint64 at = m_clock.nowMs();
    const QString detailText = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    const QString hash = QString::fromLatin1(rowHash(prev, seq, at, actorId, action, targetId, detailText));
    auto ins = m_db.exec(QStringLiteral("INSERT INTO audit_log (seq, at, actor_id, action, target_id, details,"
                                        " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {seq, at, actorId, action, targetId, detailText, prev, hash});
    if (!ins)
        return ins.error();
    auto moved = m_db.exec(QStringLiteral("INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?)"
                                          " ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"),
                           {seq, hash});
    if (!moved)
        return moved.error();
    return tx.commit();
}

Result<QJsonObject> AuditLog::page(int offset, int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT a.seq, a.at, a.actor_id, a.action, a.target_id, a.details,"
                                      " COALESCE(u.username, a.actor_id) FROM audit_log a"
                                      " LEFT JOIN users u ON u.id = a.actor_id ORDER BY a.seq DESC LIMIT ? OFFSET ?"),
                       {limit, offset});
    if (!q)
        return q.error();
    QJsonArray entries;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        entries.append(QJsonObject{{QStringLiteral("seq"), r.value(0).toLongLong()},
                                   {QStringLiteral("at"), r.value(1).toLongLong()},
                                   {QStringLiteral("actorId"), r.value(2).toString()},
                                   {QStringLiteral("action"), r.value(3).toString()},
                                   {QStringLiteral("targetId"), r.value(4).toString()},
                                   {QStringLiteral("details"), QJsonDocument::fromJson(r.value(5).toByteArray()).object()},
                                   {QStringLiteral("actorName"), r.value(6).toString()}});
    }
    auto total = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    if (!total)
        return total.error();
    return QJsonObject{{QStringLiteral("entries"), entries}, {QStringLiteral("total"), total.value().toLongLong()}};
}

Result<VerifyReport> AuditLog::verify()
{
    auto q = m_db.exec(QStringLiteral("SELECT seq, at, actor_id, action, target_id, details, prev_hash, hash"
                                      " FROM audit_log ORDER BY seq"));
    if (!q)
        return q.error();
    VerifyReport report;
    QString prev = kGenesis;
    qint64 expectedSeq = 1;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        const qint64 seq = r.value(0).toLongLong();
        ++report.rows;
        auto broken = [&](const QString &problem) {
            report.intact = false;
            report.firstBadSeq = seq;
            report.problem = problem;
            return report;
        };
        if (seq != expectedSeq)
            return broken(QStringLiteral("row %1 is missing").arg(expectedSeq));
        if (r.value(6).toString() != prev)
            return broken(QStringLiteral("row %1 does not follow the row before it").arg(seq));
        const QString hash = QString::fromLatin1(rowHash(prev, seq, r.value(1).toLongLong(), r.value(2).toString(),
                                                         r.value(3).toString(), r.value(4).toString(),
                                                         r.value(5).toString()));
        if (hash != r.value(7).toString())
            return broken(QStringLiteral("row %1 was changed").arg(seq));
        prev = hash;
        ++expectedSeq;
    }
    auto head = readLink(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    const qint64 headSeq = head->seq;
    const QString headHash = head->hash;
    if (headSeq != expectedSeq - 1 || headHash != prev) {
        report.intact = false;
        report.firstBadSeq = expectedSeq;
        report.problem = QStringLiteral("rows after %1 are missing (the log ended at %2)").arg(expectedSeq - 1).arg(headSeq);
    }
    return report;
}

} // namespace azc::audit
