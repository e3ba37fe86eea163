// Messages: sending with one place that assigns `seq`, history pages,
// edits, deletes, reactions, read state, pins and typing.

#include "crypto/secure_random.h"
#include "files/file_service.h"
#include "identity/user_directory.h"
#include "messaging/messaging_rows.h"
#include "messaging/messaging_service.h"
#include "notify/event_bus.h"
#include "notify/notification_service.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace azc::messaging {

namespace {

const QString kColumns = QStringLiteral(
        "SELECT id, conversation_id, seq, author_id, kind, text, data, reply_to, forward_json,"
        " file_id, mentions, created_at, edited_at, deleted, pinned FROM msg_messages ");
const QString kNotHidden =
        QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM msg_hidden h WHERE h.user_id = ?"
                       " AND h.message_id = msg_messages.id)");

Error tooLong()
{
    return fail(
            "invalid_params",
            QStringLiteral("text: must be at most %1 characters").arg(MessagingService::kMaxText),
            {{QStringLiteral("field"), QStringLiteral("text")}});
}

QString preview(const QString &text)
{
    return text.size() > 120 ? text.left(119) + QChar(0x2026) : text;
}

} // namespace

Result<QList<MessagingService::StoredMessage>>
MessagingService::messageRows(const QString &where, const QVariantList &params)
{
    auto q = m_db.exec(kColumns + where, params);
    if (!q)
        return q.error();
    QList<StoredMessage> out;
    QSqlQuery &r = q.value();
    while (r.next()) {
        StoredMessage m;
        m.id = r.value(0).toString();
        m.conversationId = r.value(1).toString();
        m.seq = r.value(2).toLongLong();
        m.authorId = r.value(3).toString();
        m.kind = r.value(4).toString();
        m.text = r.value(5).toString();
        m.data = r.value(6).toString();
        m.replyTo = r.value(7).toString();
        m.forwardJson = r.value(8).toString();
        m.fileId = r.value(9).toString();
        m.mentions = r.value(10).toString();
        m.createdAt = r.value(11).toLongLong();
        m.editedAt = r.value(12).toLongLong();
        m.deleted = r.value(13).toInt() != 0;
        m.pinned = r.value(14).toInt() != 0;
        out.append(m);
    }
    return out;
}

Result<MessagingService::StoredMessage> MessagingService::message(const QString &messageId)
{
    auto rows = messageRows(QStringLiteral("WHERE id = ?"), {messageId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return messageNotFound();
    return rows->first();
}

Result<QJsonArray> MessagingService::messagesJson(const QString &userId,
                                                  const QList<StoredMessage> &rows)
{
    QJsonArray out;
    for (const StoredMessage &m : rows) {
        auto j = messageJson(userId, m);
        if (!j)
            return j.error();
        out.append(j.value());
    }
    return out;
}

Result<QJsonObject> MessagingService::messageJson(const QString &userId, const StoredMessage &m)
{
    QJsonArray reactions;
    QString mine;
    if (!m.deleted) {
        auto q = m_db.exec(
                QStringLiteral(
                        "SELECT emoji, COUNT(*), SUM(CASE WHEN user_id = ? THEN 1 ELSE 0 END) FROM "
                        "msg_reactions"
                        " WHERE message_id = ? GROUP BY emoji ORDER BY COUNT(*) DESC, emoji"),
                {userId, m.id});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QString emoji = q.value().value(0).toString();
            reactions.append(
                    QJsonObject{{QStringLiteral("emoji"), emoji},
                                {QStringLiteral("count"), q.value().value(1).toLongLong()}});
            if (q.value().value(2).toLongLong() > 0)
                mine = emoji;
        }
    }
    QJsonValue file;
    if (!m.fileId.isEmpty() && !m.deleted)
        if (auto f = m_files.file(m.fileId))
            file = f->toJson();
    QJsonValue forwarded;
    if (!m.forwardJson.isEmpty()) {
        QJsonObject f = parseObject(m.forwardJson);
        f.insert(QStringLiteral("author"), party(f.take(QStringLiteral("authorId")).toString()));
        forwarded = f;
    }
    return QJsonObject{
            {QStringLiteral("id"), m.id},
            {QStringLiteral("conversationId"), m.conversationId},
            {QStringLiteral("seq"), m.seq},
            {QStringLiteral("kind"), m.kind},
            {QStringLiteral("author"), party(m.authorId)},
            {QStringLiteral("text"), m.deleted ? QString() : m.text},
            {QStringLiteral("data"), m.deleted ? QJsonObject() : parseObject(m.data)},
            {QStringLiteral("replyTo"), m.replyTo.isEmpty() ? QJsonValue() : QJsonValue(m.replyTo)},
            {QStringLiteral("forwardedFrom"), m.deleted ? QJsonValue() : forwarded},
            {QStringLiteral("file"), file},
            {QStringLiteral("mentions"),
             m.deleted || m.mentions.isEmpty()
                     ? QJsonArray()
                     : QJsonDocument::fromJson(m.mentions.toUtf8()).array()},
            {QStringLiteral("reactions"), reactions},
            {QStringLiteral("myReaction"), mine},
            {QStringLiteral("edited"), m.editedAt > 0},
            {QStringLiteral("editedAt"), m.editedAt > 0 ? QJsonValue(m.editedAt) : QJsonValue()},
            {QStringLiteral("deleted"), m.deleted},
            {QStringLiteral("pinned"), m.pinned && !m.deleted},
            {QStringLiteral("createdAt"), m.createdAt}};
}

Status MessagingService::indexText(const StoredMessage &m, bool remove)
{
    // PostgreSQL keeps its tsvector itself (a generated column).
    if (m_db.dialect() != storage::Dialect::Sqlite)
        return okStatus();
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM msg_fts WHERE message_id = ?"), {m.id}); !r)
        return r.error();
    if (remove || m.text.isEmpty() || m.kind == QLatin1String("system"))
        return okStatus();
    auto r = m_db.exec(
            QStringLiteral(
                    "INSERT INTO msg_fts (text, message_id, conversation_id) VALUES (?, ?, ?)"),
            {m.text, m.id, m.conversationId});
    if (!r)
        return r.error();
    return okStatus();
}

// The one place a message gets its `seq`: the conversation row's counter,
// bumped in the same transaction as the insert (the row lock orders
// concurrent senders on PostgreSQL too).
Result<MessagingService::StoredMessage>
MessagingService::append(const QString &authorId, const Conversation &c, StoredMessage m)
{
    const qint64 now = m_clock.nowMs();
    storage::Transaction tx(m_db);
    auto seq = m_db.scalar(
            QStringLiteral("UPDATE msg_conversations SET last_seq = last_seq + 1, last_activity = ?"
                           " WHERE id = ? RETURNING last_seq"),
            {now, c.id});
    if (!seq)
        return seq.error();
    m.id = crypto::randomId();
    m.conversationId = c.id;
    m.authorId = authorId;
    m.seq = seq.value().toLongLong();
    m.createdAt = now;
    if (m.mentions.isEmpty())
        m.mentions = QStringLiteral("[]");
    auto r = m_db.exec(QStringLiteral("INSERT INTO msg_messages (id, conversation_id, seq, "
                                      "author_id, kind, text, data, reply_to,"
                                      " forward_json, file_id, mentions, client_key, created_at, "
                                      "edited_at, deleted, pinned)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)"),
                       {m.id, m.conversationId, m.seq, m.authorId, m.kind, m.text,
                        m.data.isEmpty() ? QStringLiteral("{}") : m.data, m.replyTo, m.forwardJson,
                        m.fileId, m.mentions, m.clientKey, m.createdAt});
    if (!r)
        return r.error();
    if (auto s = indexText(m, false); !s)
        return s.error();
    // What you send yourself is read.
    if (auto u = m_db.exec(QStringLiteral("UPDATE msg_members SET last_read_seq = ? WHERE "
                                          "conversation_id = ? AND user_id = ?"),
                           {m.seq, c.id, authorId});
        !u)
        return u.error();
    auto ids = memberIds(c.id);
    if (!ids)
        return ids.error();
    auto j = messageJson(authorId, m);
    if (!j)
        return j.error();
    QJsonObject pushed = j.value();
    pushed.insert(QStringLiteral("myReaction"), QString());
    publishToMembers(ids.value(), QStringLiteral("event.message.new"),
                     {{QStringLiteral("message"), pushed}});
    if (auto s = tx.commit(); !s)
        return s.error();
    return m;
}

Result<QJsonObject> MessagingService::send(const QString &userId, const SendRequest &req)
{
    m_parties.clear();
    if (req.conversationId.isEmpty() == req.toUsername.isEmpty())
        return fail("invalid_params",
                    QStringLiteral("give exactly one of conversationId and toUsername"),
                    {{QStringLiteral("field"), QStringLiteral("conversationId")}});
    if (req.text.size() > kMaxText)
        return tooLong();
    if (!req.clientKey
                 .isEmpty()) { // a retry of a message that arrived: the same answer, no second copy
        auto prior = messageRows(QStringLiteral("WHERE author_id = ? AND client_key = ?"),
                                 {userId, req.clientKey});
        if (!prior)
            return prior.error();
        if (!prior->isEmpty()) {
            auto j = messageJson(userId, prior->first());
            if (!j)
                return j.error();
            return QJsonObject{{QStringLiteral("message"), j.value()}};
        }
    }
    const bool hasText = !req.text.trimmed().isEmpty();
    if (!hasText && req.fileId.isEmpty() && req.forwardMessageId.isEmpty())
        return fail("invalid_params",
                    QStringLiteral("a message needs text, a file or something to forward"),
                    {{QStringLiteral("field"), QStringLiteral("text")}});
    if (!req.forwardMessageId.isEmpty() && (hasText || !req.fileId.isEmpty()))
        return fail("invalid_params", QStringLiteral("a forward carries the original message only"),
                    {{QStringLiteral("field"), QStringLiteral("forwardMessageId")}});

    QString conversationId = req.conversationId;
    if (!req.toUsername.isEmpty()) {
        auto opened = openDirect(userId, req.toUsername);
        if (!opened)
            return opened.error();
        conversationId = opened->value(QStringLiteral("conversation"))
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toString();
    }
    auto a = access(userId, conversationId);
    if (!a)
        return a.error();
    if (!canPost(a->conversation, a->member))
        return fail("forbidden", QStringLiteral("only admins post in a channel"),
                    {{QStringLiteral("detail"), QStringLiteral("admins_only")}});

    StoredMessage m;
    m.kind = QStringLiteral("text");
    m.text = req.text;
    m.clientKey = req.clientKey;
    if (!req.replyTo.isEmpty()) {
        auto target = message(req.replyTo);
        if (!target || target->conversationId != conversationId)
            return messageNotFound("replyTo");
        m.replyTo = target->id;
    }
    if (!req.forwardMessageId.isEmpty()) {
        auto source = message(req.forwardMessageId);
        if (!source || source->deleted || source->kind == QLatin1String("system"))
            return messageNotFound("forwardMessageId");
        // A special bubble (payment, request, red packet, and whatever other
        // domains post) acts on the object it belongs to; a copy elsewhere
        // would let people outside that conversation act on it.
        if (isSpecialKind(source->kind))
            return fail("invalid_params", QStringLiteral("money messages cannot be forwarded"),
                        {{QStringLiteral("field"), QStringLiteral("forwardMessageId")}});
        auto seen = membership(source->conversationId, userId);
        if (!seen)
            return seen.error();
        if (!seen.value())
            return messageNotFound("forwardMessageId"); // not yours to see
        m.kind = source->kind;
        m.text = source->text;
        m.fileId = source->fileId;
        m.data = source->data;
        m.forwardJson =
                compact(QJsonObject{{QStringLiteral("conversationId"), source->conversationId},
                                    {QStringLiteral("messageId"), source->id},
                                    {QStringLiteral("authorId"), source->authorId}});
    }
    if (!req.fileId.isEmpty()) {
        auto f = m_files.file(req.fileId);
        if (!f)
            return fail("not_found", QStringLiteral("no such file"),
                        {{QStringLiteral("field"), QStringLiteral("fileId")}});
        if (f->ownerId != userId && !fileSharedWith(f->id, userId))
            return fail(
                    "forbidden",
                    QStringLiteral("you may only share your own files or files shared with you"),
                    {{QStringLiteral("detail"), QStringLiteral("not_your_file")}});
        m.kind = QStringLiteral("file");
        m.fileId = f->id;
    }
    if (!req.buttons.isEmpty())
        m.data = compact(QJsonObject{{QStringLiteral("buttons"), req.buttons}});

    // @username → user ids of members; a mention of a non-member mentions nobody.
    QStringList mentioned;
    static const QRegularExpression mentionRe(QStringLiteral("(?<![\\w@])@([a-z0-9_.]{3,32})"),
                                              QRegularExpression::CaseInsensitiveOption);
    for (auto it = mentionRe.globalMatch(m.text); it.hasNext();) {
        const QString name = it.next().captured(1).toLower();
        auto u = m_users.byUsername(name);
        if (!u || !u.value() || u.value()->id == userId || mentioned.contains(u.value()->id))
            continue;
        auto mm = membership(conversationId, u.value()->id);
        if (mm && mm.value())
            mentioned.append(u.value()->id);
    }
    m.mentions = compact(QJsonArray::fromStringList(mentioned));

    auto stored = append(userId, a->conversation, m);
    if (!stored)
        return stored.error();

    // Notifications: a mention always; otherwise members who are offline and did not mute it.
    auto q = m_db.exec(QStringLiteral("SELECT user_id, muted FROM msg_members WHERE "
                                      "conversation_id = ? AND user_id <> ?"),
                       {conversationId, userId});
    QList<QPair<QString, bool>> others; // read out first: presence checks run queries of their own
    while (q && q.value().next())
        others.append({q.value().value(0).toString(), q.value().value(1).toInt() != 0});
    {
        const QJsonObject sender = party(userId);
        const QString senderName = sender.value(QStringLiteral("displayName")).toString();
        const QString where = a->conversation.kind == QLatin1String("direct")
                ? senderName
                : a->conversation.title;
        const QString body = stored->kind == QLatin1String("file") && stored->text.isEmpty()
                ? QStringLiteral("sent a file")
                : preview(stored->text);
        const QJsonObject data{{QStringLiteral("conversationId"), conversationId},
                               {QStringLiteral("messageId"), stored->id},
                               {QStringLiteral("seq"), stored->seq}};
        for (const auto &[memberId, muted] : std::as_const(others)) {
            if (mentioned.contains(memberId))
                m_notifications.queue(
                        memberId, QStringLiteral("messaging.mention"),
                        QStringLiteral("%1 mentioned you in %2").arg(senderName, where), body,
                        data);
            else if (!muted && !(m_isOnline && m_isOnline(memberId)))
                m_notifications.queue(memberId, QStringLiteral("messaging.message"),
                                      a->conversation.kind == QLatin1String("direct")
                                              ? senderName
                                              : QStringLiteral("%1 in %2").arg(senderName, where),
                                      body, data);
        }
    }
    auto j = messageJson(userId, stored.value());
    if (!j)
        return j.error();
    return QJsonObject{{QStringLiteral("message"), j.value()}};
}

Result<qint64> MessagingService::importMessage(const QString &authorId,
                                               const QString &conversationId, const QString &text)
{
    auto c = conversation(conversationId);
    if (!c)
        return c.error();
    StoredMessage m;
    m.kind = QStringLiteral("text");
    m.text = text.left(kMaxText);
    auto stored = append(authorId, c.value(), m);
    if (!stored)
        return stored.error();
    return stored->seq;
}

Result<QJsonObject> MessagingService::messages(const QString &userId, const QString &conversationId,
                                               Page page, qint64 seq, int limit)
{
    m_parties.clear();
    auto a = access(userId, conversationId);
    if (!a)
        return a.error();
    QString where = QStringLiteral("WHERE conversation_id = ?") + kNotHidden;
    QVariantList params{conversationId, userId};
    if (page == Page::Since) {
        where += QStringLiteral(" AND seq > ? ORDER BY seq ASC LIMIT ?");
        params << seq << limit + 1;
    } else if (page == Page::Before) {
        where += QStringLiteral(" AND seq < ? ORDER BY seq DESC LIMIT ?");
        params << seq << limit + 1;
    } else {
        where += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
        params << limit + 1;
    }
    auto rows = messageRows(where, params);
    if (!rows)
        return rows.error();
    QList<StoredMessage> list = rows.value();
    const bool more = list.size() > limit;
    if (more)
        list.resize(limit);
    if (page != Page::Since)
        std::reverse(list.begin(), list.end());
    auto j = messagesJson(userId, list);
    if (!j)
        return j.error();
    return QJsonObject{{QStringLiteral("messages"), j.value()},
                       {QStringLiteral("hasMore"), more},
                       {QStringLiteral("lastSeq"), a->conversation.lastSeq},
                       {QStringLiteral("lastReadSeq"), a->member.lastReadSeq}};
}

Result<QJsonObject> MessagingService::edit(const QString &userId, const QString &messageId,
                                           const QString &text)
{
    if (text.size() > kMaxText)
        return tooLong();
    auto m = message(messageId);
    if (!m)
        return m.error();
    auto a = access(userId, m->conversationId);
    if (!a)
        return a.error();
    if (m->authorId != userId)
        return fail("forbidden", QStringLiteral("only the author edits a message"),
                    {{QStringLiteral("detail"), QStringLiteral("not_author")}});
    if (m->deleted || m->kind == QLatin1String("system") || !m->forwardJson.isEmpty())
        return fail("invalid_state", QStringLiteral("this message cannot be edited"),
                    {{QStringLiteral("detail"),
                      m->deleted ? QStringLiteral("deleted") : QStringLiteral("not_editable")}});
    if (text.trimmed().isEmpty() && m->fileId.isEmpty())
        return fail("invalid_params", QStringLiteral("text: must not be empty"),
                    {{QStringLiteral("field"), QStringLiteral("text")}});
    StoredMessage changed = m.value();
    if (text != m->text) {
        const qint64 now = m_clock.nowMs();
        changed.text = text;
        changed.editedAt = now;
        storage::Transaction tx(m_db);
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO msg_edits (message_id, text, "
                                              "replaced_at) VALUES (?, ?, ?)"),
                               {m->id, m->text, now});
            !r)
            return r.error();
        if (auto r = m_db.exec(
                    QStringLiteral("UPDATE msg_messages SET text = ?, edited_at = ? WHERE id = ?"),
                    {text, now, m->id});
            !r)
            return r.error();
        if (auto s = indexText(changed, false); !s)
            return s.error();
        auto ids = memberIds(m->conversationId);
        if (!ids)
            return ids.error();
        auto j = messageJson(QString(), changed);
        if (!j)
            return j.error();
        publishToMembers(ids.value(), QStringLiteral("event.message.edited"),
                         {{QStringLiteral("message"), j.value()}});
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    auto j = messageJson(userId, changed);
    if (!j)
        return j.error();
    return QJsonObject{{QStringLiteral("message"), j.value()}};
}

Result<QJsonObject> MessagingService::edits(const QString &userId, const QString &messageId)
{
    auto m = message(messageId);
    if (!m)
        return m.error();
    if (auto a = access(userId, m->conversationId); !a)
        return a.error();
    auto q = m_db.exec(QStringLiteral("SELECT text, replaced_at FROM msg_edits WHERE message_id = "
                                      "? ORDER BY replaced_at, text"),
                       {messageId});
    if (!q)
        return q.error();
    QJsonArray versions;
    while (q.value().next())
        versions.append(
                QJsonObject{{QStringLiteral("text"), q.value().value(0).toString()},
                            {QStringLiteral("replacedAt"), q.value().value(1).toLongLong()}});
    auto j = messageJson(userId, m.value());
    if (!j)
        return j.error();
    return QJsonObject{{QStringLiteral("message"), j.value()},
                       {QStringLiteral("versions"), versions}};
}

Result<QJsonObject> MessagingService::remove(const QString &userId, const QString &messageId,
                                             bool forEveryone)
{
    auto m = message(messageId);
    if (!m)
        return m.error();
    auto a = access(userId, m->conversationId);
    if (!a)
        return a.error();
    const QJsonObject event{{QStringLiteral("conversationId"), m->conversationId},
                            {QStringLiteral("messageId"), m->id},
                            {QStringLiteral("seq"), m->seq},
                            {QStringLiteral("forEveryone"), forEveryone}};
    storage::Transaction tx(m_db);
    if (!forEveryone) {
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO msg_hidden (user_id, message_id) VALUES "
                                              "(?, ?) ON CONFLICT DO NOTHING"),
                               {userId, m->id});
            !r)
            return r.error();
        publishToMembers({userId}, QStringLiteral("event.message.deleted"),
                         event); // your other devices
    } else if (!m->deleted) {
        const bool isAdmin = a->conversation.kind != QLatin1String("direct") && a->member.isAdmin();
        if (m->authorId != userId && !isAdmin)
            return fail(
                    "forbidden",
                    QStringLiteral("only the author or an admin deletes a message for everyone"),
                    {{QStringLiteral("detail"), QStringLiteral("not_author")}});
        // The tombstone keeps its seq; its content, edits and reactions go.
        if (auto r = m_db.exec(QStringLiteral("UPDATE msg_messages SET deleted = 1, text = '', "
                                              "data = '{}', file_id = '',"
                                              " mentions = '[]', pinned = 0 WHERE id = ?"),
                               {m->id});
            !r)
            return r.error();
        for (const char *table : {"msg_edits", "msg_reactions"})
            if (auto r = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE message_id = ?")
                                           .arg(QLatin1String(table)),
                                   {m->id});
                !r)
                return r.error();
        if (auto s = indexText(m.value(), true); !s)
            return s.error();
        auto ids = memberIds(m->conversationId);
        if (!ids)
            return ids.error();
        publishToMembers(ids.value(), QStringLiteral("event.message.deleted"), event);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return event;
}

Result<QJsonObject> MessagingService::react(const QString &userId, const QString &messageId,
                                            const QString &emoji)
{
    auto m = message(messageId);
    if (!m)
        return m.error();
    auto a = access(userId, m->conversationId);
    if (!a)
        return a.error();
    if (m->deleted || m->kind == QLatin1String("system"))
        return fail("invalid_state", QStringLiteral("this message cannot take reactions"),
                    {{QStringLiteral("detail"), QStringLiteral("deleted")}});
    storage::Transaction tx(m_db);
    auto r = emoji.isEmpty()
            ? m_db.exec(QStringLiteral(
                                "DELETE FROM msg_reactions WHERE message_id = ? AND user_id = ?"),
                        {m->id, userId})
            : m_db.exec(QStringLiteral("INSERT INTO msg_reactions (message_id, user_id, emoji, "
                                       "created_at) VALUES (?, ?, ?, ?)"
                                       " ON CONFLICT (message_id, user_id) DO UPDATE SET emoji = "
                                       "excluded.emoji,"
                                       " created_at = excluded.created_at"),
                        {m->id, userId, emoji, m_clock.nowMs()});
    if (!r)
        return r.error();
    auto j = messageJson(userId, m.value());
    if (!j)
        return j.error();
    auto ids = memberIds(m->conversationId);
    if (!ids)
        return ids.error();
    publishToMembers(ids.value(), QStringLiteral("event.reaction.changed"),
                     {{QStringLiteral("conversationId"), m->conversationId},
                      {QStringLiteral("messageId"), m->id},
                      {QStringLiteral("seq"), m->seq},
                      {QStringLiteral("user"), party(userId)},
                      {QStringLiteral("emoji"), emoji},
                      {QStringLiteral("reactions"), j->value(QStringLiteral("reactions"))}});
    if (auto s = tx.commit(); !s)
        return s.error();
    return QJsonObject{{QStringLiteral("message"), j.value()}};
}

Result<QJsonObject> MessagingService::markRead(const QString &userId, const QString &conversationId,
                                               qint64 seq)
{
    auto a = access(userId, conversationId);
    if (!a)
        return a.error();
    const qint64 upTo = std::min(seq, a->conversation.lastSeq);
    Member m = a->member;
    if (upTo > m.lastReadSeq) {
        storage::Transaction tx(m_db);
        if (auto r = m_db.exec(QStringLiteral("UPDATE msg_members SET last_read_seq = ? WHERE "
                                              "conversation_id = ? AND user_id = ?"
                                              " AND last_read_seq < ?"),
                               {upTo, conversationId, userId, upTo});
            !r)
            return r.error();
        m.lastReadSeq = upTo;
        // Channel subscribers' receipts interest nobody but their own devices.
        QStringList to{userId};
        if (a->conversation.kind != QLatin1String("channel")) {
            auto ids = memberIds(conversationId);
            if (!ids)
                return ids.error();
            to = ids.value();
        }
        publishToMembers(to, QStringLiteral("event.read"),
                         {{QStringLiteral("conversationId"), conversationId},
                          {QStringLiteral("user"), party(userId)},
                          {QStringLiteral("seq"), upTo}});
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    auto j = conversationJson(userId, a->conversation, m);
    if (!j)
        return j.error();
    return QJsonObject{{QStringLiteral("conversationId"), conversationId},
                       {QStringLiteral("lastReadSeq"), m.lastReadSeq},
                       {QStringLiteral("unread"), j->value(QStringLiteral("unread"))}};
}

Result<QJsonObject> MessagingService::pinMessage(const QString &userId, const QString &messageId,
                                                 bool pinned)
{
    auto m = message(messageId);
    if (!m)
        return m.error();
    auto a = access(userId, m->conversationId);
    if (!a)
        return a.error();
    if (a->conversation.kind != QLatin1String("direct") && !a->member.isAdmin())
        return fail("forbidden", QStringLiteral("only admins pin messages here"),
                    {{QStringLiteral("detail"), QStringLiteral("admins_only")}});
    if (m->deleted || m->kind == QLatin1String("system"))
        return fail("invalid_state", QStringLiteral("this message cannot be pinned"),
                    {{QStringLiteral("detail"), QStringLiteral("deleted")}});
    storage::Transaction tx(m_db);
    if (auto r = m_db.exec(QStringLiteral("UPDATE msg_messages SET pinned = ? WHERE id = ?"),
                           {pinned ? 1 : 0, m->id});
        !r)
        return r.error();
    auto ids = memberIds(m->conversationId);
    if (!ids)
        return ids.error();
    const QJsonObject event{{QStringLiteral("conversationId"), m->conversationId},
                            {QStringLiteral("messageId"), m->id},
                            {QStringLiteral("seq"), m->seq},
                            {QStringLiteral("pinned"), pinned}};
    publishToMembers(ids.value(), QStringLiteral("event.message.pinned"), event);
    if (auto s = tx.commit(); !s)
        return s.error();
    return event;
}

Result<QJsonObject> MessagingService::pinnedMessages(const QString &userId,
                                                     const QString &conversationId)
{
    auto a = access(userId, conversationId);
    if (!a)
        return a.error();
    auto rows = messageRows(
            QStringLiteral("WHERE conversation_id = ? AND pinned = 1 AND deleted = 0 ORDER BY seq"),
            {conversationId});
    if (!rows)
        return rows.error();
    auto j = messagesJson(userId, rows.value());
    if (!j)
        return j.error();
    return QJsonObject{{QStringLiteral("messages"), j.value()}};
}

Result<QJsonObject> MessagingService::typing(const QString &userId, const QString &conversationId)
{
    auto a = access(userId, conversationId);
    if (!a)
        return a.error();
    if (!canPost(a->conversation, a->member))
        return fail("forbidden", QStringLiteral("only admins post in a channel"),
                    {{QStringLiteral("detail"), QStringLiteral("admins_only")}});
    // At most one event per user and conversation every kTypingEveryMs; more are accepted and
    // dropped.
    const QString key = conversationId + QLatin1Char(':') + userId;
    const qint64 now = m_clock.nowMs();
    if (now - m_lastTyping.value(key, -kTypingEveryMs) < kTypingEveryMs)
        return QJsonObject{{QStringLiteral("sent"), false}};
    m_lastTyping.insert(key, now);
    if (m_lastTyping.size() > 100000) // bounded: stale entries only throttle less
        m_lastTyping.clear();
    auto ids = memberIds(conversationId);
    if (!ids)
        return ids.error();
    QStringList others = ids.value();
    others.removeAll(userId);
    const QJsonObject event{{QStringLiteral("conversationId"), conversationId},
                            {QStringLiteral("user"), party(userId)}};
    for (const QString &id : std::as_const(others))
        m_bus.publishToUser(id, QStringLiteral("event.typing"), event);
    return QJsonObject{{QStringLiteral("sent"), true}};
}

} // namespace azc::messaging
