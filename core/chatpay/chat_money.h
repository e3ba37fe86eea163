#pragma once
// Money inside conversations. A payment is a wallet transfer (the transfer
// fee, limits and 2FA threshold apply) shown as a "payment" bubble to both
// sides; a request is a "request" bubble any other member can pay once:
//   sendMoney   transfer to the other member of a direct chat (or a named
//               member of a group), then the bubble; a retry with the same
//               key repeats neither
//   requestMoney  the bubble, status "open"
//   payRequest  one payment at a time per request; the transfer's key is the
//               request's, so a payer's retry never pays twice; the bubble
//               becomes "paid" (by whom, which operation) for everyone.

#include "server/call_context.h"
#include "server/method_table.h"

#include <QJsonObject>
#include <QSet>

namespace azc::messaging { class MessagingService; }
namespace azc::wallet { class WalletService; }
namespace azc::identity { class UserDirectory; }

namespace azc::chatpay {

struct ChatPayment {
    QString conversationId, toUsername, asset, amount, memo, idempotencyKey, twoFactorCode;
};

struct ChatRequest {
    QString conversationId, asset, amount, memo, idempotencyKey;
};

class ChatMoney
{
public:
    ChatMoney(messaging::MessagingService &messaging, wallet::WalletService &wallet, identity::UserDirectory &users);

    void sendMoney(const server::Caller &caller, const ChatPayment &payment, server::Reply reply);
    Result<QJsonObject> requestMoney(const server::Caller &caller, const ChatRequest &request);
    void payRequest(const server::Caller &caller, const QString &messageId, const QString &twoFactorCode,
                    server::Reply reply);

private:
    // The member to pay in a conversation: the other one of a direct chat, or
    // `username` among the members of a group.
    Result<QString> recipient(const server::Caller &caller, const QString &conversationId, const QString &username);

    messaging::MessagingService &m_messaging;
    wallet::WalletService &m_wallet;
    identity::UserDirectory &m_users;
    QSet<QString> m_paying; // requests whose payment is under way
};

} // namespace azc::chatpay
