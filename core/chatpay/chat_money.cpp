#include "chatpay/chat_money.h"

#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "messaging/messaging_service.h"
#include "wallet/money_text.h"
#include "wallet/wallet_service.h"

namespace azc::chatpay {

namespace {

Error invalidState(const QString &message, const char *detail)
{
    return fail("invalid_state", message, {{QStringLiteral("detail"), QString::fromLatin1(detail)}});
}

} // namespace

ChatMoney::ChatMoney(messaging::MessagingService &messaging, wallet::WalletService &wallet, identity::UserDirectory &users)
    : m_messaging(messaging), m_wallet(wallet), m_users(users)
{
}

Result<QString> ChatMoney::recipient(const server::Caller &caller, const QString &conversationId, const QString &username)
{
    auto conversation = m_messaging.get(caller.userId, conversationId); // membership check
    if (!conversation)
        return conversation.error();
    auto members = m_messaging.members(conversationId);
    if (!members)
        return members.error();
    const QString kind = conversation->value(QStringLiteral("conversation"))[QStringLiteral("kind")].toString();
    if (kind == QLatin1String("channel"))
        return fail("invalid_params", QStringLiteral("money is sent in direct chats and groups, not channels"),
                    {{QStringLiteral("field"), QStringLiteral("conversationId")}});
    QString to;
    if (kind == QLatin1String("direct")) {
        for (const QString &id : members.value())
            if (id != caller.userId)
                to = id;
    } else {
        auto user = m_users.byUsername(username.trimmed().toLower());
        if (!user)
            return user.error();
        if (user.value() && members->contains(user.value()->id) && user.value()->id != caller.userId)
            to = user.value()->id;
        if (to.isEmpty())
            return fail("not_found", QStringLiteral("name another member of this group to pay"),
                        {{QStringLiteral("field"), QStringLiteral("toUsername")}});
    }
    if (to.isEmpty())
        return fail("not_found", QStringLiteral("nobody else is in this chat"));
    return to;
}

void ChatMoney::sendMoney(const server::Caller &caller, const ChatPayment &p, server::Reply reply)
{
    auto to = recipient(caller, p.conversationId, p.toUsername);
    if (!to)
        return reply(to.error());
    auto user = m_users.byId(to.value());
    if (!user || !user.value())
        return reply(fail("not_found", QStringLiteral("no such user")));
    const QString username = user.value()->username;
    const QString key = QStringLiteral("chat:") + p.idempotencyKey;
    m_wallet.transfer(caller, {p.asset, p.amount, username, p.memo, key, p.twoFactorCode},
                      [this, caller, p, key, reply](const Result<QJsonObject> &sent) {
                          if (!sent)
                              return reply(sent.error());
                          const QJsonObject receipt = sent->value(QStringLiteral("receipt")).toObject();
                          QJsonObject data{{QStringLiteral("asset"), receipt.value(QStringLiteral("asset"))},
                                           {QStringLiteral("amount"), receipt.value(QStringLiteral("amount"))},
                                           {QStringLiteral("fee"), receipt.value(QStringLiteral("fee"))},
                                           {QStringLiteral("from"), receipt.value(QStringLiteral("from"))},
                                           {QStringLiteral("to"), receipt.value(QStringLiteral("to"))},
                                           {QStringLiteral("operationId"), sent->value(QStringLiteral("operationId"))}};
                          // The money has moved: the bubble follows under the same key, so a
                          // retry after a failure here adds the missing bubble and nothing else.
                          auto posted = m_messaging.postSpecial(caller.userId, p.conversationId, QStringLiteral("payment"),
                                                                p.memo, data, key);
                          if (!posted)
                              return reply(posted.error());
                          QJsonObject out = posted.value();
                          out.insert(QStringLiteral("receipt"), receipt);
                          reply(out);
                      });
}

Result<QJsonObject> ChatMoney::requestMoney(const server::Caller &caller, const ChatRequest &r)
{
    auto asset = m_wallet.ledger().asset(r.asset);
    if (!asset || !asset->enabled)
        return fail("unknown_asset", QStringLiteral("no such asset"), {{QStringLiteral("field"), QStringLiteral("asset")}});
    auto amount = wallet::parseAmount(r.amount, asset->decimals, wallet::Sign::Positive);
    if (!amount)
        return amount.error();
    auto payer = recipient(caller, r.conversationId, QString());
    // A group request can be paid by any other member: only the conversation must allow it.
    if (!payer && payer.error().reason != QLatin1String("not_found"))
        return payer.error();
    const QJsonObject data{{QStringLiteral("asset"), asset->code},
                           {QStringLiteral("amount"), amount->toString(asset->decimals)},
                           {QStringLiteral("requester"), m_wallet.party(caller.userId)},
                           {QStringLiteral("status"), QStringLiteral("open")}};
    return m_messaging.postSpecial(caller.userId, r.conversationId, QStringLiteral("request"), r.memo, data,
                                   QStringLiteral("chat-request:") + r.idempotencyKey);
}

void ChatMoney::payRequest(const server::Caller &caller, const QString &messageId, const QString &twoFactorCode,
                           server::Reply reply)
{
    auto m = m_messaging.specialMessage(caller.userId, messageId);
    if (!m)
        return reply(m.error());
    if (m->kind != QLatin1String("request"))
        return reply(fail("not_found", QStringLiteral("that message is not a money request"),
                          {{QStringLiteral("field"), QStringLiteral("messageId")}}));
    if (m->authorId == caller.userId)
        return reply(invalidState(QStringLiteral("you cannot pay your own request"), "own_request"));
    if (m->data.value(QStringLiteral("status")).toString() != QLatin1String("open"))
        return reply(invalidState(QStringLiteral("this request has been paid"), "already_paid"));
    if (m_paying.contains(messageId))
        return reply(invalidState(QStringLiteral("this request is being paid right now"), "payment_in_progress"));
    auto requester = m_users.byId(m->authorId);
    if (!requester || !requester.value())
        return reply(fail("not_found", QStringLiteral("the requester's account is gone")));
    m_paying.insert(messageId);
    const QJsonObject data = m->data;
    m_wallet.transfer(caller,
                      {data.value(QStringLiteral("asset")).toString(), data.value(QStringLiteral("amount")).toString(),
                       requester.value()->username, QStringLiteral("Payment of a request in chat"),
                       QStringLiteral("chat-pay:") + messageId, twoFactorCode},
                      [this, caller, messageId, data, reply](const Result<QJsonObject> &paid) {
                          m_paying.remove(messageId);
                          if (!paid)
                              return reply(paid.error());
                          QJsonObject done = data;
                          done.insert(QStringLiteral("status"), QStringLiteral("paid"));
                          done.insert(QStringLiteral("paidBy"), m_wallet.party(caller.userId));
                          done.insert(QStringLiteral("operationId"), paid->value(QStringLiteral("operationId")));
                          done.insert(QStringLiteral("fee"),
                                      paid->value(QStringLiteral("receipt"))[QStringLiteral("fee")].toString());
                          auto updated = m_messaging.updateSpecialData(messageId, done);
                          if (!updated)
                              return reply(updated.error());
                          QJsonObject out = updated.value();
                          out.insert(QStringLiteral("receipt"), paid->value(QStringLiteral("receipt")));
                          reply(out);
                      });
}

} // namespace azc::chatpay
