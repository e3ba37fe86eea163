#pragma once
#include "storage/database.h"

namespace azc::desk {

// Tables of the "desk" domain: the hedge log (one row per order the exchange
// sends to its liquidity provider, whichever flow sent it).
QList<storage::Migration> deskMigrations();

} // namespace azc::desk
