#include "exchange/spot/spot_methods.h"

#include "exchange/spot/spot_exchange.h"
#include "server/method_params.h"

namespace azc::spot {

using server::str;

using server::CallContext;
using server::Param;
using server::RateClass;
using server::Reply;
using server::Role;

namespace {


} // namespace

void declareSpotMethods(server::MethodTable &t, SpotExchange &x)
{
    const Param market = Param::string(QStringLiteral("market"), 3, 33);
    const Param decimal = Param::string(QStringLiteral("_"), 1, 64);
    auto dec = [&decimal](const char *name) {
        Param p = decimal;
        p.name = QString::fromLatin1(name);
        return p;
    };

    t.declare({.name = QStringLiteral("spot.markets"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [&x](CallContext &, const QJsonObject &) { return x.markets(); }});
    t.declare({.name = QStringLiteral("spot.depth"), .role = Role::User,
               .params = {market, Param::integer(QStringLiteral("levels"), 1, 200).optional()}, .rateClass = RateClass::Read,
               .handler = [&x](CallContext &, const QJsonObject &p) {
                   return x.depth(str(p, "market"), p.value(QStringLiteral("levels")).toInt(20));
               }});
    t.declare({.name = QStringLiteral("spot.trades"), .role = Role::User,
               .params = {market, Param::integer(QStringLiteral("limit"), 1, 200).optional()}, .rateClass = RateClass::Read,
               .handler = [&x](CallContext &, const QJsonObject &p) {
                   return x.trades(str(p, "market"), p.value(QStringLiteral("limit")).toInt(50));
               }});
    t.declare({.name = QStringLiteral("spot.tickers"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [&x](CallContext &, const QJsonObject &) { return x.tickers(); }});
    t.declare({.name = QStringLiteral("spot.candles"), .role = Role::User,
               .params = {market, Param::string(QStringLiteral("interval"), 2, 3), Param::integer(QStringLiteral("limit"), 1, 500).optional()},
               .rateClass = RateClass::Read, .handler = [&x](CallContext &, const QJsonObject &p) {
                   return x.candles(str(p, "market"), str(p, "interval"), p.value(QStringLiteral("limit")).toInt(200));
               }});
    t.declare({.name = QStringLiteral("spot.subscribe"), .role = Role::User, .params = {Param::strings(QStringLiteral("markets"), 0, 20)},
               .rateClass = RateClass::Read, .handler = [&x](CallContext &ctx, const QJsonObject &p) {
                   QStringList markets;
                   for (const QJsonValue &v : p.value(QStringLiteral("markets")).toArray())
                       markets.append(v.toString());
                   return x.subscribe(ctx.user().sessionId, markets);
               }});
    t.declare({.name = QStringLiteral("spot.orders"), .role = Role::User,
               .params = {market.optional(), Param::boolean(QStringLiteral("openOnly")).optional(),
                Param::integer(QStringLiteral("limit"), 1, 200).optional()},
               .rateClass = RateClass::Read, .handler = [&x](CallContext &ctx, const QJsonObject &p) {
                   return x.orders(ctx.user().userId, str(p, "market"), p.value(QStringLiteral("openOnly")).toBool(false),
                                   p.value(QStringLiteral("limit")).toInt(100));
               }});
    t.declare({.name = QStringLiteral("spot.place"), .role = Role::User,
               .params = {market, Param::string(QStringLiteral("side"), 3, 4),
                Param::string(QStringLiteral("type"), 5, 10), dec("price").optional(), dec("stopPrice").optional(),
                dec("quantity").optional(), dec("budget").optional(),
                Param::string(QStringLiteral("timeInForce"), 3, 9).optional(),
                Param::string(QStringLiteral("idempotencyKey"), 8, 64)},
               .rateClass = RateClass::Write, .asyncHandler = [&x](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   x.place(ctx.user(),
                           {str(p, "market"), str(p, "side"), str(p, "type"), str(p, "timeInForce"), str(p, "price"),
                            str(p, "quantity"), str(p, "budget"), str(p, "idempotencyKey"), str(p, "stopPrice")},
                           std::move(reply));
               }});
    t.declare({.name = QStringLiteral("spot.cancel"), .role = Role::User, .params = {market, Param::string(QStringLiteral("orderId"), 1, 20)},
               .rateClass = RateClass::Write, .asyncHandler = [&x](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   bool ok = false;
                   const qint64 id = str(p, "orderId").toLongLong(&ok);
                   if (!ok)
                       return reply(fail("not_found", QStringLiteral("no such order")));
                   x.cancel(ctx.user(), str(p, "market"), id, std::move(reply));
               }});
    t.declare({.name = QStringLiteral("spot.cancelAll"), .role = Role::User, .params = {market.optional()}, .rateClass = RateClass::Write,
               .asyncHandler = [&x](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   x.cancelAll(ctx.user(), str(p, "market"), std::move(reply));
               }});
    t.declare({.name = QStringLiteral("spot.setMarket"), .role = Role::Admin,
               .params = {Param::string(QStringLiteral("base"), 2, 16), Param::string(QStringLiteral("quote"), 2, 16), dec("tickSize"),
                dec("lotSize"), dec("minNotional"), dec("makerFee"), dec("takerFee"),
                Param::string(QStringLiteral("status"), 4, 11).optional(), Param::boolean(QStringLiteral("routing")).optional()},
               .rateClass = RateClass::Write, .handler = [&x](CallContext &ctx, const QJsonObject &p) { return x.setMarket(ctx.user(), p); }});
    t.declare({.name = QStringLiteral("spot.bookState"), .role = Role::Admin, .params = {market}, .rateClass = RateClass::Read,
               .handler = [&x](CallContext &, const QJsonObject &p) -> Result<QJsonObject> {
                   auto digest = x.bookDigest(str(p, "market"));
                   if (!digest)
                       return digest.error();
                   return QJsonObject{{QStringLiteral("market"), str(p, "market")},
                                      {QStringLiteral("digest"), QString::number(digest.value(), 16)}};
               }});
}

} // namespace azc::spot
