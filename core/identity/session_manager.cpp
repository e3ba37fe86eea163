#include "identity/session_manager.h"

#include "crypto/digest.h"
#include "crypto/secure_random.h"
#include "notify/event_bus.h"
#include "storage/database.h"

namespace azc::identity {

namespace {

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(crypto::sha256Hex(token.toUtf8()));
}

const QString kSessionSelect =
    QStringLiteral("SELECT id, device, created_at, last_seen_at, expires_at FROM sessions");

// The protocol's Session object from a kSessionSelect row.
QJsonObject sessionFromRow(const QSqlQuery &r, const QString &currentSessionId)
{
    return {{QStringLiteral("id"), r.value(0).toString()},
            {QStringLiteral("device"), r.value(1).toString()},
            {QStringLiteral("createdAt"), r.value(2).toLongLong()},
            {QStringLiteral("lastSeenAt"), r.value(3).toLongLong()},
            {QStringLiteral("expiresAt"), r.value(4).toLongLong()},
            {QStringLiteral("current"), r.value(0).toString() == currentSessionId}};
}

Error invalidSession()
{
    return Error::make(QStringLiteral("invalid_session"), QStringLiteral("the session has ended; sign in again"));
}

} // namespace

SessionManager::SessionManager(storage::Database &db, UserDirectory &users, notify::EventBus &bus,
                               const Clock &clock)
    : m_db(db), m_users(users), m_bus(bus), m_clock(clock)
{
}

Result<IssuedSession> SessionManager::issue(const QString &userId, const QString &device)
{
    IssuedSession s;
    s.sessionId = crypto::randomId();
    s.token = crypto::randomToken();
    const qint64 now = m_clock.nowMs();
    auto r = m_db.exec(QStringLiteral("INSERT INTO sessions (id, user_id, token_hash, device, created_at, last_seen_at,"
                                      " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {s.sessionId, userId, tokenHash(s.token), device.isEmpty() ? QStringLiteral("unknown") : device,
                        now, now, now + kLifetimeMs});
    if (!r)
        return r.error();
    auto d = describe(s.sessionId, s.sessionId);
    if (!d)
        return d.error();
    s.session = d.value();
    return s;
}

Result<QString> SessionManager::sessionForToken(const QString &token)
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM sessions WHERE token_hash = ? AND revoked_at IS NULL"
                                      " AND expires_at > ?"),
                       {tokenHash(token), m_clock.nowMs()});
    if (!q)
        return q.error();
    if (!q.value().next())
        return invalidSession();
    return q.value().value(0).toString();
}

Result<QJsonObject> SessionManager::describe(const QString &sessionId, const QString &currentSessionId)
{
    auto q = m_db.exec(kSessionSelect + QStringLiteral(" WHERE id = ?"), {sessionId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(QStringLiteral("not_found"), QStringLiteral("no such session"));
    return sessionFromRow(q.value(), currentSessionId);
}

Result<QJsonArray> SessionManager::list(const QString &userId, const QString &currentSessionId)
{
    auto q = m_db.exec(kSessionSelect + QStringLiteral(" WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ?"
                                                       " ORDER BY last_seen_at DESC"),
                       {userId, m_clock.nowMs()});
    if (!q)
        return q.error();
    QJsonArray out;
    while (q.value().next())
        out.append(sessionFromRow(q.value(), currentSessionId));
    return out;
}

Status SessionManager::revoke(const QString &userId, const QString &sessionId)
{
    auto q = m_db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ? AND user_id = ?"
                                      " AND revoked_at IS NULL"),
                       {m_clock.nowMs(), sessionId, userId});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return Error::make(QStringLiteral("not_found"), QStringLiteral("no such session"));
    m_db.afterCommit([bus = &m_bus, sessionId] { bus->endSessions({sessionId}); });
    return okStatus();
}

Result<int> SessionManager::revokeAllExcept(const QString &userId, const QString &keepSessionId)
{
    auto ids = m_db.exec(QStringLiteral("SELECT id FROM sessions WHERE user_id = ? AND id <> ? AND revoked_at IS NULL"),
                         {userId, keepSessionId});
    if (!ids)
        return ids.error();
    QStringList ended;
    while (ids.value().next())
        ended.append(ids.value().value(0).toString());
    auto q = m_db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND id <> ?"
                                      " AND revoked_at IS NULL"),
                       {m_clock.nowMs(), userId, keepSessionId});
    if (!q)
        return q.error();
    m_db.afterCommit([bus = &m_bus, ended] { bus->endSessions(ended); });
    return int(ended.size());
}

Status SessionManager::rotateAll(const QString &userId)
{
    auto ids = m_db.exec(QStringLiteral("SELECT id FROM sessions WHERE user_id = ? AND revoked_at IS NULL"), {userId});
    if (!ids)
        return ids.error();
    QStringList sessionIds;
    while (ids.value().next())
        sessionIds.append(ids.value().value(0).toString());
    for (const QString &sessionId : sessionIds) {
        if (isSessionLive && isSessionLive(sessionId)) {
            const QString token = crypto::randomToken();
            auto u = m_db.exec(QStringLiteral("UPDATE sessions SET token_hash = ? WHERE id = ?"), {tokenHash(token), sessionId});
            if (!u)
                return u.error();
            m_db.afterCommit([bus = &m_bus, sessionId, token] {
                bus->publishToSession(sessionId, QStringLiteral("event.session.rotated"), {{QStringLiteral("token"), token}});
            });
        } else {
            auto u = m_db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ?"), {m_clock.nowMs(), sessionId});
            if (!u)
                return u.error();
        }
    }
    return okStatus();
}

Result<server::Caller> SessionManager::authorize(const QString &sessionId)
{
    const qint64 now = m_clock.nowMs();
    // Prepared once: this runs for every request.
    auto q = m_db.execPrepared(QStringLiteral("SELECT user_id, last_seen_at FROM sessions WHERE id = ? AND revoked_at IS NULL"
                                              " AND expires_at > ?"),
                               {sessionId, now});
    if (!q)
        return q.error();
    QSqlQuery &row = *q.value();
    if (!row.next()) {
        row.finish();
        return invalidSession();
    }
    const QString userId = row.value(0).toString();
    const qint64 lastSeen = row.value(1).toLongLong();
    row.finish();
    if (now - lastSeen > kTouchEveryMs) {
        auto t = m_db.exec(QStringLiteral("UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE id = ?"),
                           {now, now + kLifetimeMs, sessionId});
        if (!t)
            return t.error();
    }
    auto user = m_users.require(userId);
    if (!user)
        return invalidSession();
    return server::Caller{user->id, user->username, sessionId, user->role, user->kycTier, user->frozen};
}

} // namespace azc::identity
