#pragma once
#include "storage/database.h"

namespace azc::custody {

// Tables of the "custody" domain: networks and their assets, deposit
// addresses, scanned blocks, deposits, outgoing transactions, withdrawals
// and the address book. Amounts are decimal text of the asset's units.
QList<storage::Migration> custodyMigrations();

} // namespace azc::custody
