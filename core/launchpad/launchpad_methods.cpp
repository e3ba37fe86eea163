#include "launchpad/launchpad_methods.h"

#include "launchpad/launchpad_service.h"
#include "server/method_params.h"
#include "server/method_table.h"

namespace azc::launchpad {

using server::CallContext;
using server::Param;
using server::RateClass;
using server::Reply;
using server::Role;
using server::str;

server::ParamSchema listingParams()
{
    return {Param::string(QStringLiteral("token"), 2, 10).matching(QStringLiteral("[A-Z0-9]+")),
            Param::string(QStringLiteral("tokenName"), 1, 64).optional(), Param::integer(QStringLiteral("tokenDecimals"), 0, 18).optional(),
            Param::string(QStringLiteral("quote"), 3, 4).matching(QStringLiteral("AZC|USDT")), Param::string(QStringLiteral("price"), 1, 64),
            Param::string(QStringLiteral("total"), 1, 64), Param::string(QStringLiteral("perUserCap"), 1, 64).optional(),
            Param::integer(QStringLiteral("minKycTier"), 0, 3).optional(), Param::string(QStringLiteral("minStake"), 1, 64).optional(),
            Param::integer(QStringLiteral("startsAt"), 0, 4'102'444'800'000), Param::integer(QStringLiteral("endsAt"), 0, 4'102'444'800'000),
            Param::array(QStringLiteral("vesting"), 0, 12).optional(), Param::string(QStringLiteral("partnerUsername"), 1, 64),
            Param::integer(QStringLiteral("platformShareBps"), 0, 10000).optional(), Param::string(QStringLiteral("title"), 1, 80).optional(),
            Param::string(QStringLiteral("description"), 0, 2000).optional()};
}

void declareLaunchpadMethods(server::MethodTable &t, LaunchpadService &lp)
{
    const Param sale = Param::string(QStringLiteral("saleId"), 1, 64);
    t.declare({.name = QStringLiteral("launchpad.sales"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [&lp](CallContext &c, const QJsonObject &) { return lp.sales(c.user().userId, false); }});
    t.declare({.name = QStringLiteral("launchpad.sale"), .role = Role::User, .params = {sale}, .rateClass = RateClass::Read,
               .handler = [&lp](CallContext &c, const QJsonObject &p) { return lp.sale(c.user().userId, str(p, "saleId")); }});
    t.declare({.name = QStringLiteral("launchpad.commit"), .role = Role::User,
               .params = {sale, Param::string(QStringLiteral("amount"), 1, 64), Param::string(QStringLiteral("idempotencyKey"), 8, 64)},
               .rateClass = RateClass::Write, .asyncHandler = [&lp](CallContext &c, const QJsonObject &p, Reply reply) {
                   lp.commit(c.user(), str(p, "saleId"), str(p, "amount"), str(p, "idempotencyKey"), std::move(reply));
               }});
    t.declare({.name = QStringLiteral("launchpad.mine"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [&lp](CallContext &c, const QJsonObject &) { return lp.myAllocations(c.user().userId); }});

    // --- admins
    t.declare({.name = QStringLiteral("launchpad.adminSales"), .role = Role::Admin, .rateClass = RateClass::Read,
               .handler = [&lp](CallContext &c, const QJsonObject &) { return lp.sales(c.user().userId, true); }});
    QList<Param> listing = listingParams().params();
    listing.append(Param::string(QStringLiteral("idempotencyKey"), 8, 64));
    t.declare({.name = QStringLiteral("launchpad.list"), .role = Role::Admin, .params = server::ParamSchema(listing), .rateClass = RateClass::Write,
               .handler = [&lp](CallContext &c, const QJsonObject &p) -> Result<QJsonObject> {
                   auto s = lp.list(c.user().userId, p, str(p, "idempotencyKey"));
                   if (!s)
                       return s.error();
                   return QJsonObject{{QStringLiteral("sale"), *s}};
               }});
}

} // namespace azc::launchpad
