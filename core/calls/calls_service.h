#pragma once
// Calls between the members of a chat (docs/protocol.md, "Calls"). The server
// is only the switchboard: it rings every socket of the people called, binds
// each participant to the one session that answered, relays SDP and ICE
// candidates between joined participants only, ends calls that nobody answers
// or whose participants vanished, and keeps the record (a row per call and per
// participant, and a bubble in the chat once it ends). Media flows between the
// clients (WebRTC, DTLS-SRTP), through TURN when they cannot reach each other.
//
// Live calls are held in memory (the signalling hot path reads no database);
// every change is written through to the calls tables before it is pushed.

#include "calls/calls_config.h"
#include "common/clock.h"
#include "common/result.h"
#include "storage/database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>

namespace azc::identity { class UserDirectory; }
namespace azc::messaging { class MessagingService; }
namespace azc::notify { class EventBus; class NotificationService; }

namespace azc::calls {

struct CallsServices {
    storage::Database &db;
    identity::UserDirectory &users;
    messaging::MessagingService &messaging;
    notify::NotificationService &notifications;
    notify::EventBus &bus;
    const Clock &clock;
};

// Who asks, and over which session (a participant is joined from exactly one).
struct Caller {
    QString userId;
    QString sessionId;
};

class CallsService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxParticipants = 4;
    static constexpr int kMaxSdp = 32768;

    CallsService(CallsServices services, CallsConfig config, QObject *parent = nullptr);
    static QList<storage::Migration> migrations();

    // Calls left open by a previous run end now (their sockets are gone).
    Status recover();

    Result<QJsonObject> iceServersFor(const QString &userId) const;
    Result<QJsonObject> start(const Caller &who, const QString &conversationId, bool video, const QStringList &userIds,
                              const QString &clientKey);
    Result<QJsonObject> accept(const Caller &who, const QString &callId);
    Result<QJsonObject> decline(const Caller &who, const QString &callId);
    Result<QJsonObject> hangup(const Caller &who, const QString &callId);
    Result<QJsonObject> hold(const Caller &who, const QString &callId, bool held);
    Result<QJsonObject> setMedia(const Caller &who, const QString &callId, bool audio, bool video, bool screen);
    Result<QJsonObject> signal(const Caller &who, const QString &callId, const QString &toUserId,
                               const QJsonObject &message);
    Result<QJsonObject> get(const QString &userId, const QString &callId);
    Result<QJsonObject> active(const QString &userId);
    Result<QJsonObject> history(const QString &userId, qint64 before, int limit);

    // A session's first socket opened (online) or its last one closed.
    void sessionPresence(const QString &sessionId, bool online);

    int liveCallCount() const { return int(m_live.size()); }

private:
    struct Participant {
        QString userId;
        QString state; // invited, joined, left, declined, missed, busy
        QString sessionId;
        qint64 joinedAt = 0, leftAt = 0;
        bool held = false, audio = true, video = false, screen = false;
    };
    struct Call {
        QString id, conversationId, kind, initiatorId, clientKey;
        bool video = false;
        QString state = QStringLiteral("ringing"), outcome;
        qint64 createdAt = 0, answeredAt = 0, endedAt = 0;
        QString messageId;
        QList<Participant> participants;

        Participant *find(const QString &userId);
        const Participant *find(const QString &userId) const;
        int count(const QString &participantState) const;
    };

    // calls_lifecycle.cpp
    struct Mine {
        Call *call;
        Participant *me;
    };
    Result<Call *> liveFor(const QString &userId, const QString &callId);
    // The live call, with `who` ringing in it (accept, decline) or joined from this session (the rest).
    Result<Mine> ringingFor(const Caller &who, const QString &callId);
    Result<Mine> joinedIn(const Caller &who, const QString &callId);
    // The user's joined calls that are not on hold, other than `exceptCallId`.
    bool inUnheldCall(const QString &userId, const QString &exceptCallId) const;
    Status leave(Call &call, Participant &p, const QString &newState);
    // Ends the call when nobody is left to talk to or to ring.
    Result<QJsonObject> settle(Call &call); // the call as it is now (pushed)
    Result<QJsonObject> end(Call &call, const QString &outcome); // the final call; `call` is gone after it
    void ringTimeout(const QString &callId);
    void dropTimeout(const QString &sessionId, quint64 drop);

    // calls_records.cpp
    Status insertCall(const Call &call);
    Status saveCall(const Call &call);
    Status saveParticipant(const Call &call, const Participant &p);
    Result<QList<Call>> storedCalls(const QString &where, const QVariantList &params, int limit);
    QJsonObject callJson(const Call &call);
    QJsonObject partyJson(const QString &userId);
    QJsonObject withIce(const QJsonObject &call, const QString &userId) const;
    QJsonArray iceFor(const QString &userId) const; // fresh credentials for one user
    QString displayName(const QString &userId);
    Result<QJsonObject> publish(const Call &call);
    void postBubble(Call &call);
    void notifyMissed(const Call &call, const Participant &p);

    storage::Database &m_db;
    identity::UserDirectory &m_users;
    messaging::MessagingService &m_messaging;
    notify::NotificationService &m_notifications;
    notify::EventBus &m_bus;
    const Clock &m_clock;
    CallsConfig m_config;
    QHash<QString, Call> m_live;          // calls not ended, by id
    // Joined sessions with no socket, waiting out the grace: the drop's number, so a timer from an
    // earlier drop (the session came back and dropped again) does not cut the new grace short.
    QHash<QString, quint64> m_offlineSessions;
    quint64 m_drops = 0;
    QHash<QString, QJsonObject> m_parties; // per request
};

} // namespace azc::calls
