#pragma once
// core/staking: AZC (and other assets) staked in products admins define.
// A stake is a ledger hold on the user's balance (held, not spendable), so
// the money never leaves the user's accounts until it is released. Rewards
// accrue per second at the product's rate, exactly (accrual.h: whole units
// owed plus a carried remainder, so no schedule of reads and writes adds or
// loses a unit), and are paid from the asset's reward pool — the house
// account Treasury(asset, "staking-rewards") that admins fund — so the sum
// of paid rewards is the pool's debit, to the unit.
//
// Every money step is restart-safe the red-packet way: its row is written
// first (position 'opening' / 'releasing', claim 'paying'), then the ledger
// operation runs under a key derived from that row, and start() redoes the
// unfinished ones under the same keys.
//
// Locked products: leaving before the lock ends forfeits the rewards not yet
// paid. Unbonding: after an unstake the principal stays held (earning
// nothing, and not counted as voting power) for the product's unbonding
// period, then it is released.

#include "common/amount.h"
#include "common/clock.h"
#include "common/result.h"
#include "server/call_context.h"
#include "server/method_table.h"
#include "staking/accrual.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace azc::storage { class Database; }
namespace azc::ledger { class LedgerService; }
namespace azc::wallet { class WalletService; }
namespace azc::audit { class AuditLog; }
namespace azc::notify { class EventBus; }

namespace azc::staking {

struct Product {
    QString id, asset, name, kind; // kind: "flexible" | "locked"
    int lockDays = 0, rateBps = 0, marginBps = 0;
    Amount cap, minAmount;         // cap 0: none
    qint64 unbondingSeconds = 0;
    QString status;                // "open" | "closed"
    qint64 createdAt = 0, updatedAt = 0;
};

struct Position {
    QString id, productId, userId, asset, status, holdId, clientKey;
    Amount amount, paid, forfeited;
    Accrual accrual;
    qint64 accruedAt = 0, lockedUntil = 0, unbondsAt = 0, createdAt = 0, updatedAt = 0;
};

class StakingService : public QObject
{
    Q_OBJECT
public:
    StakingService(storage::Database &db, ledger::LedgerService &ledger, wallet::WalletService &wallet,
                   audit::AuditLog &audit, notify::EventBus &bus, const Clock &clock, QObject *parent = nullptr);

    // Redoes unfinished steps, then releases due unbondings every second.
    Status start();
    void releaseDue();

    // --- admins (staking_products.cpp)
    Result<QJsonObject> saveProduct(const server::Caller &admin, const QJsonObject &params);
    Result<QJsonObject> products(bool forAdmin, const QString &userId);
    void fundPool(const server::Caller &admin, const QString &asset, const QString &amount, const QString &key,
                  server::Reply reply);
    Result<QJsonObject> pools();
    // An executed proposal's action: positions earn the old rate up to now.
    Status setRate(const QString &productId, int rateBps, const QString &actorId);
    Result<Product> product(const QString &id);

    // --- users (staking_positions.cpp)
    void stake(const server::Caller &caller, const QString &productId, const QString &amount, const QString &key,
               server::Reply reply);
    void unstake(const server::Caller &caller, const QString &positionId, server::Reply reply);
    void claim(const server::Caller &caller, const QString &positionId, bool compound, server::Reply reply);
    Result<QJsonObject> positions(const QString &userId);

    // --- what governance and the launchpad read
    // Principal of each user's active positions in `asset` (unbonding ones do not count).
    Result<QHash<QString, Amount>> activeStakes(const QString &asset);
    Result<Amount> activeStake(const QString &userId, const QString &asset);

    static QString poolSubKind() { return QStringLiteral("staking-rewards"); }

private:
    Result<Position> position(const QString &id);
    Result<QList<Position>> positionRows(const QString &where, const QVariantList &params);
    Status savePosition(const Position &p);
    // Brings the position's accrual up to `now` at its product's `rateBps`
    // (active positions only earn).
    Result<Position> accrued(Position p, int rateBps, qint64 now);
    void openHold(const Position &p, server::Reply reply);
    void release(const Position &p, std::function<void(Status)> done);
    void pay(const QString &claimId, std::function<void(Result<QJsonObject>)> done);
    QJsonObject positionJson(const Position &p, int decimals, const Product *product);
    Result<int> decimals(const QString &asset);
    void changed(const QString &userId, const QString &asset);

    storage::Database &m_db;
    ledger::LedgerService &m_ledger;
    wallet::WalletService &m_wallet;
    audit::AuditLog &m_audit;
    notify::EventBus &m_bus;
    const Clock &m_clock;
    QTimer m_timer;
    QSet<QString> m_releasing; // positions whose release is in flight
};

} // namespace azc::staking
