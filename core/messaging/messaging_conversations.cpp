// Conversations and their members: direct chats, groups, channels, invites,
// roles, mute and pin.

#include "crypto/secure_random.h"
#include "identity/user_directory.h"
#include "messaging/messaging_service.h"
#include "notify/event_bus.h"
#include "storage/database.h"

#include <QRegularExpression>

namespace azc::messaging {

namespace {

const QString kDirect = QStringLiteral("direct");
const QString kGroup = QStringLiteral("group");
const QString kChannel = QStringLiteral("channel");

Error adminsOnly()
{
    return fail("forbidden", QStringLiteral("only admins may do this"),
                {{QStringLiteral("detail"), QStringLiteral("admins_only")}});
}

Error notMember(const char *field)
{
    return fail("not_found", QStringLiteral("that user is not a member"),
                {{QStringLiteral("field"), QLatin1String(field)}});
}

} // namespace

Result<QJsonObject> MessagingService::conversationJson(const QString &userId, const Conversation &c,
                                                       const Member &m)
{
    auto members = m_db.scalar(
            QStringLiteral("SELECT COUNT(*) FROM msg_members WHERE conversation_id = ?"), {c.id});
    if (!members)
        return members.error();
    auto unread = m_db.scalar(
            QStringLiteral(
                    "SELECT COUNT(*) FROM msg_messages m WHERE m.conversation_id = ? AND m.seq > ?"
                    " AND m.author_id <> ? AND m.deleted = 0 AND m.kind <> 'system' AND NOT EXISTS"
                    " (SELECT 1 FROM msg_hidden h WHERE h.user_id = ? AND h.message_id = m.id)"),
            {c.id, m.lastReadSeq, userId, userId});
    if (!unread)
        return unread.error();
    auto last = messageRows(
            QStringLiteral("WHERE conversation_id = ? AND NOT EXISTS (SELECT 1 FROM msg_hidden h"
                           " WHERE h.user_id = ? AND h.message_id = msg_messages.id)"
                           " ORDER BY seq DESC LIMIT 1"),
            {c.id, userId});
    if (!last)
        return last.error();
    QJsonValue lastMessage;
    if (!last->isEmpty()) {
        auto j = messageJson(userId, last->first());
        if (!j)
            return j.error();
        lastMessage = j.value();
    }
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("kind"), c.kind},
                  {QStringLiteral("title"), c.title},
                  {QStringLiteral("about"), c.about},
                  {QStringLiteral("handle"), c.handle},
                  {QStringLiteral("public"), c.isPublic},
                  {QStringLiteral("owner"),
                   c.ownerId.isEmpty() ? QJsonValue() : QJsonValue(party(c.ownerId))},
                  {QStringLiteral("memberCount"), members.value().toLongLong()},
                  {QStringLiteral("myRole"), m.role},
                  {QStringLiteral("muted"), m.muted},
                  {QStringLiteral("pinned"), m.pinned},
                  {QStringLiteral("unread"), unread.value().toLongLong()},
                  {QStringLiteral("lastSeq"), c.lastSeq},
                  {QStringLiteral("lastReadSeq"), m.lastReadSeq},
                  {QStringLiteral("lastMessage"), lastMessage},
                  {QStringLiteral("lastActivityAt"), c.lastActivity},
                  {QStringLiteral("createdAt"), c.createdAt},
                  {QStringLiteral("peer"), QJsonValue()},
                  {QStringLiteral("inviteToken"), m.isAdmin() ? c.inviteToken : QString()}};
    if (c.kind == kDirect) {
        auto ids = memberIds(c.id);
        if (!ids)
            return ids.error();
        for (const QString &id : ids.value())
            if (id != userId) {
                const QJsonObject peer = party(id);
                o.insert(QStringLiteral("peer"), peer);
                o.insert(QStringLiteral("title"), peer.value(QStringLiteral("displayName")));
            }
    }
    return o;
}

Result<QJsonObject> MessagingService::list(const QString &userId, int limit)
{
    m_parties.clear();
    auto q = m_db.exec(
            QStringLiteral("SELECT mm.conversation_id FROM msg_members mm JOIN msg_conversations c"
                           " ON c.id = mm.conversation_id WHERE mm.user_id = ?"
                           " ORDER BY mm.pinned DESC, c.last_activity DESC, c.id LIMIT ?"),
            {userId, limit});
    if (!q)
        return q.error();
    QStringList ids;
    while (q.value().next())
        ids.append(q.value().value(0).toString());
    QJsonArray out;
    for (const QString &id : ids) {
        auto a = access(userId, id);
        if (!a)
            return a.error();
        auto j = conversationJson(userId, a->conversation, a->member);
        if (!j)
            return j.error();
        out.append(j.value());
    }
    return QJsonObject{{QStringLiteral("conversations"), out}};
}

Result<QJsonObject> MessagingService::get(const QString &userId, const QString &conversationId)
{
    auto a = access(userId, conversationId);
    if (!a)
        return a.error();
    auto j = conversationJson(userId, a->conversation, a->member);
    if (!j)
        return j.error();
    return QJsonObject{{QStringLiteral("conversation"), j.value()}};
}

Result<QString> MessagingService::directWith(const QString &userId, const QString &peerId,
                                             bool create)
{
    const QString key = userId < peerId ? userId + QLatin1Char(':') + peerId
                                        : peerId + QLatin1Char(':') + userId;
    auto found = m_db.scalar(
            QStringLiteral(
                    "SELECT id FROM msg_conversations WHERE kind = 'direct' AND direct_key = ?"),
            {key});
    if (!found)
        return found.error();
    if (found.value().isValid() || !create)
        return found.value().toString();
    const QString id = crypto::randomId();
    const qint64 now = m_clock.nowMs();
    storage::Transaction tx(m_db);
    auto r = m_db.exec(
            QStringLiteral("INSERT INTO msg_conversations (id, kind, title, about, handle, "
                           "is_public, owner_id,"
                           " direct_key, invite_token, last_seq, last_activity, created_at)"
                           " VALUES (?, 'direct', '', '', '', 0, '', ?, '', 0, ?, ?)"),
            {id, key, now, now});
    if (!r)
        return r.error();
    for (const QString &member : {userId, peerId})
        if (auto s = addMemberRow(id, member, QStringLiteral("member"), 0); !s)
            return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QJsonObject> MessagingService::openDirect(const QString &userId, const QString &username)
{
    auto peer = m_users.byUsername(username.trimmed().toLower());
    if (!peer)
        return peer.error();
    if (!peer.value())
        return fail("not_found", QStringLiteral("there is no user named ") + username.trimmed(),
                    {{QStringLiteral("field"), QStringLiteral("username")}});
    if (peer.value()->id == userId)
        return fail("invalid_state", QStringLiteral("you cannot open a chat with yourself"),
                    {{QStringLiteral("detail"), QStringLiteral("self")}});
    auto existing = directWith(userId, peer.value()->id, false);
    if (!existing)
        return existing.error();
    if (existing->isEmpty() && peer.value()->frozen)
        return fail("invalid_state",
                    QStringLiteral("this account cannot receive messages right now"),
                    {{QStringLiteral("detail"), QStringLiteral("frozen")}});
    auto id = directWith(userId, peer.value()->id, true);
    if (!id)
        return id.error();
    return get(userId, id.value());
}

Result<QJsonObject> MessagingService::createGroup(const QString &userId, const QString &title,
                                                  const QStringList &usernames)
{
    if (title.trimmed().isEmpty())
        return fail("invalid_params", QStringLiteral("a group needs a title"),
                    {{QStringLiteral("field"), QStringLiteral("title")}});
    QStringList others;
    for (const QString &name : usernames) {
        auto u = m_users.byUsername(name.trimmed().toLower());
        if (!u)
            return u.error();
        if (!u.value())
            return fail("not_found", QStringLiteral("there is no user named ") + name.trimmed(),
                        {{QStringLiteral("field"), QStringLiteral("usernames")},
                         {QStringLiteral("username"), name}});
        if (u.value()->id != userId && !others.contains(u.value()->id) && !u.value()->frozen)
            others.append(u.value()->id);
    }
    const QString id = crypto::randomId();
    const qint64 now = m_clock.nowMs();
    storage::Transaction tx(m_db);
    auto r = m_db.exec(
            QStringLiteral("INSERT INTO msg_conversations (id, kind, title, about, handle, "
                           "is_public, owner_id,"
                           " direct_key, invite_token, last_seq, last_activity, created_at)"
                           " VALUES (?, 'group', ?, '', '', 0, ?, '', '', 0, ?, ?)"),
            {id, title.trimmed(), userId, now, now});
    if (!r)
        return r.error();
    if (auto s = addMemberRow(id, userId, QStringLiteral("owner"), 0); !s)
        return s.error();
    for (const QString &other : std::as_const(others))
        if (auto s = addMemberRow(id, other, QStringLiteral("member"), 0); !s)
            return s.error();
    auto created = get(userId, id);
    if (!created)
        return created.error();
    for (const QString &other : std::as_const(others))
        if (auto theirs = get(other, id))
            publishToMembers({other}, QStringLiteral("event.chat.joined"), theirs.value());
    if (auto s = tx.commit(); !s)
        return s.error();
    return created;
}

Result<QJsonObject> MessagingService::createChannel(const QString &userId, const QString &title,
                                                    const QString &handle, const QString &about,
                                                    bool isPublic)
{
    if (title.trimmed().isEmpty())
        return fail("invalid_params", QStringLiteral("a channel needs a title"),
                    {{QStringLiteral("field"), QStringLiteral("title")}});
    const QString h = handle.trimmed().toLower();
    if (!h.isEmpty()) {
        auto taken = m_db.scalar(
                QStringLiteral("SELECT COUNT(*) FROM msg_conversations WHERE handle = ?"), {h});
        if (!taken)
            return taken.error();
        if (taken.value().toLongLong() > 0)
            return fail("conflict", QStringLiteral("that handle is taken"),
                        {{QStringLiteral("field"), QStringLiteral("handle")}});
    }
    const QString id = crypto::randomId();
    const qint64 now = m_clock.nowMs();
    storage::Transaction tx(m_db);
    auto r = m_db.exec(
            QStringLiteral("INSERT INTO msg_conversations (id, kind, title, about, handle, "
                           "is_public, owner_id,"
                           " direct_key, invite_token, last_seq, last_activity, created_at)"
                           " VALUES (?, 'channel', ?, ?, ?, ?, ?, '', '', 0, ?, ?)"),
            {id, title.trimmed(), about, h, isPublic ? 1 : 0, userId, now, now});
    if (!r)
        return r.error();
    if (auto s = addMemberRow(id, userId, QStringLiteral("owner"), 0); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return get(userId, id);
}

Result<QJsonObject> MessagingService::join(const QString &userId, const QString &conversationId,
                                           const QString &handle, const QString &inviteToken)
{
    if (int(!conversationId.isEmpty()) + int(!handle.isEmpty()) + int(!inviteToken.isEmpty()) != 1)
        return fail("invalid_params",
                    QStringLiteral("give exactly one of conversationId, handle or inviteToken"),
                    {{QStringLiteral("field"), QStringLiteral("conversationId")}});
    QVariant id;
    if (!inviteToken.isEmpty()) {
        auto found = m_db.scalar(QStringLiteral("SELECT id FROM msg_conversations WHERE "
                                                "invite_token = ? AND invite_token <> ''"),
                                 {inviteToken});
        if (!found)
            return found.error();
        if (!found.value().isValid())
            return fail("not_found", QStringLiteral("this invite link is not valid (any more)"),
                        {{QStringLiteral("field"), QStringLiteral("inviteToken")}});
        id = found.value();
    } else if (!handle.isEmpty()) {
        auto found =
                m_db.scalar(QStringLiteral("SELECT id FROM msg_conversations WHERE handle = ?"),
                            {handle.trimmed().toLower()});
        if (!found)
            return found.error();
        if (!found.value().isValid())
            return fail("not_found", QStringLiteral("no channel has that handle"),
                        {{QStringLiteral("field"), QStringLiteral("handle")}});
        id = found.value();
    } else {
        id = conversationId;
    }
    auto c = conversation(id.toString());
    if (!c)
        return c.error();
    auto m = membership(c->id, userId);
    if (!m)
        return m.error();
    if (m.value())
        return get(userId, c->id); // already a member: joining again changes nothing
    if (inviteToken.isEmpty() && !(c->kind == kChannel && c->isPublic))
        return fail("forbidden", QStringLiteral("this conversation is joined by invitation only"),
                    {{QStringLiteral("detail"), QStringLiteral("invite_required")}});
    if (c->kind == kDirect)
        return fail("forbidden", QStringLiteral("a direct chat cannot be joined"),
                    {{QStringLiteral("detail"), QStringLiteral("direct")}});
    storage::Transaction tx(m_db);
    const QString role =
            c->kind == kChannel ? QStringLiteral("subscriber") : QStringLiteral("member");
    if (auto s = addMemberRow(c->id, userId, role, c->lastSeq); !s)
        return s.error();
    if (c->kind == kGroup)
        if (auto s = append(userId, c.value(),
                            StoredMessage{{},
                                          {},
                                          {},
                                          QStringLiteral("system"),
                                          QString(),
                                          QStringLiteral("{\"action\":\"joined\"}")});
            !s)
            return s.error();
    auto joined = get(userId, c->id);
    if (!joined)
        return joined.error();
    publishToMembers({userId}, QStringLiteral("event.chat.joined"), joined.value());
    if (auto s = tx.commit(); !s)
        return s.error();
    return joined;
}

Result<QJsonObject> MessagingService::leave(const QString &userId, const QString &conversationId)
{
    auto a = access(userId, conversationId);
    if (!a)
        return a.error();
    const Conversation &c = a->conversation;
    if (c.kind == kDirect)
        return fail("invalid_state",
                    QStringLiteral("a direct chat cannot be left; mute it instead"),
                    {{QStringLiteral("detail"), QStringLiteral("direct")}});
    storage::Transaction tx(m_db);
    if (c.kind == kGroup) // said while still a member, so everyone (the leaver too) hears it
        if (auto s = append(userId, c,
                            StoredMessage{{},
                                          {},
                                          {},
                                          QStringLiteral("system"),
                                          QString(),
                                          QStringLiteral("{\"action\":\"left\"}")});
            !s)
            return s.error();
    if (auto r = m_db.exec(
                QStringLiteral("DELETE FROM msg_members WHERE conversation_id = ? AND user_id = ?"),
                {c.id, userId});
        !r)
        return r.error();
    if (a->member.role == QLatin1String("owner")) {
        // The longest-standing admin (or member) inherits the conversation.
        auto heir = m_db.scalar(
                QStringLiteral("SELECT user_id FROM msg_members WHERE conversation_id = ?"
                               " ORDER BY CASE role WHEN 'admin' THEN 0 ELSE 1 END, joined_at, "
                               "user_id LIMIT 1"),
                {c.id});
        if (!heir)
            return heir.error();
        const QString heirId = heir.value().toString();
        if (auto r = m_db.exec(
                    QStringLiteral("UPDATE msg_conversations SET owner_id = ? WHERE id = ?"),
                    {heirId, c.id});
            !r)
            return r.error();
        if (!heirId.isEmpty())
            if (auto r = m_db.exec(QStringLiteral("UPDATE msg_members SET role = 'owner' WHERE "
                                                  "conversation_id = ? AND user_id = ?"),
                                   {c.id, heirId});
                !r)
                return r.error();
    }
    publishToMembers(
            {userId}, QStringLiteral("event.chat.left"),
            {{QStringLiteral("conversationId"), c.id}, {QStringLiteral("removed"), false}});
    if (auto s = tx.commit(); !s)
        return s.error();
    return QJsonObject{{QStringLiteral("conversationId"), c.id}, {QStringLiteral("left"), true}};
}

Result<QJsonObject> MessagingService::members(const QString &userId, const QString &conversationId,
                                              int offset, int limit)
{
    auto a = access(userId, conversationId);
    if (!a)
        return a.error();
    if (a->conversation.kind == kChannel && !a->member.isAdmin())
        return adminsOnly(); // subscribers of a channel do not see each other
    auto q = m_db.exec(QStringLiteral("SELECT user_id, role, joined_at, last_read_seq FROM "
                                      "msg_members WHERE conversation_id = ?"
                                      " ORDER BY CASE role WHEN 'owner' THEN 0 WHEN 'admin' THEN 1 "
                                      "ELSE 2 END, joined_at, user_id"
                                      " LIMIT ? OFFSET ?"),
                       {conversationId, limit, offset});
    if (!q)
        return q.error();
    QList<QJsonObject> rows;
    while (q.value().next())
        rows.append({{QStringLiteral("userId"), q.value().value(0).toString()},
                     {QStringLiteral("role"), q.value().value(1).toString()},
                     {QStringLiteral("joinedAt"), q.value().value(2).toLongLong()},
                     {QStringLiteral("lastReadSeq"), q.value().value(3).toLongLong()}});
    QJsonArray out;
    for (QJsonObject row : rows) {
        row.insert(QStringLiteral("user"), party(row.take(QStringLiteral("userId")).toString()));
        out.append(row);
    }
    auto total = m_db.scalar(
            QStringLiteral("SELECT COUNT(*) FROM msg_members WHERE conversation_id = ?"),
            {conversationId});
    if (!total)
        return total.error();
    return QJsonObject{{QStringLiteral("members"), out},
                       {QStringLiteral("total"), total.value().toLongLong()}};
}

Result<QJsonObject> MessagingService::addMember(const QString &userId,
                                                const QString &conversationId,
                                                const QString &username)
{
    auto a = access(userId, conversationId);
    if (!a)
        return a.error();
    const Conversation &c = a->conversation;
    if (c.kind == kDirect)
        return fail("invalid_state", QStringLiteral("a direct chat has two members"),
                    {{QStringLiteral("detail"), QStringLiteral("direct")}});
    if (!a->member.isAdmin())
        return adminsOnly();
    auto u = m_users.byUsername(username.trimmed().toLower());
    if (!u)
        return u.error();
    if (!u.value())
        return fail("not_found", QStringLiteral("there is no user named ") + username.trimmed(),
                    {{QStringLiteral("field"), QStringLiteral("username")}});
    if (u.value()->frozen)
        return fail("invalid_state", QStringLiteral("this account cannot join right now"),
                    {{QStringLiteral("detail"), QStringLiteral("frozen")}});
    const QString memberId = u.value()->id;
    auto existing = membership(c.id, memberId);
    if (!existing)
        return existing.error();
    if (!existing.value()) {
        storage::Transaction tx(m_db);
        if (auto s = addMemberRow(c.id, memberId,
                                  c.kind == kChannel ? QStringLiteral("subscriber")
                                                     : QStringLiteral("member"),
                                  c.lastSeq);
            !s)
            return s.error();
        if (c.kind == kGroup)
            if (auto s = append(
                        userId, c,
                        StoredMessage{{},
                                      {},
                                      {},
                                      QStringLiteral("system"),
                                      QString(),
                                      QStringLiteral("{\"action\":\"added\",\"userId\":\"%1\"}")
                                              .arg(memberId)});
                !s)
                return s.error();
        if (auto theirs = get(memberId, c.id))
            publishToMembers({memberId}, QStringLiteral("event.chat.joined"), theirs.value());
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    return QJsonObject{{QStringLiteral("conversationId"), c.id},
                       {QStringLiteral("user"), party(memberId)}};
}

Result<QJsonObject> MessagingService::setRole(const QString &userId, const QString &conversationId,
                                              const QString &memberId, const QString &role)
{
    auto a = access(userId, conversationId);
    if (!a)
        return a.error();
    const Conversation &c = a->conversation;
    if (c.kind == kDirect)
        return fail("invalid_state", QStringLiteral("a direct chat has no roles"),
                    {{QStringLiteral("detail"), QStringLiteral("direct")}});
    if (!a->member.isAdmin())
        return adminsOnly();
    auto target = membership(c.id, memberId);
    if (!target)
        return target.error();
    if (!target.value())
        return notMember("userId");
    if (target.value()->role == QLatin1String("owner"))
        return fail("invalid_state", QStringLiteral("the owner's role cannot change"),
                    {{QStringLiteral("detail"), QStringLiteral("owner")}});
    // Any admin may promote; only the owner takes admin rights away.
    if (target.value()->role == QLatin1String("admin") && role != QLatin1String("admin")
        && a->member.role != QLatin1String("owner"))
        return fail("forbidden", QStringLiteral("only the owner may demote an admin"),
                    {{QStringLiteral("detail"), QStringLiteral("owner_only")}});
    const QString stored = role == QLatin1String("admin")
            ? role
            : (c.kind == kChannel ? QStringLiteral("subscriber") : QStringLiteral("member"));
    if (auto r = m_db.exec(QStringLiteral("UPDATE msg_members SET role = ? WHERE conversation_id = "
                                          "? AND user_id = ?"),
                           {stored, c.id, memberId});
        !r)
        return r.error();
    return QJsonObject{{QStringLiteral("conversationId"), c.id},
                       {QStringLiteral("user"), party(memberId)},
                       {QStringLiteral("role"), stored}};
}

Result<QJsonObject> MessagingService::removeMember(const QString &userId,
                                                   const QString &conversationId,
                                                   const QString &memberId)
{
    auto a = access(userId, conversationId);
    if (!a)
        return a.error();
    const Conversation &c = a->conversation;
    if (c.kind == kDirect)
        return fail("invalid_state", QStringLiteral("a direct chat has two members"),
                    {{QStringLiteral("detail"), QStringLiteral("direct")}});
    if (!a->member.isAdmin())
        return adminsOnly();
    if (memberId == userId)
        return fail("invalid_state", QStringLiteral("use chats.leave to leave"),
                    {{QStringLiteral("detail"), QStringLiteral("self")}});
    auto target = membership(c.id, memberId);
    if (!target)
        return target.error();
    if (!target.value())
        return notMember("userId");
    if (target.value()->role == QLatin1String("owner")
        || (target.value()->role == QLatin1String("admin")
            && a->member.role != QLatin1String("owner")))
        return fail("forbidden",
                    QStringLiteral("only the owner may remove an admin; nobody removes the owner"),
                    {{QStringLiteral("detail"), QStringLiteral("owner_only")}});
    storage::Transaction tx(m_db);
    if (auto r = m_db.exec(
                QStringLiteral("DELETE FROM msg_members WHERE conversation_id = ? AND user_id = ?"),
                {c.id, memberId});
        !r)
        return r.error();
    if (c.kind == kGroup)
        if (auto s = append(
                    userId, c,
                    StoredMessage{{},
                                  {},
                                  {},
                                  QStringLiteral("system"),
                                  QString(),
                                  QStringLiteral("{\"action\":\"removed\",\"userId\":\"%1\"}")
                                          .arg(memberId)});
            !s)
            return s.error();
    publishToMembers({memberId}, QStringLiteral("event.chat.left"),
                     {{QStringLiteral("conversationId"), c.id}, {QStringLiteral("removed"), true}});
    if (auto s = tx.commit(); !s)
        return s.error();
    return QJsonObject{{QStringLiteral("conversationId"), c.id},
                       {QStringLiteral("removed"), party(memberId)}};
}

Result<QJsonObject> MessagingService::invite(const QString &userId, const QString &conversationId,
                                             bool reset)
{
    auto a = access(userId, conversationId);
    if (!a)
        return a.error();
    if (a->conversation.kind == kDirect)
        return fail("invalid_state", QStringLiteral("a direct chat has no invite link"),
                    {{QStringLiteral("detail"), QStringLiteral("direct")}});
    if (!a->member.isAdmin())
        return adminsOnly();
    QString token = a->conversation.inviteToken;
    if (token.isEmpty() || reset) { // a reset link stops the old one from working
        token = crypto::randomId();
        if (auto r = m_db.exec(
                    QStringLiteral("UPDATE msg_conversations SET invite_token = ? WHERE id = ?"),
                    {token, conversationId});
            !r)
            return r.error();
    }
    return QJsonObject{{QStringLiteral("conversationId"), conversationId},
                       {QStringLiteral("inviteToken"), token}};
}

Result<QJsonObject> MessagingService::setMuted(const QString &userId, const QString &conversationId,
                                               bool muted)
{
    auto a = access(userId, conversationId);
    if (!a)
        return a.error();
    if (auto r = m_db.exec(QStringLiteral("UPDATE msg_members SET muted = ? WHERE conversation_id "
                                          "= ? AND user_id = ?"),
                           {muted ? 1 : 0, conversationId, userId});
        !r)
        return r.error();
    return QJsonObject{{QStringLiteral("conversationId"), conversationId},
                       {QStringLiteral("muted"), muted}};
}

Result<QJsonObject> MessagingService::setPinned(const QString &userId,
                                                const QString &conversationId, bool pinned)
{
    auto a = access(userId, conversationId);
    if (!a)
        return a.error();
    if (auto r = m_db.exec(QStringLiteral("UPDATE msg_members SET pinned = ? WHERE conversation_id "
                                          "= ? AND user_id = ?"),
                           {pinned ? 1 : 0, conversationId, userId});
        !r)
        return r.error();
    return QJsonObject{{QStringLiteral("conversationId"), conversationId},
                       {QStringLiteral("pinned"), pinned}};
}

} // namespace azc::messaging
