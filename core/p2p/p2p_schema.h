#pragma once
#include "storage/database.h"

namespace azc::p2p {

// Tables of the "p2p" domain: ads (a sell ad's coins held in the ledger),
// trades (whose escrow is part of the ad's hold, or the taker's own hold for
// a buy ad) and each trade's timeline.
QList<storage::Migration> p2pMigrations();

} // namespace azc::p2p
