// The calls tables, the Call object as the protocol shows it, pushes, the
// call bubble and missed-call notifications.
#include "calls/calls_service.h"

#include "identity/user_directory.h"
#include "messaging/messaging_service.h"
#include "notify/event_bus.h"
#include "notify/notification_service.h"

#include <QLoggingCategory>
#include <QSqlQuery>

namespace azc::calls {

namespace {

Q_LOGGING_CATEGORY(lcCalls, "azc.calls")

QVariant msOrZero(qint64 ms) { return ms; }

QJsonValue msOrNull(qint64 ms) { return ms > 0 ? QJsonValue(ms) : QJsonValue(QJsonValue::Null); }

} // namespace

Status CallsService::insertCall(const Call &call)
{
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO calls (id, conversation_id, kind, initiator_id, video, state, outcome,"
                                          " client_key, message_id, created_at, answered_at, ended_at)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {call.id, call.conversationId, call.kind, call.initiatorId, int(call.video), call.state,
                            call.outcome, call.clientKey, call.messageId, call.createdAt, msOrZero(call.answeredAt),
                            msOrZero(call.endedAt)});
        !r)
        return r.error();
    for (const Participant &p : call.participants)
        if (Status s = saveParticipant(call, p); !s)
            return s;
    return okStatus();
}

Status CallsService::saveCall(const Call &call)
{
    auto r = m_db.exec(QStringLiteral("UPDATE calls SET state = ?, outcome = ?, message_id = ?, answered_at = ?, ended_at = ?"
                                      " WHERE id = ?"),
                       {call.state, call.outcome, call.messageId, msOrZero(call.answeredAt), msOrZero(call.endedAt), call.id});
    if (!r)
        return r.error();
    return okStatus();
}

Status CallsService::saveParticipant(const Call &call, const Participant &p)
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO call_participants (call_id, user_id, state, joined_at, left_at)"
                                      " VALUES (?, ?, ?, ?, ?) ON CONFLICT (call_id, user_id) DO UPDATE SET"
                                      " state = excluded.state, joined_at = excluded.joined_at, left_at = excluded.left_at"),
                       {call.id, p.userId, p.state, msOrZero(p.joinedAt), msOrZero(p.leftAt)});
    if (!r)
        return r.error();
    return okStatus();
}

// `clause` joins or filters `calls c`; newest first.
Result<QList<CallsService::Call>> CallsService::storedCalls(const QString &clause, const QVariantList &params, int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT c.id, c.conversation_id, c.kind, c.initiator_id, c.video, c.state, c.outcome,"
                                      " c.client_key, c.message_id, c.created_at, c.answered_at, c.ended_at FROM calls c ")
                               + clause + QStringLiteral(" ORDER BY c.created_at DESC, c.id DESC LIMIT ")
                               + QString::number(limit),
                       params);
    if (!q)
        return q.error();
    QList<Call> calls;
    QHash<QString, qsizetype> index;
    while (q.value().next()) {
        Call c;
        c.id = q.value().value(0).toString();
        c.conversationId = q.value().value(1).toString();
        c.kind = q.value().value(2).toString();
        c.initiatorId = q.value().value(3).toString();
        c.video = q.value().value(4).toInt() != 0;
        c.state = q.value().value(5).toString();
        c.outcome = q.value().value(6).toString();
        c.clientKey = q.value().value(7).toString();
        c.messageId = q.value().value(8).toString();
        c.createdAt = q.value().value(9).toLongLong();
        c.answeredAt = q.value().value(10).toLongLong();
        c.endedAt = q.value().value(11).toLongLong();
        index.insert(c.id, calls.size());
        calls.append(c);
    }
    if (calls.isEmpty())
        return calls;
    QStringList marks;
    QVariantList ids;
    for (const Call &c : std::as_const(calls)) {
        marks.append(QStringLiteral("?"));
        ids.append(c.id);
    }
    auto p = m_db.exec(QStringLiteral("SELECT call_id, user_id, state, joined_at, left_at FROM call_participants"
                                      " WHERE call_id IN (%1) ORDER BY joined_at = 0, joined_at, user_id")
                               .arg(marks.join(QLatin1Char(','))),
                       ids);
    if (!p)
        return p.error();
    while (p.value().next()) {
        Participant one;
        one.userId = p.value().value(1).toString();
        one.state = p.value().value(2).toString();
        one.joinedAt = p.value().value(3).toLongLong();
        one.leftAt = p.value().value(4).toLongLong();
        one.audio = false;
        calls[index.value(p.value().value(0).toString())].participants.append(one);
    }
    // The initiator first, as in a live call.
    for (Call &c : calls)
        std::stable_sort(c.participants.begin(), c.participants.end(),
                         [&](const Participant &a, const Participant &b) {
                             return (a.userId == c.initiatorId) > (b.userId == c.initiatorId);
                         });
    return calls;
}

QJsonObject CallsService::partyJson(const QString &userId)
{
    if (auto it = m_parties.constFind(userId); it != m_parties.cend())
        return *it;
    return m_parties.insert(userId, m_users.party(userId)).value();
}

QString CallsService::displayName(const QString &userId)
{
    const QJsonObject p = partyJson(userId);
    const QString name = p.value(QStringLiteral("displayName")).toString();
    return name.isEmpty() ? p.value(QStringLiteral("username")).toString() : name;
}

QJsonObject CallsService::callJson(const Call &call)
{
    QJsonArray participants;
    for (const Participant &p : call.participants)
        participants.append(QJsonObject{{QStringLiteral("user"), partyJson(p.userId)},
                                        {QStringLiteral("state"), p.state},
                                        {QStringLiteral("joinedAt"), msOrNull(p.joinedAt)},
                                        {QStringLiteral("leftAt"), msOrNull(p.leftAt)},
                                        {QStringLiteral("held"), p.held},
                                        {QStringLiteral("audio"), p.state == QLatin1String("joined") && p.audio},
                                        {QStringLiteral("video"), p.state == QLatin1String("joined") && p.video},
                                        {QStringLiteral("screen"), p.state == QLatin1String("joined") && p.screen}});
    const qint64 duration = call.answeredAt > 0 ? (call.endedAt > 0 ? call.endedAt : m_clock.nowMs()) - call.answeredAt : 0;
    return {{QStringLiteral("id"), call.id},
            {QStringLiteral("conversationId"), call.conversationId},
            {QStringLiteral("kind"), call.kind},
            {QStringLiteral("video"), call.video},
            {QStringLiteral("state"), call.state},
            {QStringLiteral("outcome"), call.outcome},
            {QStringLiteral("initiator"), partyJson(call.initiatorId)},
            {QStringLiteral("participants"), participants},
            {QStringLiteral("createdAt"), call.createdAt},
            {QStringLiteral("answeredAt"), msOrNull(call.answeredAt)},
            {QStringLiteral("endedAt"), msOrNull(call.endedAt)},
            {QStringLiteral("durationMs"), std::max<qint64>(duration, 0)},
            {QStringLiteral("messageId"), call.messageId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(call.messageId)}};
}

Result<QJsonObject> CallsService::publish(const Call &call)
{
    const QJsonObject json = callJson(call);
    QStringList userIds;
    for (const Participant &p : call.participants)
        userIds.append(p.userId);
    m_bus.publishToUsers(userIds, QStringLiteral("event.call.updated"), {{QStringLiteral("call"), json}});
    return json;
}

void CallsService::postBubble(Call &call)
{
    QJsonArray who;
    for (const Participant &p : std::as_const(call.participants))
        who.append(p.userId);
    const QJsonObject data{{QStringLiteral("callId"), call.id},
                           {QStringLiteral("video"), call.video},
                           {QStringLiteral("outcome"), call.outcome},
                           {QStringLiteral("durationMs"), call.answeredAt > 0 ? call.endedAt - call.answeredAt : 0},
                           {QStringLiteral("participants"), who}};
    auto posted = m_messaging.postSpecial(call.initiatorId, call.conversationId, QStringLiteral("call"), QString(), data,
                                          QStringLiteral("call:") + call.id);
    if (!posted) {
        // The initiator left the chat meanwhile: the call record still says everything.
        qCInfo(lcCalls) << "no bubble for call" << call.id << ":" << posted.error().message;
        return;
    }
    call.messageId = posted->value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toString();
}

void CallsService::notifyMissed(const Call &call, const Participant &p)
{
    const QString from = displayName(call.initiatorId);
    const Status s = m_notifications.notify(p.userId, QStringLiteral("calls.missed"),
                                            QStringLiteral("Missed call from %1").arg(from),
                                            call.video ? QStringLiteral("Video call") : QStringLiteral("Voice call"),
                                            {{QStringLiteral("callId"), call.id},
                                             {QStringLiteral("conversationId"), call.conversationId}});
    if (!s)
        qCWarning(lcCalls) << "missed-call notification for" << p.userId << "failed:" << s.error().message;
}

// Nobody's sockets survived the restart: calls left ringing or active end now,
// as missed or completed, with their bubbles.
Status CallsService::recover()
{
    auto open = storedCalls(QStringLiteral("WHERE c.state <> 'ended'"), {}, 10000);
    if (!open)
        return open.error();
    for (Call &c : open.value()) {
        m_parties.clear();
        c.state = c.answeredAt > 0 ? QStringLiteral("active") : QStringLiteral("ringing");
        // It ended, at the latest, with the last thing written about it: the downtime is not call time.
        c.endedAt = std::max(c.createdAt, c.answeredAt);
        for (Participant &p : c.participants) {
            c.endedAt = std::max({c.endedAt, p.joinedAt, p.leftAt});
            if (p.state == QLatin1String("joined"))
                p.sessionId = QStringLiteral("-");
        }
        auto ended = end(c, c.answeredAt > 0 ? QStringLiteral("completed") : QStringLiteral("missed"));
        if (!ended)
            return ended.error();
    }
    return okStatus();
}

} // namespace azc::calls
