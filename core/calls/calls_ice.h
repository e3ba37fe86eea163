#pragma once
// The ICE servers a client gets for one call: STUN as configured and TURN with
// short-lived credentials in coturn's REST-API scheme (use-auth-secret):
// username "<unix expiry>:<userId>", credential base64(HMAC-SHA1(secret, username)).
// The shared secret stays on the server; a credential dies after its TTL.

#include <QByteArray>
#include <QJsonArray>
#include <QStringList>

namespace azc::calls {

struct TurnCredential {
    QString username;
    QString credential;
};

TurnCredential turnCredential(const QByteArray &secret, const QString &userId, qint64 expiresAtSeconds);

// [{urls: [stun…]}, {urls: [turn…], username, credential}] — empty parts left out.
QJsonArray iceServers(const QStringList &urls, const QByteArray &secret, const QString &userId, qint64 nowMs,
                      int ttlSeconds);

} // namespace azc::calls
