#pragma once
// Deposits and withdrawals (custody), admin: reconciliation of the chain
// against the ledger (custody.reconcile). One row per network and asset:
// the hot wallet and the deposit addresses on chain vs in the ledger, what
// is still confirming or below the minimum, pending withdrawals, and the
// difference (on chain − ledger − confirming − below minimum) with the
// server's verdict. `assets` compares what users are owed with what is held
// on chain. Also the unswept deposits (custody.unswept) in `unswept`.
// Rows: itemId ("network/asset"), network, online, asset, decimals,
// hotOnChain, unsweptOnChain, hotLedger, unsweptLedger, confirming,
// belowMinimum, pendingWithdrawals, difference, ok, error.

#include "foundation/remote_list_model.h"

#include <QVariantList>

namespace azc {

class CustodyReconcileModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool loaded READ loaded NOTIFY summaryChanged)
    Q_PROPERTY(bool ok READ ok NOTIFY summaryChanged)
    Q_PROPERTY(qint64 checkedAt READ checkedAt NOTIFY summaryChanged)
    Q_PROPERTY(int differing READ differing NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList assets READ assets NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList unswept READ unswept NOTIFY unsweptChanged)
public:
    explicit CustodyReconcileModel(QObject *parent = nullptr);

    bool loaded() const { return m_loaded; }
    bool ok() const { return m_ok; }
    qint64 checkedAt() const { return m_checkedAt; }
    int differing() const { return m_differing; }
    QVariantList assets() const { return m_assets; }
    QVariantList unswept() const { return m_unswept; }

    Q_INVOKABLE void reload() override;
    Q_INVOKABLE QVariantMap line(const QString &network, const QString &asset) const;

signals:
    void summaryChanged();
    void unsweptChanged();

private:
    bool m_loaded = false;
    bool m_ok = false;
    qint64 m_checkedAt = 0;
    int m_differing = 0;
    QVariantList m_assets;
    QVariantList m_unswept;
};

} // namespace azc
