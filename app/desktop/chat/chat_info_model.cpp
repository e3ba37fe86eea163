#include "chat/chat_info_model.h"

#include "foundation/event_hub.h"
#include "foundation/app_context.h"
#include "chat/chat_errors.h"
#include "foundation/error_sink.h"
#include "foundation/session.h"


#include <QJsonArray>

namespace azc {

ChatInfoModel::ChatInfoModel(QObject *parent)
    : PagedListModel({QStringLiteral("id"), QStringLiteral("user"), QStringLiteral("username"),
                      QStringLiteral("displayName"), QStringLiteral("role"), QStringLiteral("joinedAt")},
                     100, 200, parent)
{
}

void ChatInfoModel::onAttached()
{
    // Membership changes show up as system messages; re-read on them.
    events()->on(Topic::MessageNew, this, [this](const ServerEvent &e) {
        if (e.objectId == m_conversationId
            && e.object("message").value(QStringLiteral("kind")).toString() == QLatin1String("system"))
            reload();
    });
}

void ChatInfoModel::setConversationId(const QString &id)
{
    if (id == m_conversationId)
        return;
    m_conversationId = id;
    m_inviteToken.clear();
    emit conversationIdChanged();
    emit inviteChanged();
    if (context())
        reload();
}

QJsonObject ChatInfoModel::pageParams(const QJsonValue &cursor, int limit) const
{
    QJsonObject params{{QStringLiteral("conversationId"), m_conversationId}, {QStringLiteral("limit"), limit}};
    if (!cursor.isNull())
        params.insert(QStringLiteral("offset"), cursor);
    return params;
}

PagedListModel::Page ChatInfoModel::pageFrom(const QJsonObject &result, const QJsonValue &cursor)
{
    Page page = offsetPage(result, "members", cursor);
    for (QJsonObject &member : page.rows) {
        const QJsonObject user = member.value(QStringLiteral("user")).toObject();
        member.insert(QStringLiteral("id"), user.value(QStringLiteral("userId")));
        member.insert(QStringLiteral("username"), user.value(QStringLiteral("username")));
        member.insert(QStringLiteral("displayName"), user.value(QStringLiteral("displayName")));
    }
    if (m_hidden) {
        m_hidden = false;
        emit membersChanged();
    }
    return page;
}

void ChatInfoModel::firstPageFailed(const RpcReply &reply)
{
    setRows({});
    m_hidden = true; // a channel's subscribers see the count only
    emit membersChanged();
    if (reply.data.value(QStringLiteral("detail")).toString() != QLatin1String("admins_only"))
        errors()->reportText(ChatErrors::describe(reply));
}

void ChatInfoModel::act(const QString &method, QJsonObject params)
{
    params.insert(QStringLiteral("conversationId"), m_conversationId);
    requestQuietly(method, params, [this](const QJsonObject &) { reload(); },
                   [this](const RpcReply &reply) { errors()->reportText(ChatErrors::describe(reply)); });
}

void ChatInfoModel::addMember(const QString &username)
{
    QString name = username.trimmed().toLower();
    if (name.startsWith(QLatin1Char('@')))
        name.remove(0, 1);
    if (!name.isEmpty())
        act(QStringLiteral("chats.addMember"), {{QStringLiteral("username"), name}});
}

void ChatInfoModel::removeMember(const QString &userId)
{
    act(QStringLiteral("chats.removeMember"), {{QStringLiteral("userId"), userId}});
}

void ChatInfoModel::setRole(const QString &userId, const QString &role)
{
    act(QStringLiteral("chats.setRole"), {{QStringLiteral("userId"), userId}, {QStringLiteral("role"), role}});
}

void ChatInfoModel::invite(bool reset)
{
    requestQuietly(QStringLiteral("chats.invite"),
                   {{QStringLiteral("conversationId"), m_conversationId}, {QStringLiteral("reset"), reset}},
                   [this](const QJsonObject &result) {
                       m_inviteToken = result.value(QStringLiteral("inviteToken")).toString();
                       emit inviteChanged();
                   },
                   [this](const RpcReply &reply) { errors()->reportText(ChatErrors::describe(reply)); });
}

QStringList ChatInfoModel::otherUsernames() const
{
    QStringList out;
    const QString me = context() ? context()->session()->userId() : QString();
    for (const QJsonObject &row : rows()) {
        if (row.value(QStringLiteral("id")).toString() != me)
            out.append(row.value(QStringLiteral("username")).toString());
    }
    return out;
}

} // namespace azc
