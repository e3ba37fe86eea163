#include "chat_info_model.h"

#include "app_context.h"
#include "chat_errors.h"
#include "error_sink.h"
#include "session.h"

#include "client/api_client.h"

#include <QJsonArray>

namespace azc {

ChatInfoModel::ChatInfoModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("user"), QStringLiteral("username"),
                       QStringLiteral("displayName"), QStringLiteral("role"), QStringLiteral("joinedAt")},
                      parent)
{
}

void ChatInfoModel::onAttached()
{
    // Membership changes show up as system messages; re-read on them.
    connect(client(), &ApiClient::eventReceived, this, [this](const QString &name, const QJsonObject &params) {
        if (name != QLatin1String("event.message.new"))
            return;
        const QJsonObject m = params.value(QStringLiteral("message")).toObject();
        if (m.value(QStringLiteral("conversationId")).toString() == m_conversationId
            && m.value(QStringLiteral("kind")).toString() == QLatin1String("system"))
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

void ChatInfoModel::reload()
{
    if (m_conversationId.isEmpty()) {
        setRows({});
        return;
    }
    const QString id = m_conversationId;
    requestQuietly(QStringLiteral("chats.members"), {{QStringLiteral("conversationId"), id}, {QStringLiteral("limit"), 200}},
                   [this, id](const QJsonObject &result) {
                       if (id != m_conversationId)
                           return;
                       QList<QJsonObject> rows;
                       for (const QJsonValue &v : result.value(QStringLiteral("members")).toArray()) {
                           QJsonObject member = v.toObject();
                           const QJsonObject user = member.value(QStringLiteral("user")).toObject();
                           member.insert(QStringLiteral("id"), user.value(QStringLiteral("userId")));
                           member.insert(QStringLiteral("username"), user.value(QStringLiteral("username")));
                           member.insert(QStringLiteral("displayName"), user.value(QStringLiteral("displayName")));
                           rows.append(member);
                       }
                       m_total = result.value(QStringLiteral("total")).toInt();
                       m_hidden = false;
                       setRows(rows);
                       emit membersChanged();
                   },
                   [this, id](const RpcReply &reply) {
                       if (id != m_conversationId)
                           return;
                       setRows({});
                       m_hidden = true; // a channel's subscribers see the count only
                       emit membersChanged();
                       if (reply.data.value(QStringLiteral("detail")).toString() != QLatin1String("admins_only"))
                           errors()->reportText(ChatErrors::describe(reply));
                   });
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
