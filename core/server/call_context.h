#pragma once
// What a handler knows about who is calling and over which connection.

#include "common/result.h"
#include "server/role.h"

#include <QHostAddress>
#include <QString>
#include <functional>
#include <optional>

namespace azc::server {

// The signed-in account behind a connection, re-read from storage on every
// request so a freeze, role change or revocation takes effect at once.
struct Caller {
    QString userId;
    QString username;
    QString sessionId;
    Role role = Role::User;
    int kycTier = 0;
    bool frozen = false;
};

struct CallContext {
    std::optional<Caller> caller;
    QString connectionId;
    QHostAddress peerAddress; // the client's address (behind a trusted proxy: the one it forwarded)
    // The address as per-address limits count it: an IPv4 address, or the
    // /64 network of an IPv6 one (one host usually owns a whole /64).
    QString source;
    QString userAgent;
    // Binds a session to this connection (auth.login / auth.resume). The
    // gateway refuses it when the account already has too many sockets.
    std::function<Status(const QString &sessionId, const QString &userId)> bindSession;

    const Caller &user() const { return *caller; } // only for methods whose role is above public
};

} // namespace azc::server
