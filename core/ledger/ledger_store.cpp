#include "ledger/ledger_store.h"

#include "storage/database.h"

#include <QJsonDocument>

namespace azc::ledger {

namespace {

// "?, ?, ?" for an IN list, appending the values to `params`.
QString inList(const QStringList &values, QVariantList &params)
{
    QStringList marks;
    for (const QString &v : values) {
        marks.append(QStringLiteral("?"));
        params.append(v);
    }
    return marks.join(QStringLiteral(", "));
}

// Stored amounts; an unreadable one reads as zero, which verify() then reports.
Amount amountFromText(const QString &text)
{
    return Amount::fromUnitsText(text).value_or(Amount());
}

const QString kAccountColumns = QStringLiteral("id, owner_id, asset, kind, sub_kind, may_go_negative, balance");

Account accountFromRow(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toString();
    a.key.ownerId = q.value(1).toString();
    a.key.asset = q.value(2).toString();
    const QString kind = q.value(3).toString();
    for (AccountKind k : {AccountKind::Available, AccountKind::Held, AccountKind::FeeRevenue, AccountKind::HotWallet,
                          AccountKind::Provider, AccountKind::Treasury, AccountKind::World})
        if (accountKindName(k) == kind)
            a.key.kind = k;
    a.key.subKind = q.value(4).toString();
    a.mayGoNegative = q.value(5).toInt() != 0;
    a.balance = amountFromText(q.value(6).toString());
    return a;
}

StoredTransfer transferFromRow(const QSqlQuery &q)
{
    StoredTransfer t;
    t.seq = q.value(0).toLongLong();
    t.id = q.value(1).toString();
    t.operationId = q.value(2).toString();
    t.debitAccountId = q.value(3).toString();
    t.creditAccountId = q.value(4).toString();
    t.asset = q.value(5).toString();
    t.amount = amountFromText(q.value(6).toString());
    t.code = q.value(7).toString();
    t.createdAt = q.value(8).toLongLong();
    return t;
}

const QString kHoldColumns = QStringLiteral(
    "id, available_account, held_account, asset, amount, remaining, status, code, created_at, updated_at");

Hold holdFromRow(const QSqlQuery &q)
{
    Hold h;
    h.id = q.value(0).toString();
    h.availableAccountId = q.value(1).toString();
    h.heldAccountId = q.value(2).toString();
    h.asset = q.value(3).toString();
    h.amount = amountFromText(q.value(4).toString());
    h.remaining = amountFromText(q.value(5).toString());
    const QString status = q.value(6).toString();
    for (HoldStatus st : {HoldStatus::Pending, HoldStatus::Posted, HoldStatus::Voided})
        if (holdStatusName(st) == status)
            h.status = st;
    h.code = q.value(7).toString();
    h.createdAt = q.value(8).toLongLong();
    h.updatedAt = q.value(9).toLongLong();
    return h;
}

const QString kTransferColumns =
    QStringLiteral("seq, id, operation_id, debit_account, credit_account, asset, amount, code, created_at");

} // namespace

QString accountKindName(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Available: return QStringLiteral("available");
    case AccountKind::Held: return QStringLiteral("held");
    case AccountKind::FeeRevenue: return QStringLiteral("fee_revenue");
    case AccountKind::HotWallet: return QStringLiteral("hot_wallet");
    case AccountKind::Provider: return QStringLiteral("provider");
    case AccountKind::Treasury: return QStringLiteral("treasury");
    case AccountKind::World: return QStringLiteral("world");
    }
    return {};
}

QString holdStatusName(HoldStatus status)
{
    switch (status) {
    case HoldStatus::Pending: return QStringLiteral("pending");
    case HoldStatus::Posted: return QStringLiteral("posted");
    case HoldStatus::Voided: return QStringLiteral("voided");
    }
    return {};
}

LedgerStore::LedgerStore(storage::Database &db) : m_db(db) {}

QList<storage::Migration> LedgerStore::migrations()
{
    return {{1, QStringLiteral("assets, accounts, operations, transfers"),
             {QStringLiteral("CREATE TABLE assets (code TEXT PRIMARY KEY, name TEXT NOT NULL, decimals INTEGER NOT NULL,"
                             " enabled INTEGER NOT NULL DEFAULT 1)"),
              QStringLiteral("CREATE TABLE ledger_accounts (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, asset TEXT NOT NULL"
                             " REFERENCES assets(code), kind TEXT NOT NULL, sub_kind TEXT NOT NULL, may_go_negative INTEGER"
                             " NOT NULL, balance TEXT NOT NULL, UNIQUE (owner_id, asset, kind, sub_kind))"),
              QStringLiteral("CREATE TABLE ledger_operations (id TEXT PRIMARY KEY, actor_id TEXT NOT NULL,"
                             " idempotency_key TEXT NOT NULL, fingerprint TEXT NOT NULL, code TEXT NOT NULL,"
                             " result TEXT NOT NULL, created_at BIGINT NOT NULL)"),
              // Internal operations have no key; client ones are unique per actor.
              QStringLiteral("CREATE UNIQUE INDEX ledger_operations_key ON ledger_operations (actor_id, idempotency_key)"
                             " WHERE idempotency_key <> ''"),
              QStringLiteral("CREATE TABLE ledger_transfers (seq BIGINT PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
                             " operation_id TEXT NOT NULL, debit_account TEXT NOT NULL, credit_account TEXT NOT NULL,"
                             " asset TEXT NOT NULL, amount TEXT NOT NULL, code TEXT NOT NULL, created_at BIGINT NOT NULL)"),
              QStringLiteral("CREATE INDEX ledger_transfers_debit ON ledger_transfers (debit_account, seq)"),
              QStringLiteral("CREATE INDEX ledger_transfers_credit ON ledger_transfers (credit_account, seq)")}},
            {2, QStringLiteral("holds (pending transfers)"),
             {QStringLiteral("CREATE TABLE ledger_holds (id TEXT PRIMARY KEY, available_account TEXT NOT NULL,"
                             " held_account TEXT NOT NULL, asset TEXT NOT NULL, amount TEXT NOT NULL,"
                             " remaining TEXT NOT NULL, status TEXT NOT NULL, code TEXT NOT NULL,"
                             " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
              QStringLiteral("CREATE INDEX ledger_holds_pending ON ledger_holds (held_account) WHERE status = 'pending'")}}};
}

Status LedgerStore::addAsset(const Asset &a)
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO assets (code, name, decimals, enabled) VALUES (?, ?, ?, ?)"),
                       {a.code, a.name, a.decimals, a.enabled ? 1 : 0});
    return r ? okStatus() : Status(r.error());
}

Result<QList<Asset>> LedgerStore::assets()
{
    auto q = m_db.exec(QStringLiteral("SELECT code, name, decimals, enabled FROM assets ORDER BY code"));
    if (!q)
        return q.error();
    QList<Asset> out;
    while (q.value().next())
        out.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toInt(),
                    q.value().value(3).toInt() != 0});
    return out;
}

Result<std::optional<Account>> LedgerStore::findAccount(const AccountKey &key)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kAccountColumns
                           + QStringLiteral(" FROM ledger_accounts WHERE owner_id = ? AND asset = ? AND kind = ? AND sub_kind = ?"),
                       {key.ownerId, key.asset, accountKindName(key.kind), key.subKind});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Account>();
    return std::optional<Account>(accountFromRow(q.value()));
}

Result<std::optional<Account>> LedgerStore::accountById(const QString &id)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kAccountColumns + QStringLiteral(" FROM ledger_accounts WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Account>();
    return std::optional<Account>(accountFromRow(q.value()));
}

Status LedgerStore::insertAccount(const Account &a)
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO ledger_accounts (") + kAccountColumns
                           + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {a.id, a.key.ownerId, a.key.asset, accountKindName(a.key.kind), a.key.subKind,
                        a.mayGoNegative ? 1 : 0, a.balance.unitsText()});
    return r ? okStatus() : Status(r.error());
}

Result<qint64> LedgerStore::lastSeq()
{
    auto v = m_db.scalar(QStringLiteral("SELECT MAX(seq) FROM ledger_transfers"));
    if (!v)
        return v.error();
    return v.value().isNull() ? qint64(0) : v.value().toLongLong();
}

Result<std::optional<LedgerStore::PriorOperation>> LedgerStore::operationByKey(const QString &actorId, const QString &key)
{
    // The `<> ''` term lets SQLite use the partial unique index (without it,
    // a full scan per request). Asked once per submitted operation: prepared once.
    auto q = m_db.execPrepared(QStringLiteral("SELECT fingerprint, result FROM ledger_operations WHERE actor_id = ? AND"
                                              " idempotency_key = ? AND idempotency_key <> ''"),
                               {actorId, key});
    if (!q)
        return q.error();
    QSqlQuery &row = *q.value();
    std::optional<PriorOperation> out;
    if (row.next())
        out = PriorOperation{row.value(0).toString(), QJsonDocument::fromJson(row.value(1).toByteArray()).object()};
    row.finish(); // no read left open: it would hold back WAL checkpoints
    return out;
}

Status LedgerStore::insertRows(const QString &head, int columns, int rows, const std::function<void(QVariantList &, int)> &bindRow,
                               const QString &tail)
{
    // One statement per chunk of rows instead of one per row. Chunks are
    // powers of two, so a handful of statement texts cover any batch and
    // each is prepared once; at most 999 parameters each (the lowest limit
    // of the SQLite builds around; PostgreSQL allows 65,535).
    constexpr int kMaxParams = 999;
    int maxRows = 1;
    while (maxRows * 2 * columns <= kMaxParams)
        maxRows *= 2;
    QString rowMarks = QStringLiteral("(?");
    for (int c = 1; c < columns; ++c)
        rowMarks += QStringLiteral(", ?");
    rowMarks += QLatin1Char(')');
    QVariantList params;
    int done = 0;
    while (done < rows) {
        int chunk = maxRows;
        while (chunk > rows - done)
            chunk /= 2;
        QString &sql = m_chunkSql[{head + tail, chunk}];
        if (sql.isEmpty()) {
            sql = head;
            for (int i = 0; i < chunk; ++i) {
                if (i > 0)
                    sql += QStringLiteral(", ");
                sql += rowMarks;
            }
            sql += tail;
        }
        params.clear();
        params.reserve(chunk * columns);
        for (int i = 0; i < chunk; ++i)
            bindRow(params, done + i);
        auto r = m_db.execPrepared(sql, params);
        if (!r)
            return r.error();
        done += chunk;
    }
    return okStatus();
}

Status LedgerStore::write(const Batch &batch)
{
    const auto &ops = batch.operations;
    if (auto s = insertRows(QStringLiteral("INSERT INTO ledger_operations (id, actor_id, idempotency_key, fingerprint, code,"
                                           " result, created_at) VALUES "),
                            7, int(ops.size()),
                            [&](QVariantList &p, int i) {
                                const Batch::Op &op = ops.at(i);
                                p << op.id << op.actorId << op.idempotencyKey << op.fingerprint << op.code
                                  << QString::fromUtf8(QJsonDocument(op.result).toJson(QJsonDocument::Compact))
                                  << op.createdAt;
                            });
        !s)
        return s;
    const auto &transfers = batch.transfers;
    if (auto s = insertRows(QStringLiteral("INSERT INTO ledger_transfers (") + kTransferColumns + QStringLiteral(") VALUES "), 9,
                            int(transfers.size()),
                            [&](QVariantList &p, int i) {
                                const StoredTransfer &t = transfers.at(i);
                                p << t.seq << t.id << t.operationId << t.debitAccountId << t.creditAccountId << t.asset
                                  << t.amount.unitsText() << t.code << t.createdAt;
                            });
        !s)
        return s;
    // All balances in one statement per chunk: UPDATE ... FROM a VALUES list
    // (SQLite 3.33+ and PostgreSQL both read it).
    QList<QPair<QString, Amount>> balances;
    balances.reserve(batch.balances.size());
    for (auto it = batch.balances.begin(); it != batch.balances.end(); ++it)
        balances.append({it.key(), it.value()});
    if (auto s = insertRows(QStringLiteral("WITH v (id, balance) AS (VALUES "), 2, int(balances.size()),
                            [&](QVariantList &p, int i) { p << balances.at(i).first << balances.at(i).second.unitsText(); },
                            QStringLiteral(") UPDATE ledger_accounts SET balance = v.balance FROM v WHERE ledger_accounts.id = v.id"));
        !s)
        return s;
    QList<Hold> holds = batch.holds.values();
    return insertRows(QStringLiteral("INSERT INTO ledger_holds (") + kHoldColumns + QStringLiteral(") VALUES "), 10,
                      int(holds.size()),
                      [&](QVariantList &p, int i) {
                          const Hold &h = holds.at(i);
                          p << h.id << h.availableAccountId << h.heldAccountId << h.asset << h.amount.unitsText()
                            << h.remaining.unitsText() << holdStatusName(h.status) << h.code << h.createdAt << h.updatedAt;
                      },
                      QStringLiteral(" ON CONFLICT (id) DO UPDATE SET remaining = excluded.remaining, status = excluded.status,"
                                     " updated_at = excluded.updated_at"));
}

Result<std::optional<Hold>> LedgerStore::holdById(const QString &id)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kHoldColumns + QStringLiteral(" FROM ledger_holds WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Hold>();
    return std::optional<Hold>(holdFromRow(q.value()));
}

Result<QList<Hold>> LedgerStore::pendingHolds()
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kHoldColumns + QStringLiteral(" FROM ledger_holds WHERE status = 'pending'"));
    if (!q)
        return q.error();
    QList<Hold> out;
    while (q.value().next())
        out.append(holdFromRow(q.value()));
    return out;
}

Result<QList<StoredTransfer>> LedgerStore::history(const QString &accountId, qint64 beforeSeq, int limit)
{
    const qint64 before = beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max();
    auto q = m_db.exec(QStringLiteral("SELECT ") + kTransferColumns
                           + QStringLiteral(" FROM ledger_transfers WHERE (debit_account = ? OR credit_account = ?)"
                                            " AND seq < ? ORDER BY seq DESC LIMIT ?"),
                       {accountId, accountId, before, limit});
    if (!q)
        return q.error();
    QList<StoredTransfer> out;
    while (q.value().next())
        out.append(transferFromRow(q.value()));
    return out;
}

Result<QList<Account>> LedgerStore::allAccounts()
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kAccountColumns + QStringLiteral(" FROM ledger_accounts"));
    if (!q)
        return q.error();
    QList<Account> out;
    while (q.value().next())
        out.append(accountFromRow(q.value()));
    return out;
}

Result<QList<Account>> LedgerStore::accountsOf(const QString &asset)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kAccountColumns + QStringLiteral(" FROM ledger_accounts WHERE asset = ?"), {asset});
    if (!q)
        return q.error();
    QList<Account> out;
    while (q.value().next())
        out.append(accountFromRow(q.value()));
    return out;
}

Status LedgerStore::forEachTransfer(const std::function<void(const StoredTransfer &)> &fn)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kTransferColumns + QStringLiteral(" FROM ledger_transfers ORDER BY seq"));
    if (!q)
        return q.error();
    while (q.value().next())
        fn(transferFromRow(q.value()));
    return okStatus();
}

Status LedgerStore::setAssetEnabled(const QString &code, bool enabled)
{
    auto r = m_db.exec(QStringLiteral("UPDATE assets SET enabled = ? WHERE code = ?"), {enabled ? 1 : 0, code});
    return r ? okStatus() : Status(r.error());
}

Result<QList<StoredTransfer>> LedgerStore::transfersSince(const QStringList &accountIds, qint64 sinceMs)
{
    QList<StoredTransfer> out;
    if (accountIds.isEmpty())
        return out;
    QVariantList params;
    const QString in = inList(accountIds, params);
    params += params; // the same list twice: debit side, credit side
    params.append(sinceMs);
    auto q = m_db.exec(QStringLiteral("SELECT ") + kTransferColumns + QStringLiteral(" FROM ledger_transfers WHERE (debit_account IN (")
                           + in + QStringLiteral(") OR credit_account IN (") + in
                           + QStringLiteral(")) AND created_at >= ? ORDER BY seq"),
                       params);
    if (!q)
        return q.error();
    while (q.value().next())
        out.append(transferFromRow(q.value()));
    return out;
}

Result<QHash<QString, StoredOperation>> LedgerStore::operations(const QStringList &operationIds)
{
    QHash<QString, StoredOperation> out;
    if (operationIds.isEmpty())
        return out;
    QVariantList params;
    const QString in = inList(operationIds, params);
    auto q = m_db.exec(QStringLiteral("SELECT id, actor_id, code, result, created_at FROM ledger_operations WHERE id IN (")
                           + in + QStringLiteral(")"),
                       params);
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.insert(r.value(0).toString(), {r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                                           QJsonDocument::fromJson(r.value(3).toByteArray()).object(),
                                           r.value(4).toLongLong()});
    }
    return out;
}

} // namespace azc::ledger
