#pragma once
// The wallet domain's tables (fees, limits, 2FA thresholds, adjustments).
// The money itself lives in the ledger's tables; these only configure and
// record requests about it.

#include "storage/database.h"

namespace azc::wallet {

QList<storage::Migration> walletMigrations();

} // namespace azc::wallet
