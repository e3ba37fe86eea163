#include "staking/staking_methods.h"

#include "server/method_params.h"
#include "server/method_table.h"
#include "staking/staking_service.h"

namespace azc::staking {

using server::CallContext;
using server::Param;
using server::RateClass;
using server::Reply;
using server::Role;
using server::str;

void declareStakingMethods(server::MethodTable &t, StakingService &s)
{
    const Param position = Param::string(QStringLiteral("positionId"), 1, 64);
    const Param key = Param::string(QStringLiteral("idempotencyKey"), 8, 64);
    const Param amount = Param::string(QStringLiteral("amount"), 1, 64);

    t.declare({.name = QStringLiteral("staking.products"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [&s](CallContext &c, const QJsonObject &) { return s.products(false, c.user().userId); }});
    t.declare({.name = QStringLiteral("staking.positions"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [&s](CallContext &c, const QJsonObject &) { return s.positions(c.user().userId); }});
    t.declare({.name = QStringLiteral("staking.stake"), .role = Role::User,
               .params = {Param::string(QStringLiteral("productId"), 1, 64), amount, key}, .rateClass = RateClass::Write,
               .asyncHandler = [&s](CallContext &c, const QJsonObject &p, Reply reply) {
                   s.stake(c.user(), str(p, "productId"), str(p, "amount"), str(p, "idempotencyKey"), std::move(reply));
               }});
    t.declare({.name = QStringLiteral("staking.unstake"), .role = Role::User, .params = {position}, .rateClass = RateClass::Write,
               .asyncHandler = [&s](CallContext &c, const QJsonObject &p, Reply reply) {
                   s.unstake(c.user(), str(p, "positionId"), std::move(reply));
               }});
    t.declare({.name = QStringLiteral("staking.claim"), .role = Role::User,
               .params = {position, Param::boolean(QStringLiteral("compound")).optional()}, .rateClass = RateClass::Write,
               .asyncHandler = [&s](CallContext &c, const QJsonObject &p, Reply reply) {
                   s.claim(c.user(), str(p, "positionId"), p.value(QStringLiteral("compound")).toBool(), std::move(reply));
               }});

    // --- admins: products (with the house margin) and reward pools
    t.declare({.name = QStringLiteral("staking.adminProducts"), .role = Role::Admin, .rateClass = RateClass::Read,
               .handler = [&s](CallContext &, const QJsonObject &) { return s.products(true, {}); }});
    t.declare({.name = QStringLiteral("staking.saveProduct"), .role = Role::Admin,
               .params = {Param::string(QStringLiteral("id"), 0, 64).optional(), Param::string(QStringLiteral("asset"), 1, 16).optional(),
                          Param::string(QStringLiteral("name"), 1, 60).optional(),
                          Param::string(QStringLiteral("kind"), 1, 16).matching(QStringLiteral("flexible|locked")).optional(),
                          Param::integer(QStringLiteral("lockDays"), 0, 3650).optional(),
                          Param::integer(QStringLiteral("rateBps"), 0, 100000).optional(),
                          Param::integer(QStringLiteral("marginBps"), 0, 100000).optional(),
                          Param::string(QStringLiteral("cap"), 1, 64).optional(), Param::string(QStringLiteral("minAmount"), 1, 64).optional(),
                          Param::integer(QStringLiteral("unbondingSeconds"), 0, 90 * 86400).optional(),
                          Param::string(QStringLiteral("status"), 1, 16).matching(QStringLiteral("open|closed")).optional()},
               .rateClass = RateClass::Write,
               .handler = [&s](CallContext &c, const QJsonObject &p) { return s.saveProduct(c.user(), p); }});
    t.declare({.name = QStringLiteral("staking.pools"), .role = Role::Admin, .rateClass = RateClass::Read,
               .handler = [&s](CallContext &, const QJsonObject &) { return s.pools(); }});
    t.declare({.name = QStringLiteral("staking.fundPool"), .role = Role::Admin,
               .params = {Param::string(QStringLiteral("asset"), 1, 16), amount, key}, .rateClass = RateClass::Write,
               .asyncHandler = [&s](CallContext &c, const QJsonObject &p, Reply reply) {
                   s.fundPool(c.user(), str(p, "asset"), str(p, "amount"), str(p, "idempotencyKey"), std::move(reply));
               }});
}

} // namespace azc::staking
