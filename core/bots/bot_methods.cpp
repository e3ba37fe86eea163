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
    t.declare({QStringLiteral("bots.create"), Role::User, 0,
               {Param::string(QStringLiteral("username"), 4, 32), Param::string(QStringLiteral("displayName"), 1, 64)},
               RateClass::Write, [&bots](CallContext &ctx, const QJsonObject &p) {
                   return bots.create(ctx.user(), str(p, "username"), str(p, "displayName"));
               }});
    t.declare({QStringLiteral("bots.list"), Role::User, 0, {}, RateClass::Read,
               [&bots](CallContext &ctx, const QJsonObject &) { return bots.list(ctx.user().userId); }});
    t.declare({QStringLiteral("bots.resetToken"), Role::User, 0, {botId}, RateClass::Write,
               [&bots](CallContext &ctx, const QJsonObject &p) { return bots.resetToken(ctx.user(), str(p, "botId")); }});
    t.declare({QStringLiteral("auth.bot"), Role::Public, 0, {Param::string(QStringLiteral("token"), 40, 200)}, RateClass::Auth,
               [&bots](CallContext &ctx, const QJsonObject &p) { return bots.signIn(ctx, str(p, "token")); }});
    t.declare({QStringLiteral("messages.pressButton"), Role::User, 0,
               {Param::string(QStringLiteral("messageId"), 1, 64), Param::string(QStringLiteral("data"), 1, 64)},
               RateClass::Write, {}, [&bots](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   bots.press(ctx.user(), str(p, "messageId"), str(p, "data"), std::move(reply));
               }});
    t.declare({QStringLiteral("bots.answerCallback"), Role::Bot, 0,
               {Param::string(QStringLiteral("callbackId"), 1, 64), Param::string(QStringLiteral("text"), 0, 200).optional(),
                Param::boolean(QStringLiteral("alert")).optional()},
               RateClass::Write, [&bots](CallContext &ctx, const QJsonObject &p) {
                   return bots.answer(ctx.user(), str(p, "callbackId"), str(p, "text"),
                                      p.value(QStringLiteral("alert")).toBool());
               }});
    return t.openTo(server::Audience::Bot, BotService::kBotMethods);
}

} // namespace azc::bots
