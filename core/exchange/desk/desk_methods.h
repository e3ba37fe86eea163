#pragma once
#include "server/method_table.h"

#include <QString>

namespace azc::storage { class Database; }
namespace azc::ledger { class LedgerService; }
namespace azc::provider { class LiquidityProvider; }
namespace azc::spot { class SpotExchange; }

namespace azc::desk {

class HedgeLog;

struct DeskServices {
    storage::Database &db;
    ledger::LedgerService &ledger;
    spot::SpotExchange &spot;
    HedgeLog &hedges;
    provider::LiquidityProvider *provider; // null: none configured
    QString providerName;
};

// exchange.provider, exchange.hedges, exchange.revenue (admin).
void declareDeskMethods(server::MethodTable &table, DeskServices services);

} // namespace azc::desk
