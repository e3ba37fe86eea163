#pragma once
// Admin (Treasury › Partners & points): every partner side by side
// (bridge.overview) — each point's outstanding, reserve, what the reserve
// must be, the coverage and status — and the totals per coin; resuming a
// paused point (bridge.setPaused paused=false, an admin's alone). Read again
// on a bridge push, after a reconnect and every 15 s (staff are not among a
// push's recipients).

#include "foundation/remote_object.h"

#include <QTimer>
#include <QVariantList>

namespace azc {

class BridgeOverview : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    // [{orgId, name, points: [{code, name, decimals, coin, coinDecimals, outstanding, reserve,
    //   requiredReserve, coverageBps, coveragePercent, covered, status}]}]
    Q_PROPERTY(QVariantList partners READ partners NOTIFY loaded)
    // [{coin, decimals, reserves, required, covered}]
    Q_PROPERTY(QVariantList totals READ totals NOTIFY loaded)
    Q_PROPERTY(int pausedCount READ pausedCount NOTIFY loaded)
public:
    explicit BridgeOverview(QObject *parent = nullptr);

    QVariantList partners() const { return m_partners; }
    QVariantList totals() const { return m_totals; }
    int pausedCount() const { return m_paused; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void resume(const QString &point);

signals:
    void loaded();
    void resumed(const QString &point);
    void failed(const QString &message);

protected:
    void onAttached() override;

private:
    QVariantList m_partners;
    QVariantList m_totals;
    int m_paused = 0;
    QTimer m_poll;
};

} // namespace azc
