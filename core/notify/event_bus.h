#pragma once
// core/notify: the one notification bus. Domain services publish here;
// the gateway delivers to the sockets of a user or a session. Later a Redis
// bridge subscribes to the same signals to fan events out across nodes.

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace azc::notify {

class EventBus : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // `event` is the full push name, e.g. "event.kyc.decided".
    void publishToUser(const QString &userId, const QString &event, const QJsonObject &params)
    { Q_EMIT userEvent(userId, event, params); }
    // The same event to many users (a conversation's members): encoded once for all.
    void publishToUsers(const QStringList &userIds, const QString &event, const QJsonObject &params)
    { Q_EMIT usersEvent(userIds, event, params); }
    void publishToSession(const QString &sessionId, const QString &event, const QJsonObject &params)
    { Q_EMIT sessionEvent(sessionId, event, params); }
    // The same event to many sessions (market data): encoded once for all.
    void publishToSessions(const QStringList &sessionIds, const QString &event, const QJsonObject &params)
    { Q_EMIT sessionsEvent(sessionIds, event, params); }
    // Every signed-in socket (announcements such as a new proof-of-reserves snapshot).
    void publishToEveryone(const QString &event, const QJsonObject &params) { Q_EMIT broadcastEvent(event, params); }
    // Sessions that ended (log-out, revoke, freeze): their sockets close.
    void endSessions(const QStringList &sessionIds) { Q_EMIT sessionsEnded(sessionIds); }
    // The gateway's word that a session's first socket opened (online) or its last one closed:
    // a call participant whose sockets all dropped is in another socket's hands or gone.
    void reportSessionPresence(const QString &sessionId, const QString &userId, bool online)
    { Q_EMIT sessionPresenceChanged(sessionId, userId, online); }

Q_SIGNALS:
    void userEvent(const QString &userId, const QString &event, const QJsonObject &params);
    void usersEvent(const QStringList &userIds, const QString &event, const QJsonObject &params);
    void sessionEvent(const QString &sessionId, const QString &event, const QJsonObject &params);
    void sessionsEvent(const QStringList &sessionIds, const QString &event, const QJsonObject &params);
    void sessionsEnded(const QStringList &sessionIds);
    void sessionPresenceChanged(const QString &sessionId, const QString &userId, bool online);
    void broadcastEvent(const QString &event, const QJsonObject &params);
};

} // namespace azc::notify
