#pragma once
// earn/ screens: the launchpad's token sales (launchpad.sales, newest first),
// reloaded on event.launchpad.changed (a listing, a commitment, a sale
// settling — sent to every socket, so bursts are read once) and after a
// reconnect. `now` is the server's time, moving every second for the
// phases' countdowns; when one runs out the list is read again, since the
// phase is decided on the server. LaunchpadAdminModel lists every sale.
// Rows: itemId, number, title, description, token, tokenName, quote, price,
// total, perUserCap ("0": none), minKycTier, minStake, startsAt, endsAt,
// vesting [{afterDays, percent}], partner, phase (upcoming, open, ended,
// finalizing, distributed), committed, buyers, sold, proceeds, tokenDecimals,
// quoteDecimals, myCommitted, myAllocation {tokens, cost, refund, delivered,
// status}, platformShareBps (admins), target (what the whole supply costs),
// filledPermille (committed / target).

#include "earn/server_clock.h"
#include "foundation/remote_list_model.h"

#include <QTimer>

namespace azc {

class LaunchpadSalesModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qint64 now READ now NOTIFY ticked)
public:
    explicit LaunchpadSalesModel(QObject *parent = nullptr);

    qint64 now() const { return m_clock.now(); }
    Q_INVOKABLE void reload() override;
    Q_INVOKABLE QVariantMap byId(const QString &saleId) const;

    void setLocalClock(ServerClock::LocalClock clock) { m_clock.setLocalClock(std::move(clock)); }
    // Moves `now` on and reads the list again if a phase ran out (the timer does, every second).
    Q_INVOKABLE void tick();

signals:
    void ticked();

protected:
    LaunchpadSalesModel(QString method, QObject *parent);
    void onAttached() override;

private:
    // The next moment a sale changes phase by the clock (opens or closes); 0 when none.
    qint64 nextBoundary() const;

    QString m_method;
    ServerClock m_clock;
    QTimer m_ticker;
    QTimer m_reloadSoon;
    qint64 m_boundary = 0;
};

} // namespace azc
