#include "backend/platform_methods.h"

#include "audit/audit_log.h"
#include "notify/notification_service.h"
#include "server/method_table.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace azc {

using server::Param;
using server::RateClass;
using server::Role;

void declarePlatformMethods(server::MethodTable &t, notify::NotificationService &notifications,
                            audit::AuditLog &audit)
{
    t.declare({.name = QStringLiteral("sys.ping"), .role = Role::Public, .rateClass = RateClass::Read,
               .handler = [](server::CallContext &, const QJsonObject &) -> Result<QJsonObject> {
                   return QJsonObject{{QStringLiteral("time"), QDateTime::currentMSecsSinceEpoch()}};
               }});
    const server::MethodTable *table = &t;
    t.declare({.name = QStringLiteral("sys.info"), .role = Role::Public, .rateClass = RateClass::Read,
               .handler = [table](server::CallContext &, const QJsonObject &) -> Result<QJsonObject> {
                   return QJsonObject{{QStringLiteral("name"), QStringLiteral("azcoinerd")},
                                      {QStringLiteral("version"), QStringLiteral(AZC_VERSION)},
                                      {QStringLiteral("apiVersion"), 1},
                                      {QStringLiteral("methods"), QJsonArray::fromStringList(table->names())}};
               }});
    notify::NotificationService *n = &notifications;
    t.declare({.name = QStringLiteral("notify.list"), .role = Role::User,
               .params = {Param::boolean(QStringLiteral("unreadOnly")).optional(),
                Param::integer(QStringLiteral("limit"), 1, 100).optional()},
               .rateClass = RateClass::Read, .handler = [n](server::CallContext &ctx, const QJsonObject &p) {
                   return n->list(ctx.user().userId, p.value(QStringLiteral("unreadOnly")).toBool(),
                                  p.value(QStringLiteral("limit")).toInt(50));
               }});
    t.declare({.name = QStringLiteral("notify.markRead"), .role = Role::User,
               .params = {Param::strings(QStringLiteral("ids"), 1, 100).optional(), Param::boolean(QStringLiteral("all")).optional()},
               .rateClass = RateClass::Write, .handler = [n](server::CallContext &ctx, const QJsonObject &p) -> Result<QJsonObject> {
                   QStringList ids;
                   for (const QJsonValue &v : p.value(QStringLiteral("ids")).toArray())
                       ids.append(v.toString());
                   const bool all = p.value(QStringLiteral("all")).toBool();
                   if (ids.isEmpty() && !all)
                       return Error::make(QStringLiteral("invalid_params"), QStringLiteral("give ids or all"),
                                          {{QStringLiteral("field"), QStringLiteral("ids")}});
                   auto unread = n->markRead(ctx.user().userId, ids, all);
                   if (!unread)
                       return unread.error();
                   return QJsonObject{{QStringLiteral("unread"), unread.value()}};
               }});
    audit::AuditLog *a = &audit;
    t.declare({.name = QStringLiteral("admin.auditLog"), .role = Role::Admin,
               .params = {Param::integer(QStringLiteral("offset"), 0, 100000000).optional(),
                Param::integer(QStringLiteral("limit"), 1, 200).optional()},
               .rateClass = RateClass::Read, .handler = [a](server::CallContext &, const QJsonObject &p) {
                   return a->page(p.value(QStringLiteral("offset")).toInt(0), p.value(QStringLiteral("limit")).toInt(50));
               }});
}

} // namespace azc
