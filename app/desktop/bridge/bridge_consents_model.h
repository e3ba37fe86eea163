#pragma once
// bridge/ "Requests from partners": the pending requests addressed to the
// user (bridge.consents), read again on a consent push (event.bridge.changed
// kind "consent"; a swap push too while requests wait, since confirming one
// makes a swap), after a reconnect, and when the first of them expires.
// Rows: itemId, org {orgId, name}, orgName, point, pointName, direction,
// amount (what the user would give), reference, status, expiresAt, uri,
// swapId, createdAt.

#include "bridge/bridge_errors.h"
#include "foundation/remote_list_model.h"

#include <QTimer>

namespace azc {

class BridgeConsentsModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit BridgeConsentsModel(QObject *parent = nullptr);

    Q_INVOKABLE void reload() override;
    // Declines a request from the list (bridge.declineConsent); it leaves the list.
    Q_INVOKABLE void decline(const QString &consentId);

signals:
    void declined(const QString &consentId);
    void declineFailed(const QString &message);

protected:
    void onAttached() override;

private:
    QTimer m_expiry;
};

} // namespace azc
