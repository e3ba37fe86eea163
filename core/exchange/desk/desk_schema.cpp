#include "exchange/desk/desk_schema.h"

namespace azc::desk {

QList<storage::Migration> deskMigrations()
{
    return {{1, QStringLiteral("hedge log"),
             {QStringLiteral("CREATE TABLE desk_hedges (id TEXT PRIMARY KEY, flow TEXT NOT NULL, ref TEXT NOT NULL,"
                             " user_id TEXT NOT NULL, provider TEXT NOT NULL, symbol TEXT NOT NULL, side TEXT NOT NULL,"
                             " requested TEXT NOT NULL, status TEXT NOT NULL, executed_qty TEXT NOT NULL,"
                             " quote_qty TEXT NOT NULL, provider_order_id TEXT NOT NULL, error TEXT NOT NULL,"
                             " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
              QStringLiteral("CREATE INDEX desk_hedges_time ON desk_hedges (created_at)")}}};
}

} // namespace azc::desk
