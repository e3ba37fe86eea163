#include "wallet/wallet_schema.h"

namespace azc::wallet {

QList<storage::Migration> walletMigrations()
{
    // Amounts are decimal text of the asset's units, like the ledger's.
    return {{1, QStringLiteral("fees, limits, thresholds, adjustments"),
             {QStringLiteral("CREATE TABLE wallet_fees (asset TEXT NOT NULL, flow TEXT NOT NULL, fixed TEXT NOT NULL,"
                             " rate TEXT NOT NULL, min_fee TEXT NOT NULL, max_fee TEXT NOT NULL,"
                             " PRIMARY KEY (asset, flow))"),
              QStringLiteral("CREATE TABLE wallet_limits (asset TEXT NOT NULL, tier INTEGER NOT NULL,"
                             " per_transfer TEXT NOT NULL, daily TEXT NOT NULL, two_factor_above TEXT NOT NULL,"
                             " PRIMARY KEY (asset, tier))"),
              QStringLiteral("CREATE TABLE wallet_thresholds (user_id TEXT NOT NULL, asset TEXT NOT NULL,"
                             " amount TEXT NOT NULL, PRIMARY KEY (user_id, asset))"),
              QStringLiteral("CREATE TABLE wallet_adjustments (id TEXT PRIMARY KEY, target TEXT NOT NULL,"
                             " user_id TEXT NOT NULL, house_kind TEXT NOT NULL, asset TEXT NOT NULL, amount TEXT NOT NULL,"
                             " reason TEXT NOT NULL, status TEXT NOT NULL, requested_by TEXT NOT NULL,"
                             " decided_by TEXT NOT NULL, decision_reason TEXT NOT NULL, operation_id TEXT NOT NULL,"
                             " created_at BIGINT NOT NULL, decided_at BIGINT NOT NULL)"),
              QStringLiteral("CREATE INDEX wallet_adjustments_status ON wallet_adjustments (status, created_at)")}}};
}

} // namespace azc::wallet
