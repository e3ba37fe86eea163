#pragma once
#include "storage/database.h"

namespace azc::spot {

// Tables of the "spot" domain: markets, the engine's owner ids per user,
// orders (with the ledger hold reserving their funds) and fills. The
// engine's commands themselves live in a journal file per market.
QList<storage::Migration> spotMigrations();

} // namespace azc::spot
