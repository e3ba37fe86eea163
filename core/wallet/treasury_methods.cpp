#include "notify/event_bus.h"
#include "reserves/reserves_service.h"
#include "wallet/adjustments.h"
#include "server/method_params.h"
#include "wallet/money_text.h"
#include "wallet/treasury_service.h"
#include "wallet/wallet_methods.h"
#include "wallet/wallet_service.h"

namespace azc::wallet {

using server::Param;
using server::RateClass;
using server::Role;
using server::str;

namespace {

// The amount params of treasury.setFee / setLimit, parsed at the asset's decimals.
Result<QList<Amount>> amounts(WalletService &w, const QJsonObject &p, const QString &asset, int rateIndex,
                              std::initializer_list<const char *> names)
{
    auto a = w.ledger().asset(asset);
    if (!a)
        return a.error();
    QList<Amount> out;
    int i = 0;
    for (const char *name : names) {
        const int decimals = i++ == rateIndex ? FeeRule::kRateDecimals : a->decimals;
        auto v = parseAmount(str(p, name), decimals, Sign::NonNegative, QString::fromLatin1(name));
        if (!v)
            return v.error();
        out.append(v.value());
    }
    return out;
}

} // namespace

void declareTreasuryMethods(server::MethodTable &t, WalletServices s)
{
    WalletService &w = s.wallet;
    TreasuryService &tr = s.treasury;
    Adjustments &adj = s.adjustments;
    reserves::ReservesService &res = s.reserves;
    const Param asset = Param::string(QStringLiteral("asset"), 1, 16);
    const auto money = [](const char *name) { return Param::string(QString::fromLatin1(name), 1, 64); };

    t.declare({.name = QStringLiteral("treasury.overview"), .role = Role::Admin, .rateClass = RateClass::Read,
               .handler = [&tr](server::CallContext &, const QJsonObject &) { return tr.overview(); }});
    t.declare({.name = QStringLiteral("treasury.revenue"), .role = Role::Admin,
               .params = {asset, Param::integer(QStringLiteral("days"), 1, 90).optional()}, .rateClass = RateClass::Read,
               .handler = [&tr](server::CallContext &, const QJsonObject &p) {
                   return tr.revenue(str(p, "asset"), p.value(QStringLiteral("days")).toInt(14));
               }});
    t.declare({.name = QStringLiteral("treasury.assets"), .role = Role::Admin, .rateClass = RateClass::Read,
               .handler = [&tr](server::CallContext &, const QJsonObject &) { return tr.assets(); }});
    t.declare({.name = QStringLiteral("treasury.addAsset"), .role = Role::Admin,
               .params = {Param::string(QStringLiteral("code"), 2, 10).matching(QStringLiteral("[A-Z0-9]+")),
                Param::string(QStringLiteral("name"), 1, 64), Param::integer(QStringLiteral("decimals"), 0, 18)},
               .rateClass = RateClass::Write, .handler = [&tr](server::CallContext &ctx, const QJsonObject &p) {
                   return tr.addAsset(ctx.user(), {str(p, "code"), str(p, "name").trimmed(),
                                                   p.value(QStringLiteral("decimals")).toInt(), true});
               }});
    t.declare({.name = QStringLiteral("treasury.setAssetEnabled"), .role = Role::Admin,
               .params = {Param::string(QStringLiteral("code"), 1, 16), Param::boolean(QStringLiteral("enabled"))},
               .rateClass = RateClass::Write, .handler = [&tr](server::CallContext &ctx, const QJsonObject &p) {
                   return tr.setAssetEnabled(ctx.user(), str(p, "code"), p.value(QStringLiteral("enabled")).toBool());
               }});
    t.declare({.name = QStringLiteral("treasury.fees"), .role = Role::Admin, .rateClass = RateClass::Read,
               .handler = [&w](server::CallContext &, const QJsonObject &) { return w.feeList(); }});
    t.declare({.name = QStringLiteral("treasury.setFee"), .role = Role::Admin,
               .params = {asset, Param::string(QStringLiteral("flow"), 1, 32), money("fixed"), money("rate"), money("min"), money("max")},
               .rateClass = RateClass::Write, .handler = [&w](server::CallContext &, const QJsonObject &p) -> Result<QJsonObject> {
                   auto a = w.ledger().asset(str(p, "asset"));
                   if (!a)
                       return a.error();
                   auto parsed = FeeRule::fromParams(p, a->decimals);
                   if (!parsed)
                       return parsed.error();
                   const FeeRule rule = parsed.value();
                   if (auto st = w.fees().set(rule); !st)
                       return st.error();
                   return QJsonObject{{QStringLiteral("fee"), rule.toJson(w.ledger().asset(rule.asset)->decimals)}};
               }});
    t.declare({.name = QStringLiteral("treasury.limits"), .role = Role::Admin, .rateClass = RateClass::Read,
               .handler = [&w](server::CallContext &, const QJsonObject &) -> Result<QJsonObject> {
                   auto all = w.limits().all();
                   if (!all)
                       return all.error();
                   QJsonArray out;
                   for (const LimitRule &r : all.value())
                       if (auto a = w.ledger().asset(r.asset))
                           out.append(r.toJson(a->decimals));
                   return QJsonObject{{QStringLiteral("limits"), out}};
               }});
    t.declare({.name = QStringLiteral("treasury.setLimit"), .role = Role::Admin,
               .params = {asset, Param::integer(QStringLiteral("tier"), 0, 2), money("perTransfer"), money("daily"),
                money("twoFactorAbove")},
               .rateClass = RateClass::Write, .handler = [&w](server::CallContext &, const QJsonObject &p) -> Result<QJsonObject> {
                   auto v = amounts(w, p, str(p, "asset"), -1, {"perTransfer", "daily", "twoFactorAbove"});
                   if (!v)
                       return v.error();
                   const LimitRule rule{str(p, "asset"), p.value(QStringLiteral("tier")).toInt(), v->at(0), v->at(1), v->at(2)};
                   if (auto st = w.limits().set(rule); !st)
                       return st.error();
                   return QJsonObject{{QStringLiteral("limit"), rule.toJson(w.ledger().asset(rule.asset)->decimals)}};
               }});
    t.declare({.name = QStringLiteral("treasury.requestAdjustment"), .role = Role::Admin,
               .params = {Param::string(QStringLiteral("target"), 1, 8).matching(QStringLiteral("user|house")),
                Param::string(QStringLiteral("username"), 1, 64).optional(),
                Param::string(QStringLiteral("houseKind"), 1, 32).optional(), asset, money("amount"),
                Param::string(QStringLiteral("reason"), 5, 500)},
               .rateClass = RateClass::Write, .handler = [&adj](server::CallContext &ctx, const QJsonObject &p) {
                   return adj.request(ctx.user(), {str(p, "target"), str(p, "username"), str(p, "houseKind"),
                                                   str(p, "asset"), str(p, "amount"), str(p, "reason")});
               }});
    t.declare({.name = QStringLiteral("treasury.adjustments"), .role = Role::Admin,
               .params = {Param::string(QStringLiteral("status"), 1, 16).matching(QStringLiteral("pending|approved|rejected")).optional(),
                Param::integer(QStringLiteral("limit"), 1, 100).optional()},
               .rateClass = RateClass::Read, .handler = [&adj](server::CallContext &, const QJsonObject &p) {
                   return adj.list(p.value(QStringLiteral("status")).toString(QStringLiteral("pending")),
                                   p.value(QStringLiteral("limit")).toInt(50));
               }});
    t.declare({.name = QStringLiteral("treasury.approveAdjustment"), .role = Role::Admin,
               .params = {Param::string(QStringLiteral("adjustmentId"), 1, 64)}, .rateClass = RateClass::Write,
               .asyncHandler = [&adj](server::CallContext &ctx, const QJsonObject &p, server::Reply reply) {
                   adj.approve(ctx.user(), str(p, "adjustmentId"), std::move(reply));
               }});
    t.declare({.name = QStringLiteral("treasury.rejectAdjustment"), .role = Role::Admin,
               .params = {Param::string(QStringLiteral("adjustmentId"), 1, 64), Param::string(QStringLiteral("reason"), 1, 500)},
               .rateClass = RateClass::Write, .handler = [&adj](server::CallContext &ctx, const QJsonObject &p) {
                   return adj.reject(ctx.user(), str(p, "adjustmentId"), str(p, "reason"));
               }});

    // Proof of reserves.
    const auto withPublisher = [&w](Result<QJsonObject> r) -> Result<QJsonObject> {
        if (!r)
            return r;
        QJsonObject out = r.value();
        QJsonObject snap = out.value(QStringLiteral("snapshot")).toObject();
        if (!snap.isEmpty()) {
            const QString id = snap.value(QStringLiteral("publishedBy")).toObject().value(QStringLiteral("userId")).toString();
            snap.insert(QStringLiteral("publishedBy"), w.party(id));
            out.insert(QStringLiteral("snapshot"), snap);
        }
        return out;
    };
    t.declare({.name = QStringLiteral("reserves.publish"), .role = Role::Admin, .rateClass = RateClass::Write,
               .handler = [&w, &tr, &res, withPublisher](server::CallContext &ctx, const QJsonObject &) -> Result<QJsonObject> {
                   auto all = w.ledger().assets();
                   if (!all)
                       return all.error();
                   QList<reserves::AssetInfo> assets;
                   for (const ledger::Asset &a : all.value())
                       assets.append({a.code, a.decimals});
                   auto owed = tr.liabilities();
                   if (!owed)
                       return owed.error();
                   QList<reserves::Liability> leaves;
                   for (const TreasuryService::Liability &l : owed.value())
                       leaves.append({l.userId, l.asset, l.balance});
                   auto snap = res.publish(ctx.user().userId, assets, leaves);
                   if (!snap)
                       return snap.error();
                   auto published = withPublisher(QJsonObject{{QStringLiteral("snapshot"), snap.value()}});
                   if (published) // open "verify my balance" screens refresh themselves
                       w.bus().publishToEveryone(QStringLiteral("event.reserves.published"), published.value());
                   return published;
               }});
    t.declare({.name = QStringLiteral("reserves.latest"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [&res, withPublisher](server::CallContext &, const QJsonObject &) { return withPublisher(res.latest()); }});
    t.declare({.name = QStringLiteral("reserves.myProof"), .role = Role::User,
               .params = {asset, Param::string(QStringLiteral("snapshotId"), 1, 64).optional()}, .rateClass = RateClass::Read,
               .handler = [&res](server::CallContext &ctx, const QJsonObject &p) {
                   return res.proof(ctx.user().userId, str(p, "asset"), str(p, "snapshotId"));
               }});
}

} // namespace azc::wallet
