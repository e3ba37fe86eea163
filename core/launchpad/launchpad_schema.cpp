#include "launchpad/launchpad_schema.h"

namespace azc::launchpad {

QList<storage::Migration> launchpadMigrations()
{
    return {{1, QStringLiteral("token sales, commitments, allocations, vesting tranches"), {
        // price: quote units per whole token; total: token units; cap/min_stake 0: none.
        // vesting: JSON [{"afterDays": n, "percent": p}] (empty: everything at the end).
        // status: listed → finalizing → distributed (canceled: before it ends).
        QStringLiteral("CREATE TABLE lp_sales (id TEXT PRIMARY KEY, seq BIGINT NOT NULL UNIQUE, token TEXT NOT NULL, quote TEXT NOT NULL,"
                       " price TEXT NOT NULL, total TEXT NOT NULL, per_user_cap TEXT NOT NULL, min_kyc_tier INTEGER NOT NULL,"
                       " min_stake TEXT NOT NULL, starts_at BIGINT NOT NULL, ends_at BIGINT NOT NULL, vesting TEXT NOT NULL,"
                       " partner_id TEXT NOT NULL, platform_share_bps INTEGER NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL,"
                       " status TEXT NOT NULL, sold TEXT NOT NULL, proceeds TEXT NOT NULL, created_by TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
        // A commitment is a ledger hold; its row is written first ('pending') and
        // becomes 'held' once the hold is durable ('failed' if refused).
        QStringLiteral("CREATE TABLE lp_commits (id TEXT PRIMARY KEY, sale_id TEXT NOT NULL, user_id TEXT NOT NULL, amount TEXT NOT NULL,"
                       " hold_id TEXT NOT NULL, status TEXT NOT NULL, client_key TEXT NOT NULL, created_at BIGINT NOT NULL,"
                       " UNIQUE (user_id, client_key))"),
        QStringLiteral("CREATE INDEX lp_commits_sale ON lp_commits (sale_id, status)"),
        // Tokens the launchpad created: only those may be issued into a sale (an
        // existing asset — AZC, USDT, a coin custody carries — never).
        QStringLiteral("CREATE TABLE lp_tokens (code TEXT PRIMARY KEY, created_at BIGINT NOT NULL)"),
        // Written all at once when the sale ends; each settled by its own operation.
        // delivering: the cumulative amount a delivery in flight brings `delivered` to
        // (written before its operation, so a restart finishes that one first).
        QStringLiteral("CREATE TABLE lp_allocations (sale_id TEXT NOT NULL, user_id TEXT NOT NULL, committed TEXT NOT NULL,"
                       " tokens TEXT NOT NULL, cost TEXT NOT NULL, refund TEXT NOT NULL, delivered TEXT NOT NULL, delivering TEXT NOT NULL,"
                       " status TEXT NOT NULL, PRIMARY KEY (sale_id, user_id))"),
        QStringLiteral("CREATE TABLE lp_tranches (sale_id TEXT NOT NULL, idx INTEGER NOT NULL, due_at BIGINT NOT NULL,"
                       " cumulative_bps INTEGER NOT NULL, status TEXT NOT NULL, PRIMARY KEY (sale_id, idx))"),
    }}};
}

} // namespace azc::launchpad
