#include "calls/calls_methods.h"

#include "calls/calls_service.h"
#include "server/method_table.h"

namespace azc::calls {

using server::CallContext;
using server::Param;
using server::RateClass;
using server::Role;

namespace {

QString text(const QJsonObject &p, const char *name)
{
    return p.value(QLatin1String(name)).toString();
}

Caller callerOf(const CallContext &ctx)
{
    return {ctx.user().userId, ctx.user().sessionId};
}

Error badSignal(const QString &field, const QString &why)
{
    return fail("invalid_params", why, {{QStringLiteral("field"), field}});
}

// What calls.signal relays: an offer or answer with its SDP, or one ICE
// candidate ({candidate, sdpMid, sdpMLineIndex}; an empty candidate ends them).
Result<QJsonObject> signalMessage(const QJsonObject &p)
{
    const QString type = text(p, "type");
    if (type == QLatin1String("offer") || type == QLatin1String("answer")) {
        const QString sdp = text(p, "sdp");
        if (sdp.isEmpty() || sdp.size() > CallsService::kMaxSdp || p.contains(QStringLiteral("candidate")))
            return badSignal(QStringLiteral("sdp"), QStringLiteral("an offer or answer carries an sdp of 1 to 32,768 characters and no candidate"));
        return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("sdp"), sdp}};
    }
    if (type != QLatin1String("candidate"))
        return badSignal(QStringLiteral("type"), QStringLiteral("type is offer, answer or candidate"));
    const QJsonValue c = p.value(QStringLiteral("candidate"));
    if (!c.isObject() || p.contains(QStringLiteral("sdp")))
        return badSignal(QStringLiteral("candidate"), QStringLiteral("a candidate message carries a candidate object and no sdp"));
    const QJsonObject o = c.toObject();
    const QJsonValue line = o.value(QStringLiteral("candidate")), mid = o.value(QStringLiteral("sdpMid")),
                     index = o.value(QStringLiteral("sdpMLineIndex"));
    const bool ok = line.isString() && line.toString().size() <= 1024 && (mid.isString() || mid.isNull() || mid.isUndefined())
                 && mid.toString().size() <= 64 && (index.isUndefined() || index.isNull()
                                                   // toInteger answers -1 for 1.5 as for a string
                                                   || (index.toInteger(-1) >= 0 && index.toInteger(-1) <= 64))
                 && o.size() <= 3 + int(o.contains(QStringLiteral("usernameFragment")))
                 && o.value(QStringLiteral("usernameFragment")).toString().size() <= 256;
    if (!ok)
        return badSignal(QStringLiteral("candidate"),
                         QStringLiteral("a candidate is {candidate (≤1,024), sdpMid (≤64), sdpMLineIndex (0–64), usernameFragment?}"));
    return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("candidate"), o}};
}

} // namespace

void declareCallsMethods(server::MethodTable &t, CallsService &calls)
{
    CallsService *s = &calls;
    const Param callId = Param::string(QStringLiteral("callId"), 1, 64);

    t.declare({.name = QStringLiteral("calls.iceServers"),
               .role = Role::User,
               .params = {},
               .rateClass = RateClass::Read,
               .handler = [s](CallContext &ctx, const QJsonObject &) { return s->iceServersFor(ctx.user().userId); }});
    t.declare({.name = QStringLiteral("calls.start"),
               .role = Role::User,
               .params = {Param::string(QStringLiteral("conversationId"), 1, 64), Param::boolean(QStringLiteral("video")).optional(),
                          Param::strings(QStringLiteral("userIds"), 1, CallsService::kMaxParticipants - 1).optional(),
                          Param::string(QStringLiteral("clientKey"), 8, 64).optional()},
               .rateClass = RateClass::Write,
               .handler = [s](CallContext &ctx, const QJsonObject &p) {
                   QStringList ids;
                   for (const QJsonValue &v : p.value(QStringLiteral("userIds")).toArray())
                       ids.append(v.toString());
                   return s->start(callerOf(ctx), text(p, "conversationId"), p.value(QStringLiteral("video")).toBool(false),
                                   ids, text(p, "clientKey"));
               }});
    t.declare({.name = QStringLiteral("calls.accept"),
               .role = Role::User,
               .params = {callId},
               .rateClass = RateClass::Write,
               .handler = [s](CallContext &ctx, const QJsonObject &p) { return s->accept(callerOf(ctx), text(p, "callId")); }});
    t.declare({.name = QStringLiteral("calls.decline"),
               .role = Role::User,
               .params = {callId},
               .rateClass = RateClass::Write,
               .handler = [s](CallContext &ctx, const QJsonObject &p) { return s->decline(callerOf(ctx), text(p, "callId")); }});
    t.declare({.name = QStringLiteral("calls.hangup"),
               .role = Role::User,
               .params = {callId},
               .rateClass = RateClass::Write,
               .handler = [s](CallContext &ctx, const QJsonObject &p) { return s->hangup(callerOf(ctx), text(p, "callId")); }});
    t.declare({.name = QStringLiteral("calls.signal"),
               .role = Role::User,
               .params = {callId, Param::string(QStringLiteral("toUserId"), 1, 64),
                          Param::string(QStringLiteral("type"), 1, 16), Param::string(QStringLiteral("sdp"), 1, CallsService::kMaxSdp).optional(),
                          Param::object(QStringLiteral("candidate")).optional()},
               .rateClass = RateClass::Signal,
               .handler = [s](CallContext &ctx, const QJsonObject &p) -> Result<QJsonObject> {
                   auto message = signalMessage(p);
                   if (!message)
                       return message.error();
                   return s->signal(callerOf(ctx), text(p, "callId"), text(p, "toUserId"), message.value());
               }});
    t.declare({.name = QStringLiteral("calls.hold"),
               .role = Role::User,
               .params = {callId, Param::boolean(QStringLiteral("held"))},
               .rateClass = RateClass::Write,
               .handler = [s](CallContext &ctx, const QJsonObject &p) {
                   return s->hold(callerOf(ctx), text(p, "callId"), p.value(QStringLiteral("held")).toBool());
               }});
    t.declare({.name = QStringLiteral("calls.media"),
               .role = Role::User,
               .params = {callId, Param::boolean(QStringLiteral("audio")), Param::boolean(QStringLiteral("video")),
                          Param::boolean(QStringLiteral("screen"))},
               .rateClass = RateClass::Write,
               .handler = [s](CallContext &ctx, const QJsonObject &p) {
                   return s->setMedia(callerOf(ctx), text(p, "callId"), p.value(QStringLiteral("audio")).toBool(),
                                      p.value(QStringLiteral("video")).toBool(), p.value(QStringLiteral("screen")).toBool());
               }});
    t.declare({.name = QStringLiteral("calls.get"),
               .role = Role::User,
               .params = {callId},
               .rateClass = RateClass::Read,
               .handler = [s](CallContext &ctx, const QJsonObject &p) { return s->get(ctx.user().userId, text(p, "callId")); }});
    t.declare({.name = QStringLiteral("calls.active"),
               .role = Role::User,
               .params = {},
               .rateClass = RateClass::Read,
               .handler = [s](CallContext &ctx, const QJsonObject &) { return s->active(ctx.user().userId); }});
    t.declare({.name = QStringLiteral("calls.list"),
               .role = Role::User,
               .params = {Param::integer(QStringLiteral("before"), 1, qint64(1) << 53).optional(),
                          Param::integer(QStringLiteral("limit"), 1, 100).optional()},
               .rateClass = RateClass::Read,
               .handler = [s](CallContext &ctx, const QJsonObject &p) {
                   return s->history(ctx.user().userId, p.value(QStringLiteral("before")).toInteger(0),
                                     int(p.value(QStringLiteral("limit")).toInteger(50)));
               }});
}

} // namespace azc::calls
