#pragma once
// Admin (Treasury › Earn): every staking product with the house's margin
// (staking.adminProducts), the reward pools (staking.pools: balance, owed
// and not yet paid, paid), creating and editing products, and funding a
// pool from the house treasury — one idempotency key per confirmed funding,
// kept for a retry after a lost answer. The form's values arrive as typed
// (percentages, hours) and become the protocol's units here, exactly.

#include "foundation/intent_key.h"
#include "earn/staking_products_model.h"

#include <QVariantList>

namespace azc {

class StakingAdminModel : public StakingProductsModel
{
    Q_OBJECT
    QML_ELEMENT
    // [{asset, balance, owed, paid, covered (balance ≥ owed)}]
    Q_PROPERTY(QVariantList pools READ pools NOTIFY poolsChanged)
public:
    explicit StakingAdminModel(QObject *parent = nullptr);

    QVariantList pools() const { return m_pools; }

    Q_INVOKABLE void reload() override; // products and pools
    // A new product when form.id is empty. Keys: id, asset, name, kind,
    // lockDays, ratePercent, marginPercent, cap, minAmount, unbondingHours,
    // status; empty values are left out (the server keeps or defaults them).
    Q_INVOKABLE void saveProduct(const QVariantMap &form);
    Q_INVOKABLE void beginFunding();
    Q_INVOKABLE void fundPool(const QString &asset, const QString &amount);

signals:
    void poolsChanged();
    void saved(const QVariantMap &product);
    void saveFailed(const QString &message);
    void funded();
    void fundFailed(const QString &message, bool canRetry);

private:
    void setPools(const QJsonValue &pools);

    QVariantList m_pools;
    IntentKey m_fundKey;
};

} // namespace azc
