#include "profile/sessions_model.h"

#include "foundation/error_sink.h"

namespace azc {

SessionsModel::SessionsModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("device"), QStringLiteral("createdAt"),
                       QStringLiteral("lastSeenAt"), QStringLiteral("expiresAt"), QStringLiteral("current")},
                      parent)
{
}

void SessionsModel::reload()
{
    request(QStringLiteral("session.list"), {}, [this](const QJsonObject &result) {
        setRowsFrom(result.value(QStringLiteral("sessions")));
    });
}

void SessionsModel::revoke(const QString &sessionId)
{
    request(QStringLiteral("session.revoke"), {{QStringLiteral("sessionId"), sessionId}},
            [this, sessionId](const QJsonObject &) {
                removeRowWithId(sessionId);
                errors()->inform(tr("The session was signed out."));
            });
}

void SessionsModel::revokeOthers()
{
    request(QStringLiteral("session.revokeOthers"), {}, [this](const QJsonObject &result) {
        const int revoked = result.value(QStringLiteral("revoked")).toInt();
        errors()->inform(revoked == 1 ? tr("Signed out 1 other session.")
                                      : tr("Signed out %1 other sessions.").arg(revoked));
        reload();
    });
}

} // namespace azc
