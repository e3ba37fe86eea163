#pragma once
// A user's e-wallet over the ledger: balances (available and held) per
// asset, history, receipts, and transfers to another user by username with
// a fee from the fee table, limits per KYC tier and a TOTP code above the
// user's threshold. Both sides are notified once the transfer is durable.

#include "common/clock.h"
#include "common/result.h"
#include "ledger/ledger_service.h"
#include "server/call_context.h"
#include "server/method_table.h"
#include "wallet/fee_schedule.h"
#include "wallet/transfer_limits.h"

namespace azc::identity { class UserDirectory; class TwoFactor; struct User; }
namespace azc::notify { class NotificationService; class EventBus; }

namespace azc::wallet {

struct TransferRequest {
    QString asset;
    QString amount;
    QString toUsername;
    QString memo;
    QString idempotencyKey;
    QString twoFactorCode;
    // Instead of a user: a ledger owner that keeps the money for others (a
    // red packet's pool). Same fee, limits and 2FA; only the sender is told.
    QString escrowOwner;
    QString escrowLabel; // how receipts name it ("Red packet")
};

class WalletService
{
public:
    WalletService(storage::Database &db, ledger::LedgerService &ledger, identity::UserDirectory &users,
                  identity::TwoFactor &twoFactor, notify::NotificationService &notifications, notify::EventBus &bus,
                  const Clock &clock);

    FeeSchedule &fees() { return m_fees; }
    TransferLimits &limits() { return m_limits; }
    ledger::LedgerService &ledger() { return m_ledger; }
    notify::EventBus &bus() { return m_bus; }

    Result<ledger::Asset> enabledAsset(const QString &code);
    Result<QJsonObject> assets();
    Result<QJsonObject> balances(const QString &userId);
    Result<QJsonObject> balance(const QString &userId, const QString &asset); // a Balance object
    Result<QJsonObject> history(const QString &userId, const QString &asset, qint64 before, int limit);
    Result<QJsonObject> receipt(const QString &userId, const QString &operationId);
    Result<QJsonObject> quoteTransfer(const server::Caller &caller, const QString &asset, const QString &amount,
                                      const QString &toUsername);
    void transfer(const server::Caller &caller, const TransferRequest &request, server::Reply reply);
    Result<QJsonObject> limitsFor(const server::Caller &caller);
    Result<QJsonObject> setTwoFactorThreshold(const server::Caller &caller, const QString &asset, const QString &amount);
    Result<QJsonObject> feeList();

    // The checks every payment out of a user's wallet passes (a transfer, an
    // invoice paid to a merchant): the KYC tier's per-transfer and 24-hour
    // limits, and the threshold above which a second factor is asked.
    struct SpendLimits {
        Amount perTransfer;
        Amount dailyRemaining;
        Amount twoFactorAbove;
    };
    Result<SpendLimits> spendLimits(const server::Caller &caller, const ledger::Asset &asset, Amount amount);
    // Above the threshold: refuses without a code, else sets r.lastGate so
    // the code is checked last (its answer never leaks when another check fails).
    Status requireSecondFactor(const server::Caller &caller, const ledger::Asset &asset, Amount amount,
                               Amount twoFactorAbove, const QString &code, ledger::OperationRequest &r);

    // A Party object for a user id ({userId, username, displayName}).
    QJsonObject party(const QString &userId);
    // Pushes event.wallet.changed with the user's new balance of `asset`.
    void announceBalance(const QString &userId, const QString &asset);

private:
    struct Plan; // a validated transfer, before the money moves
    Result<Plan> plan(const server::Caller &caller, const QString &asset, const QString &amount, const QString &toUsername,
                      const QString &escrowOwner = {}, const QString &escrowLabel = {});
    Result<QList<QPair<qint64, Amount>>> pastSends(const QString &userId, const QString &asset, qint64 sinceMs);

    storage::Database &m_db;
    ledger::LedgerService &m_ledger;
    identity::UserDirectory &m_users;
    identity::TwoFactor &m_twoFactor;
    notify::NotificationService &m_notifications;
    notify::EventBus &m_bus;
    const Clock &m_clock;
    FeeSchedule m_fees;
    TransferLimits m_limits;
};

} // namespace azc::wallet
