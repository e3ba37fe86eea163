#pragma once
// Deposits and withdrawals (custody): the user's deposits (deposit.list,
// newest first), kept current by event.deposit.changed (seen → credited,
// orphaned by a reorg). The event comes only on those changes, so while a
// deposit is still confirming the list is re-read every `refreshMs` to count
// its confirmations up.
// Rows: itemId, network, asset, decimals, amount, address, from, txHash,
// blockNumber, status ("seen", "credited", "orphaned", "below_minimum"),
// confirmations, required, createdAt, creditedAt.

#include "foundation/remote_list_model.h"

#include <QTimer>

namespace azc {

class CustodyDepositsModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int refreshMs MEMBER m_refreshMs NOTIFY refreshMsChanged)
public:
    explicit CustodyDepositsModel(QObject *parent = nullptr);

    Q_INVOKABLE void reload() override;
    // The row with this transaction hash ({} when not listed): for tests.
    Q_INVOKABLE QVariantMap byTxHash(const QString &txHash) const;

signals:
    void depositChanged(const QVariantMap &deposit);
    void refreshMsChanged();

protected:
    void onAttached() override;

private:
    void followConfirming();

    int m_refreshMs = 2000;
    QTimer m_timer;
};

} // namespace azc
