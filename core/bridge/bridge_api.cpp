// The Bridge's routes on the partner HTTPS API. PaymentApi authenticates,
// checks signatures, nonces, scopes and idempotency before these run; here
// a request becomes a call on the BridgeService with the key's Actor.

#include "bridge/bridge_methods.h"
#include "bridge/bridge_service.h"

namespace azc::bridge {

using Request = payments::PaymentsService::ApiRequest;
using Answer = payments::PaymentsService::ApiAnswer;

namespace {

// {swaps: [...], hasMore, nextCursor} → {object: "list", data, hasMore, nextCursor}, as the Payment API's lists.
QJsonObject listOf(const QJsonObject &page, const char *key)
{
    return {{QStringLiteral("object"), QStringLiteral("list")},
            {QStringLiteral("data"), page.value(QLatin1String(key))},
            {QStringLiteral("hasMore"), page.value(QStringLiteral("hasMore")).toBool()},
            {QStringLiteral("nextCursor"), page.value(QStringLiteral("nextCursor")).toString().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                                   : page.value(QStringLiteral("nextCursor"))}};
}

std::optional<Error> notString(const QJsonObject &body, const QStringList &keys)
{
    for (const QString &k : keys)
        if (body.contains(k) && !body.value(k).isString())
            return fail("invalid_params", QStringLiteral("%1 is a string").arg(k), {{QStringLiteral("field"), k}});
    return std::nullopt;
}

} // namespace

QList<payments::PaymentsService::ApiRoute> bridgeApiRoutes(BridgeService &br)
{
    BridgeService *b = &br;
    return {
        {QStringLiteral("GET"), QStringLiteral("/v1/points"), QStringLiteral("read"), QStringLiteral("bridge.orgPoints"),
         [b](const Request &r, Answer answer) { answer(200, b->orgPoints(r.actor)); }},
        {QStringLiteral("POST"), QStringLiteral("/v1/points/{code}/credits"), QStringLiteral("points:write"), QStringLiteral("bridge.credit"),
         [b](const Request &r, Answer answer) {
             if (auto e = notString(r.body, {QStringLiteral("username"), QStringLiteral("amount"), QStringLiteral("reference")}))
                 return answer(400, *e);
             b->credit(r.actor, r.args.value(0), r.body.value(QStringLiteral("username")).toString(), r.body.value(QStringLiteral("amount")).toString(),
                       r.body.value(QStringLiteral("reference")).toString().left(64), r.idempotencyKey, [answer](const Result<QJsonObject> &done) {
                           answer(201, done ? Result<QJsonObject>(done->value(QStringLiteral("credit")).toObject()) : done);
                       });
         }},
        {QStringLiteral("GET"), QStringLiteral("/v1/swaps"), QStringLiteral("read"), QStringLiteral("bridge.orgSwaps"),
         [b](const Request &r, Answer answer) {
             payments::Page page;
             page.cursor = r.query.value(QStringLiteral("cursor"));
             page.limit = r.query.value(QStringLiteral("limit"), QStringLiteral("20")).toInt();
             if (auto st = b->requireOrg(r.actor, payments::Permission::Read, false); !st)
                 return answer(200, st.error());
             auto list = b->swaps({}, r.actor.orgId, r.query.value(QStringLiteral("point")), page);
             answer(200, list ? Result<QJsonObject>(listOf(*list, "swaps")) : list);
         }},
        {QStringLiteral("POST"), QStringLiteral("/v1/swap-requests"), QStringLiteral("points:write"), QStringLiteral("bridge.requestSwap"),
         [b](const Request &r, Answer answer) {
             if (auto e = notString(r.body, {QStringLiteral("username"), QStringLiteral("point"), QStringLiteral("direction"), QStringLiteral("amount"),
                                             QStringLiteral("reference")}))
                 return answer(400, *e);
             answer(201, b->createConsent(r.actor, r.body));
         }},
        {QStringLiteral("GET"), QStringLiteral("/v1/swap-requests/{id}"), QStringLiteral("read"), QStringLiteral("bridge.swapRequest"),
         [b](const Request &r, Answer answer) { answer(200, b->consentForPartner(r.actor, r.args.value(0))); }},
        {QStringLiteral("GET"), QStringLiteral("/v1/dashboard"), QStringLiteral("read"), QStringLiteral("bridge.dashboard"),
         [b](const Request &r, Answer answer) { answer(200, b->dashboard(r.actor, r.query.value(QStringLiteral("days"), QStringLiteral("30")).toInt())); }},
    };
}

} // namespace azc::bridge
