#include "identity/auth_service.h"
#include "identity/identity_methods.h"
#include "server/method_table.h"

namespace azc::identity {

using server::Param;
using server::RateClass;
using server::Role;

void declareAdminMethods(server::MethodTable &t, IdentityServices s)
{
    t.declare({.name = QStringLiteral("users.search"), .role = Role::Support,
               .params = {Param::string(QStringLiteral("query"), 0, 64).optional(),
                Param::integer(QStringLiteral("offset"), 0, 1000000).optional(),
                Param::integer(QStringLiteral("limit"), 1, 100).optional()},
               .rateClass = RateClass::Read, .handler = [s](server::CallContext &, const QJsonObject &p) {
                   return s.users.search(p.value(QStringLiteral("query")).toString(),
                                         p.value(QStringLiteral("offset")).toInt(0),
                                         p.value(QStringLiteral("limit")).toInt(50));
               }});
    t.declare({.name = QStringLiteral("admin.setRole"), .role = Role::Admin,
               .params = {Param::string(QStringLiteral("userId"), 1, 64),
                Param::string(QStringLiteral("role"), 1, 16).matching(QStringLiteral("user|support|admin"))},
               .rateClass = RateClass::Write, .handler = [s](server::CallContext &ctx, const QJsonObject &p) -> Result<QJsonObject> {
                   auto u = s.auth.setRole(ctx.user().userId, p.value(QStringLiteral("userId")).toString(),
                                           *server::roleFromName(p.value(QStringLiteral("role")).toString()));
                   if (!u)
                       return u.error();
                   return QJsonObject{{QStringLiteral("user"), u->toJson()}};
               }});
    t.declare({.name = QStringLiteral("admin.setFrozen"), .role = Role::Admin,
               .params = {Param::string(QStringLiteral("userId"), 1, 64), Param::boolean(QStringLiteral("frozen")),
                Param::string(QStringLiteral("reason"), 1, 500)},
               .rateClass = RateClass::Write, .handler = [s](server::CallContext &ctx, const QJsonObject &p) -> Result<QJsonObject> {
                   auto u = s.auth.setFrozen(ctx.user().userId, p.value(QStringLiteral("userId")).toString(),
                                             p.value(QStringLiteral("frozen")).toBool(),
                                             p.value(QStringLiteral("reason")).toString());
                   if (!u)
                       return u.error();
                   return QJsonObject{{QStringLiteral("user"), u->toJson()}};
               }});
}

} // namespace azc::identity
