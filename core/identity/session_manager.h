#pragma once
// Sessions: 256-bit random tokens of which only the SHA-256 is stored,
// 30-day sliding expiry, listing, revocation and rotation. Also the
// gateway's SessionAuthority: every request re-reads its session here.

#include "common/clock.h"
#include "common/result.h"
#include "identity/user_directory.h"
#include "server/session_authority.h"

#include <QJsonArray>

namespace azc::notify { class EventBus; }

namespace azc::identity {

struct IssuedSession {
    QString sessionId;
    QString token; // shown to the client once, never stored
    QJsonObject session;
};

class SessionManager : public server::SessionAuthority
{
public:
    static constexpr qint64 kLifetimeMs = 30LL * 24 * 3600 * 1000;
    static constexpr qint64 kTouchEveryMs = 60 * 1000; // last_seen writes at most once a minute

    SessionManager(storage::Database &db, UserDirectory &users, notify::EventBus &bus, const Clock &clock);

    Result<IssuedSession> issue(const QString &userId, const QString &device);
    // The session a token belongs to, if it is live.
    Result<QString> sessionForToken(const QString &token);
    Result<QJsonObject> describe(const QString &sessionId, const QString &currentSessionId);
    Result<QJsonArray> list(const QString &userId, const QString &currentSessionId);
    Status revoke(const QString &userId, const QString &sessionId); // "not_found" if not theirs
    Result<int> revokeAllExcept(const QString &userId, const QString &keepSessionId);
    // New tokens for every live session of the user: open sockets get
    // event.session.rotated; sessions without a socket are revoked.
    Status rotateAll(const QString &userId);

    Result<server::Caller> authorize(const QString &sessionId) override;

private:
    storage::Database &m_db;
    UserDirectory &m_users;
    notify::EventBus &m_bus;
    const Clock &m_clock;
};

} // namespace azc::identity
