#include "staking/staking_schema.h"

namespace azc::staking {

QList<storage::Migration> stakingMigrations()
{
    return {{1, QStringLiteral("staking products, positions and reward claims"), {
        // margin_bps: what the house keeps on top of rate_bps (admins only).
        // cap and min_amount are units of the asset ("0": no cap).
        QStringLiteral("CREATE TABLE stk_products (id TEXT PRIMARY KEY, asset TEXT NOT NULL, name TEXT NOT NULL,"
                       " kind TEXT NOT NULL, lock_days INTEGER NOT NULL, rate_bps INTEGER NOT NULL, margin_bps INTEGER NOT NULL,"
                       " cap TEXT NOT NULL, min_amount TEXT NOT NULL, unbonding_seconds BIGINT NOT NULL, status TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
        // A position is one stake: its principal is one ledger hold. owed + remainder/denominator is
        // what it earned up to accrued_at and was not paid yet (core/staking/accrual.h).
        //   opening → active → unbonding → releasing → closed   (failed: the hold was refused)
        QStringLiteral("CREATE TABLE stk_positions (id TEXT PRIMARY KEY, product_id TEXT NOT NULL, user_id TEXT NOT NULL,"
                       " asset TEXT NOT NULL, amount TEXT NOT NULL, status TEXT NOT NULL, hold_id TEXT NOT NULL,"
                       " owed TEXT NOT NULL, remainder TEXT NOT NULL, accrued_at BIGINT NOT NULL, paid TEXT NOT NULL,"
                       " forfeited TEXT NOT NULL, locked_until BIGINT NOT NULL, unbonds_at BIGINT NOT NULL,"
                       " client_key TEXT NOT NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
                       " UNIQUE (user_id, client_key))"),
        QStringLiteral("CREATE INDEX stk_positions_user ON stk_positions (user_id, created_at)"),
        QStringLiteral("CREATE INDEX stk_positions_product ON stk_positions (product_id, status)"),
        // A reward payment is written (and the position's owed taken down) before its
        // ledger transfer; a restart pays 'paying' rows under the same key.
        QStringLiteral("CREATE TABLE stk_claims (id TEXT PRIMARY KEY, position_id TEXT NOT NULL, user_id TEXT NOT NULL,"
                       " asset TEXT NOT NULL, amount TEXT NOT NULL, compound INTEGER NOT NULL, status TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX stk_claims_status ON stk_claims (status)"),
    }}};
}

} // namespace azc::staking
