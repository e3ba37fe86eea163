#pragma once
// core/messaging owns conversations (direct chats, groups, channels), their
// members, messages with per-conversation sequence numbers, edits, deletes,
// reactions, read state, pins and search. It reaches users through
// UserDirectory, files through FileService, and clients through the EventBus
// and NotificationService; nobody else reads msg_* tables. Money in chats and
// bots will add message kinds (the `kind` and `data` columns), not tables here.

#include "common/clock.h"
#include "common/result.h"
#include "server/call_context.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace azc::storage {
class Database;
}
namespace azc::identity {
class UserDirectory;
}
namespace azc::notify {
class NotificationService;
class EventBus;
} // namespace azc::notify
namespace azc::files {
class FileService;
}

namespace azc::messaging {

struct MessagingServices
{
    storage::Database &db;
    identity::UserDirectory &users;
    files::FileService &files;
    notify::NotificationService &notifications;
    notify::EventBus &bus;
    const Clock &clock;
};

struct SendRequest
{
    QString conversationId; // or toUsername for a direct chat, created on first message
    QString toUsername;
    QString text;
    QString fileId;
    QString replyTo;          // a message id in the same conversation
    QString forwardMessageId; // a message in a conversation the sender belongs to
    QString clientKey;        // idempotency: a repeat returns the first message
    QJsonArray buttons;       // bots only (checked by the caller): rows of {text, data}, kept in data.buttons
};

enum class Page {
    Latest,
    Since,
    Before
};

class MessagingService
{
public:
    static constexpr int kMaxText = 4096;
    static constexpr int kMaxTitle = 64;
    static constexpr qint64 kTypingEveryMs = 2000;

    explicit MessagingService(MessagingServices s);

    // Whether a user has an open socket (offline members get notifications).
    void setPresence(std::function<bool(const QString &userId)> isOnline)
    {
        m_isOnline = std::move(isOnline);
    }
    // For FileService: may `userId` read `fileId` because it was shared in a
    // conversation they belong to (and the message is not deleted)?
    bool fileSharedWith(const QString &fileId, const QString &userId);

    // Conversations (messaging_conversations.cpp)
    Result<QJsonObject> list(const QString &userId, int limit);
    Result<QJsonObject> get(const QString &userId, const QString &conversationId);
    Result<QJsonObject> openDirect(const QString &userId, const QString &username);
    Result<QJsonObject> createGroup(const QString &userId, const QString &title,
                                    const QStringList &usernames);
    Result<QJsonObject> createChannel(const QString &userId, const QString &title,
                                      const QString &handle, const QString &about, bool isPublic);
    Result<QJsonObject> join(const QString &userId, const QString &conversationId,
                             const QString &handle, const QString &inviteToken);
    Result<QJsonObject> leave(const QString &userId, const QString &conversationId);
    Result<QJsonObject> members(const QString &userId, const QString &conversationId, int offset,
                                int limit);
    Result<QJsonObject> addMember(const QString &userId, const QString &conversationId,
                                  const QString &username);
    Result<QJsonObject> setRole(const QString &userId, const QString &conversationId,
                                const QString &memberId, const QString &role);
    Result<QJsonObject> removeMember(const QString &userId, const QString &conversationId,
                                     const QString &memberId);
    Result<QJsonObject> invite(const QString &userId, const QString &conversationId, bool reset);
    Result<QJsonObject> setMuted(const QString &userId, const QString &conversationId, bool muted);
    Result<QJsonObject> setPinned(const QString &userId, const QString &conversationId,
                                  bool pinned);

    // Messages (messaging_messages.cpp)
    Result<QJsonObject> send(const QString &userId, const SendRequest &request);
    Result<QJsonObject> messages(const QString &userId, const QString &conversationId, Page page,
                                 qint64 seq, int limit);
    Result<QJsonObject> edit(const QString &userId, const QString &messageId, const QString &text);
    Result<QJsonObject> edits(const QString &userId, const QString &messageId);
    Result<QJsonObject> remove(const QString &userId, const QString &messageId, bool forEveryone);
    Result<QJsonObject> react(const QString &userId, const QString &messageId,
                              const QString &emoji);
    Result<QJsonObject> markRead(const QString &userId, const QString &conversationId, qint64 seq);
    Result<QJsonObject> pinMessage(const QString &userId, const QString &messageId, bool pinned);
    Result<QJsonObject> pinnedMessages(const QString &userId, const QString &conversationId);
    Result<QJsonObject> typing(const QString &userId, const QString &conversationId);

    // History brought in from elsewhere (demo data, imports): stored, indexed
    // and pushed like any message, but nobody is notified. Returns its seq.
    Result<qint64> importMessage(const QString &authorId, const QString &conversationId,
                                 const QString &text);

    // Search (messaging_search.cpp)
    // Money in chats (core/chatpay): a bubble of `kind` ("payment", "request")
    // with its data, posted by `userId` where they may post; a repeat of
    // `clientKey` answers the first one. The author of a message id, its
    // kind and data, and a change of its data pushed to every member.
    Result<QJsonObject> postSpecial(const QString &userId, const QString &conversationId, const QString &kind,
                                    const QString &text, const QJsonObject &data, const QString &clientKey);
    struct SpecialMessage {
        QString id, conversationId, authorId, kind;
        QJsonObject data;
    };
    // The message, if `userId` is a member of its conversation (not_found otherwise).
    Result<SpecialMessage> specialMessage(const QString &userId, const QString &messageId);
    Result<QJsonObject> updateSpecialData(const QString &messageId, const QJsonObject &data);
    // Conversations other domains run (a P2P trade's chat): a group owned by
    // `ownerId` with `memberIds`, system notes in it (kind "system", `data`
    // says what happened), and members added by the system (support joining).
    Result<QString> openSystemGroup(const QString &ownerId, const QString &title, const QStringList &memberIds);
    Status postSystemNote(const QString &conversationId, const QString &authorId, const QJsonObject &data);
    Status addSystemMember(const QString &conversationId, const QString &userId);
    // The user ids of a conversation's members.
    Result<QStringList> members(const QString &conversationId) { return memberIds(conversationId); }

    Result<QJsonObject> search(const QString &userId, const QString &query,
                               const QString &conversationId, int limit);

private:
    struct Conversation
    {
        QString id, kind, title, about, handle, ownerId, inviteToken;
        bool isPublic = false;
        qint64 lastSeq = 0, lastActivity = 0, createdAt = 0;
    };
    struct Member
    {
        QString role; // owner, admin, member, subscriber
        qint64 lastReadSeq = 0;
        bool muted = false, pinned = false;
        bool isAdmin() const
        {
            return role == QLatin1String("owner") || role == QLatin1String("admin");
        }
    };
    struct Access
    {
        Conversation conversation;
        Member member;
    };
    struct StoredMessage
    {
        QString id, conversationId, authorId, kind, text, data, replyTo, forwardJson, fileId,
                mentions, clientKey;
        qint64 seq = 0, createdAt = 0, editedAt = 0;
        bool deleted = false, pinned = false;
    };

    Result<Conversation> conversation(const QString &conversationId);
    Result<std::optional<Member>> membership(const QString &conversationId, const QString &userId);
    // The conversation, if the user is a member; else not_found / forbidden (not_member).
    Result<Access> access(const QString &userId, const QString &conversationId);
    Result<QStringList> memberIds(const QString &conversationId);
    Status addMemberRow(const QString &conversationId, const QString &userId, const QString &role,
                        qint64 lastReadSeq);
    Result<QString> directWith(const QString &userId, const QString &peerId, bool create);
    Result<QJsonObject> conversationJson(const QString &userId, const Conversation &c,
                                         const Member &m);
    bool canPost(const Conversation &c, const Member &m) const;

    Result<StoredMessage> message(const QString &messageId);
    Result<QList<StoredMessage>> messageRows(const QString &where, const QVariantList &params);
    Result<QJsonArray> messagesJson(const QString &userId, const QList<StoredMessage> &rows);
    Result<QJsonObject> messageJson(const QString &userId, const StoredMessage &m);
    Result<StoredMessage> append(const QString &authorId, const Conversation &c, StoredMessage m);
    Status indexText(const StoredMessage &m, bool remove);
    void publishToMembers(const QStringList &memberIds, const QString &event,
                          const QJsonObject &params);
    QJsonObject party(const QString &userId);

    storage::Database &m_db;
    identity::UserDirectory &m_users;
    files::FileService &m_files;
    notify::NotificationService &m_notifications;
    notify::EventBus &m_bus;
    const Clock &m_clock;
    std::function<bool(const QString &)> m_isOnline;
    QHash<QString, qint64> m_lastTyping;   // "conversation:user" -> when its last event went out
    QHash<QString, QJsonObject> m_parties; // user id -> Party, for this process's lifetime
};

} // namespace azc::messaging
