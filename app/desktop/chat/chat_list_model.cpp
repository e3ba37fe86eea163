#include "chat/chat_list_model.h"

#include "foundation/event_hub.h"
#include "foundation/app_context.h"
#include "chat/chat_errors.h"
#include "foundation/error_sink.h"
#include "foundation/session.h"


#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace azc {

namespace {

QString idOf(const QJsonObject &conversation)
{
    return conversation.value(QStringLiteral("id")).toString();
}

} // namespace

ChatListModel::ChatListModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("about"),
                       QStringLiteral("handle"), QStringLiteral("public"), QStringLiteral("memberCount"),
                       QStringLiteral("myRole"), QStringLiteral("muted"), QStringLiteral("pinned"),
                       QStringLiteral("unread"), QStringLiteral("lastSeq"), QStringLiteral("lastReadSeq"),
                       QStringLiteral("lastMessage"), QStringLiteral("lastActivityAt"), QStringLiteral("peer")},
                      parent)
{
}

void ChatListModel::onAttached()
{
    const Topics topics = Topics(Topic::MessageNew) | Topic::MessageEdited | Topic::MessageDeleted | Topic::Read
                          | Topic::ChatJoined | Topic::ChatLeft;
    events()->on(topics, this, [this](const ServerEvent &e) { onEvent(e); });
    events()->onResync(this, [this] { reload(); });
}

void ChatListModel::reload()
{
    request(QStringLiteral("chats.list"), {{QStringLiteral("limit"), 500}}, [this](const QJsonObject &result) {
        m_all.clear();
        for (const QJsonValue &v : result.value(QStringLiteral("conversations")).toArray())
            m_all.append(v.toObject());
        refresh();
    });
}

void ChatListModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit filterChanged();
    refresh();
}

int ChatListModel::unreadTotal() const
{
    int total = 0;
    for (const QJsonObject &c : m_all)
        total += c.value(QStringLiteral("unread")).toInt();
    return total;
}

void ChatListModel::refresh()
{
    const QString needle = m_filter.trimmed();
    QList<QJsonObject> shown;
    for (const QJsonObject &c : std::as_const(m_all)) {
        if (needle.isEmpty() || c.value(QStringLiteral("title")).toString().contains(needle, Qt::CaseInsensitive)
            || c.value(QStringLiteral("handle")).toString().contains(needle, Qt::CaseInsensitive))
            shown.append(c);
    }
    std::stable_sort(shown.begin(), shown.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const bool pa = a.value(QStringLiteral("pinned")).toBool();
        const bool pb = b.value(QStringLiteral("pinned")).toBool();
        if (pa != pb)
            return pa;
        return a.value(QStringLiteral("lastActivityAt")).toInteger() > b.value(QStringLiteral("lastActivityAt")).toInteger();
    });
    setRows(shown);
    emit unreadTotalChanged();
}

QVariantMap ChatListModel::conversation(const QString &id) const
{
    for (const QJsonObject &c : m_all) {
        if (idOf(c) == id)
            return c.toVariantMap();
    }
    return {};
}

void ChatListModel::upsert(const QJsonObject &conversation)
{
    const QString id = idOf(conversation);
    for (QJsonObject &c : m_all) {
        if (idOf(c) == id) {
            c = conversation;
            refresh();
            return;
        }
    }
    m_all.append(conversation);
    refresh();
}

void ChatListModel::changeLocal(const QString &id, const std::function<void(QJsonObject &)> &change)
{
    for (QJsonObject &c : m_all) {
        if (idOf(c) == id) {
            change(c);
            refresh();
            return;
        }
    }
}

void ChatListModel::refetch(const QString &id)
{
    requestQuietly(QStringLiteral("chats.get"), {{QStringLiteral("conversationId"), id}},
                   [this](const QJsonObject &result) { upsert(result.value(QStringLiteral("conversation")).toObject()); },
                   [](const RpcReply &) {});
}

void ChatListModel::onEvent(const ServerEvent &e)
{
    const QJsonObject &params = e.params;
    const QJsonObject message = e.object("message");
    const QString &id = e.objectId;
    const QString me = context()->session()->userId();
    if (e.topic == Topic::MessageNew) {
        if (conversation(id).isEmpty()) {
            refetch(id); // a direct chat someone else just started
            return;
        }
        const bool mine = message.value(QStringLiteral("author")).toObject().value(QStringLiteral("userId")).toString() == me;
        const bool counts = !mine && message.value(QStringLiteral("kind")).toString() != QLatin1String("system");
        const qint64 seq = message.value(QStringLiteral("seq")).toInteger();
        changeLocal(id, [&](QJsonObject &c) {
            if (seq <= c.value(QStringLiteral("lastSeq")).toInteger() && !c.value(QStringLiteral("lastMessage")).isNull())
                return; // already counted
            c.insert(QStringLiteral("lastMessage"), message);
            c.insert(QStringLiteral("lastSeq"), seq);
            c.insert(QStringLiteral("lastActivityAt"), message.value(QStringLiteral("createdAt")));
            if (mine) {
                c.insert(QStringLiteral("lastReadSeq"), seq);
                c.insert(QStringLiteral("unread"), 0);
            } else if (counts) {
                c.insert(QStringLiteral("unread"), c.value(QStringLiteral("unread")).toInt() + 1);
            }
        });
        if (message.value(QStringLiteral("kind")).toString() == QLatin1String("system"))
            refetch(id); // the member count changed
    } else if (e.topic == Topic::MessageEdited || e.topic == Topic::MessageDeleted) {
        const QString messageId = message.isEmpty() ? params.value(QStringLiteral("messageId")).toString()
                                                    : message.value(QStringLiteral("id")).toString();
        const QVariantMap c = conversation(id);
        if (c.value(QStringLiteral("lastMessage")).toMap().value(QStringLiteral("id")).toString() == messageId)
            refetch(id);
    } else if (e.topic == Topic::Read) {
        if (params.value(QStringLiteral("user")).toObject().value(QStringLiteral("userId")).toString() == me)
            refetch(id); // the server counts what is left unread
    } else if (e.topic == Topic::ChatJoined) {
        upsert(params.value(QStringLiteral("conversation")).toObject());
    } else if (e.topic == Topic::ChatLeft) {
        m_all.removeIf([&id](const QJsonObject &c) { return idOf(c) == id; });
        refresh();
    }
}

void ChatListModel::act(const QString &method, const QJsonObject &params,
                        std::function<void(const QJsonObject &)> onSuccess)
{
    requestQuietly(method, params, std::move(onSuccess),
                   [this](const RpcReply &reply) { errors()->reportText(ChatErrors::describe(reply)); });
}

QStringList ChatListModel::splitUsernames(const QString &text)
{
    QStringList out;
    for (QString name : text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts)) {
        if (name.startsWith(QLatin1Char('@')))
            name.remove(0, 1);
        if (!name.isEmpty() && !out.contains(name.toLower()))
            out.append(name.toLower());
    }
    return out;
}

void ChatListModel::openDirect(const QString &username)
{
    const QStringList names = splitUsernames(username);
    if (names.isEmpty())
        return;
    act(QStringLiteral("chats.openDirect"), {{QStringLiteral("username"), names.first()}}, [this](const QJsonObject &result) {
        const QJsonObject c = result.value(QStringLiteral("conversation")).toObject();
        upsert(c);
        emit opened(idOf(c));
    });
}

void ChatListModel::createGroup(const QString &title, const QString &usernames)
{
    act(QStringLiteral("chats.createGroup"),
        {{QStringLiteral("title"), title.trimmed()},
         {QStringLiteral("usernames"), QJsonArray::fromStringList(splitUsernames(usernames))}},
        [this](const QJsonObject &result) {
            const QJsonObject c = result.value(QStringLiteral("conversation")).toObject();
            upsert(c);
            emit opened(idOf(c));
        });
}

void ChatListModel::createChannel(const QString &title, const QString &handle, const QString &about, bool isPublic)
{
    QJsonObject params{{QStringLiteral("title"), title.trimmed()}, {QStringLiteral("public"), isPublic}};
    if (!handle.trimmed().isEmpty())
        params.insert(QStringLiteral("handle"), handle.trimmed().toLower());
    if (!about.trimmed().isEmpty())
        params.insert(QStringLiteral("about"), about.trimmed());
    act(QStringLiteral("chats.createChannel"), params, [this](const QJsonObject &result) {
        const QJsonObject c = result.value(QStringLiteral("conversation")).toObject();
        upsert(c);
        emit opened(idOf(c));
    });
}

void ChatListModel::join(const QString &handleOrInvite)
{
    QString value = handleOrInvite.trimmed();
    if (value.isEmpty())
        return;
    // An invite link is "azcoiner://join/<token>"; a handle may come with "@".
    const QString linkPrefix = QStringLiteral("azcoiner://join/");
    bool handle = false;
    if (value.startsWith(linkPrefix)) {
        value.remove(0, linkPrefix.size());
    } else {
        if (value.startsWith(QLatin1Char('@')))
            value.remove(0, 1);
        handle = QRegularExpression(QStringLiteral("^[a-z][a-z0-9_]{4,31}$")).match(value.toLower()).hasMatch();
        if (handle)
            value = value.toLower();
    }
    act(QStringLiteral("chats.join"), {{handle ? QStringLiteral("handle") : QStringLiteral("inviteToken"), value}},
        [this](const QJsonObject &result) {
            const QJsonObject c = result.value(QStringLiteral("conversation")).toObject();
            upsert(c);
            emit opened(idOf(c));
        });
}

void ChatListModel::setMuted(const QString &id, bool muted)
{
    act(QStringLiteral("chats.mute"), {{QStringLiteral("conversationId"), id}, {QStringLiteral("muted"), muted}},
        [this, id, muted](const QJsonObject &) {
            changeLocal(id, [muted](QJsonObject &c) { c.insert(QStringLiteral("muted"), muted); });
        });
}

void ChatListModel::setPinned(const QString &id, bool pinned)
{
    act(QStringLiteral("chats.pin"), {{QStringLiteral("conversationId"), id}, {QStringLiteral("pinned"), pinned}},
        [this, id, pinned](const QJsonObject &) {
            changeLocal(id, [pinned](QJsonObject &c) { c.insert(QStringLiteral("pinned"), pinned); });
        });
}

void ChatListModel::leave(const QString &id)
{
    act(QStringLiteral("chats.leave"), {{QStringLiteral("conversationId"), id}}, [this, id](const QJsonObject &) {
        m_all.removeIf([&id](const QJsonObject &c) { return idOf(c) == id; });
        refresh();
    });
}

} // namespace azc
