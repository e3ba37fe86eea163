#include "wallet/wallet_methods.h"

#include "server/method_params.h"
#include "wallet/wallet_service.h"

namespace azc::wallet {

using server::Param;
using server::RateClass;
using server::Role;
using server::str;


void declareWalletMethods(server::MethodTable &t, WalletServices s)
{
    WalletService &w = s.wallet;
    const Param asset = Param::string(QStringLiteral("asset"), 1, 16);
    const Param amount = Param::string(QStringLiteral("amount"), 1, 64);
    const Param toUsername = Param::string(QStringLiteral("toUsername"), 1, 64);

    t.declare({.name = QStringLiteral("wallet.assets"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [&w](server::CallContext &, const QJsonObject &) { return w.assets(); }});
    t.declare({.name = QStringLiteral("wallet.balances"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [&w](server::CallContext &ctx, const QJsonObject &) { return w.balances(ctx.user().userId); }});
    t.declare({.name = QStringLiteral("wallet.history"), .role = Role::User,
               .params = {asset, Param::integer(QStringLiteral("before"), 1, qint64(1) << 53).optional(),
                Param::integer(QStringLiteral("limit"), 1, 100).optional()},
               .rateClass = RateClass::Read, .handler = [&w](server::CallContext &ctx, const QJsonObject &p) {
                   return w.history(ctx.user().userId, str(p, "asset"),
                                    p.value(QStringLiteral("before")).toInteger(0),
                                    p.value(QStringLiteral("limit")).toInt(50));
               }});
    t.declare({.name = QStringLiteral("wallet.receipt"), .role = Role::User, .params = {Param::string(QStringLiteral("operationId"), 1, 64)},
               .rateClass = RateClass::Read, .handler = [&w](server::CallContext &ctx, const QJsonObject &p) {
                   return w.receipt(ctx.user().userId, str(p, "operationId"));
               }});
    t.declare({.name = QStringLiteral("wallet.quoteTransfer"), .role = Role::User, .params = {asset, amount, toUsername}, .rateClass = RateClass::Read,
               .handler = [&w](server::CallContext &ctx, const QJsonObject &p) {
                   return w.quoteTransfer(ctx.user(), str(p, "asset"), str(p, "amount"), str(p, "toUsername"));
               }});
    t.declare({.name = QStringLiteral("wallet.transfer"), .role = Role::User,
               .params = {asset, amount, toUsername, Param::string(QStringLiteral("memo"), 0, 140).optional(),
                Param::string(QStringLiteral("idempotencyKey"), 8, 64),
                Param::string(QStringLiteral("twoFactorCode"), 1, 32).optional()},
               .rateClass = RateClass::Write,
               .asyncHandler = [&w](server::CallContext &ctx, const QJsonObject &p, server::Reply reply) {
                   w.transfer(ctx.user(),
                              {str(p, "asset"), str(p, "amount"), str(p, "toUsername"), str(p, "memo"),
                               str(p, "idempotencyKey"), str(p, "twoFactorCode")},
                              std::move(reply));
               }});
    t.declare({.name = QStringLiteral("wallet.limits"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [&w](server::CallContext &ctx, const QJsonObject &) { return w.limitsFor(ctx.user()); }});
    t.declare({.name = QStringLiteral("wallet.setTwoFactorThreshold"), .role = Role::User, .params = {asset, amount}, .rateClass = RateClass::Write,
               .handler = [&w](server::CallContext &ctx, const QJsonObject &p) {
                   return w.setTwoFactorThreshold(ctx.user(), str(p, "asset"), str(p, "amount"));
               }});
    t.declare({.name = QStringLiteral("wallet.fees"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [&w](server::CallContext &, const QJsonObject &) { return w.feeList(); }});
}

} // namespace azc::wallet
