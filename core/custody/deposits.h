#pragma once
// Deposits found on chain and their life: "seen" (in a block, confirming),
// "credited" (booked to the user once the network's confirmations are
// reached), "orphaned" (its block left the chain in a reorg; revived if the
// transaction is mined again), "below_minimum" (recorded, never credited).
// Crediting is one ledger operation with the idempotency key
// "deposit:<id>", so a crash between the ledger and this table, a restart
// or a repeated pass can never credit twice.
//
// Ledger flows (per network N and asset A):
//   credit   World(chain:N) → user Available       the exchange owes the user
//            World(chain:N) → HotWallet(N:unswept) the coins at deposit addresses
//   house    World(chain:N) → HotWallet(N:hot)     funds sent to the hot wallet from outside

#include "common/amount.h"
#include "common/clock.h"
#include "common/result.h"

#include <QJsonObject>
#include <functional>

namespace azc::storage { class Database; }
namespace azc::ledger { class LedgerService; }
namespace azc::notify { class NotificationService; class EventBus; }
namespace azc::wallet { class WalletService; }

namespace azc::custody {

struct Network;

struct Deposit {
    QString id, networkId, asset;
    QString kind = QStringLiteral("user"); // "user" or "house"
    QString userId;
    QByteArray address, from, txHash;      // 20, 20, 32 bytes
    qint64 logIndex = -1;                  // -1 for a native payment
    Amount amount;
    quint64 blockNumber = 0;
    QByteArray blockHash;
    QString status;
    QString sweepTxId, operationId;
    qint64 createdAt = 0, creditedAt = 0;
};

class DepositBook
{
public:
    DepositBook(storage::Database &db, ledger::LedgerService &ledger, wallet::WalletService &wallet,
                notify::NotificationService &notifications, notify::EventBus &bus, const Clock &clock);

    // Inside the scanner's transaction: a new deposit, or one re-mined after a
    // reorg. Answers whether it is new (for the "seen" notification).
    Result<bool> record(Deposit &deposit, const Amount &minimum);
    // Every seen or below-minimum deposit at or above `fromBlock` becomes orphaned.
    Status orphanFrom(const QString &networkId, quint64 fromBlock);
    // Credits every seen deposit with enough confirmations; `done` when all answered.
    void creditConfirmed(const Network &network, std::function<void()> done);

    Result<QList<Deposit>> select(const QString &where, const QVariantList &params);
    QJsonObject toJson(const Deposit &d, const Network *network) const;
    void announce(const Deposit &d, const Network *network, bool credited);

private:
    Status markCredited(const Deposit &d, const QString &operationId);

    storage::Database &m_db;
    ledger::LedgerService &m_ledger;
    wallet::WalletService &m_wallet;
    notify::NotificationService &m_notifications;
    notify::EventBus &m_bus;
    const Clock &m_clock;
};

} // namespace azc::custody
