#include "p2p/p2p_methods.h"

#include "p2p/p2p_service.h"
#include "server/method_params.h"

namespace azc::p2p {

using server::CallContext;
using server::Param;
using server::RateClass;
using server::Reply;
using server::Role;
using server::str;

void declareP2PMethods(server::MethodTable &t, P2PService &p)
{
    const Param id = Param::string(QStringLiteral("id"), 1, 64);
    const Param dec = Param::string(QStringLiteral("_"), 1, 64);
    auto decimal = [&dec](const char *name) {
        Param d = dec;
        d.name = QString::fromLatin1(name);
        return d;
    };
    const Param str16 = Param::string(QStringLiteral("_"), 0, 16);
    auto text = [&str16](const char *name, qint64 maxLen) {
        Param t16 = str16;
        t16.name = QString::fromLatin1(name);
        t16.max = maxLen;
        return t16.optional();
    };
    // The terms an ad is made of: every one optional in p2p.updateAd.
    const QList<Param> terms{text("priceType", 8), text("price", 64), text("margin", 16), text("minAmount", 64),
                             text("maxAmount", 64), Param::strings(QStringLiteral("paymentMethodIds"), 0, 5).optional(),
                             Param::strings(QStringLiteral("paymentTypes"), 0, 4).optional(),
                             Param::integer(QStringLiteral("paymentWindowMinutes"), 5, 180).optional(), text("terms", 1000),
                             text("autoReply", 500), Param::integer(QStringLiteral("minKycTier"), 0, 2).optional(),
                             Param::integer(QStringLiteral("minAccountAgeDays"), 0, 3650).optional(),
                             Param::integer(QStringLiteral("minCompletedTrades"), 0, 10000).optional()};
    const server::ParamSchema createParams(QList<Param>{Param::string(QStringLiteral("side"), 3, 4),
                                                       Param::string(QStringLiteral("asset"), 1, 16),
                                                       Param::string(QStringLiteral("fiat"), 3, 3), decimal("total"),
                                                       Param::string(QStringLiteral("idempotencyKey"), 8, 64)}
                                           + terms);
    const server::ParamSchema updateParams(QList<Param>{id} + terms);
    t.declare({.name = QStringLiteral("p2p.createAd"), .role = Role::User, .minKycTier = 1, .params = createParams, .rateClass = RateClass::Write,
               .asyncHandler = [&p](CallContext &ctx, const QJsonObject &q, Reply reply) {
                   AdRequest r;
                   r.side = str(q, "side");
                   r.asset = str(q, "asset");
                   r.fiat = str(q, "fiat");
                   r.total = str(q, "total");
                   r.idempotencyKey = str(q, "idempotencyKey");
                   r.priceType = q.value(QStringLiteral("priceType")).toString(QStringLiteral("fixed"));
                   r.price = str(q, "price");
                   r.margin = str(q, "margin");
                   r.minAmount = str(q, "minAmount");
                   r.maxAmount = str(q, "maxAmount");
                   r.terms = str(q, "terms");
                   r.autoReply = str(q, "autoReply");
                   r.paymentMethodIds = q.value(QStringLiteral("paymentMethodIds")).toVariant().toStringList();
                   r.paymentTypes = q.value(QStringLiteral("paymentTypes")).toVariant().toStringList();
                   r.paymentWindowMinutes = q.value(QStringLiteral("paymentWindowMinutes")).toInt(15);
                   r.minKycTier = q.value(QStringLiteral("minKycTier")).toInt(0);
                   r.minAccountAgeDays = q.value(QStringLiteral("minAccountAgeDays")).toInt(0);
                   r.minCompletedTrades = q.value(QStringLiteral("minCompletedTrades")).toInt(0);
                   p.createAd(ctx.user(), r, std::move(reply));
               }});
    t.declare({.name = QStringLiteral("p2p.updateAd"), .role = Role::User, .params = updateParams, .rateClass = RateClass::Write,
               .asyncHandler = [&p](CallContext &ctx, const QJsonObject &q, Reply reply) {
                   p.updateAd(ctx.user(), str(q, "id"), q, std::move(reply));
               }});
    t.declare({.name = QStringLiteral("p2p.ads"), .role = Role::User,
               .params = {Param::string(QStringLiteral("side"), 3, 4).optional(), Param::string(QStringLiteral("asset"), 1, 16).optional(),
                Param::string(QStringLiteral("fiat"), 3, 3).optional(), Param::string(QStringLiteral("paymentType"), 1, 32).optional(),
                decimal("amount").optional(), Param::string(QStringLiteral("sort"), 5, 10).optional(),
                Param::integer(QStringLiteral("offset"), 0, 100000).optional(), Param::integer(QStringLiteral("limit"), 1, 200).optional()},
               .rateClass = RateClass::Read, .handler = [&p](CallContext &, const QJsonObject &q) {
                   P2PService::AdFilter f{str(q, "side"), str(q, "asset"), str(q, "fiat"), str(q, "paymentType"),
                                          str(q, "amount"), str(q, "sort")};
                   f.offset = q.value(QStringLiteral("offset")).toInt(0);
                   f.limit = q.value(QStringLiteral("limit")).toInt(50);
                   return p.ads(f);
               }});
    t.declare({.name = QStringLiteral("p2p.myAds"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [&p](CallContext &ctx, const QJsonObject &) { return p.myAds(ctx.user().userId); }});
    t.declare({.name = QStringLiteral("p2p.setAdStatus"), .role = Role::User, .params = {id, Param::string(QStringLiteral("status"), 4, 7)},
               .rateClass = RateClass::Write, .asyncHandler = [&p](CallContext &ctx, const QJsonObject &q, Reply reply) {
                   p.setAdStatus(ctx.user(), str(q, "id"), str(q, "status"), std::move(reply));
               }});
    t.declare({.name = QStringLiteral("p2p.take"), .role = Role::User,
               .params = {Param::string(QStringLiteral("adId"), 1, 64), decimal("amount"),
                Param::string(QStringLiteral("paymentMethodId"), 1, 64).optional(),
                Param::string(QStringLiteral("idempotencyKey"), 8, 64)},
               .rateClass = RateClass::Write, .asyncHandler = [&p](CallContext &ctx, const QJsonObject &q, Reply reply) {
                   p.take(ctx.user(), str(q, "adId"), str(q, "amount"), str(q, "paymentMethodId"), str(q, "idempotencyKey"),
                          std::move(reply));
               }});
    t.declare({.name = QStringLiteral("p2p.trades"), .role = Role::User, .params = {Param::string(QStringLiteral("status"), 1, 20).optional()},
               .rateClass = RateClass::Read, .handler = [&p](CallContext &ctx, const QJsonObject &q) { return p.trades(ctx.user().userId, str(q, "status")); }});
    t.declare({.name = QStringLiteral("p2p.trade"), .role = Role::User, .params = {id}, .rateClass = RateClass::Read,
               .handler = [&p](CallContext &ctx, const QJsonObject &q) { return p.trade(ctx.user(), str(q, "id")); }});
    t.declare({.name = QStringLiteral("p2p.markPaid"), .role = Role::User,
               .params = {id, Param::string(QStringLiteral("note"), 0, 500).optional(),
                Param::strings(QStringLiteral("proofFileIds"), 0, 5).optional()},
               .rateClass = RateClass::Write, .asyncHandler = [&p](CallContext &ctx, const QJsonObject &q, Reply reply) {
                   p.act(ctx.user(), str(q, "id"), TradeAction::MarkPaid, str(q, "note"), std::move(reply),
                         q.value(QStringLiteral("proofFileIds")).toVariant().toStringList());
               }});
    const std::pair<const char *, TradeAction> actions[] = {{"p2p.release", TradeAction::Release},
                                                            {"p2p.cancel", TradeAction::Cancel},
                                                            {"p2p.appeal", TradeAction::Appeal}};
    for (const auto &[name, action] : actions)
        t.declare({.name = QString::fromLatin1(name), .role = Role::User, .params = {id, Param::string(QStringLiteral("note"), 0, 500).optional()},
                   .rateClass = RateClass::Write, .asyncHandler = [&p, a = action](CallContext &ctx, const QJsonObject &q, Reply reply) {
                       p.act(ctx.user(), str(q, "id"), a, str(q, "note"), std::move(reply));
                   }});
    t.declare({.name = QStringLiteral("p2p.feedback"), .role = Role::User,
               .params = {id, Param::string(QStringLiteral("rating"), 8, 8), Param::string(QStringLiteral("comment"), 0, 280).optional()},
               .rateClass = RateClass::Write, .handler = [&p](CallContext &ctx, const QJsonObject &q) {
                   return p.feedback(ctx.user(), str(q, "id"), str(q, "rating"), str(q, "comment"));
               }});
    t.declare({.name = QStringLiteral("p2p.profile"), .role = Role::User,
               .params = {Param::string(QStringLiteral("userId"), 1, 64).optional(), Param::string(QStringLiteral("username"), 1, 64).optional()},
               .rateClass = RateClass::Read, .handler = [&p](CallContext &ctx, const QJsonObject &q) {
                   return p.profile(ctx.user().userId, str(q, "userId"), str(q, "username"));
               }});
    t.declare({.name = QStringLiteral("p2p.paymentTypes"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [](CallContext &, const QJsonObject &) -> Result<QJsonObject> { return P2PService::paymentTypes(); }});
    t.declare({.name = QStringLiteral("p2p.paymentMethods"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [&p](CallContext &ctx, const QJsonObject &) { return p.paymentMethods(ctx.user().userId); }});
    t.declare({.name = QStringLiteral("p2p.addPaymentMethod"), .role = Role::User,
               .params = {Param::string(QStringLiteral("type"), 1, 32), Param::string(QStringLiteral("label"), 1, 64),
                Param::object(QStringLiteral("fields"))},
               .rateClass = RateClass::Write, .handler = [&p](CallContext &ctx, const QJsonObject &q) {
                   return p.addPaymentMethod(ctx.user().userId, str(q, "type"), str(q, "label"),
                                             q.value(QStringLiteral("fields")).toObject());
               }});
    t.declare({.name = QStringLiteral("p2p.removePaymentMethod"), .role = Role::User, .params = {id}, .rateClass = RateClass::Write,
               .handler = [&p](CallContext &ctx, const QJsonObject &q) { return p.removePaymentMethod(ctx.user().userId, str(q, "id")); }});
    t.declare({.name = QStringLiteral("p2p.referenceRates"), .role = Role::User,
               .params = {Param::string(QStringLiteral("asset"), 1, 16).optional(), Param::string(QStringLiteral("fiat"), 3, 3).optional()},
               .rateClass = RateClass::Read, .handler = [&p](CallContext &, const QJsonObject &q) { return p.referenceRates(str(q, "asset"), str(q, "fiat")); }});
    t.declare({.name = QStringLiteral("p2p.setReferenceRate"), .role = Role::Admin,
               .params = {Param::string(QStringLiteral("asset"), 1, 16), Param::string(QStringLiteral("fiat"), 3, 3), decimal("rate")},
               .rateClass = RateClass::Write, .handler = [&p](CallContext &ctx, const QJsonObject &q) {
                   return p.setReferenceRate(ctx.user(), str(q, "asset"), str(q, "fiat"), str(q, "rate"));
               }});
    t.declare({.name = QStringLiteral("p2p.disputes"), .role = Role::Support, .rateClass = RateClass::Read,
               .handler = [&p](CallContext &, const QJsonObject &) { return p.disputes(); }});
    t.declare({.name = QStringLiteral("p2p.resolve"), .role = Role::Support,
               .params = {id, Param::string(QStringLiteral("decision"), 6, 7), Param::string(QStringLiteral("reason"), 5, 500)},
               .rateClass = RateClass::Write, .asyncHandler = [&p](CallContext &ctx, const QJsonObject &q, Reply reply) {
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
