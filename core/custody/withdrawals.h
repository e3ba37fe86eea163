#pragma once
// Withdrawals to outside addresses, from request to confirmation:
//   requested  amount + fee held in the ledger; waits for support
//   approved   enough approvals: one, or two admins above the asset's
//              dual-approval amount
//   signed     an EIP-1559 transaction from the hot wallet is stored (outbox)
//   broadcast  the node has it
//   confirmed  mined with the network's confirmations: the hold is posted
//              (amount → World(chain:N), fee → FeeRevenue(withdrawal)) and
//              the coins leave HotWallet(N:hot) with the gas, one operation
// and the ends rejected (support), cancelled (the user, before approval) and
// failed (reverted or dropped on chain): the hold returns to the user.
// Requests need a saved, cooled address, the tier's limits and, above the
// tier's threshold, a TOTP code.

#include "common/amount.h"
#include "common/clock.h"
#include "common/result.h"
#include "server/call_context.h"
#include "server/method_table.h"

#include <QHash>
#include <QJsonObject>
#include <functional>

namespace azc::storage { class Database; }
namespace azc::ledger { class LedgerService; }
namespace azc::identity { class UserDirectory; class TwoFactor; }
namespace azc::notify { class NotificationService; class EventBus; }
namespace azc::wallet { class WalletService; }
namespace azc::audit { class AuditLog; }

namespace azc::custody {

class AddressBook;
class NetworkRegistry;
class Outbox;
struct Network;
struct OutgoingTx;

struct WithdrawRequest {
    QString network, asset, amount, address, idempotencyKey, twoFactorCode;
};

struct WithdrawalServices {
    storage::Database &db;
    ledger::LedgerService &ledger;
    NetworkRegistry &networks;
    AddressBook &book;
    Outbox &outbox;
    identity::UserDirectory &users;
    identity::TwoFactor &twoFactor;
    wallet::WalletService &wallet;
    notify::NotificationService &notifications;
    notify::EventBus &bus;
    audit::AuditLog &audit;
    const Clock &clock;
    QByteArray hotWallet; // 20 bytes
};

class Withdrawals
{
public:
    explicit Withdrawals(WithdrawalServices s) : m(s) {}

    Result<QJsonObject> setLimit(const server::Caller &admin, const QString &asset, int tier, const QString &perWithdrawal,
                                 const QString &daily, const QString &twoFactorAbove);
    Result<QJsonObject> limits(const server::Caller &caller);
    Result<QJsonObject> quote(const server::Caller &caller, const WithdrawRequest &r);
    void request(const server::Caller &caller, const WithdrawRequest &r, server::Reply reply);
    void cancel(const server::Caller &caller, const QString &id, server::Reply reply);
    void approve(const server::Caller &staff, const QString &id, server::Reply reply);
    void reject(const server::Caller &staff, const QString &id, const QString &reason, server::Reply reply);
    Result<QJsonObject> list(const QString &userId, int limit);
    Result<QJsonObject> get(const server::Caller &caller, const QString &id);
    Result<QJsonObject> queue(int limit); // waiting for approval, oldest first

    // Signs the approved withdrawals of the network, one after another.
    void send(const Network &network, std::function<void()> done);
    // Follows the outbox: signed → broadcast.
    void sync(const QString &networkId);
    // A final withdrawal transaction: post or release the hold.
    void book(const OutgoingTx &tx, const QString &nativeAsset, std::function<void(bool)> done);

    // After a restart: a request whose hold was placed (or not) when the process
    // stopped is finished with the same ledger key: requested, or dropped if refused.
    void recover();

    // Pending (not final) withdrawals per asset, for reconciliation.
    Result<QHash<QString, Amount>> pendingByAsset(const QString &networkId);

private:
    struct Row;
    struct Planned;
    Result<Row> load(const QString &id);
    Result<QList<Row>> select(const QString &where, const QVariantList &params);
    Result<Planned> plan(const server::Caller &caller, const WithdrawRequest &r, bool forQuote);
    QJsonObject toJson(const Row &row, bool withUser);
    Status setStatus(const Row &row, const QString &status, const QString &actorId, const QString &note,
                     const QString &extraSql = {}, const QVariantList &extraParams = {});
    void announce(const QString &id);
    void release(const Row &row, const QString &status, const QString &actorId, const QString &reason,
                 server::Reply reply);

    WithdrawalServices m;
    // Repeats of a request whose hold is still being placed wait for its answer.
    QHash<QString, QList<server::Reply>> m_waiting; // "user/key"
};

} // namespace azc::custody
