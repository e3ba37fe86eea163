#pragma once
// core/bots: bots and integrated APIs. A bot is an account of role "bot"
// owned by the user who made it. It signs in with its token (auth.bot) over
// the same WebSocket API, sees the chats it is a member of through the usual
// pushes (event.message.new …), posts messages with inline buttons, and
// answers button presses (callback queries) within a few seconds.
//
//   token     "<botId>.<secret>": the secret is 256 random bits, shown once,
//             stored as its SHA-256 (like session tokens) and compared in
//             constant time; bots.resetToken replaces it
//   methods   a bot calls only what the method table opens to bots
//             (kBotMethods: messaging, market data, its own callbacks) with
//             its own write budget (GatewayLimits::botWritesPerSecond)
//   presses   messages.pressButton waits for the bot's bots.answerCallback
//             (or says it did not answer in time); nothing is stored

#include "common/clock.h"
#include "common/result.h"
#include "server/call_context.h"
#include "server/method_table.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>

class QTimer;

namespace azc::storage { class Database; struct Migration; }
namespace azc::identity { class UserDirectory; class SessionManager; }
namespace azc::messaging { class MessagingService; }
namespace azc::notify { class EventBus; }

namespace azc::bots {

struct BotServices {
    storage::Database &db;
    identity::UserDirectory &users;
    identity::SessionManager &sessions;
    messaging::MessagingService &messaging;
    notify::EventBus &bus;
    const Clock &clock;
};

class BotService : public QObject
{
    Q_OBJECT
public:
    explicit BotService(BotServices services, int callbackTimeoutMs = 10000, QObject *parent = nullptr);
    ~BotService() override;
    static QList<storage::Migration> migrations();
    // The user methods bots may call as well (declared elsewhere).
    static const QStringList kBotMethods;

    Result<QJsonObject> create(const server::Caller &owner, const QString &username, const QString &displayName);
    Result<QJsonObject> list(const QString &ownerId);
    Result<QJsonObject> resetToken(const server::Caller &owner, const QString &botId);
    // auth.bot: the socket is signed in as the bot.
    Result<QJsonObject> signIn(server::CallContext &ctx, const QString &token);

    void press(const server::Caller &caller, const QString &messageId, const QString &data, server::Reply reply);
    Result<QJsonObject> answer(const server::Caller &bot, const QString &callbackId, const QString &text, bool alert);

private:
    struct Pending {
        QString botId;
        server::Reply reply;
        QTimer *timer = nullptr;
    };
    BotServices s;
    int m_callbackTimeoutMs;
    QHash<QString, Pending> m_pending; // callback id → the user's waiting press
};

// bots.create, bots.list, bots.resetToken, auth.bot, messages.pressButton,
// bots.answerCallback; and opens kBotMethods to bots.
Status declareBotMethods(server::MethodTable &table, BotService &bots);

} // namespace azc::bots
