// How a call moves on without anyone asking: participants leaving, the call
// ending when nobody is left to talk to or ring, invitations that time out,
// and participants whose sockets all dropped.
#include "calls/calls_service.h"

#include <QScopeGuard>
#include <QTimer>

namespace azc::calls {

CallsService::Participant *CallsService::Call::find(const QString &userId)
{
    for (Participant &p : participants)
        if (p.userId == userId)
            return &p;
    return nullptr;
}

const CallsService::Participant *CallsService::Call::find(const QString &userId) const
{
    for (const Participant &p : participants)
        if (p.userId == userId)
            return &p;
    return nullptr;
}

int CallsService::Call::count(const QString &participantState) const
{
    return int(std::count_if(participants.cbegin(), participants.cend(),
                             [&](const Participant &p) { return p.state == participantState; }));
}

// Someone else's call answers not_found, exactly like a call that does not
// exist: ids of other people's calls are not confirmed to strangers.
Result<CallsService::Call *> CallsService::liveFor(const QString &userId, const QString &callId)
{
    auto it = m_live.find(callId);
    if (it == m_live.end()) {
        auto stored = get(userId, callId); // ended (a record), or not theirs / unknown
        if (!stored)
            return stored.error();
        return fail("invalid_state", QStringLiteral("the call has ended"), {{QStringLiteral("detail"), QStringLiteral("ended")}});
    }
    if (!it->find(userId))
        return fail("not_found", QStringLiteral("no such call"), {{QStringLiteral("field"), QStringLiteral("callId")}});
    return &it.value();
}

Result<CallsService::Mine> CallsService::ringingFor(const Caller &who, const QString &callId)
{
    auto found = liveFor(who.userId, callId);
    if (!found)
        return found.error();
    Participant *p = found.value()->find(who.userId);
    if (p->state != QLatin1String("invited"))
        return fail("invalid_state", QStringLiteral("this call is not ringing for you any more"),
                    {{QStringLiteral("detail"), QStringLiteral("not_invited")}});
    return Mine{found.value(), p};
}

Result<CallsService::Mine> CallsService::joinedIn(const Caller &who, const QString &callId)
{
    auto found = liveFor(who.userId, callId);
    if (!found)
        return found.error();
    Participant *p = found.value()->find(who.userId);
    if (p->state != QLatin1String("joined") || p->sessionId != who.sessionId)
        return fail("invalid_state", QStringLiteral("you are not in this call on this device"),
                    {{QStringLiteral("detail"), QStringLiteral("not_joined")}});
    return Mine{found.value(), p};
}

bool CallsService::inUnheldCall(const QString &userId, const QString &exceptCallId) const
{
    for (const Call &c : m_live) {
        if (c.id == exceptCallId)
            continue;
        const Participant *p = c.find(userId);
        if (p && p->state == QLatin1String("joined") && !p->held)
            return true;
    }
    return false;
}

Status CallsService::leave(Call &call, Participant &p, const QString &newState)
{
    p.state = newState;
    p.leftAt = m_clock.nowMs();
    p.sessionId.clear();
    return saveParticipant(call, p);
}

// Decides whether the call goes on, after someone left, declined or missed it.
Result<QJsonObject> CallsService::settle(Call &call)
{
    const int joined = call.count(QStringLiteral("joined"));
    const int ringing = call.count(QStringLiteral("invited"));
    const Participant *initiator = call.find(call.initiatorId);
    const bool initiatorIn = initiator && initiator->state == QLatin1String("joined");
    if (call.answeredAt == 0) {
        // Not answered yet: it rings on while its initiator waits and someone may still answer.
        if (initiatorIn && ringing > 0)
            return publish(call);
        if (!initiatorIn)
            return end(call, QStringLiteral("cancelled")); // whoever was still ringing missed it
        const bool declined = call.count(QStringLiteral("declined")) > 0;
        return end(call, declined ? QStringLiteral("declined") : QStringLiteral("missed"));
    }
    // Answered: it goes on while two talk, or one waits for others still ringing.
    if (joined >= 2 || (joined == 1 && ringing > 0))
        return publish(call);
    return end(call, QStringLiteral("completed"));
}

Result<QJsonObject> CallsService::end(Call &call, const QString &outcome)
{
    const QString id = call.id;
    // Whatever happens below, the call is no longer live (a failed write must not leave it
    // ringing in memory with nobody able to end it).
    auto forget = qScopeGuard([this, id] { m_live.remove(id); });
    if (call.endedAt == 0)
        call.endedAt = m_clock.nowMs();
    storage::Transaction tx(m_db);
    // Whoever is still in it leaves; whoever still rings missed it.
    QList<Participant> missed;
    for (Participant &p : call.participants) {
        const bool ringing = p.state == QLatin1String("invited");
        if (!ringing && p.state != QLatin1String("joined"))
            continue;
        p.state = ringing ? QStringLiteral("missed") : QStringLiteral("left");
        p.leftAt = call.endedAt;
        p.sessionId.clear();
        if (Status s = saveParticipant(call, p); !s)
            return s.error();
        if (ringing)
            missed.append(p);
    }
    call.state = QStringLiteral("ended");
    call.outcome = outcome;
    postBubble(call); // the record matters more than the bubble: a failed post is logged, not fatal
    if (Status s = saveCall(call); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    for (const Participant &p : std::as_const(missed))
        notifyMissed(call, p);
    return publish(call);
}

void CallsService::ringTimeout(const QString &callId)
{
    auto it = m_live.find(callId);
    if (it == m_live.end())
        return;
    m_parties.clear();
    Call &call = it.value();
    bool changed = false;
    for (Participant &p : call.participants)
        if (p.state == QLatin1String("invited")) {
            if (Status s = leave(call, p, QStringLiteral("missed")); !s)
                qWarning("calls: could not record a missed call: %s", qPrintable(s.error().message));
            notifyMissed(call, p);
            changed = true;
        }
    if (changed)
        (void)settle(call);
}

void CallsService::sessionPresence(const QString &sessionId, bool online)
{
    if (online) {
        m_offlineSessions.remove(sessionId);
        return;
    }
    bool inCall = false;
    for (const Call &c : std::as_const(m_live))
        for (const Participant &p : c.participants)
            inCall = inCall || (p.state == QLatin1String("joined") && p.sessionId == sessionId);
    if (!inCall)
        return;
    const quint64 drop = ++m_drops;
    m_offlineSessions.insert(sessionId, drop);
    QTimer::singleShot(m_config.dropGraceMs, this, [this, sessionId, drop] { dropTimeout(sessionId, drop); });
}

// The session did not come back in time: it leaves every call it was in.
void CallsService::dropTimeout(const QString &sessionId, quint64 drop)
{
    if (m_offlineSessions.value(sessionId) != drop)
        return; // back online meanwhile (and maybe dropped again later: that drop has its own timer)
    m_offlineSessions.remove(sessionId);
    m_parties.clear();
    QStringList ids;
    for (const Call &c : std::as_const(m_live))
        ids.append(c.id);
    for (const QString &id : std::as_const(ids)) {
        auto it = m_live.find(id);
        if (it == m_live.end())
            continue;
        for (Participant &p : it->participants)
            if (p.state == QLatin1String("joined") && p.sessionId == sessionId) {
                if (Status s = leave(*it, p, QStringLiteral("left")); !s)
                    qWarning("calls: could not record a dropped participant: %s", qPrintable(s.error().message));
                (void)settle(*it);
                break;
            }
    }
}

} // namespace azc::calls
