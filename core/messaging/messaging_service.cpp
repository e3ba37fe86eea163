#include "messaging/messaging_service.h"

#include "identity/user_directory.h"
#include "notify/event_bus.h"
#include "storage/database.h"

namespace azc::messaging {

MessagingService::MessagingService(MessagingServices s)
    : m_db(s.db)
    , m_users(s.users)
    , m_files(s.files)
    , m_notifications(s.notifications)
    , m_bus(s.bus)
    , m_clock(s.clock)
{}

Result<MessagingService::Conversation> MessagingService::conversation(const QString &conversationId)
{
    auto q = m_db.exec(
            QStringLiteral("SELECT id, kind, title, about, handle, owner_id, invite_token, "
                           "is_public, last_seq,"
                           " last_activity, created_at FROM msg_conversations WHERE id = ?"),
            {conversationId});
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    if (!r.next())
        return fail("not_found", QStringLiteral("no such conversation"),
                    {{QStringLiteral("field"), QStringLiteral("conversationId")}});
    Conversation c;
    c.id = r.value(0).toString();
    c.kind = r.value(1).toString();
    c.title = r.value(2).toString();
    c.about = r.value(3).toString();
    c.handle = r.value(4).toString();
    c.ownerId = r.value(5).toString();
    c.inviteToken = r.value(6).toString();
    c.isPublic = r.value(7).toInt() != 0;
    c.lastSeq = r.value(8).toLongLong();
    c.lastActivity = r.value(9).toLongLong();
    c.createdAt = r.value(10).toLongLong();
    return c;
}

Result<std::optional<MessagingService::Member>>
MessagingService::membership(const QString &conversationId, const QString &userId)
{
    auto q = m_db.exec(QStringLiteral("SELECT role, last_read_seq, muted, pinned FROM msg_members"
                                      " WHERE conversation_id = ? AND user_id = ?"),
                       {conversationId, userId});
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    if (!r.next())
        return std::optional<Member>();
    return std::optional<Member>(Member{r.value(0).toString(), r.value(1).toLongLong(),
                                        r.value(2).toInt() != 0, r.value(3).toInt() != 0});
}

Result<MessagingService::Access> MessagingService::access(const QString &userId,
                                                          const QString &conversationId)
{
    auto c = conversation(conversationId);
    if (!c)
        return c.error();
    auto m = membership(conversationId, userId);
    if (!m)
        return m.error();
    if (!m.value())
        return fail("forbidden", QStringLiteral("you are not a member of this conversation"),
                    {{QStringLiteral("detail"), QStringLiteral("not_member")}});
    return Access{c.value(), *m.value()};
}

Result<QStringList> MessagingService::memberIds(const QString &conversationId)
{
    auto q = m_db.exec(QStringLiteral("SELECT user_id FROM msg_members WHERE conversation_id = ?"),
                       {conversationId});
    if (!q)
        return q.error();
    QStringList ids;
    while (q.value().next())
        ids.append(q.value().value(0).toString());
    return ids;
}

Status MessagingService::addMemberRow(const QString &conversationId, const QString &userId,
                                      const QString &role, qint64 lastReadSeq)
{
    auto r = m_db.exec(
            QStringLiteral("INSERT INTO msg_members (conversation_id, user_id, role, joined_at, "
                           "last_read_seq,"
                           " muted, pinned) VALUES (?, ?, ?, ?, ?, 0, 0) ON CONFLICT DO NOTHING"),
            {conversationId, userId, role, m_clock.nowMs(), lastReadSeq});
    if (!r)
        return r.error();
    return okStatus();
}

bool MessagingService::canPost(const Conversation &c, const Member &m) const
{
    return c.kind != QLatin1String("channel") || m.isAdmin();
}

QJsonObject MessagingService::party(const QString &userId)
{
    auto it = m_parties.constFind(userId);
    if (it != m_parties.cend())
        return *it;
    return m_parties.insert(userId, m_users.party(userId)).value();
}

void MessagingService::publishToMembers(const QStringList &ids, const QString &event,
                                        const QJsonObject &params)
{
    // Queued until the change is durable: nobody hears of a rolled-back message.
    m_db.afterCommit([bus = &m_bus, ids, event, params] { bus->publishToUsers(ids, event, params); });
}

bool MessagingService::fileSharedWith(const QString &fileId, const QString &userId)
{
    auto n = m_db.scalar(
            QStringLiteral("SELECT COUNT(*) FROM msg_messages m JOIN msg_members mm"
                           " ON mm.conversation_id = m.conversation_id AND mm.user_id = ?"
                           " WHERE m.file_id = ? AND m.deleted = 0"),
            {userId, fileId});
    return n && n.value().toLongLong() > 0;
}

} // namespace azc::messaging
