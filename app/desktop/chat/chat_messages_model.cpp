#include "chat/chat_messages_model.h"

#include "foundation/event_hub.h"
#include "foundation/app_context.h"
#include "foundation/document_image_provider.h"
#include "foundation/party_name.h"
#include "foundation/session.h"


#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <algorithm>

namespace azc {

namespace {
// Everything that happens in a conversation.
constexpr Topics kChatTopics = Topics(Topic::MessageNew) | Topic::MessageEdited | Topic::MessageDeleted
                               | Topic::MessagePinned | Topic::ReactionChanged | Topic::Read | Topic::Typing
                               | Topic::ChatJoined | Topic::ChatLeft;
} // namespace

namespace {

qint64 seqOf(const QJsonObject &message)
{
    return message.value(QStringLiteral("seq")).toInteger();
}

// A run of messages by one author breaks after this long.
constexpr qint64 RunBreakMs = 10 * 60 * 1000;
constexpr qint64 TypingShownMs = 5000;

} // namespace

ChatMessagesModel::ChatMessagesModel(QObject *parent) : QAbstractListModel(parent)
{
    m_readTimer.setSingleShot(true);
    m_readTimer.setInterval(250);
    connect(&m_readTimer, &QTimer::timeout, this, [this] {
        if (m_readWanted <= std::max(m_lastReadSeq, m_readSent))
            return;
        m_readSent = m_readWanted;
        call(QStringLiteral("messages.markRead"),
             {{QStringLiteral("conversationId"), m_conversationId}, {QStringLiteral("seq"), m_readWanted}},
             [this](const QJsonObject &result) {
                 const qint64 read = result.value(QStringLiteral("lastReadSeq")).toInteger();
                 if (read > m_lastReadSeq) {
                     m_lastReadSeq = read;
                     emit readChanged();
                 }
             });
    });
    m_typingTimer.setInterval(1000);
    connect(&m_typingTimer, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto before = m_typing.size();
        m_typing.removeIf([now](const auto &entry) { return now - entry.value() > TypingShownMs; });
        if (m_typing.isEmpty())
            m_typingTimer.stop();
        if (m_typing.size() != before)
            emit typingChanged();
    });
}

ChatMessagesModel::~ChatMessagesModel() = default;

int ChatMessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ChatMessagesModel::roleNames() const
{
    return {{MessageIdRole, "messageId"},     {SeqRole, "seq"},
            {KindRole, "kind"},               {AuthorIdRole, "authorId"},
            {AuthorNameRole, "authorName"},   {MineRole, "mine"},
            {TextRole, "text"},               {DataRole, "payload"},
            {ReplyToRole, "replyTo"},         {ReplyAuthorRole, "replyAuthor"},
            {ReplyTextRole, "replyText"},     {ForwardedFromRole, "forwardedFrom"},
            {FileIdRole, "fileId"},           {FileNameRole, "fileName"},
            {FileSizeRole, "fileSize"},       {IsImageRole, "isImage"},
            {ThumbnailRole, "thumbnail"},     {ReactionsRole, "reactions"},
            {MyReactionRole, "myReaction"},   {EditedRole, "edited"},
            {DeletedRole, "deleted"},         {PinnedRole, "pinned"},
            {CreatedAtRole, "createdAt"},     {DayStartRole, "dayStart"},
            {FirstOfRunRole, "firstOfRun"},   {ReadByOthersRole, "readByOthers"}};
}

QVariant ChatMessagesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    return roleValue(index.row(), role);
}

bool ChatMessagesModel::sameDay(qint64 a, qint64 b) const
{
    return QDateTime::fromMSecsSinceEpoch(a).date() == QDateTime::fromMSecsSinceEpoch(b).date();
}

QVariant ChatMessagesModel::roleValue(int row, int role) const
{
    const QJsonObject &m = m_rows.at(row).message;
    const QJsonObject author = m.value(QStringLiteral("author")).toObject();
    const QJsonObject file = m.value(QStringLiteral("file")).toObject();
    const auto createdAt = [this](int r) { return m_rows.at(r).message.value(QStringLiteral("createdAt")).toInteger(); };
    switch (role) {
    case MessageIdRole: return m.value(QStringLiteral("id")).toString();
    case SeqRole: return m_rows.at(row).seq;
    case KindRole: return m.value(QStringLiteral("kind")).toString();
    case AuthorIdRole: return author.value(QStringLiteral("userId")).toString();
    case AuthorNameRole: return partyName(author);
    case MineRole:
        return m_link.context() && author.value(QStringLiteral("userId")).toString() == m_link.context()->session()->userId();
    case TextRole: return m.value(QStringLiteral("text")).toString();
    case DataRole: return m.value(QStringLiteral("data")).toObject().toVariantMap();
    case ReplyToRole: return m.value(QStringLiteral("replyTo")).toString();
    case ReplyAuthorRole:
    case ReplyTextRole: {
        const QString replyTo = m.value(QStringLiteral("replyTo")).toString();
        if (replyTo.isEmpty())
            return QString();
        const int r = rowOfId(replyTo);
        const QJsonObject target = r >= 0 ? m_rows.at(r).message : m_outside.value(replyTo);
        if (role == ReplyAuthorRole)
            return partyName(target.value(QStringLiteral("author")).toObject());
        if (target.value(QStringLiteral("deleted")).toBool())
            return tr("Deleted message");
        const QString text = target.value(QStringLiteral("text")).toString();
        if (!text.isEmpty())
            return text.left(160);
        const QString name = target.value(QStringLiteral("file")).toObject().value(QStringLiteral("name")).toString();
        return name.isEmpty() ? QStringLiteral("…") : name;
    }
    case ForwardedFromRole:
        return partyName(m.value(QStringLiteral("forwardedFrom")).toObject().value(QStringLiteral("author")).toObject());
    case FileIdRole: return file.value(QStringLiteral("fileId")).toString();
    case FileNameRole: return file.value(QStringLiteral("name")).toString();
    case FileSizeRole: return file.value(QStringLiteral("size")).toInteger();
    case IsImageRole: return file.value(QStringLiteral("mime")).toString().startsWith(QLatin1String("image/"));
    case ThumbnailRole: {
        const QString fileId = file.value(QStringLiteral("fileId")).toString();
        if (fileId.isEmpty() || !m_images || !m_images->contains(fileId))
            return QString();
        return QStringLiteral("image://%1/%2").arg(QLatin1String(ImageProviderId), fileId);
    }
    case ReactionsRole: return m.value(QStringLiteral("reactions")).toArray().toVariantList();
    case MyReactionRole: return m.value(QStringLiteral("myReaction")).toString();
    case EditedRole: return m.value(QStringLiteral("edited")).toBool();
    case DeletedRole: return m.value(QStringLiteral("deleted")).toBool();
    case PinnedRole: return m.value(QStringLiteral("pinned")).toBool();
    case CreatedAtRole: return createdAt(row);
    case DayStartRole: return row == 0 || !sameDay(createdAt(row - 1), createdAt(row));
    case FirstOfRunRole: {
        if (row == 0)
            return true;
        const QJsonObject &prev = m_rows.at(row - 1).message;
        return prev.value(QStringLiteral("kind")).toString() == QLatin1String("system")
               || prev.value(QStringLiteral("author")).toObject().value(QStringLiteral("userId"))
                          != author.value(QStringLiteral("userId"))
               || createdAt(row) - createdAt(row - 1) > RunBreakMs
               || !sameDay(createdAt(row - 1), createdAt(row));
    }
    case ReadByOthersRole: return m_rows.at(row).seq <= m_othersReadSeq;
    default: return {};
    }
}

QVariantMap ChatMessagesModel::get(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    QVariantMap out;
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), roleValue(row, it.key()));
    return out;
}

int ChatMessagesModel::rowOfSeq(qint64 seq) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), seq,
                                     [](const Row &r, qint64 s) { return r.seq < s; });
    return it != m_rows.cend() && it->seq == seq ? int(it - m_rows.cbegin()) : -1;
}

int ChatMessagesModel::rowOfId(const QString &messageId) const
{
    // Newest first: replies, reactions and edits are mostly about recent messages.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (m_rows.at(i).message.value(QStringLiteral("id")).toString() == messageId)
            return i;
    }
    return -1;
}

void ChatMessagesModel::componentComplete()
{
    if (AppContext *found = m_link.contextFromEngine())
        attach(found);
}

void ChatMessagesModel::attach(AppContext *context)
{
    if (!m_link.attach(context))
        return;
    m_images = context->chatImages();
    context->events()->on(kChatTopics, this, [this](const ServerEvent &e) { onEvent(e); });
    // After a reconnect the pushes in between are lost: fetch what came since.
    context->events()->onResync(this, [this] {
        if (m_pages == 0)
            return;
        catchUp();
        loadConversation();
    });
    start();
}

void ChatMessagesModel::setConversationId(const QString &id)
{
    if (id == m_conversationId)
        return;
    m_conversationId = id;
    emit conversationIdChanged();
    start();
}

void ChatMessagesModel::reload()
{
    start();
}

void ChatMessagesModel::start()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_early.clear();
    m_outside.clear();
    endResetModel();
    m_conversation = {};
    m_pages = 0;
    m_hasOlder = false;
    m_lastReadSeq = m_othersReadSeq = m_readWanted = m_readSent = 0;
    m_locateSeq = -1;
    m_typing.clear();
    m_loading = false;
    emit countChanged();
    emit conversationChanged();
    emit typingChanged();
    if (!m_link.context() || m_conversationId.isEmpty()) {
        emit loadingChanged();
        return;
    }
    setLoading(true);
    loadConversation();
    const int generation = m_generation;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    call(QStringLiteral("messages.list"),
         {{QStringLiteral("conversationId"), m_conversationId}, {QStringLiteral("limit"), PageSize}},
         [this, generation, timer](const QJsonObject &result) {
             if (generation != m_generation)
                 return;
             m_firstPageMs = int(timer->elapsed());
             onPage(result, false);
         },
         [this, generation](const RpcReply &) {
             if (generation == m_generation)
                 setLoading(false);
         });
}

void ChatMessagesModel::loadConversation()
{
    const int generation = m_generation;
    call(QStringLiteral("chats.get"), {{QStringLiteral("conversationId"), m_conversationId}},
         [this, generation](const QJsonObject &result) {
             if (generation != m_generation)
                 return;
             m_conversation = result.value(QStringLiteral("conversation")).toObject();
             emit conversationChanged();
         });
}

void ChatMessagesModel::setLoading(bool loading)
{
    m_loading = loading;
    emit loadingChanged();
}

void ChatMessagesModel::loadOlder()
{
    if (m_loading || !m_hasOlder || m_rows.isEmpty())
        return;
    setLoading(true);
    const int generation = m_generation;
    call(QStringLiteral("messages.list"),
         {{QStringLiteral("conversationId"), m_conversationId},
          {QStringLiteral("before"), m_rows.first().seq},
          {QStringLiteral("limit"), PageSize}},
         [this, generation](const QJsonObject &result) {
             if (generation == m_generation)
                 onPage(result, true);
         },
         [this, generation](const RpcReply &) {
             if (generation == m_generation)
                 setLoading(false);
         });
}

void ChatMessagesModel::locate(qint64 seq)
{
    const int row = rowOfSeq(seq);
    if (row >= 0) {
        m_locateSeq = -1;
        emit located(row);
        return;
    }
    if (!m_rows.isEmpty() && seq > m_rows.first().seq)
        return; // hidden for this user, or not a message of this conversation
    m_locateSeq = seq;
    loadOlder();
}

void ChatMessagesModel::onPage(const QJsonObject &result, bool older)
{
    QList<Row> page;
    const QJsonArray items = result.value(QStringLiteral("messages")).toArray();
    page.reserve(items.size());
    const qint64 firstLoaded = m_rows.isEmpty() ? std::numeric_limits<qint64>::max() : m_rows.first().seq;
    for (const QJsonValue &v : items) {
        const QJsonObject message = v.toObject();
        if (!older || seqOf(message) < firstLoaded)
            page.append({seqOf(message), message});
    }
    m_hasOlder = result.value(QStringLiteral("hasMore")).toBool();
    ++m_pages;
    if (older) {
        if (!page.isEmpty()) {
            beginInsertRows({}, 0, int(page.size()) - 1);
            m_rows = page + m_rows; // QList keeps room at the front; this is one move of the old rows
            endInsertRows();
            const QModelIndex joined = index(int(page.size()));
            if (joined.isValid())
                emit dataChanged(joined, joined, {DayStartRole, FirstOfRunRole});
            emit countChanged();
        }
        setLoading(false);
        emit olderLoaded(int(page.size()));
    } else {
        m_lastReadSeq = result.value(QStringLiteral("lastReadSeq")).toInteger();
        emit readChanged();
        appendRows(page);
        setLoading(false);
        const QList<QJsonObject> early = std::exchange(m_early, {});
        for (const QJsonObject &message : early)
            accept(message);
    }
    for (const Row &row : std::as_const(page)) {
        const QString replyTo = row.message.value(QStringLiteral("replyTo")).toString();
        if (!replyTo.isEmpty() && rowOfId(replyTo) < 0)
            markPending(row.seq);
    }
    if (m_locateSeq >= 0)
        locate(m_locateSeq);
}

// A reply to a message outside the loaded window: messages.edits answers one
// message by id, so the preview can show its author and text.
void ChatMessagesModel::markPending(qint64 seq)
{
    const int row = rowOfSeq(seq);
    if (row < 0)
        return;
    const QString replyTo = m_rows.at(row).message.value(QStringLiteral("replyTo")).toString();
    if (m_outside.contains(replyTo))
        return;
    m_outside.insert(replyTo, {});
    m_link.call(QStringLiteral("messages.edits"), {{QStringLiteral("messageId"), replyTo}},
                [this, replyTo](const QJsonObject &result) {
                    m_outside.insert(replyTo, result.value(QStringLiteral("message")).toObject());
                    for (int i = 0; i < m_rows.size(); ++i) {
                        if (m_rows.at(i).message.value(QStringLiteral("replyTo")).toString() == replyTo)
                            emit dataChanged(index(i), index(i), {ReplyAuthorRole, ReplyTextRole});
                    }
                }, {}, false);
}

void ChatMessagesModel::appendRows(const QList<Row> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
    emit countChanged();
    const QString me = m_link.context() ? m_link.context()->session()->userId() : QString();
    const bool mine = rows.last().message.value(QStringLiteral("author")).toObject().value(QStringLiteral("userId")).toString() == me;
    emit messageAdded(int(m_rows.size()) - 1, mine);
}

void ChatMessagesModel::catchUp()
{
    if (m_catchingUp || m_conversationId.isEmpty())
        return;
    m_catchingUp = true;
    const int generation = m_generation;
    call(QStringLiteral("messages.list"),
         {{QStringLiteral("conversationId"), m_conversationId},
          {QStringLiteral("since"), lastSeq()},
          {QStringLiteral("limit"), 100}},
         [this, generation](const QJsonObject &result) {
             if (generation != m_generation)
                 return;
             m_catchingUp = false;
             QList<Row> rows;
             for (const QJsonValue &v : result.value(QStringLiteral("messages")).toArray()) {
                 const QJsonObject message = v.toObject();
                 if (seqOf(message) > lastSeq() && (rows.isEmpty() || seqOf(message) > rows.last().seq))
                     rows.append({seqOf(message), message});
             }
             appendRows(rows);
             if (result.value(QStringLiteral("hasMore")).toBool())
                 catchUp();
         },
         [this](const RpcReply &) { m_catchingUp = false; });
}

void ChatMessagesModel::accept(const QJsonObject &message)
{
    if (message.value(QStringLiteral("conversationId")).toString() != m_conversationId)
        return;
    if (m_pages == 0) {
        m_early.append(message);
        return;
    }
    const qint64 seq = seqOf(message);
    const QString authorName = partyName(message.value(QStringLiteral("author")).toObject());
    if (m_typing.remove(authorName))
        emit typingChanged();
    if (seq <= lastSeq()) {
        replaceMessage(message);
        return;
    }
    if (!m_rows.isEmpty() && seq != lastSeq() + 1) {
        catchUp(); // a gap: what is missing comes with this message, in order
        return;
    }
    appendRows({{seq, message}});
}

void ChatMessagesModel::replaceMessage(const QJsonObject &message)
{
    updateRow(seqOf(message), [&message](QJsonObject &m) {
        // Pushes carry no myReaction of the receiver; keep the one we know.
        const QString mine = m.value(QStringLiteral("myReaction")).toString();
        m = message;
        if (!message.contains(QStringLiteral("myReaction")))
            m.insert(QStringLiteral("myReaction"), mine);
    });
}

void ChatMessagesModel::updateRow(qint64 seq, const std::function<void(QJsonObject &)> &change)
{
    const int row = rowOfSeq(seq);
    if (row < 0)
        return;
    change(m_rows[row].message);
    emit dataChanged(index(row), index(row));
    // Replies quoting this message show its new text.
    const QString id = m_rows.at(row).message.value(QStringLiteral("id")).toString();
    for (int i = row + 1; i < m_rows.size(); ++i) {
        if (m_rows.at(i).message.value(QStringLiteral("replyTo")).toString() == id)
            emit dataChanged(index(i), index(i), {ReplyTextRole});
    }
}

void ChatMessagesModel::onEvent(const ServerEvent &e)
{
    if (e.objectId != m_conversationId || m_conversationId.isEmpty())
        return;
    const QJsonObject &params = e.params;
    const QJsonObject message = e.object("message");
    if (e.topic == Topic::ChatJoined) {
        start(); // joined again: the whole history is readable again
        return;
    }
    const QString me = m_link.context()->session()->userId();
    const QString userId = params.value(QStringLiteral("user")).toObject().value(QStringLiteral("userId")).toString();
    if (e.topic == Topic::MessageNew) {
        accept(message);
        if (message.value(QStringLiteral("kind")).toString() == QLatin1String("system"))
            loadConversation(); // the member count changed
    } else if (e.topic == Topic::MessageEdited) {
        replaceMessage(message);
    } else if (e.topic == Topic::MessageDeleted) {
        const qint64 seq = params.value(QStringLiteral("seq")).toInteger();
        if (params.value(QStringLiteral("forEveryone")).toBool()) {
            updateRow(seq, [](QJsonObject &m) {
                m.insert(QStringLiteral("deleted"), true);
                for (const char *key : {"text", "myReaction"})
                    m.insert(QLatin1String(key), QString());
                m.insert(QStringLiteral("file"), QJsonValue());
                m.insert(QStringLiteral("reactions"), QJsonArray());
                m.insert(QStringLiteral("data"), QJsonObject());
            });
        } else if (const int row = rowOfSeq(seq); row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            emit countChanged();
        }
    } else if (e.topic == Topic::ReactionChanged) {
        const QJsonArray reactions = params.value(QStringLiteral("reactions")).toArray();
        const QString emoji = params.value(QStringLiteral("emoji")).toString();
        updateRow(params.value(QStringLiteral("seq")).toInteger(), [&](QJsonObject &m) {
            m.insert(QStringLiteral("reactions"), reactions);
            if (userId == me)
                m.insert(QStringLiteral("myReaction"), emoji);
        });
    } else if (e.topic == Topic::MessagePinned) {
        const bool pinned = params.value(QStringLiteral("pinned")).toBool();
        updateRow(params.value(QStringLiteral("seq")).toInteger(),
                  [pinned](QJsonObject &m) { m.insert(QStringLiteral("pinned"), pinned); });
    } else if (e.topic == Topic::Read) {
        const qint64 seq = params.value(QStringLiteral("seq")).toInteger();
        if (userId == me) {
            if (seq > m_lastReadSeq) {
                m_lastReadSeq = seq;
                emit readChanged();
            }
        } else if (seq > m_othersReadSeq) {
            m_othersReadSeq = seq;
            if (!m_rows.isEmpty())
                emit dataChanged(index(0), index(int(m_rows.size()) - 1), {ReadByOthersRole});
        }
    } else if (e.topic == Topic::Typing) {
        if (userId == me)
            return;
        m_typing.insert(partyName(params.value(QStringLiteral("user")).toObject()), QDateTime::currentMSecsSinceEpoch());
        if (!m_typingTimer.isActive())
            m_typingTimer.start();
        emit typingChanged();
    } else if (e.topic == Topic::ChatLeft) {
        ++m_generation;
        beginResetModel();
        m_rows.clear();
        endResetModel();
        m_conversation = {{QStringLiteral("left"), true}};
        emit countChanged();
        emit conversationChanged();
    }
}

QString ChatMessagesModel::typingText() const
{
    QStringList names = m_typing.keys();
    names.sort();
    if (names.isEmpty())
        return {};
    if (names.size() == 1)
        return tr("%1 is typing…").arg(names.first());
    if (names.size() == 2)
        return tr("%1 and %2 are typing…").arg(names.at(0), names.at(1));
    return tr("%n people are typing…", nullptr, int(names.size()));
}

bool ChatMessagesModel::isAdmin() const
{
    const QString role = m_conversation.value(QStringLiteral("myRole")).toString();
    return role == QLatin1String("owner") || role == QLatin1String("admin");
}

bool ChatMessagesModel::canPost() const
{
    if (m_conversation.isEmpty() || m_conversation.value(QStringLiteral("left")).toBool())
        return false;
    return m_conversation.value(QStringLiteral("kind")).toString() != QLatin1String("channel") || isAdmin();
}

void ChatMessagesModel::touchThumbnail(const QString &fileId)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).message.value(QStringLiteral("file")).toObject().value(QStringLiteral("fileId")).toString() == fileId)
            emit dataChanged(index(i), index(i), {ThumbnailRole});
    }
}

} // namespace azc
