#include "chatpay/chat_money_methods.h"

#include "chatpay/chat_money.h"
#include "chatpay/red_packets.h"
#include "server/method_params.h"

namespace azc::chatpay {

using server::CallContext;
using server::Param;
using server::RateClass;
using server::Reply;
using server::Role;
using server::str;

void declareChatMoneyMethods(server::MethodTable &t, ChatMoney &money, RedPackets &packets)
{
    const Param conversation = Param::string(QStringLiteral("conversationId"), 1, 64);
    const Param asset = Param::string(QStringLiteral("asset"), 1, 16);
    const Param amount = Param::string(QStringLiteral("amount"), 1, 64);
    const Param memo = Param::string(QStringLiteral("memo"), 0, 140).optional();
    const Param key = Param::string(QStringLiteral("idempotencyKey"), 8, 64);
    const Param code = Param::string(QStringLiteral("twoFactorCode"), 1, 32).optional();
    t.declare({.name = QStringLiteral("messages.sendMoney"), .role = Role::User,
               .params = {conversation, Param::string(QStringLiteral("toUsername"), 1, 64).optional(), asset, amount, memo, key, code},
               .rateClass = RateClass::Write, .asyncHandler = [&money](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   money.sendMoney(ctx.user(),
                                   {str(p, "conversationId"), str(p, "toUsername"), str(p, "asset"), str(p, "amount"),
                                    str(p, "memo"), str(p, "idempotencyKey"), str(p, "twoFactorCode")},
                                   std::move(reply));
               }});
    t.declare({.name = QStringLiteral("messages.requestMoney"), .role = Role::User, .params = {conversation, asset, amount, memo, key},
               .rateClass = RateClass::Write, .handler = [&money](CallContext &ctx, const QJsonObject &p) {
                   return money.requestMoney(ctx.user(), {str(p, "conversationId"), str(p, "asset"), str(p, "amount"),
                                                          str(p, "memo"), str(p, "idempotencyKey")});
               }});
    t.declare({.name = QStringLiteral("messages.payRequest"), .role = Role::User,
               .params = {Param::string(QStringLiteral("messageId"), 1, 64), code}, .rateClass = RateClass::Write,
               .asyncHandler = [&money](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   money.payRequest(ctx.user(), str(p, "messageId"), str(p, "twoFactorCode"), std::move(reply));
               }});
    t.declare({.name = QStringLiteral("messages.sendRedPacket"), .role = Role::User,
               .params = {conversation, asset, Param::string(QStringLiteral("total"), 1, 64), Param::integer(QStringLiteral("count"), 1, 100),
                Param::string(QStringLiteral("split"), 5, 6), memo, Param::integer(QStringLiteral("expiresInMinutes"), 1, 1440).optional(),
                key, code},
               .rateClass = RateClass::Write, .asyncHandler = [&packets](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   RedPacketRequest r{str(p, "conversationId"), str(p, "asset"), str(p, "total"), str(p, "split"),
                                      str(p, "memo"), str(p, "idempotencyKey"), str(p, "twoFactorCode")};
                   r.count = p.value(QStringLiteral("count")).toInt();
                   r.expiresInMinutes = p.value(QStringLiteral("expiresInMinutes")).toInt(24 * 60);
                   packets.send(ctx.user(), r, std::move(reply));
               }});
    t.declare({.name = QStringLiteral("messages.openRedPacket"), .role = Role::User, .params = {Param::string(QStringLiteral("messageId"), 1, 64)},
               .rateClass = RateClass::Write, .asyncHandler = [&packets](CallContext &ctx, const QJsonObject &p, Reply reply) {
                   packets.open(ctx.user(), str(p, "messageId"), std::move(reply));
               }});
}

} // namespace azc::chatpay
