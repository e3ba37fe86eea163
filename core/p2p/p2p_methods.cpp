#include "p2p/p2p_methods.h"

#include "p2p/p2p_service.h"
#include "wallet/method_params.h"

namespace azc::p2p {

using server::CallContext;
using server::Param;
using server::RateClass;
using server::Reply;
using server::Role;
using wallet::str;

void declareP2PMethods(server::MethodTable &t, P2PService &p)
{
    const Param id = Param::string(QStringLiteral("id"), 1, 64);
    const Param dec = Param::string(QStringLiteral("_"), 1, 64);
    auto decimal = [&dec](const char *name) {
        Param d = dec;
        d.name = QString::fromLatin1(name);
        return d;
    };
    t.declare({QStringLiteral("p2p.createAd"), Role::User, 1,
               {Param::string(QStringLiteral("side"), 3, 4), Param::string(QStringLiteral("asset"), 1, 16),
                Param::string(QStringLiteral("fiat"), 3, 3), decimal("price"), decimal("total"), decimal("minAmount"),
                decimal("maxAmount"), Param::integer(QStringLiteral("paymentWindowMinutes"), 5, 180).optional(),
                Param::string(QStringLiteral("terms"), 0, 1000).optional(),
                Param::integer(QStringLiteral("minKycTier"), 0, 2).optional(),
                Param::string(QStringLiteral("idempotencyKey"), 8, 64)},
               RateClass::Write, {}, [&p](CallContext &ctx, const QJsonObject &q, Reply reply) {
                   AdRequest r{str(q, "side"), str(q, "asset"), str(q, "fiat"), str(q, "price"), str(q, "total"),
                               str(q, "minAmount"), str(q, "maxAmount"), str(q, "terms"), str(q, "idempotencyKey")};
                   r.paymentWindowMinutes = q.value(QStringLiteral("paymentWindowMinutes")).toInt(15);
                   r.minKycTier = q.value(QStringLiteral("minKycTier")).toInt(0);
                   p.createAd(ctx.user(), r, std::move(reply));
               }});
    t.declare({QStringLiteral("p2p.ads"), Role::User, 0,
               {Param::string(QStringLiteral("side"), 3, 4).optional(), Param::string(QStringLiteral("asset"), 1, 16).optional(),
                Param::string(QStringLiteral("fiat"), 3, 3).optional(), Param::integer(QStringLiteral("limit"), 1, 200).optional()},
               RateClass::Read, [&p](CallContext &, const QJsonObject &q) {
                   return p.ads(str(q, "side"), str(q, "asset"), str(q, "fiat"), q.value(QStringLiteral("limit")).toInt(50));
               }});
    t.declare({QStringLiteral("p2p.myAds"), Role::User, 0, {}, RateClass::Read,
               [&p](CallContext &ctx, const QJsonObject &) { return p.myAds(ctx.user().userId); }});
    t.declare({QStringLiteral("p2p.setAdStatus"), Role::User, 0, {id, Param::string(QStringLiteral("status"), 4, 7)},
               RateClass::Write, {}, [&p](CallContext &ctx, const QJsonObject &q, Reply reply) {
                   p.setAdStatus(ctx.user(), str(q, "id"), str(q, "status"), std::move(reply));
               }});
    t.declare({QStringLiteral("p2p.take"), Role::User, 0,
               {Param::string(QStringLiteral("adId"), 1, 64), decimal("amount"),
                Param::string(QStringLiteral("idempotencyKey"), 8, 64)},
               RateClass::Write, {}, [&p](CallContext &ctx, const QJsonObject &q, Reply reply) {
                   p.take(ctx.user(), str(q, "adId"), str(q, "amount"), str(q, "idempotencyKey"), std::move(reply));
               }});
    t.declare({QStringLiteral("p2p.trades"), Role::User, 0, {Param::string(QStringLiteral("status"), 1, 20).optional()},
               RateClass::Read, [&p](CallContext &ctx, const QJsonObject &q) { return p.trades(ctx.user().userId, str(q, "status")); }});
    t.declare({QStringLiteral("p2p.trade"), Role::User, 0, {id}, RateClass::Read,
               [&p](CallContext &ctx, const QJsonObject &q) { return p.trade(ctx.user(), str(q, "id")); }});
    const std::pair<const char *, TradeAction> actions[] = {{"p2p.markPaid", TradeAction::MarkPaid},
                                                            {"p2p.release", TradeAction::Release},
                                                            {"p2p.cancel", TradeAction::Cancel},
                                                            {"p2p.appeal", TradeAction::Appeal}};
    for (const auto &[name, action] : actions)
        t.declare({QString::fromLatin1(name), Role::User, 0, {id, Param::string(QStringLiteral("note"), 0, 500).optional()},
                   RateClass::Write, {}, [&p, a = action](CallContext &ctx, const QJsonObject &q, Reply reply) {
                       p.act(ctx.user(), str(q, "id"), a, str(q, "note"), std::move(reply));
                   }});
    t.declare({QStringLiteral("p2p.disputes"), Role::Support, 0, {}, RateClass::Read,
               [&p](CallContext &, const QJsonObject &) { return p.disputes(); }});
    t.declare({QStringLiteral("p2p.resolve"), Role::Support, 0,
               {id, Param::string(QStringLiteral("decision"), 6, 7), Param::string(QStringLiteral("reason"), 5, 500)},
               RateClass::Write, {}, [&p](CallContext &ctx, const QJsonObject &q, Reply reply) {
                   const QString decision = str(q, "decision");
                   if (decision != QLatin1String("release") && decision != QLatin1String("refund"))
                       return reply(fail("invalid_params", QStringLiteral("decision is release or refund"),
                                         {{QStringLiteral("field"), QStringLiteral("decision")}}));
                   p.act(ctx.user(), str(q, "id"),
                         decision == QLatin1String("release") ? TradeAction::ResolveRelease : TradeAction::ResolveRefund,
                         str(q, "reason"), std::move(reply));
               }});
}

} // namespace azc::p2p
