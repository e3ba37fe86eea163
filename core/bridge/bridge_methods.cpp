#include "bridge/bridge_methods.h"

#include "bridge/bridge_service.h"
#include "bridge/market_service.h"
#include "payments/payments_methods.h"
#include "server/method_params.h"

namespace azc::bridge {

using payments::Actor;
using server::CallContext;
using server::Param;
using server::RateClass;
using server::Reply;
using server::Role;
using server::str;

using payments::pageOf;

void declareBridgeMethods(server::MethodTable &t, BridgeService &br, MarketService &mk)
{
    payments::PaymentsService &pay = br.services().payments;
    const Param org = Param::string(QStringLiteral("orgId"), 1, 64);
    const Param key = Param::string(QStringLiteral("idempotencyKey"), 8, 64);
    const Param point = Param::string(QStringLiteral("point"), 2, 10);
    const Param amount = Param::string(QStringLiteral("amount"), 1, 64);
    const Param direction = Param::string(QStringLiteral("direction"), 6, 8);
    const Param cursor = Param::string(QStringLiteral("cursor"), 0, 32).optional();
    const Param limit = Param::integer(QStringLiteral("limit"), 1, 100).optional();
    const Param orderId = Param::string(QStringLiteral("orderId"), 1, 64);

    const auto user = [&t](const char *name, RateClass rate, server::ParamSchema params,
                           std::function<Result<QJsonObject>(CallContext &, const QJsonObject &)> fn) {
        t.declare({.name = QString::fromLatin1(name), .role = Role::User, .params = std::move(params), .rateClass = rate, .handler = std::move(fn)});
    };
    const auto userAsync = [&t](const char *name, server::ParamSchema params, std::function<void(CallContext &, const QJsonObject &, Reply)> fn) {
        t.declare({.name = QString::fromLatin1(name), .role = Role::User, .params = std::move(params), .rateClass = RateClass::Write,
                   .asyncHandler = std::move(fn)});
    };
    // A member's call on one organisation, with the payments domain's adapters (its role read once, checked by the service).
    const auto member = [&t, &pay](const char *name, RateClass rate, server::ParamSchema params, payments::MemberCall fn) {
        t.declare({.name = QString::fromLatin1(name), .role = Role::User, .params = std::move(params), .rateClass = rate,
                   .handler = payments::memberHandler(pay, std::move(fn))});
    };
    const auto memberAsync = [&t, &pay](const char *name, server::ParamSchema params, payments::MemberAsync fn) {
        t.declare({.name = QString::fromLatin1(name), .role = Role::User, .params = std::move(params), .rateClass = RateClass::Write,
                   .asyncHandler = payments::memberAsyncHandler(pay, std::move(fn))});
    };

    // --- users
    user("bridge.points", RateClass::Read, {}, [&br](CallContext &c, const QJsonObject &) { return br.points(c.user().userId); });
    user("bridge.quote", RateClass::Write, {point, direction, amount},
         [&br](CallContext &c, const QJsonObject &p) { return br.quote(c.user().userId, str(p, "point"), str(p, "direction"), str(p, "amount")); });
    userAsync("bridge.swap", {Param::string(QStringLiteral("quoteId"), 1, 64), key}, [&br](CallContext &c, const QJsonObject &p, Reply reply) {
        br.swap(c.user(), str(p, "quoteId"), str(p, "idempotencyKey"), std::move(reply));
    });
    user("bridge.swaps", RateClass::Read, {point.optional(), cursor, limit},
         [&br](CallContext &c, const QJsonObject &p) { return br.swaps(c.user().userId, {}, str(p, "point"), pageOf(p)); });
    user("bridge.history", RateClass::Read, {point}, [&br](CallContext &c, const QJsonObject &p) { return br.history(c.user().userId, str(p, "point")); });
    user("bridge.consents", RateClass::Read, {}, [&br](CallContext &c, const QJsonObject &) { return br.consents(c.user().userId); });
    const Param consentId = Param::string(QStringLiteral("consentId"), 1, 64);
    user("bridge.consent", RateClass::Write, {consentId},
         [&br](CallContext &c, const QJsonObject &p) { return br.consent(c.user().userId, str(p, "consentId")); });
    userAsync("bridge.confirmConsent", {consentId, Param::string(QStringLiteral("quoteId"), 1, 64), key},
              [&br](CallContext &c, const QJsonObject &p, Reply reply) {
                  br.confirmConsent(c.user(), str(p, "consentId"), str(p, "quoteId"), str(p, "idempotencyKey"), std::move(reply));
              });
    user("bridge.declineConsent", RateClass::Write, {consentId},
         [&br](CallContext &c, const QJsonObject &p) { return br.declineConsent(c.user().userId, str(p, "consentId")); });

    // --- partners
    const Param name = Param::string(QStringLiteral("name"), 2, 40);
    const Param coin = Param::string(QStringLiteral("coin"), 3, 4).matching(QStringLiteral("AZC|USDT"));
    const Param code = Param::string(QStringLiteral("code"), 2, 10);
    member("bridge.createPoint", RateClass::Write,
           {org, code, name, Param::integer(QStringLiteral("decimals"), 0, 8), coin, Param::string(QStringLiteral("iconFileId"), 0, 64).optional()},
           [&br](const Actor &a, const QJsonObject &p) { return br.createPoint(a, p); });
    member("bridge.registerToken", RateClass::Write,
           {org, code, name, Param::integer(QStringLiteral("decimals"), 0, 18), coin, Param::string(QStringLiteral("network"), 1, 32),
            Param::string(QStringLiteral("contract"), 42, 42), Param::string(QStringLiteral("iconFileId"), 0, 64).optional()},
           [&br](const Actor &a, const QJsonObject &p) { return br.registerToken(a, p); });
    member("bridge.orgPoints", RateClass::Read, {org}, [&br](const Actor &a, const QJsonObject &) { return br.orgPoints(a); });
    member("bridge.proposePolicy", RateClass::Write, {org, point, Param::object(QStringLiteral("policy"))},
           [&br](const Actor &a, const QJsonObject &p) { return br.proposePolicy(a, str(p, "point"), p.value(QStringLiteral("policy")).toObject()); });
    t.declare({.name = QStringLiteral("bridge.policies"), .role = Role::User,
               .params = {org.optional(), Param::string(QStringLiteral("status"), 0, 16).optional()}, .rateClass = RateClass::Read,
               .handler = [&br, &pay](CallContext &c, const QJsonObject &p) -> Result<QJsonObject> {
                   if (str(p, "orgId").isEmpty()) {
                       if (c.user().role != Role::Admin) // every partner's proposals are the admins' queue
                           return fail("invalid_params", QStringLiteral("name the organisation (orgId)"), {{QStringLiteral("field"), QStringLiteral("orgId")}});
                       return br.policies(std::nullopt, str(p, "status"));
                   }
                   auto actor = pay.memberActor(c.user(), str(p, "orgId"));
                   if (!actor)
                       return actor.error();
                   return br.policies(*actor, str(p, "status"));
               }});
    const Param proposal = Param::string(QStringLiteral("proposalId"), 1, 64);
    t.declare({.name = QStringLiteral("bridge.approvePolicy"), .role = Role::Admin, .params = {proposal}, .rateClass = RateClass::Write,
               .handler = [&br](CallContext &c, const QJsonObject &p) { return br.decidePolicy(c.user(), str(p, "proposalId"), true, {}); }});
    t.declare({.name = QStringLiteral("bridge.rejectPolicy"), .role = Role::Admin,
               .params = {proposal, Param::string(QStringLiteral("reason"), 1, 500)}, .rateClass = RateClass::Write,
               .handler = [&br](CallContext &c, const QJsonObject &p) {
                   return br.decidePolicy(c.user(), str(p, "proposalId"), false, str(p, "reason"));
               }});
    user("bridge.setPaused", RateClass::Write, {point, Param::boolean(QStringLiteral("paused")), org.optional()},
         [&br](CallContext &c, const QJsonObject &p) {
             return br.setPaused(c.user(), str(p, "point"), p.value(QStringLiteral("paused")).toBool(), str(p, "orgId"));
         });
    memberAsync("bridge.topUpReserve", {org, point, amount, Param::string(QStringLiteral("from"), 2, 3), key},
                [&br](const Actor &a, const QJsonObject &p, Reply r) {
                    br.topUpReserve(a, str(p, "point"), str(p, "amount"), str(p, "from"), str(p, "idempotencyKey"), std::move(r));
                });
    memberAsync("bridge.withdrawReserve", {org, point, amount, key}, [&br](const Actor &a, const QJsonObject &p, Reply r) {
        br.withdrawReserve(a, str(p, "point"), str(p, "amount"), str(p, "idempotencyKey"), std::move(r));
    });
    memberAsync("bridge.credit",
                {org, point, Param::string(QStringLiteral("username"), 1, 64), amount, Param::string(QStringLiteral("reference"), 0, 64).optional(), key},
                [&br](const Actor &a, const QJsonObject &p, Reply r) {
                    br.credit(a, str(p, "point"), str(p, "username"), str(p, "amount"), str(p, "reference"), str(p, "idempotencyKey"), std::move(r));
                });
    memberAsync("bridge.burn", {org, point, amount, key}, [&br](const Actor &a, const QJsonObject &p, Reply r) {
        br.burn(a, str(p, "point"), str(p, "amount"), str(p, "idempotencyKey"), std::move(r));
    });
    member("bridge.requestSwap", RateClass::Write,
           {org, point, Param::string(QStringLiteral("username"), 1, 64), direction, amount, Param::string(QStringLiteral("reference"), 0, 64).optional()},
           [&br](const Actor &a, const QJsonObject &p) -> Result<QJsonObject> {
               auto c = br.createConsent(a, p);
               if (!c)
                   return c.error();
               return QJsonObject{{QStringLiteral("consent"), *c}};
           });
    member("bridge.swapRequest", RateClass::Read, {org, consentId}, [&br](const Actor &a, const QJsonObject &p) -> Result<QJsonObject> {
        auto c = br.consentForPartner(a, str(p, "consentId"));
        if (!c)
            return c.error();
        return QJsonObject{{QStringLiteral("consent"), *c}};
    });
    member("bridge.orgSwaps", RateClass::Read, {org, point.optional(), cursor, limit}, [&br](const Actor &a, const QJsonObject &p) -> Result<QJsonObject> {
        if (auto st = br.requireOrg(a, payments::Permission::Read, false); !st)
            return st.error();
        return br.swaps({}, a.orgId, str(p, "point"), pageOf(p));
    });
    member("bridge.dashboard", RateClass::Read, {org, Param::integer(QStringLiteral("days"), 1, 366).optional()},
           [&br](const Actor &a, const QJsonObject &p) { return br.dashboard(a, p.value(QStringLiteral("days")).toInt(30)); });
    t.declare({.name = QStringLiteral("bridge.overview"), .role = Role::Admin, .rateClass = RateClass::Read,
               .handler = [&br](CallContext &, const QJsonObject &) { return br.overview(); }});

    // --- the market
    const Param productId = Param::string(QStringLiteral("productId"), 1, 64);
    user("market.products", RateClass::Read,
         {Param::string(QStringLiteral("query"), 0, 80).optional(), org.optional(), Param::integer(QStringLiteral("offset"), 0, 1'000'000).optional(), limit},
         [&mk](CallContext &, const QJsonObject &p) {
             return mk.products(str(p, "query"), str(p, "orgId"), p.value(QStringLiteral("offset")).toInt(), p.value(QStringLiteral("limit")).toInt(30));
         });
    user("market.product", RateClass::Read, {productId}, [&mk](CallContext &, const QJsonObject &p) { return mk.product(str(p, "productId")); });
    userAsync("market.buy", {productId, Param::integer(QStringLiteral("quantity"), 1, 100), Param::string(QStringLiteral("address"), 0, 300).optional(), key},
              [&mk](CallContext &c, const QJsonObject &p, Reply reply) {
                  mk.buy(c.user(), str(p, "productId"), p.value(QStringLiteral("quantity")).toInt(), str(p, "address"), str(p, "idempotencyKey"),
                         std::move(reply));
              });
    user("market.myOrders", RateClass::Read, {}, [&mk](CallContext &c, const QJsonObject &) { return mk.myOrders(c.user().userId); });
    user("market.confirmReceived", RateClass::Write, {orderId},
         [&mk](CallContext &c, const QJsonObject &p) { return mk.confirmReceived(c.user().userId, str(p, "orderId")); });
    user("market.dispute", RateClass::Write, {orderId, Param::string(QStringLiteral("reason"), 1, 500)},
         [&mk](CallContext &c, const QJsonObject &p) { return mk.dispute(c.user().userId, str(p, "orderId"), str(p, "reason")); });
    member("market.saveProduct", RateClass::Write,
           {org, productId.optional(), Param::string(QStringLiteral("title"), 2, 80), Param::string(QStringLiteral("description"), 0, 2000),
            Param::strings(QStringLiteral("imageFileIds"), 0, 6), Param::string(QStringLiteral("priceAsset"), 2, 10),
            Param::string(QStringLiteral("price"), 1, 64), Param::integer(QStringLiteral("stock"), 0, 1'000'000),
            Param::string(QStringLiteral("delivery"), 4, 7), Param::strings(QStringLiteral("codes"), 0, 1000).optional(),
            Param::boolean(QStringLiteral("active"))},
           [&mk](const Actor &a, const QJsonObject &p) { return mk.saveProduct(a, p); });
    member("market.orgProducts", RateClass::Read, {org}, [&mk](const Actor &a, const QJsonObject &) { return mk.orgProducts(a); });
    member("market.orgOrders", RateClass::Read, {org, Param::string(QStringLiteral("status"), 0, 16).optional()},
           [&mk](const Actor &a, const QJsonObject &p) { return mk.orgOrders(a, str(p, "status")); });
    member("market.ship", RateClass::Write, {org, orderId, Param::string(QStringLiteral("tracking"), 1, 100)},
           [&mk](const Actor &a, const QJsonObject &p) { return mk.ship(a, str(p, "orderId"), str(p, "tracking")); });
    memberAsync("market.refund", {org, orderId, Param::string(QStringLiteral("reason"), 1, 500)}, [&mk](const Actor &a, const QJsonObject &p, Reply r) {
        mk.refund(a, str(p, "orderId"), str(p, "reason"), std::move(r));
    });
    t.declare({.name = QStringLiteral("market.disputes"), .role = Role::Support, .rateClass = RateClass::Read,
               .handler = [&mk](CallContext &, const QJsonObject &) { return mk.disputes(); }});
    t.declare({.name = QStringLiteral("market.decideDispute"), .role = Role::Support,
               .params = {orderId, Param::string(QStringLiteral("decision"), 1, 16), Param::string(QStringLiteral("note"), 1, 500)},
               .rateClass = RateClass::Write, .asyncHandler = [&mk](CallContext &c, const QJsonObject &p, Reply reply) {
                   mk.decideDispute(c.user(), str(p, "orderId"), str(p, "decision"), str(p, "note"), std::move(reply));
               }});

    // What partners' servers reach through the HTTPS API: each route's twin.
    QStringList partnerMethods;
    for (const auto &r : bridgeApiRoutes(br))
        if (!partnerMethods.contains(r.twin))
            partnerMethods.append(r.twin);
    if (auto st = t.openTo(server::Audience::PartnerKey, partnerMethods); !st)
        qFatal("bridge: %s", qPrintable(st.error().message));
}

} // namespace azc::bridge
