#pragma once
// core/launchpad: token sales. Admins (or an executed proposal) list a sale:
// the token (a ledger asset; the sale's supply is issued into the sale's own
// owner "launchpad-<id>" at listing), a price in AZC or USDT, the total, a
// per-user cap, a KYC tier and an AZC staking requirement, a window. Users
// commit during the window (a ledger hold). When it ends the allocation is
// computed exactly (allocation.h: pro-rata when oversubscribed, leftover
// units assigned deterministically) and each buyer is settled by one
// operation: their holds post the cost to the sale and release the rest, and
// the tokens due now are delivered; later tranches follow the vesting plan.
// Last, the proceeds are split between the listing partner and the
// platform's FeeRevenue(launchpad), and unsold tokens go to the partner.
// Every step is a row first, then an operation under a key derived from it,
// redone at start.

#include "common/amount.h"
#include "common/clock.h"
#include "common/result.h"
#include "server/call_context.h"
#include "server/method_table.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace azc::storage { class Database; }
namespace azc::ledger { class LedgerService; }
namespace azc::wallet { class WalletService; }
namespace azc::staking { class StakingService; }
namespace azc::identity { class UserDirectory; }
namespace azc::notify { class NotificationService; class EventBus; }
namespace azc::audit { class AuditLog; }

namespace azc::launchpad {

struct LaunchpadServices {
    storage::Database &db;
    ledger::LedgerService &ledger;
    wallet::WalletService &wallet;
    staking::StakingService &staking;
    identity::UserDirectory &users;
    notify::NotificationService &notifications;
    notify::EventBus &bus;
    audit::AuditLog &audit;
    const Clock &clock;
};

class LaunchpadService : public QObject
{
    Q_OBJECT
public:
    LaunchpadService(LaunchpadServices services, QObject *parent = nullptr);
    ~LaunchpadService() override;

    Status start();
    // Ends due sales, settles buyers, releases due vesting tranches.
    void tick();

    Status validateListing(const QJsonObject &params);
    // `actorId`: the admin, or "governance:<proposal>"; `key` makes a repeat harmless.
    Result<QJsonObject> list(const QString &actorId, const QJsonObject &params, const QString &key);
    Result<QJsonObject> sales(const QString &userId, bool forAdmin);
    Result<QJsonObject> sale(const QString &userId, const QString &saleId);
    void commit(const server::Caller &caller, const QString &saleId, const QString &amount, const QString &key, server::Reply reply);
    Result<QJsonObject> myAllocations(const QString &userId);

    static QString saleOwner(const QString &saleId) { return QStringLiteral("launchpad-") + saleId; }
    static QString stakeAsset() { return QStringLiteral("AZC"); }

private:
    struct Sale;
    Result<Sale> saleRow(const QString &id);
    Result<QList<Sale>> saleRows(const QString &where, const QVariantList &params);
    Result<QJsonObject> saleJson(const Sale &s, const QString &userId);
    void issue(const Sale &sale);
    void scheduleTick();
    void holdCommit(const QString &commitId, server::Reply reply);
    Status finalize(const Sale &s);
    void settle(const Sale &s, const QString &userId);
    void close(const Sale &s);
    void vest(const Sale &s, int tranche, const QString &userId);
    QString phase(const Sale &s) const;

    LaunchpadServices s;
    QTimer m_timer;
    QSet<QString> m_inFlight; // operation keys being submitted
    bool m_tickQueued = false;
};

} // namespace azc::launchpad
