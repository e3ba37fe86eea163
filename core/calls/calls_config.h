#pragma once
// Calls' settings: how long a call rings, how long a participant whose
// sockets all dropped keeps their place, and the TURN/STUN servers handed out.

#include <QByteArray>
#include <QStringList>

namespace azc::calls {

struct CallsConfig {
    int ringTimeoutMs = 45000;   // unanswered invitations become missed calls
    int dropGraceMs = 15000;     // a participant with no open socket this long leaves the call
    // "turn:host:port?transport=udp", "stun:host:port", …: STUN URLs are handed out as they are,
    // TURN ones with credentials from turnSecret (coturn's use-auth-secret). Empty: none.
    QStringList iceUrls;
    QByteArray turnSecret;       // coturn's static-auth-secret; empty: <secretsDir>/turn-secret if iceUrls has TURN
    int turnTtlSeconds = 600;    // how long handed-out TURN credentials stay valid
};

} // namespace azc::calls
