#pragma once
// The signed-in user's sessions (devices), with revoke and "sign out
// everywhere else". Rows: itemId, device, createdAt, lastSeenAt, expiresAt, current.

#include "foundation/remote_list_model.h"

namespace azc {

class SessionsModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit SessionsModel(QObject *parent = nullptr);

    Q_INVOKABLE void reload() override;
    Q_INVOKABLE void revoke(const QString &sessionId);
    Q_INVOKABLE void revokeOthers();
};

} // namespace azc
