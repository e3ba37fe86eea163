#include "wallet/wallet_methods.h"

#include "wallet/method_params.h"
#include "wallet/wallet_service.h"

namespace azc::wallet {

using server::Param;
using server::RateClass;
using server::Role;


void declareWalletMethods(server::MethodTable &t, WalletServices s)
{
    WalletService &w = s.wallet;
    const Param asset = Param::string(QStringLiteral("asset"), 1, 16);
    const Param amount = Param::string(QStringLiteral("amount"), 1, 64);
    const Param toUsername = Param::string(QStringLiteral("toUsername"), 1, 64);

    t.declare({QStringLiteral("wallet.assets"), Role::User, 0, {}, RateClass::Read,
               [&w](server::CallContext &, const QJsonObject &) { return w.assets(); }});
    t.declare({QStringLiteral("wallet.balances"), Role::User, 0, {}, RateClass::Read,
               [&w](server::CallContext &ctx, const QJsonObject &) { return w.balances(ctx.user().userId); }});
    t.declare({QStringLiteral("wallet.history"), Role::User, 0,
               {asset, Param::integer(QStringLiteral("before"), 1, qint64(1) << 53).optional(),
                Param::integer(QStringLiteral("limit"), 1, 100).optional()},
               RateClass::Read, [&w](server::CallContext &ctx, const QJsonObject &p) {
                   return w.history(ctx.user().userId, str(p, "asset"),
                                    p.value(QStringLiteral("before")).toInteger(0),
                                    p.value(QStringLiteral("limit")).toInt(50));
               }});
    t.declare({QStringLiteral("wallet.receipt"), Role::User, 0, {Param::string(QStringLiteral("operationId"), 1, 64)},
               RateClass::Read, [&w](server::CallContext &ctx, const QJsonObject &p) {
                   return w.receipt(ctx.user().userId, str(p, "operationId"));
               }});
    t.declare({QStringLiteral("wallet.quoteTransfer"), Role::User, 0, {asset, amount, toUsername}, RateClass::Read,
               [&w](server::CallContext &ctx, const QJsonObject &p) {
                   return w.quoteTransfer(ctx.user(), str(p, "asset"), str(p, "amount"), str(p, "toUsername"));
               }});
    t.declare({QStringLiteral("wallet.transfer"), Role::User, 0,
               {asset, amount, toUsername, Param::string(QStringLiteral("memo"), 0, 140).optional(),
                Param::string(QStringLiteral("idempotencyKey"), 8, 64),
                Param::string(QStringLiteral("twoFactorCode"), 1, 32).optional()},
               RateClass::Write, {},
               [&w](server::CallContext &ctx, const QJsonObject &p, server::Reply reply) {
                   w.transfer(ctx.user(),
                              {str(p, "asset"), str(p, "amount"), str(p, "toUsername"), str(p, "memo"),
                               str(p, "idempotencyKey"), str(p, "twoFactorCode")},
                              std::move(reply));
               }});
    t.declare({QStringLiteral("wallet.limits"), Role::User, 0, {}, RateClass::Read,
               [&w](server::CallContext &ctx, const QJsonObject &) { return w.limitsFor(ctx.user()); }});
    t.declare({QStringLiteral("wallet.setTwoFactorThreshold"), Role::User, 0, {asset, amount}, RateClass::Write,
               [&w](server::CallContext &ctx, const QJsonObject &p) {
                   return w.setTwoFactorThreshold(ctx.user(), str(p, "asset"), str(p, "amount"));
               }});
    t.declare({QStringLiteral("wallet.fees"), Role::User, 0, {}, RateClass::Read,
               [&w](server::CallContext &, const QJsonObject &) { return w.feeList(); }});
}

} // namespace azc::wallet
