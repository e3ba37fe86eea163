#pragma once
// earn/ screens: the staking products open to the user (staking.products),
// reloaded when a product changes (event.staking.products), when the user's
// stakes change (event.staking.changed moves "staked" and "myStake") and
// after a reconnect. StakingAdminModel shows every product, with the margin.
// Rows: itemId, asset, name, kind (flexible, locked), lockDays, rateBps,
// ratePercent ("8.5"), cap ("0": none), minAmount, unbondingSeconds,
// unbondingHours, status, staked, myStake (users), marginBps, marginPercent
// (admins), filledPermille (staked / cap, for the bar).

#include "foundation/remote_list_model.h"

namespace azc {

class StakingProductsModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit StakingProductsModel(QObject *parent = nullptr);

    Q_INVOKABLE void reload() override;
    // The row of `productId` ({} when unknown).
    Q_INVOKABLE QVariantMap byId(const QString &productId) const;
    // What `amount` earns in a day at `rateBps`, exactly as the server
    // accrues it (rounded down); "" while the amount is not a positive number.
    Q_INVOKABLE static QString dailyReward(const QString &amount, int rateBps, int decimals);

signals:
    void loaded();

protected:
    StakingProductsModel(QString method, QObject *parent);
    void onAttached() override;
    // A product as the screens use it: the server's fields and the derived ones.
    static QJsonObject rowFrom(QJsonObject product);

private:
    QString m_method;
};

} // namespace azc
