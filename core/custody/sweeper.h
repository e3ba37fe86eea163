#pragma once
// Moves credited deposits from user deposit addresses to the hot wallet.
//   native: one transaction of the credited deposits minus the most their
//           gas can cost (the rest of that allowance stays at the address);
//   ERC-20: when the address lacks gas, the hot wallet first sends it some
//           ("topup"); once that confirmed, the token transfer.
// Each address has at most one transaction in flight. Bookings happen when a
// transaction is final (see book()):
//   sweep     HotWallet(N:unswept) → HotWallet(N:hot), gas: unswept(native) → World(gas:N)
//   topup     HotWallet(N:hot, native) → HotWallet(N:unswept, native), gas: hot → World(gas:N)

#include "common/amount.h"
#include "common/result.h"

#include <QByteArray>
#include <functional>

namespace azc::storage { class Database; }
namespace azc::ledger { class LedgerService; }

namespace azc::custody {

class DepositAddresses;
class Outbox;
class NetworkRegistry;
struct Network;
struct OutgoingTx;

class Sweeper
{
public:
    Sweeper(storage::Database &db, ledger::LedgerService &ledger, NetworkRegistry &networks,
            DepositAddresses &addresses, Outbox &outbox, QByteArray hotWallet);

    // Starts the sweeps that are due on the network; `done` when all are prepared.
    void sweep(const Network &network, std::function<void()> done);
    // Books a final sweep or top-up; `done(true)` once the ledger has it.
    void book(const OutgoingTx &tx, const QString &nativeAsset, std::function<void(bool)> done);

    static constexpr quint64 kTokenGasLimit = 100000;

private:
    struct Candidate {
        QByteArray address;
        QString asset;
        Amount credited; // credited, unswept deposits at the address
    };
    void sweepOne(const QString &networkId, const Candidate &c, std::function<void()> next);

    storage::Database &m_db;
    ledger::LedgerService &m_ledger;
    NetworkRegistry &m_networks;
    DepositAddresses &m_addresses;
    Outbox &m_outbox;
    QByteArray m_hotWallet;
};

} // namespace azc::custody
