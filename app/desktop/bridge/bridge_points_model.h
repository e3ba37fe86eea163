#pragma once
// bridge/ Points page: every active or paused point across partners
// (bridge.points) with the user's balance, kept current by
// event.bridge.changed (a swap, a credit, a policy or a pause: pushes of a
// moment are read once), by event.wallet.changed for a point's asset (the
// balance) and after a reconnect.
// Rows: itemId (= code), code, name, decimals, iconFileId, kind (point,
// token), network, contract, org {orgId, name}, orgName, coin, coinDecimals,
// status (draft, active, paused), policy (Policy or null), balance,
// outstanding, reserve, requiredReserve, coverageBps, holders; derived:
// initials, spreadPercent, feePercent, policyCoveragePercent,
// coveragePercent (actual), covered (reserve ≥ required, exactly).

#include "foundation/remote_list_model.h"

#include <QTimer>

namespace azc {

class BridgePointsModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    // Bumped whenever rows change: `void model.revision` in a binding re-reads byCode().
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)
public:
    explicit BridgePointsModel(QObject *parent = nullptr);

    int revision() const { return m_revision; }
    Q_INVOKABLE void reload() override;
    // The row of `code` ({} when not listed).
    Q_INVOKABLE QVariantMap byCode(const QString &code) const;

    // A Point as the screens use it: the server's fields and the derived ones.
    static QJsonObject rowFrom(QJsonObject point);

signals:
    void revisionChanged();

protected:
    void onAttached() override;

private:
    QTimer m_reloadSoon;
    int m_revision = 0;
};

} // namespace azc
