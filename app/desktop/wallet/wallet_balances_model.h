#pragma once
// wallet/ screens: the signed-in user's balances, one row per enabled asset
// (wallet.balances), kept current by the push event.wallet.changed.
// Rows: itemId (the asset), asset, decimals, available, held, total — the
// server's decimal strings, shown as they are.

#include "foundation/remote_list_model.h"

namespace azc {

class WalletBalancesModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit WalletBalancesModel(QObject *parent = nullptr);

    Q_INVOKABLE void reload() override;
    // The row of `asset` ({} when unknown): for the asset selector and tests.
    Q_INVOKABLE QVariantMap balanceOf(const QString &asset) const;

signals:
    void balanceChanged(const QString &asset);

protected:
    void onAttached() override;

private:
    static QJsonObject rowFrom(QJsonObject balance);
};

} // namespace azc
