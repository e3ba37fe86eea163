#include "custody/custody_methods.h"

#include "custody/address_book.h"
#include "custody/custody_service.h"
#include "custody/reconciliation.h"
#include "custody/withdrawals.h"

#include "custody/networks.h"
#include "server/method_params.h"

#include <QDateTime>
#include <QJsonArray>

namespace azc::custody {

using server::str;

using server::CallContext;
using server::Param;
using server::RateClass;
using server::Reply;
using server::Role;

namespace {

int limitOf(const QJsonObject &p, int fallback) { return p.value(QStringLiteral("limit")).toInt(fallback); }

WithdrawRequest withdrawRequest(const QJsonObject &p)
{
    return {str(p, "network"), str(p, "asset"), str(p, "amount"), str(p, "address"), str(p, "idempotencyKey"),
            str(p, "twoFactorCode")};
}

} // namespace

void declareCustodyMethods(server::MethodTable &t, CustodyService &c)
{
    const Param network = Param::string(QStringLiteral("network"), 1, 32);
    const Param asset = Param::string(QStringLiteral("asset"), 1, 16);
    const Param amount = Param::string(QStringLiteral("amount"), 1, 64);
    const Param address = Param::string(QStringLiteral("address"), 1, 64);
    const Param id = Param::string(QStringLiteral("id"), 1, 64);
    const Param limit = Param::integer(QStringLiteral("limit"), 1, 200).optional();
    // Every handler first checks that custody runs; "unavailable" otherwise.
    auto guarded = [&c](auto fn) {
        return [&c, fn](CallContext &ctx, const QJsonObject &p) -> Result<QJsonObject> {
            if (auto s = c.requireOpen(); !s)
                return s.error();
            return fn(ctx, p);
        };
    };
    auto guardedAsync = [&c](auto fn) {
        return [&c, fn](CallContext &ctx, const QJsonObject &p, Reply reply) {
            if (auto s = c.requireOpen(); !s)
                return reply(s.error());
            fn(ctx, p, std::move(reply));
        };
    };

    t.declare({.name = QStringLiteral("chain.networks"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [&c](CallContext &, const QJsonObject &) { return c.publicNetworks(); }});
    t.declare({.name = QStringLiteral("deposit.address"), .role = Role::User, .params = {network}, .rateClass = RateClass::Write,
               .handler = [&c](CallContext &ctx, const QJsonObject &p) { return c.depositAddress(ctx.user().userId, str(p, "network")); }});
    t.declare({.name = QStringLiteral("deposit.list"), .role = Role::User, .params = {network.optional(), limit}, .rateClass = RateClass::Read,
               .handler = [&c](CallContext &ctx, const QJsonObject &p) {
                   return c.deposits(ctx.user().userId, str(p, "network"), limitOf(p, 50));
               }});

    t.declare({.name = QStringLiteral("withdraw.addresses"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = guarded([&c](CallContext &ctx, const QJsonObject &) -> Result<QJsonObject> {
                   auto list = c.addressBook().list(ctx.user().userId);
                   if (!list)
                       return list.error();
                   QJsonArray out;
                   const qint64 now = QDateTime::currentMSecsSinceEpoch();
                   for (const BookEntry &e : list.value())
                       out.append(e.toJson(now));
                   return QJsonObject{{QStringLiteral("addresses"), out},
                                      {QStringLiteral("coolingMs"), c.addressBook().coolingMs()}};
               })});
    // Where coins may be sent is a password-level decision: a borrowed
    // unlocked desktop or a stolen token alone cannot add an address, and the
    // owner hears of every new one (on every device) while it is still cooling.
    t.declare({.name = QStringLiteral("withdraw.addAddress"), .role = Role::User,
               .params = {network, address, Param::string(QStringLiteral("label"), 1, 40), Param::string(QStringLiteral("password"), 1, 128),
                Param::string(QStringLiteral("twoFactorCode"), 1, 32).optional()},
               .rateClass = RateClass::Auth, .asyncHandler = guardedAsync([&c](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   if (auto n = c.networks().require(str(p, "network")); !n)
                       return reply(n.error());
                   const server::Caller caller = ctx.user();
                   c.addAddressAfterReauthentication(caller, str(p, "network"), str(p, "address"), str(p, "label"),
                                                     str(p, "password"), str(p, "twoFactorCode"), std::move(reply));
               })});
    t.declare({.name = QStringLiteral("withdraw.removeAddress"), .role = Role::User, .params = {id}, .rateClass = RateClass::Write,
               .handler = guarded([&c](CallContext &ctx, const QJsonObject &p) -> Result<QJsonObject> {
                   if (auto s = c.addressBook().remove(ctx.user().userId, str(p, "id")); !s)
                       return s.error();
                   return QJsonObject{{QStringLiteral("removed"), str(p, "id")}};
               })});
    t.declare({.name = QStringLiteral("withdraw.limits"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = guarded([&c](CallContext &ctx, const QJsonObject &) { return c.withdrawals().limits(ctx.user()); })});
    t.declare({.name = QStringLiteral("withdraw.quote"), .role = Role::User, .params = {network, asset, amount, address}, .rateClass = RateClass::Read,
               .handler = guarded([&c](CallContext &ctx, const QJsonObject &p) {
                   return c.withdrawals().quote(ctx.user(), withdrawRequest(p));
               })});
    t.declare({.name = QStringLiteral("withdraw.request"), .role = Role::User,
               .params = {network, asset, amount, address, Param::string(QStringLiteral("idempotencyKey"), 8, 64),
                Param::string(QStringLiteral("twoFactorCode"), 1, 32).optional()},
               .rateClass = RateClass::Write, .asyncHandler = guardedAsync([&c](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   c.withdrawals().request(ctx.user(), withdrawRequest(p), std::move(reply));
               })});
    t.declare({.name = QStringLiteral("withdraw.cancel"), .role = Role::User, .params = {id}, .rateClass = RateClass::Write,
               .asyncHandler = guardedAsync([&c](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   c.withdrawals().cancel(ctx.user(), str(p, "id"), std::move(reply));
               })});
    t.declare({.name = QStringLiteral("withdraw.list"), .role = Role::User, .params = {limit}, .rateClass = RateClass::Read,
               .handler = guarded([&c](CallContext &ctx, const QJsonObject &p) {
                   return c.withdrawals().list(ctx.user().userId, limitOf(p, 50));
               })});
    t.declare({.name = QStringLiteral("withdraw.get"), .role = Role::User, .params = {id}, .rateClass = RateClass::Read,
               .handler = guarded([&c](CallContext &ctx, const QJsonObject &p) { return c.withdrawals().get(ctx.user(), str(p, "id")); })});

    t.declare({.name = QStringLiteral("withdraw.queue"), .role = Role::Support, .params = {limit}, .rateClass = RateClass::Read,
               .handler = guarded([&c](CallContext &, const QJsonObject &p) { return c.withdrawals().queue(limitOf(p, 100)); })});
    t.declare({.name = QStringLiteral("withdraw.approve"), .role = Role::Support, .params = {id}, .rateClass = RateClass::Write,
               .asyncHandler = guardedAsync([&c](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   c.withdrawals().approve(ctx.user(), str(p, "id"), std::move(reply));
               })});
    t.declare({.name = QStringLiteral("withdraw.reject"), .role = Role::Support,
               .params = {id, Param::string(QStringLiteral("reason"), 3, 280)}, .rateClass = RateClass::Write,
               .asyncHandler = guardedAsync([&c](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   c.withdrawals().reject(ctx.user(), str(p, "id"), str(p, "reason"), std::move(reply));
               })});

    t.declare({.name = QStringLiteral("chain.adminNetworks"), .role = Role::Admin, .rateClass = RateClass::Read,
               .handler = [&c](CallContext &, const QJsonObject &) { return c.adminNetworks(); }});
    t.declare({.name = QStringLiteral("chain.setNetwork"), .role = Role::Admin,
               .params = {Param::string(QStringLiteral("id"), 1, 32), Param::string(QStringLiteral("name"), 1, 64),
                Param::integer(QStringLiteral("chainId"), 1, qint64(1) << 53),
                Param::string(QStringLiteral("rpcUrl"), 8, 512),
                Param::integer(QStringLiteral("confirmations"), 1, 1000), Param::string(QStringLiteral("nativeAsset"), 1, 16),
                Param::boolean(QStringLiteral("enabled")).optional()},
               .rateClass = RateClass::Write, .handler = [&c](CallContext &ctx, const QJsonObject &p) { return c.saveNetwork(ctx.user(), p); }});
    t.declare({.name = QStringLiteral("chain.setAsset"), .role = Role::Admin,
               .params = {network, asset, Param::string(QStringLiteral("contract"), 0, 64).optional(),
                Param::string(QStringLiteral("minDeposit"), 1, 64), Param::string(QStringLiteral("minWithdrawal"), 1, 64),
                Param::string(QStringLiteral("withdrawalFee"), 1, 64),
                Param::string(QStringLiteral("dualApprovalAbove"), 1, 64)},
               .rateClass = RateClass::Write, .handler = [&c](CallContext &ctx, const QJsonObject &p) { return c.saveAsset(ctx.user(), p); }});
    t.declare({.name = QStringLiteral("chain.setWithdrawLimit"), .role = Role::Admin,
               .params = {asset, Param::integer(QStringLiteral("tier"), 0, 3), Param::string(QStringLiteral("perWithdrawal"), 1, 64),
                Param::string(QStringLiteral("daily"), 1, 64), Param::string(QStringLiteral("twoFactorAbove"), 1, 64)},
               .rateClass = RateClass::Write, .handler = guarded([&c](CallContext &ctx, const QJsonObject &p) {
                   return c.withdrawals().setLimit(ctx.user(), str(p, "asset"), p.value(QStringLiteral("tier")).toInt(),
                                                   str(p, "perWithdrawal"), str(p, "daily"), str(p, "twoFactorAbove"));
               })});
    t.declare({.name = QStringLiteral("custody.reconcile"), .role = Role::Admin, .rateClass = RateClass::Read,
               .asyncHandler = guardedAsync([&c](CallContext &, const QJsonObject &, Reply reply) {
                   c.reconciliation().run(std::move(reply));
               })});
    t.declare({.name = QStringLiteral("custody.unswept"), .role = Role::Admin, .params = {limit}, .rateClass = RateClass::Read,
               .handler = [&c](CallContext &, const QJsonObject &p) { return c.unswept(limitOf(p, 100)); }});
}

} // namespace azc::custody
