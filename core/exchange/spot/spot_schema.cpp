#include "exchange/spot/spot_schema.h"

namespace azc::spot {

QList<storage::Migration> spotMigrations()
{
    return {{1, QStringLiteral("markets, owners, orders, fills"),
             {QStringLiteral("CREATE TABLE spot_markets (symbol TEXT PRIMARY KEY, base TEXT NOT NULL, quote TEXT NOT NULL,"
                             " tick_size TEXT NOT NULL, lot_size TEXT NOT NULL, min_notional TEXT NOT NULL,"
                             " maker_fee TEXT NOT NULL, taker_fee TEXT NOT NULL, status TEXT NOT NULL,"
                             " routing INTEGER NOT NULL, created_at BIGINT NOT NULL)"),
              QStringLiteral("CREATE TABLE spot_owners (user_id TEXT PRIMARY KEY, owner_id BIGINT NOT NULL UNIQUE)"),
              QStringLiteral("CREATE TABLE spot_orders (market TEXT NOT NULL, id BIGINT NOT NULL, user_id TEXT NOT NULL,"
                             " side TEXT NOT NULL, type TEXT NOT NULL, time_in_force TEXT NOT NULL, price BIGINT NOT NULL,"
                             " quantity BIGINT NOT NULL, budget TEXT NOT NULL, filled BIGINT NOT NULL,"
                             " filled_quote TEXT NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL,"
                             " hold_id TEXT NOT NULL, client_key TEXT NOT NULL, fingerprint TEXT NOT NULL,"
                             " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, PRIMARY KEY (market, id),"
                             " UNIQUE (user_id, client_key))"),
              QStringLiteral("CREATE INDEX spot_orders_user ON spot_orders (user_id, status, created_at)"),
              QStringLiteral("CREATE TABLE spot_fills (market TEXT NOT NULL, seq BIGINT NOT NULL, idx INTEGER NOT NULL,"
                             " taker_order BIGINT NOT NULL, maker_order BIGINT NOT NULL, taker_user TEXT NOT NULL,"
                             " maker_user TEXT NOT NULL, taker_side TEXT NOT NULL, price BIGINT NOT NULL,"
                             " quantity BIGINT NOT NULL, quote TEXT NOT NULL, taker_fee TEXT NOT NULL,"
                             " maker_fee TEXT NOT NULL, at BIGINT NOT NULL, PRIMARY KEY (market, seq, idx))"),
              QStringLiteral("CREATE INDEX spot_fills_time ON spot_fills (market, at)")}},
            {2, QStringLiteral("stop-limit orders"),
             {QStringLiteral("ALTER TABLE spot_orders ADD COLUMN stop_price BIGINT NOT NULL DEFAULT 0")}},
            {3, QStringLiteral("orders routed to the liquidity provider"),
             {QStringLiteral("ALTER TABLE spot_orders ADD COLUMN routed_base TEXT NOT NULL DEFAULT '0'"),
              QStringLiteral("ALTER TABLE spot_orders ADD COLUMN routed_quote TEXT NOT NULL DEFAULT '0'")}}};
}

} // namespace azc::spot
