#pragma once
// The master wallet's check of custody against the chain, per network and
// asset: what the hot wallet and the deposit addresses hold on chain next to
// what the ledger says they hold, deposits still confirming or below the
// minimum (on chain, not yet in the ledger), pending withdrawals, and the
// users' balances of the asset. A difference is flagged, never hidden.

#include "common/result.h"
#include "server/method_table.h"

#include <QByteArray>

namespace azc::storage { class Database; }
namespace azc::ledger { class LedgerService; }

namespace azc::custody {

class DepositBook;
class NetworkRegistry;
class Withdrawals;

class Reconciliation
{
public:
    Reconciliation(storage::Database &db, ledger::LedgerService &ledger, NetworkRegistry &networks,
                   Withdrawals &withdrawals, QByteArray hotWallet);
    void run(server::Reply reply);

private:
    storage::Database &m_db;
    ledger::LedgerService &m_ledger;
    NetworkRegistry &m_networks;
    Withdrawals &m_withdrawals;
    QByteArray m_hotWallet;
};

} // namespace azc::custody
