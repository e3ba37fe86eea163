#include "calls/calls_service.h"

#include "calls/calls_ice.h"
#include "crypto/secure_random.h"
#include "identity/user_directory.h"
#include "messaging/messaging_service.h"

#include <QTimer>

namespace azc::calls {

namespace {

Error callNotFound()
{
    return fail("not_found", QStringLiteral("no such call"), {{QStringLiteral("field"), QStringLiteral("callId")}});
}

// A method's answer: {call}.
Result<QJsonObject> asAnswer(const Result<QJsonObject> &call)
{
    if (!call)
        return call.error();
    return QJsonObject{{QStringLiteral("call"), call.value()}};
}

Error callState(const QString &detail, const QString &message)
{
    return fail("invalid_state", message, {{QStringLiteral("detail"), detail}});
}

} // namespace

CallsService::CallsService(CallsServices s, CallsConfig config, QObject *parent)
    : QObject(parent), m_db(s.db), m_users(s.users), m_messaging(s.messaging), m_notifications(s.notifications),
      m_bus(s.bus), m_clock(s.clock), m_config(std::move(config))
{
}

QList<storage::Migration> CallsService::migrations()
{
    return {{1, QStringLiteral("calls and their participants"),
             {QStringLiteral("CREATE TABLE calls (id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, kind TEXT NOT NULL,"
                             " initiator_id TEXT NOT NULL, video INTEGER NOT NULL, state TEXT NOT NULL, outcome TEXT NOT NULL,"
                             " client_key TEXT NOT NULL, message_id TEXT NOT NULL, created_at BIGINT NOT NULL,"
                             " answered_at BIGINT NOT NULL, ended_at BIGINT NOT NULL)"),
              // A repeat of calls.start with the same key answers the first call.
              QStringLiteral("CREATE UNIQUE INDEX calls_client_key ON calls (initiator_id, client_key) WHERE client_key <> ''"),
              QStringLiteral("CREATE INDEX calls_open ON calls (state)"),
              QStringLiteral("CREATE TABLE call_participants (call_id TEXT NOT NULL, user_id TEXT NOT NULL, state TEXT NOT NULL,"
                             " joined_at BIGINT NOT NULL, left_at BIGINT NOT NULL, PRIMARY KEY (call_id, user_id))"),
              QStringLiteral("CREATE INDEX call_participants_user ON call_participants (user_id, call_id)")}}};
}

Result<QJsonObject> CallsService::iceServersFor(const QString &userId) const
{
    return QJsonObject{{QStringLiteral("iceServers"), iceFor(userId)}, {QStringLiteral("ttlSeconds"), m_config.turnTtlSeconds}};
}

Result<QJsonObject> CallsService::start(const Caller &who, const QString &conversationId, bool video,
                                        const QStringList &userIds, const QString &clientKey)
{
    m_parties.clear();
    if (!clientKey.isEmpty()) {
        for (const Call &c : std::as_const(m_live))
            if (c.initiatorId == who.userId && c.clientKey == clientKey)
                return withIce(callJson(c), who.userId);
        auto stored = storedCalls(QStringLiteral("WHERE c.initiator_id = ? AND c.client_key = ?"), {who.userId, clientKey}, 1);
        if (!stored)
            return stored.error();
        if (!stored->isEmpty())
            return withIce(callJson(stored->first()), who.userId);
    }
    // Membership, and what kind of chat it is (messaging answers not_found / not_member).
    auto conversation = m_messaging.get(who.userId, conversationId);
    if (!conversation)
        return conversation.error();
    const QJsonObject chat = conversation->value(QStringLiteral("conversation")).toObject();
    const QString kind = chat.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("channel"))
        return fail("invalid_params", QStringLiteral("calls are made in direct chats and groups, not channels"),
                    {{QStringLiteral("field"), QStringLiteral("conversationId")}});
    if (inUnheldCall(who.userId, {}))
        return callState(QStringLiteral("in_call"), QStringLiteral("you are in another call: hang up or hold it first"));
    auto memberIds = m_messaging.members(conversationId);
    if (!memberIds)
        return memberIds.error();
    QStringList others = memberIds.value();
    others.removeAll(who.userId);
    QStringList callees;
    if (!userIds.isEmpty()) {
        for (const QString &id : userIds) {
            if (!others.contains(id))
                return fail("not_found", QStringLiteral("%1 is not a member of this chat").arg(id),
                            {{QStringLiteral("field"), QStringLiteral("userIds")}});
            if (!callees.contains(id))
                callees.append(id);
        }
    } else {
        callees = others;
    }
    if (callees.isEmpty())
        return callState(QStringLiteral("alone"), QStringLiteral("there is nobody else in this chat to call"));
    if (callees.size() > kMaxParticipants - 1)
        return callState(QStringLiteral("too_many"),
                         QStringLiteral("a call has at most %1 people: choose up to %2 to ring").arg(kMaxParticipants).arg(kMaxParticipants - 1));
    auto me = m_users.byId(who.userId);
    if (!me)
        return me.error();
    if (me.value() && me.value()->frozen)
        return callState(QStringLiteral("frozen"), QStringLiteral("a frozen account cannot make calls"));

    Call call;
    call.id = crypto::randomId();
    call.conversationId = conversationId;
    call.kind = kind == QLatin1String("direct") ? QStringLiteral("direct") : QStringLiteral("group");
    call.initiatorId = who.userId;
    call.clientKey = clientKey;
    call.video = video;
    call.createdAt = m_clock.nowMs();
    call.participants.append({who.userId, QStringLiteral("joined"), who.sessionId, call.createdAt, 0, false, true, video, false});
    for (const QString &id : std::as_const(callees)) {
        auto u = m_users.byId(id);
        if (!u)
            return u.error();
        // A frozen account cannot take calls; someone in an unheld call is busy.
        const bool frozen = !u.value() || u.value()->frozen;
        const QString state = frozen || inUnheldCall(id, {}) ? QStringLiteral("busy") : QStringLiteral("invited");
        call.participants.append({id, state, QString(), 0, 0, false, false, false, false});
    }
    storage::Transaction tx(m_db);
    if (Status s = insertCall(call); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Call &live = m_live.insert(call.id, call).value();
    QJsonObject answer;
    if (live.count(QStringLiteral("invited")) == 0) {
        // Everyone called is busy: the call is over before it rang.
        for (const Participant &p : std::as_const(live.participants))
            if (p.state == QLatin1String("busy"))
                notifyMissed(live, p);
        auto ended = end(live, QStringLiteral("busy"));
        if (!ended)
            return ended.error();
        answer = ended.value();
    } else {
        auto pushed = publish(live);
        if (!pushed)
            return pushed.error();
        answer = pushed.value();
        QTimer::singleShot(m_config.ringTimeoutMs, this, [this, id = call.id] { ringTimeout(id); });
    }
    return withIce(answer, who.userId);
}

QJsonObject CallsService::withIce(const QJsonObject &call, const QString &userId) const
{
    return {{QStringLiteral("call"), call}, {QStringLiteral("iceServers"), iceFor(userId)}};
}

QJsonArray CallsService::iceFor(const QString &userId) const
{
    return iceServers(m_config.iceUrls, m_config.turnSecret, userId, m_clock.nowMs(), m_config.turnTtlSeconds);
}

Result<QJsonObject> CallsService::accept(const Caller &who, const QString &callId)
{
    m_parties.clear();
    auto mine = ringingFor(who, callId);
    if (!mine)
        return mine.error();
    Call &call = *mine->call;
    Participant *me = mine->me;
    if (inUnheldCall(who.userId, call.id))
        return callState(QStringLiteral("in_call"), QStringLiteral("you are in another call: hang up or hold it first"));
    // The newcomer offers to everyone already joined (docs/protocol.md): no two
    // sides ever offer to each other at once.
    QJsonArray peers;
    for (const Participant &p : std::as_const(call.participants))
        if (p.state == QLatin1String("joined"))
            peers.append(p.userId);
    me->state = QStringLiteral("joined");
    me->sessionId = who.sessionId;
    me->joinedAt = m_clock.nowMs();
    me->audio = true; // until the page says otherwise (calls.media): nobody sees a mute icon meanwhile
    me->video = call.video;
    if (call.answeredAt == 0) {
        call.answeredAt = me->joinedAt;
        call.state = QStringLiteral("active");
    }
    storage::Transaction tx(m_db);
    if (Status s = saveParticipant(call, *me); !s)
        return s.error();
    if (Status s = saveCall(call); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    auto pushed = publish(call);
    if (!pushed)
        return pushed.error();
    QJsonObject answer = withIce(pushed.value(), who.userId);
    answer.insert(QStringLiteral("peers"), peers);
    return answer;
}

Result<QJsonObject> CallsService::decline(const Caller &who, const QString &callId)
{
    m_parties.clear();
    auto mine = ringingFor(who, callId);
    if (!mine)
        return mine.error();
    Call &call = *mine->call;
    if (Status s = leave(call, *mine->me, QStringLiteral("declined")); !s)
        return s.error();
    return asAnswer(settle(call));
}

Result<QJsonObject> CallsService::hangup(const Caller &who, const QString &callId)
{
    m_parties.clear();
    auto mine = joinedIn(who, callId);
    if (!mine)
        return mine.error();
    Call &call = *mine->call;
    Participant *me = mine->me;
    if (Status s = leave(call, *me, QStringLiteral("left")); !s)
        return s.error();
    return asAnswer(settle(call));
}

Result<QJsonObject> CallsService::hold(const Caller &who, const QString &callId, bool held)
{
    m_parties.clear();
    auto mine = joinedIn(who, callId);
    if (!mine)
        return mine.error();
    Call &call = *mine->call;
    Participant *me = mine->me;
    if (!held && inUnheldCall(who.userId, call.id))
        return callState(QStringLiteral("in_call"), QStringLiteral("hold or hang up your other call before resuming this one"));
    me->held = held;
    return asAnswer(publish(call));
}

Result<QJsonObject> CallsService::setMedia(const Caller &who, const QString &callId, bool audio, bool video, bool screen)
{
    m_parties.clear();
    auto mine = joinedIn(who, callId);
    if (!mine)
        return mine.error();
    Call &call = *mine->call;
    Participant *me = mine->me;
    me->audio = audio;
    me->video = video;
    me->screen = screen;
    return asAnswer(publish(call));
}

// The hot path of a call's set-up: no database, one push to one session.
Result<QJsonObject> CallsService::signal(const Caller &who, const QString &callId, const QString &toUserId,
                                         const QJsonObject &message)
{
    auto mine = joinedIn(who, callId);
    if (!mine)
        return mine.error();
    Call &call = *mine->call;
    const Participant *target = toUserId == who.userId ? nullptr : call.find(toUserId);
    if (!target || target->state != QLatin1String("joined") || target->sessionId.isEmpty())
        return callState(QStringLiteral("not_joined"), QStringLiteral("that participant is not in the call"));
    QJsonObject event = message;
    event.insert(QStringLiteral("callId"), call.id);
    event.insert(QStringLiteral("from"), who.userId);
    m_bus.publishToSession(target->sessionId, QStringLiteral("event.call.signal"), event);
    return QJsonObject{{QStringLiteral("delivered"), true}};
}

Result<QJsonObject> CallsService::get(const QString &userId, const QString &callId)
{
    m_parties.clear();
    if (auto it = m_live.find(callId); it != m_live.end()) {
        if (!it->find(userId))
            return callNotFound();
        return QJsonObject{{QStringLiteral("call"), callJson(*it)}};
    }
    auto stored = storedCalls(QStringLiteral("WHERE c.id = ? AND EXISTS (SELECT 1 FROM call_participants q"
                                             " WHERE q.call_id = c.id AND q.user_id = ?)"),
                              {callId, userId}, 1);
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return callNotFound();
    return QJsonObject{{QStringLiteral("call"), callJson(stored->first())}};
}

Result<QJsonObject> CallsService::active(const QString &userId)
{
    m_parties.clear();
    QList<const Call *> mine;
    for (const Call &c : std::as_const(m_live))
        if (const Participant *p = c.find(userId);
            p && (p->state == QLatin1String("invited") || p->state == QLatin1String("joined")))
            mine.append(&c);
    std::sort(mine.begin(), mine.end(), [](const Call *a, const Call *b) { return a->createdAt < b->createdAt; });
    QJsonArray calls;
    for (const Call *c : std::as_const(mine))
        calls.append(callJson(*c));
    return QJsonObject{{QStringLiteral("calls"), calls}};
}

Result<QJsonObject> CallsService::history(const QString &userId, qint64 before, int limit)
{
    m_parties.clear();
    auto stored = storedCalls(QStringLiteral("JOIN call_participants me ON me.call_id = c.id AND me.user_id = ?"
                                             " WHERE c.created_at < ?"),
                              {userId, before > 0 ? before : std::numeric_limits<qint64>::max()}, limit + 1);
    if (!stored)
        return stored.error();
    const bool more = stored->size() > limit;
    QJsonArray calls;
    for (int i = 0; i < std::min(int(stored->size()), limit); ++i) {
        const Call &c = stored->at(i);
        // A call still going is answered from memory (holds, media, who rings).
        calls.append(callJson(m_live.contains(c.id) ? m_live[c.id] : c));
    }
    return QJsonObject{{QStringLiteral("calls"), calls}, {QStringLiteral("hasMore"), more}};
}

} // namespace azc::calls
