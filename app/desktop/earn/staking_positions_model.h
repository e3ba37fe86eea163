#pragma once
// earn/ screens: the user's stakes (staking.positions), live from
// event.staking.changed, with their rewards ticking: every second the `owed`
// of each active position is recomputed on the client, exactly, from what
// the server last said (owed units and the fraction of a unit at accruedAt)
// and the server's time estimated from the answer's `now` — the same integer
// formula the server accrues with (core/staking/accrual.h), so the screen
// shows to the last decimal what a claim would pay at that second.
// Staking, unstaking and claiming go through here; their outcome comes back
// as signals so a dialog can stay open on a refusal and show why.
// Rows: itemId, productId, productName, kind, asset, amount, status (opening,
// active, unbonding, releasing, closed), owed (live, every decimal), claimable
// (live: owed > 0), owedUnits, remainder, accruedAt, rateBps, ratePercent,
// decimals, paid, forfeited, lockedUntil, unbondsAt, createdAt.

#include "foundation/intent_key.h"
#include "earn/server_clock.h"
#include "foundation/remote_list_model.h"

#include <QTimer>

namespace azc {

class StakingPositionsModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    // The server's time as estimated here (ms), moving every second while a stake earns.
    Q_PROPERTY(qint64 now READ now NOTIFY ticked)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY countsChanged)
public:
    explicit StakingPositionsModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    qint64 now() const { return m_clock.now(); }
    int activeCount() const;

    Q_INVOKABLE void reload() override;
    // The live rewards of one position, every decimal ("" when unknown).
    Q_INVOKABLE QString owedOf(const QString &positionId) const;

    // A new stake intent (the stake dialog opened): the next stake() gets a new key.
    Q_INVOKABLE void beginStake();
    // Stakes `amount` in `productId`. After a lost answer, the same call
    // again repeats it under the same key; see IntentKey.
    Q_INVOKABLE void stake(const QString &productId, const QString &amount);
    Q_INVOKABLE void unstake(const QString &positionId);
    // Pays the owed rewards to the wallet, or with `compound` stakes them as a new position.
    Q_INVOKABLE void claim(const QString &positionId, bool compound);

    // Recomputes the rewards (the timer does, every second).
    Q_INVOKABLE void tick();
    // Tests replace the local clock (the server's time is still taken from answers).
    void setLocalClock(ServerClock::LocalClock clock) { m_clock.setLocalClock(std::move(clock)); }
    QString stakeKey() const { return m_stakeKey.current(); }

signals:
    void ticked();
    void countsChanged();
    void staked(const QVariantMap &position);
    void stakeFailed(const QString &message, bool canRetry);
    void unstaked(const QVariantMap &position);
    // {claimId, asset, amount, operationId, compounded?, position?, compoundError?}
    void claimed(const QVariantMap &result);
    void actionFailed(const QString &message);

protected:
    void onAttached() override;

private:
    QString liveOwed(const QJsonObject &position) const;
    void updateTicker();

    ServerClock m_clock;
    IntentKey m_stakeKey;
    QTimer m_ticker;
    int m_owedRole = 0;
    int m_claimableRole = 0;
};

} // namespace azc
