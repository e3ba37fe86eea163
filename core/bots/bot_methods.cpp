#include "bots/bot_service.h"

namespace azc::bots {

using server::CallContext;
using server::Param;
using server::RateClass;
using server::Reply;
using server::Role;

namespace {

QString str(const QJsonObject &p, const char *key) { return p.value(QLatin1String(key)).toString(); }

} // namespace

Status declareBotMethods(server::MethodTable &t, BotService &bots)
{
    const Param botId = Param::string(QStringLiteral("botId"), 1, 64);
    t.declare({.name = QStringLiteral("bots.create"), .role = Role::User,
               .params = {Param::string(QStringLiteral("username"), 4, 32), Param::string(QStringLiteral("displayName"), 1, 64)},
               .rateClass = RateClass::Write, .handler = [&bots](CallContext &ctx, const QJsonObject &p) {
                   return bots.create(ctx.user(), str(p, "username"), str(p, "displayName"));
               }});
    t.declare({.name = QStringLiteral("bots.list"), .role = Role::User, .rateClass = RateClass::Read,
               .handler = [&bots](CallContext &ctx, const QJsonObject &) { return bots.list(ctx.user().userId); }});
    t.declare({.name = QStringLiteral("bots.resetToken"), .role = Role::User, .params = {botId}, .rateClass = RateClass::Write,
               .handler = [&bots](CallContext &ctx, const QJsonObject &p) { return bots.resetToken(ctx.user(), str(p, "botId")); }});
    t.declare({.name = QStringLiteral("auth.bot"), .role = Role::Public, .params = {Param::string(QStringLiteral("token"), 40, 200)}, .rateClass = RateClass::Auth,
               .handler = [&bots](CallContext &ctx, const QJsonObject &p) { return bots.signIn(ctx, str(p, "token")); }});
    t.declare({.name = QStringLiteral("messages.pressButton"), .role = Role::User,
               .params = {Param::string(QStringLiteral("messageId"), 1, 64), Param::string(QStringLiteral("data"), 1, 64)},
               .rateClass = RateClass::Write, .asyncHandler = [&bots](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   bots.press(ctx.user(), str(p, "messageId"), str(p, "data"), std::move(reply));
               }});
    t.declare({.name = QStringLiteral("bots.answerCallback"), .role = Role::Bot,
               .params = {Param::string(QStringLiteral("callbackId"), 1, 64), Param::string(QStringLiteral("text"), 0, 200).optional(),
                Param::boolean(QStringLiteral("alert")).optional()},
               .rateClass = RateClass::Write, .handler = [&bots](CallContext &ctx, const QJsonObject &p) {
                   return bots.answer(ctx.user(), str(p, "callbackId"), str(p, "text"),
                                      p.value(QStringLiteral("alert")).toBool());
               }});
    return t.openTo(server::Audience::Bot, BotService::kBotMethods);
}

} // namespace azc::bots
