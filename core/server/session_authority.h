#pragma once
// What the gateway asks the identity domain about a connection's session.
// An interface so the gateway does not depend on identity's tables.

#include "common/result.h"
#include "server/call_context.h"

namespace azc::server {

class SessionAuthority
{
public:
    virtual ~SessionAuthority() = default;
    // The current state of a session's account; error "invalid_session" when
    // it is revoked, expired or unknown.
    virtual Result<Caller> authorize(const QString &sessionId) = 0;
    // Sessions with at least one open socket (for token rotation).
    std::function<bool(const QString &sessionId)> isSessionLive;
    // Users with at least one signed-in socket (presence), from the gateway's memory.
    std::function<bool(const QString &userId)> isUserOnline;
};

} // namespace azc::server
