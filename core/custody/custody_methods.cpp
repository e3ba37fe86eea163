#include "custody/custody_methods.h"

#include "custody/address_book.h"
#include "custody/custody_service.h"
#include "custody/reconciliation.h"
#include "custody/withdrawals.h"

#include "custody/networks.h"
#include "wallet/method_params.h"

#include <QDateTime>
#include <QJsonArray>

namespace azc::custody {

using wallet::str;

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

    t.declare({QStringLiteral("chain.networks"), Role::User, 0, {}, RateClass::Read,
               [&c](CallContext &, const QJsonObject &) { return c.publicNetworks(); }});
    t.declare({QStringLiteral("deposit.address"), Role::User, 0, {network}, RateClass::Write,
               [&c](CallContext &ctx, const QJsonObject &p) { return c.depositAddress(ctx.user().userId, str(p, "network")); }});
    t.declare({QStringLiteral("deposit.list"), Role::User, 0, {network.optional(), limit}, RateClass::Read,
               [&c](CallContext &ctx, const QJsonObject &p) {
                   return c.deposits(ctx.user().userId, str(p, "network"), limitOf(p, 50));
               }});

    t.declare({QStringLiteral("withdraw.addresses"), Role::User, 0, {}, RateClass::Read,
               guarded([&c](CallContext &ctx, const QJsonObject &) -> Result<QJsonObject> {
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
    t.declare({QStringLiteral("withdraw.addAddress"), Role::User, 0,
               {network, address, Param::string(QStringLiteral("label"), 1, 40), Param::string(QStringLiteral("password"), 1, 128),
                Param::string(QStringLiteral("twoFactorCode"), 1, 32).optional()},
               RateClass::Auth, {}, guardedAsync([&c](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   if (auto n = c.networks().require(str(p, "network")); !n)
                       return reply(n.error());
                   const server::Caller caller = ctx.user();
                   c.addAddressAfterReauthentication(caller, str(p, "network"), str(p, "address"), str(p, "label"),
                                                     str(p, "password"), str(p, "twoFactorCode"), std::move(reply));
               })});
    t.declare({QStringLiteral("withdraw.removeAddress"), Role::User, 0, {id}, RateClass::Write,
               guarded([&c](CallContext &ctx, const QJsonObject &p) -> Result<QJsonObject> {
                   if (auto s = c.addressBook().remove(ctx.user().userId, str(p, "id")); !s)
                       return s.error();
                   return QJsonObject{{QStringLiteral("removed"), str(p, "id")}};
               })});
    t.declare({QStringLiteral("withdraw.limits"), Role::User, 0, {}, RateClass::Read,
               guarded([&c](CallContext &ctx, const QJsonObject &) { return c.withdrawals().limits(ctx.user()); })});
    t.declare({QStringLiteral("withdraw.quote"), Role::User, 0, {network, asset, amount, address}, RateClass::Read,
               guarded([&c](CallContext &ctx, const QJsonObject &p) {
                   return c.withdrawals().quote(ctx.user(), withdrawRequest(p));
               })});
    t.declare({QStringLiteral("withdraw.request"), Role::User, 0,
               {network, asset, amount, address, Param::string(QStringLiteral("idempotencyKey"), 8, 64),
                Param::string(QStringLiteral("twoFactorCode"), 1, 32).optional()},
               RateClass::Write, {}, guardedAsync([&c](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   c.withdrawals().request(ctx.user(), withdrawRequest(p), std::move(reply));
               })});
    t.declare({QStringLiteral("withdraw.cancel"), Role::User, 0, {id}, RateClass::Write, {},
               guardedAsync([&c](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   c.withdrawals().cancel(ctx.user(), str(p, "id"), std::move(reply));
               })});
    t.declare({QStringLiteral("withdraw.list"), Role::User, 0, {limit}, RateClass::Read,
               guarded([&c](CallContext &ctx, const QJsonObject &p) {
                   return c.withdrawals().list(ctx.user().userId, limitOf(p, 50));
               })});
    t.declare({QStringLiteral("withdraw.get"), Role::User, 0, {id}, RateClass::Read,
               guarded([&c](CallContext &ctx, const QJsonObject &p) { return c.withdrawals().get(ctx.user(), str(p, "id")); })});

    t.declare({QStringLiteral("withdraw.queue"), Role::Support, 0, {limit}, RateClass::Read,
               guarded([&c](CallContext &, const QJsonObject &p) { return c.withdrawals().queue(limitOf(p, 100)); })});
    t.declare({QStringLiteral("withdraw.approve"), Role::Support, 0, {id}, RateClass::Write, {},
               guardedAsync([&c](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   c.withdrawals().approve(ctx.user(), str(p, "id"), std::move(reply));
               })});
    t.declare({QStringLiteral("withdraw.reject"), Role::Support, 0,
               {id, Param::string(QStringLiteral("reason"), 3, 280)}, RateClass::Write, {},
               guardedAsync([&c](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   c.withdrawals().reject(ctx.user(), str(p, "id"), str(p, "reason"), std::move(reply));
               })});

    t.declare({QStringLiteral("chain.adminNetworks"), Role::Admin, 0, {}, RateClass::Read,
               [&c](CallContext &, const QJsonObject &) { return c.adminNetworks(); }});
    t.declare({QStringLiteral("chain.setNetwork"), Role::Admin, 0,
               {Param::string(QStringLiteral("id"), 1, 32), Param::string(QStringLiteral("name"), 1, 64),
                Param::integer(QStringLiteral("chainId"), 1, qint64(1) << 53),
                Param::string(QStringLiteral("rpcUrl"), 8, 512),
                Param::integer(QStringLiteral("confirmations"), 1, 1000), Param::string(QStringLiteral("nativeAsset"), 1, 16),
                Param::boolean(QStringLiteral("enabled")).optional()},
               RateClass::Write, [&c](CallContext &ctx, const QJsonObject &p) { return c.saveNetwork(ctx.user(), p); }});
    t.declare({QStringLiteral("chain.setAsset"), Role::Admin, 0,
               {network, asset, Param::string(QStringLiteral("contract"), 0, 64).optional(),
                Param::string(QStringLiteral("minDeposit"), 1, 64), Param::string(QStringLiteral("minWithdrawal"), 1, 64),
                Param::string(QStringLiteral("withdrawalFee"), 1, 64),
                Param::string(QStringLiteral("dualApprovalAbove"), 1, 64)},
               RateClass::Write, [&c](CallContext &ctx, const QJsonObject &p) { return c.saveAsset(ctx.user(), p); }});
    t.declare({QStringLiteral("chain.setWithdrawLimit"), Role::Admin, 0,
               {asset, Param::integer(QStringLiteral("tier"), 0, 3), Param::string(QStringLiteral("perWithdrawal"), 1, 64),
                Param::string(QStringLiteral("daily"), 1, 64), Param::string(QStringLiteral("twoFactorAbove"), 1, 64)},
               RateClass::Write, guarded([&c](CallContext &ctx, const QJsonObject &p) {
                   return c.withdrawals().setLimit(ctx.user(), str(p, "asset"), p.value(QStringLiteral("tier")).toInt(),
                                                   str(p, "perWithdrawal"), str(p, "daily"), str(p, "twoFactorAbove"));
               })});
    t.declare({QStringLiteral("custody.reconcile"), Role::Admin, 0, {}, RateClass::Read, {},
               guardedAsync([&c](CallContext &, const QJsonObject &, Reply reply) {
                   c.reconciliation().run(std::move(reply));
               })});
    t.declare({QStringLiteral("custody.unswept"), Role::Admin, 0, {limit}, RateClass::Read,
               [&c](CallContext &, const QJsonObject &p) { return c.unswept(limitOf(p, 100)); }});
}

} // namespace azc::custody
