#pragma once
// The ledger's tables and the SQL that reads and writes them. Amounts are
// stored as decimal text of their units (128 bits fit neither SQLite's
// INTEGER nor a portable column type); sums are done in C++.

#include "common/result.h"
#include "ledger/ledger_types.h"

#include <QHash>
#include <QVariantList>
#include <functional>
#include <optional>

namespace azc::storage { class Database; struct Migration; }

namespace azc::ledger {

struct StoredTransfer {
    qint64 seq = 0;
    QString id;
    QString operationId;
    QString debitAccountId;
    QString creditAccountId;
    QString asset;
    Amount amount;
    QString code;
    qint64 createdAt = 0;
};

struct StoredOperation {
    QString id;
    QString actorId;
    QString code;
    QJsonObject result;
    qint64 createdAt = 0;
};

// One group commit: the operations of many requests, written together.
struct Batch {
    struct Op {
        QString id;
        QString actorId;
        QString idempotencyKey;
        QString fingerprint;
        QString code;
        QJsonObject result;
        qint64 createdAt = 0;
    };
    QList<Op> operations;
    QList<StoredTransfer> transfers;
    QHash<QString, Amount> balances; // account id → balance after the batch
    QHash<QString, Hold> holds;      // hold id → state after the batch
};

class LedgerStore
{
public:
    explicit LedgerStore(storage::Database &db);
    static QList<storage::Migration> migrations();

    Status addAsset(const Asset &asset);
    Status setAssetEnabled(const QString &code, bool enabled);
    Result<QList<Asset>> assets();
    Result<std::optional<Account>> findAccount(const AccountKey &key);
    Result<std::optional<Account>> accountById(const QString &id);
    Status insertAccount(const Account &account);
    Result<qint64> lastSeq();

    struct PriorOperation {
        QString fingerprint;
        QJsonObject result;
    };
    Result<std::optional<PriorOperation>> operationByKey(const QString &actorId, const QString &key);

    Status write(const Batch &batch); // inside the caller's transaction
    Result<std::optional<Hold>> holdById(const QString &id);
    // Reads for reports and receipts.
    Result<QList<StoredTransfer>> transfersSince(const QStringList &accountIds, qint64 sinceMs);
    Result<QHash<QString, StoredOperation>> operations(const QStringList &operationIds);
    Result<QList<Hold>> pendingHolds();

    // Newest first; `beforeSeq` 0 = from the newest.
    Result<QList<StoredTransfer>> history(const QString &accountId, qint64 beforeSeq, int limit);
    Result<QList<Account>> allAccounts();
    Result<QList<Account>> accountsOf(const QString &asset);
    // Calls `fn` for every transfer in order, without loading them all.
    Status forEachTransfer(const std::function<void(const StoredTransfer &)> &fn);

private:
    // Inserts `rows` rows of `columns` values with as few statements as the
    // parameter limits allow: `head` + "(?, ...), (?, ...)" + `tail`.
    Status insertRows(const QString &head, int columns, int rows, const std::function<void(QVariantList &, int)> &bindRow,
                      const QString &tail = {});

    storage::Database &m_db;
    QHash<QPair<QString, int>, QString> m_chunkSql; // (head + tail, rows) -> statement text
};

} // namespace azc::ledger
