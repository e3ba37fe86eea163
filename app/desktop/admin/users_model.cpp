#include "admin/users_model.h"

#include "foundation/error_sink.h"

namespace azc {

UsersModel::UsersModel(QObject *parent)
    : PagedListModel({QStringLiteral("id"), QStringLiteral("username"), QStringLiteral("displayName"),
                       QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("role"),
                       QStringLiteral("kycTier"), QStringLiteral("frozen"), QStringLiteral("totpEnabled"),
                       QStringLiteral("createdAt")},
                     100, 100, parent)
{
}

void UsersModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    emit queryChanged();
    reload();
}

QJsonObject UsersModel::pageParams(const QJsonValue &cursor, int limit) const
{
    QJsonObject params{{QStringLiteral("limit"), limit}};
    if (!m_query.trimmed().isEmpty())
        params.insert(QStringLiteral("query"), m_query.trimmed());
    if (!cursor.isNull())
        params.insert(QStringLiteral("offset"), cursor);
    return params;
}

void UsersModel::setRole(const QString &userId, const QString &role)
{
    const QJsonObject params{{QStringLiteral("userId"), userId}, {QStringLiteral("role"), role}};
    request(QStringLiteral("admin.setRole"), params, [this](const QJsonObject &result) {
        const QJsonObject user = result.value(QStringLiteral("user")).toObject();
        replaceRow(user);
        const QString newRole = user.value(QStringLiteral("role")).toString();
        const QString roleName = newRole == QLatin1String("admin")     ? tr("an admin")
                               : newRole == QLatin1String("support") ? tr("support staff")
                                                                  : tr("a user");
        errors()->inform(tr("%1 is now %2.").arg(user.value(QStringLiteral("username")).toString(), roleName));
    }, [this](const RpcReply &) { reload(); }); // put the row back as the server has it
}

void UsersModel::setFrozen(const QString &userId, bool frozen, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        errors()->reportText(tr("Give a reason: it is written to the audit log."));
        return;
    }
    const QJsonObject params{{QStringLiteral("userId"), userId},
                             {QStringLiteral("frozen"), frozen},
                             {QStringLiteral("reason"), reason.trimmed()}};
    request(QStringLiteral("admin.setFrozen"), params, [this](const QJsonObject &result) {
        const QJsonObject user = result.value(QStringLiteral("user")).toObject();
        replaceRow(user);
        const QString name = user.value(QStringLiteral("username")).toString();
        errors()->inform(user.value(QStringLiteral("frozen")).toBool() ? tr("%1 is frozen.").arg(name)
                                                                       : tr("%1 is active again.").arg(name));
    }, [this](const RpcReply &) { reload(); });
}

} // namespace azc
