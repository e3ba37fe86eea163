// Messages other domains post: money bubbles (core/chatpay) and the chats
// and system notes of a P2P trade (core/p2p), through the same rows, pushes
// and membership rules as people's messages.

#include "identity/user_directory.h"
#include "messaging/messaging_rows.h"
#include "messaging/messaging_service.h"
#include "storage/database.h"

namespace azc::messaging {

Result<QJsonObject> MessagingService::postSpecial(const QString &userId, const QString &conversationId,
                                                  const QString &kind, const QString &text, const QJsonObject &data,
                                                  const QString &clientKey)
{
    m_parties.clear();
    // No key: nothing to repeat (an empty key would match any message sent without one).
    auto prior = clientKey.isEmpty() ? Result<QList<StoredMessage>>(QList<StoredMessage>())
                                     : messageRows(QStringLiteral("WHERE author_id = ? AND client_key = ?"), {userId, clientKey});
    if (!prior)
        return prior.error();
    if (!prior->isEmpty()) {
        auto j = messageJson(userId, prior->first());
        if (!j)
            return j.error();
        return QJsonObject{{QStringLiteral("message"), j.value()}};
    }
    auto a = access(userId, conversationId);
    if (!a)
        return a.error();
    if (!canPost(a->conversation, a->member))
        return fail("forbidden", QStringLiteral("only admins post in a channel"),
                    {{QStringLiteral("detail"), QStringLiteral("admins_only")}});
    StoredMessage m;
    m.kind = kind;
    m.text = text.left(kMaxText);
    m.data = compact(data);
    m.clientKey = clientKey;
    auto stored = append(userId, a->conversation, m);
    if (!stored)
        return stored.error();
    auto j = messageJson(userId, stored.value());
    if (!j)
        return j.error();
    return QJsonObject{{QStringLiteral("message"), j.value()}};
}

Result<MessagingService::SpecialMessage> MessagingService::specialMessage(const QString &userId, const QString &messageId)
{
    auto m = message(messageId);
    // A forwarded copy is never the bubble (or the bot's buttons) itself;
    // older rows may hold forwarded red packets.
    if (!m || m->deleted || !m->forwardJson.isEmpty())
        return messageNotFound("messageId");
    auto seen = membership(m->conversationId, userId);
    if (!seen)
        return seen.error();
    if (!seen.value())
        return messageNotFound("messageId");
    return SpecialMessage{m->id, m->conversationId, m->authorId, m->kind, parseObject(m->data)};
}

Result<QJsonObject> MessagingService::updateSpecialData(const QString &messageId, const QJsonObject &data)
{
    m_parties.clear();
    auto m = message(messageId);
    if (!m)
        return m.error();
    storage::Transaction tx(m_db);
    if (auto r = m_db.exec(QStringLiteral("UPDATE msg_messages SET data = ? WHERE id = ?"), {compact(data), messageId}); !r)
        return r.error();
    StoredMessage changed = m.value();
    changed.data = compact(data);
    auto ids = memberIds(changed.conversationId);
    if (!ids)
        return ids.error();
    auto j = messageJson(QString(), changed);
    if (!j)
        return j.error();
    publishToMembers(ids.value(), QStringLiteral("event.message.edited"), {{QStringLiteral("message"), j.value()}});
    if (auto s = tx.commit(); !s)
        return s.error();
    return QJsonObject{{QStringLiteral("message"), j.value()}};
}

Result<QString> MessagingService::openSystemGroup(const QString &ownerId, const QString &title, const QStringList &memberIds)
{
    QStringList usernames;
    for (const QString &id : memberIds) {
        auto u = m_users.byId(id);
        if (!u || !u.value())
            return fail("not_found", QStringLiteral("no such user"));
        usernames.append(u.value()->username);
    }
    auto made = createGroup(ownerId, title, usernames);
    if (!made)
        return made.error();
    return made->value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toString();
}

Status MessagingService::postSystemNote(const QString &conversationId, const QString &authorId, const QJsonObject &data)
{
    auto c = conversation(conversationId);
    if (!c)
        return c.error();
    StoredMessage m;
    m.kind = QStringLiteral("system");
    m.data = compact(data);
    auto stored = append(authorId, c.value(), m);
    return stored ? okStatus() : Status(stored.error());
}

Status MessagingService::addSystemMember(const QString &conversationId, const QString &userId)
{
    auto c = conversation(conversationId);
    if (!c)
        return c.error();
    auto already = membership(conversationId, userId);
    if (!already)
        return already.error();
    if (already.value())
        return okStatus();
    storage::Transaction tx(m_db);
    if (auto s = addMemberRow(conversationId, userId, QStringLiteral("member"), 0); !s)
        return s;
    if (auto s = append(userId, c.value(), StoredMessage{{}, {}, {}, QStringLiteral("system"), QString(),
                                                         QStringLiteral("{\"action\":\"joined\"}")});
        !s)
        return s.error();
    return tx.commit();
}

} // namespace azc::messaging
