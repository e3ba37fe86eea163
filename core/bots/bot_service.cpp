#include "bots/bot_service.h"

#include "crypto/digest.h"
#include "crypto/secure_random.h"
#include "identity/session_manager.h"
#include "identity/user_directory.h"
#include "messaging/messaging_service.h"
#include "notify/event_bus.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QTimer>

namespace azc::bots {

namespace {

constexpr int kMaxBotsPerOwner = 20;

Error badToken()
{
    return fail("unauthenticated", QStringLiteral("this bot token is not valid"));
}

QJsonObject botJson(const identity::User &u, qint64 createdAt)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("username"), u.username},
            {QStringLiteral("displayName"), u.displayName},
            {QStringLiteral("createdAt"), createdAt}};
}

} // namespace

const QStringList BotService::kBotMethods{
        QStringLiteral("chats.list"),    QStringLiteral("chats.get"),        QStringLiteral("chats.members"),
        QStringLiteral("chats.leave"),   QStringLiteral("messages.send"),    QStringLiteral("messages.list"),
        QStringLiteral("messages.edit"), QStringLiteral("messages.delete"),  QStringLiteral("messages.markRead"),
        QStringLiteral("chat.typing"),   QStringLiteral("spot.tickers"),     QStringLiteral("spot.depth"),
        QStringLiteral("spot.trades"),   QStringLiteral("spot.markets")};

BotService::BotService(BotServices services, int callbackTimeoutMs, QObject *parent)
    : QObject(parent), s(services), m_callbackTimeoutMs(callbackTimeoutMs)
{
}

BotService::~BotService()
{
    for (const Pending &p : std::as_const(m_pending))
        delete p.timer;
}

QList<storage::Migration> BotService::migrations()
{
    return {{1, QStringLiteral("bots and their token hashes"),
             {QStringLiteral("CREATE TABLE bots (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, token_hash TEXT NOT NULL,"
                             " created_at BIGINT NOT NULL)"),
              QStringLiteral("CREATE INDEX bots_owner ON bots (owner_id)")}}};
}

Result<QJsonObject> BotService::create(const server::Caller &owner, const QString &usernameIn, const QString &displayName)
{
    const QString username = usernameIn.trimmed().toLower();
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{1,28}bot$"));
    if (!pattern.match(username).hasMatch())
        return fail("invalid_params", QStringLiteral("a bot's username is 4–32 letters, digits or _ and ends in \"bot\""),
                    {{QStringLiteral("field"), QStringLiteral("username")}});
    if (displayName.trimmed().isEmpty() || displayName.size() > 64)
        return fail("invalid_params", QStringLiteral("give the bot a name of up to 64 characters"),
                    {{QStringLiteral("field"), QStringLiteral("displayName")}});
    auto taken = s.users.byUsername(username);
    if (!taken)
        return taken.error();
    if (taken->has_value())
        return fail("conflict", QStringLiteral("that username is taken"), {{QStringLiteral("field"), QStringLiteral("username")}});
    auto count = s.db.scalar(QStringLiteral("SELECT COUNT(*) FROM bots WHERE owner_id = ?"), {owner.userId});
    if (!count)
        return count.error();
    if (count->toInt() >= kMaxBotsPerOwner)
        return fail("invalid_state", QStringLiteral("you can have up to %1 bots").arg(kMaxBotsPerOwner),
                    {{QStringLiteral("detail"), QStringLiteral("too_many")}});
    identity::User bot;
    bot.id = crypto::randomId();
    bot.username = username;
    bot.displayName = displayName.trimmed();
    bot.role = server::Role::Bot; // no password: it signs in with its token only
    bot.createdAt = s.clock.nowMs();
    const QString secret = crypto::randomToken();
    storage::Transaction tx(s.db);
    if (auto inserted = s.users.insert(bot); !inserted)
        return inserted.error();
    if (auto w = s.db.exec(QStringLiteral("INSERT INTO bots (id, owner_id, token_hash, created_at) VALUES (?, ?, ?, ?)"),
                           {bot.id, owner.userId, QString::fromLatin1(crypto::sha256Hex(secret.toUtf8())), bot.createdAt});
        !w)
        return w.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return QJsonObject{{QStringLiteral("bot"), botJson(bot, bot.createdAt)}, {QStringLiteral("token"), QString(bot.id + u'.' + secret)}};
}

Result<QJsonObject> BotService::list(const QString &ownerId)
{
    auto q = s.db.exec(QStringLiteral("SELECT id, created_at FROM bots WHERE owner_id = ? ORDER BY created_at"), {ownerId});
    if (!q)
        return q.error();
    QList<QPair<QString, qint64>> rows; // read whole before the users: nested queries cut a result short on PostgreSQL
    while (q.value().next())
        rows.append({q.value().value(0).toString(), q.value().value(1).toLongLong()});
    QJsonArray out;
    for (const auto &[id, createdAt] : rows)
        if (auto u = s.users.require(id))
            out.append(botJson(u.value(), createdAt));
    return QJsonObject{{QStringLiteral("bots"), out}};
}

Result<QJsonObject> BotService::resetToken(const server::Caller &owner, const QString &botId)
{
    const QString secret = crypto::randomToken();
    auto w = s.db.exec(QStringLiteral("UPDATE bots SET token_hash = ? WHERE id = ? AND owner_id = ?"),
                       {QString::fromLatin1(crypto::sha256Hex(secret.toUtf8())), botId, owner.userId});
    if (!w)
        return w.error();
    if (w.value().numRowsAffected() != 1)
        return fail("not_found", QStringLiteral("no such bot of yours"), {{QStringLiteral("field"), QStringLiteral("botId")}});
    // Whoever holds the old token is signed out now.
    if (auto revoked = s.sessions.revokeAllExcept(botId, QString()); !revoked)
        return revoked.error();
    return QJsonObject{{QStringLiteral("botId"), botId}, {QStringLiteral("token"), QString(botId + u'.' + secret)}};
}

Result<QJsonObject> BotService::signIn(server::CallContext &ctx, const QString &token)
{
    const qsizetype dot = token.indexOf(u'.');
    if (dot <= 0)
        return badToken();
    const QString botId = token.left(dot);
    auto stored = s.db.scalar(QStringLiteral("SELECT token_hash FROM bots WHERE id = ?"), {botId});
    if (!stored)
        return stored.error();
    const QByteArray presented = crypto::sha256Hex(token.mid(dot + 1).toUtf8());
    if (!stored->isValid() || !crypto::constantTimeEquals(stored->toString().toLatin1(), presented))
        return badToken();
    auto bot = s.users.require(botId);
    if (!bot)
        return bot.error();
    if (bot->frozen)
        return fail("account_frozen", QStringLiteral("this bot is frozen"));
    auto issued = s.sessions.issue(botId, QStringLiteral("bot"));
    if (!issued)
        return issued.error();
    if (auto bound = ctx.bindSession(issued->sessionId, botId); !bound) {
        (void)s.sessions.revoke(botId, issued->sessionId);
        return bound.error();
    }
    return QJsonObject{{QStringLiteral("bot"), botJson(bot.value(), bot->createdAt)}, {QStringLiteral("session"), issued->session}};
}

void BotService::press(const server::Caller &caller, const QString &messageId, const QString &data, server::Reply reply)
{
    auto m = s.messaging.specialMessage(caller.userId, messageId); // members only
    if (!m)
        return reply(m.error());
    auto author = s.users.require(m->authorId);
    bool found = false;
    for (const QJsonValue &row : m->data.value(QStringLiteral("buttons")).toArray())
        for (const QJsonValue &b : row.toArray())
            found = found || b[QStringLiteral("data")].toString() == data;
    if (!author || author->role != server::Role::Bot || !found)
        return reply(fail("not_found", QStringLiteral("this message has no such button"), {{QStringLiteral("field"), QStringLiteral("data")}}));
    const QString callbackId = crypto::randomId();
    auto *timer = new QTimer;
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, callbackId] {
        auto it = m_pending.find(callbackId);
        if (it == m_pending.end())
            return;
        const Pending p = it.value();
        m_pending.erase(it);
        p.timer->deleteLater();
        p.reply(fail("bot_timeout", QStringLiteral("the bot did not answer")));
    });
    m_pending.insert(callbackId, {m->authorId, std::move(reply), timer});
    timer->start(m_callbackTimeoutMs);
    s.bus.publishToUser(m->authorId, QStringLiteral("event.bot.callback"),
                        {{QStringLiteral("callbackId"), callbackId},
                         {QStringLiteral("conversationId"), m->conversationId},
                         {QStringLiteral("messageId"), messageId},
                         {QStringLiteral("data"), data},
                         {QStringLiteral("from"), QJsonObject{{QStringLiteral("userId"), caller.userId},
                                                              {QStringLiteral("username"), caller.username}}}});
}

Result<QJsonObject> BotService::answer(const server::Caller &bot, const QString &callbackId, const QString &text, bool alert)
{
    auto it = m_pending.find(callbackId);
    if (it == m_pending.end() || it->botId != bot.userId)
        return fail("not_found", QStringLiteral("no such callback (answered, timed out or not yours)"));
    const Pending p = it.value();
    m_pending.erase(it);
    p.timer->stop();
    p.timer->deleteLater();
    p.reply(QJsonObject{{QStringLiteral("text"), text}, {QStringLiteral("alert"), alert}});
    return QJsonObject{{QStringLiteral("answered"), true}};
}

} // namespace azc::bots
