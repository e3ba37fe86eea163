#pragma once
// The ledger's service: validates operations against balances kept in
// memory, and commits the operations of many requests in one database
// transaction (group commit) before anyone is told they succeeded. The
// backend is single-threaded, so validation needs no locks: an operation
// sees every earlier one, committed or waiting in the current batch.
//
// Idempotency: an operation carries (actor, key, fingerprint). A repeat with
// the same fingerprint gets the first result and moves nothing; the same key
// with a different fingerprint is refused ("idempotency_conflict"). Refused
// operations (insufficient funds, ...) record nothing, so a retry may succeed.

#include "common/clock.h"
#include "common/result.h"
#include "ledger/ledger_store.h"

#include <QObject>
#include <functional>

namespace azc::ledger {

struct LedgerReport {
    bool ok = true;
    qint64 transfers = 0;
    qint64 accounts = 0;
    QStringList problems; // empty when ok
};

class LedgerService : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<QJsonObject> &)>;

    LedgerService(storage::Database &db, const Clock &clock, QObject *parent = nullptr);
    static QList<storage::Migration> migrations();

    Status addAsset(const Asset &asset);
    Result<QList<Asset>> assets() { return m_store.assets(); }
    Result<Asset> asset(const QString &code);
    Status setAssetEnabled(const QString &code, bool enabled);
    // The account for `key`, created (empty) on first use.
    Result<Account> account(const AccountKey &key);
    // The account for `key` if it exists (reads never create accounts).
    Result<std::optional<Account>> existingAccount(const AccountKey &key);
    Result<Amount> balance(const QString &accountId);

    // Validated now; `done` runs after the batch holding it is durable.
    void submit(OperationRequest request, Done done);
    // submit + commit at once, for internal callers (demo seed, tests, tools).
    Result<QJsonObject> submitNow(OperationRequest request);

    // Holds (pending transfers). Each is one idempotent operation like
    // submit(); `request.transfers` must be empty, the service adds them.
    // The answer carries "holdId". Held accounts move only through these,
    // so a held balance always equals the sum of its pending holds.
    void openHold(OperationRequest request, const QString &ownerId, const QString &asset, Amount amount,
                  const QString &holdCode, Done done);
    // Moves `amount` of the hold to `creditAccountId`; the rest stays held.
    void postHold(OperationRequest request, const QString &holdId, Amount amount, const QString &creditAccountId,
                  Done done);
    // Settles several holds in one atomic operation: each posts parts to
    // accounts and may release what it still holds to its owner (an order's
    // last fill at a better price than it reserved). `extra` transfers that
    // are not the holds' (custody bookings, fees from elsewhere) join the same
    // operation; they may not touch held accounts.
    struct Posting {
        Amount amount;
        QString creditAccountId;
        QString code = QStringLiteral("hold.post");
    };
    struct HoldSettlement {
        QString holdId;
        QList<Posting> parts;
        bool releaseRest = false;
    };
    void settleHolds(OperationRequest request, QList<HoldSettlement> holds, QList<TransferSpec> extra, Done done);
    // Returns what is still held to the owner's available account.
    void voidHold(OperationRequest request, const QString &holdId, Done done);
    Result<Hold> hold(const QString &holdId);
    // Like submit(), but `check` runs after the idempotency check (a repeat is
    // answered without running it) and may fill in the transfers and result
    // or refuse; `accepted` runs when the operation joins a batch, before it
    // is durable (for in-memory bookkeeping such as rolling limits).
    using Check = std::function<Status(OperationRequest &)>;
    void submitChecked(OperationRequest request, Check check, std::function<void()> accepted, Done done);
    void flush();

    // Durability shared with the group commit. A participant's `write` runs
    // inside every batch's transaction just before the commit (a journal's
    // fsync, rows that must be durable together with the money); its failure
    // fails the batch. whenDurable's `done` runs once everything submitted so
    // far is durable: after the next commit, with or without operations.
    // Money leaves `ownerId`'s accounts only in operations whose code is
    // `operationCode` (the community fund: only executed proposals). Checked
    // for every transfer and hold, whoever asks, so no other method can move it.
    void protectOwner(const QString &ownerId, const QString &operationCode) { m_protectedOwners.insert(ownerId, operationCode); }

    void addCommitParticipant(std::function<Status()> write) { m_participants.append(std::move(write)); }
    void whenDurable(std::function<void(Status)> done);
    // Pending holds opened for `code` ("order", "withdrawal", ...), after writing what is pending.
    Result<QList<Hold>> pendingHolds(const QString &code);
    // Every account with its balance, after writing what is pending.
    Result<QList<Account>> allAccounts();
    // Every account of one asset with its balance, after writing what is pending.
    Result<QList<Account>> accountsOf(const QString &asset)
    {
        flush();
        return m_store.accountsOf(asset);
    }
    // Committed transfers touching any of `accountIds` at or after `sinceMs`,
    // oldest first (what is still in the batch is not included).
    Result<QList<StoredTransfer>> transfersSince(const QStringList &accountIds, qint64 sinceMs);
    // The stored answers of operations, by id (for receipts and history).
    Result<QHash<QString, StoredOperation>> operations(const QStringList &operationIds);
    int pendingOperations() const { return int(m_batch.operations.size()); }

    // Newest first, after writing what is pending.
    Result<QList<StoredTransfer>> history(const QString &accountId, qint64 beforeSeq, int limit)
    {
        flush();
        return m_store.history(accountId, beforeSeq, limit);
    }

    // Per asset all balances sum to zero; none that may not go negative is
    // below zero; every stored balance equals the replay of its transfers.
    Result<LedgerReport> verify();

private:
    struct Waiting {
        QString fingerprint;
        QList<Done> callbacks;
    };
    // What runs after the idempotency check: `prepare` adds the operation's
    // transfers and says which holds it changes (applied only if the
    // operation is accepted); `accepted` runs when it joins a batch.
    struct Plan {
        std::function<Result<QList<Hold>>(OperationRequest &)> prepare;
        std::function<void()> accepted;
        bool movesHeldFunds = false;
    };
    void submitPlanned(OperationRequest request, const Plan &plan, Done done);
    static Plan holdPlan(std::function<Result<QList<Hold>>(OperationRequest &)> prepare);
    Result<Account *> cached(const QString &accountId);
    Result<Hold *> cachedHold(const QString &holdId);
    void scheduleFlush();

    storage::Database &m_db;
    const Clock &m_clock;
    LedgerStore m_store;
    QHash<QString, Account> m_accounts;   // cache, by id
    QHash<QString, Asset> m_assets;
    QHash<QString, Hold> m_holds;         // cache, by id
    QHash<QString, QString> m_accountIds; // account key (as text) → id; ids never change
    Batch m_batch;
    QList<QPair<QString, Done>> m_callbacks; // operation id → done, in batch order
    QHash<QString, Waiting> m_inFlight;      // "actor\nkey" → waiting repeats
    QHash<QString, QString> m_inFlightOp;    // "actor\nkey" → operation id
    qint64 m_nextSeq = 0;
    bool m_flushScheduled = false;
    QList<std::function<Status()>> m_participants;
    QList<std::function<void(Status)>> m_durableWaiters; // for the next commit
    QHash<QString, QString> m_protectedOwners; // owner → the only operation code that may debit it
};

} // namespace azc::ledger
