#include "users_model.h"

#include "error_sink.h"

namespace azc {

UsersModel::UsersModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("username"), QStringLiteral("displayName"),
                       QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("role"),
                       QStringLiteral("kycTier"), QStringLiteral("frozen"), QStringLiteral("totpEnabled"),
                       QStringLiteral("createdAt")},
                      parent)
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

void UsersModel::reload()
{
    QJsonObject params{{QStringLiteral("limit"), 100}};
    if (!m_query.trimmed().isEmpty())
        params.insert(QStringLiteral("query"), m_query.trimmed());
    request(QStringLiteral("users.search"), params, [this](const QJsonObject &result) {
        setRowsFrom(result.value(QStringLiteral("users")));
        const int total = result.value(QStringLiteral("total")).toInt();
        if (total != m_total) {
            m_total = total;
            emit totalChanged();
        }
    });
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
