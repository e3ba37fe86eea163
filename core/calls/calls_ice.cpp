#include "calls/calls_ice.h"

#include "crypto/digest.h"

#include <QJsonObject>

namespace azc::calls {

TurnCredential turnCredential(const QByteArray &secret, const QString &userId, qint64 expiresAtSeconds)
{
    const QString username = QString::number(expiresAtSeconds) + QLatin1Char(':') + userId;
    const QByteArray mac = crypto::hmac(crypto::HmacAlgorithm::Sha1, secret, username.toUtf8());
    return {username, QString::fromLatin1(mac.toBase64())};
}

QJsonArray iceServers(const QStringList &urls, const QByteArray &secret, const QString &userId, qint64 nowMs,
                      int ttlSeconds)
{
    QJsonArray stun, turn;
    for (const QString &url : urls) {
        if (url.startsWith(QLatin1String("stun:")) || url.startsWith(QLatin1String("stuns:")))
            stun.append(url);
        else if (url.startsWith(QLatin1String("turn:")) || url.startsWith(QLatin1String("turns:")))
            turn.append(url);
    }
    QJsonArray servers;
    if (!stun.isEmpty())
        servers.append(QJsonObject{{QStringLiteral("urls"), stun}});
    if (!turn.isEmpty() && !secret.isEmpty()) {
        const TurnCredential c = turnCredential(secret, userId, nowMs / 1000 + ttlSeconds);
        servers.append(QJsonObject{{QStringLiteral("urls"), turn},
                                   {QStringLiteral("username"), c.username},
                                   {QStringLiteral("credential"), c.credential}});
    }
    return servers;
}

} // namespace azc::calls
