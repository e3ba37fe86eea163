#include "ledger/ledger_store.h"

#include "storage/database.h"

#include <QJsonDocument>

namespace azc::ledger {

namespace {

Amount amountFromText(const QString &text)
{
    auto a = Amount::parse(text, 0);
    return a ? a.value() : Amount();
}

QString amountText(Amount a)
{
    return int128ToString(a.units());
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
                        a.mayGoNegative ? 1 : 0, amountText(a.balance)});
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
    // a full scan per request).
    auto q = m_db.exec(QStringLiteral("SELECT fingerprint, result FROM ledger_operations WHERE actor_id = ? AND"
                                      " idempotency_key = ? AND idempotency_key <> ''"),
                       {actorId, key});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<PriorOperation>();
    return std::optional<PriorOperation>(PriorOperation{
        q.value().value(0).toString(), QJsonDocument::fromJson(q.value().value(1).toByteArray()).object()});
}

Status LedgerStore::write(const Batch &batch)
{
    for (const Batch::Op &op : batch.operations) {
        auto r = m_db.exec(QStringLiteral("INSERT INTO ledger_operations (id, actor_id, idempotency_key, fingerprint, code,"
                                          " result, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {op.id, op.actorId, op.idempotencyKey, op.fingerprint, op.code,
                            QString::fromUtf8(QJsonDocument(op.result).toJson(QJsonDocument::Compact)), op.createdAt});
        if (!r)
            return r.error();
    }
    for (const StoredTransfer &t : batch.transfers) {
        auto r = m_db.exec(QStringLiteral("INSERT INTO ledger_transfers (") + kTransferColumns
                               + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {t.seq, t.id, t.operationId, t.debitAccountId, t.creditAccountId, t.asset,
                            amountText(t.amount), t.code, t.createdAt});
        if (!r)
            return r.error();
    }
    for (auto it = batch.balances.begin(); it != batch.balances.end(); ++it) {
        auto r = m_db.exec(QStringLiteral("UPDATE ledger_accounts SET balance = ? WHERE id = ?"),
                           {amountText(it.value()), it.key()});
        if (!r)
            return r.error();
    }
    for (const Hold &h : batch.holds) {
        auto r = m_db.exec(QStringLiteral("INSERT INTO ledger_holds (") + kHoldColumns
                               + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                                                " remaining = excluded.remaining, status = excluded.status,"
                                                " updated_at = excluded.updated_at"),
                           {h.id, h.availableAccountId, h.heldAccountId, h.asset, amountText(h.amount),
                            amountText(h.remaining), holdStatusName(h.status), h.code, h.createdAt, h.updatedAt});
        if (!r)
            return r.error();
    }
    return okStatus();
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

Status LedgerStore::forEachTransfer(const std::function<void(const StoredTransfer &)> &fn)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kTransferColumns + QStringLiteral(" FROM ledger_transfers ORDER BY seq"));
    if (!q)
        return q.error();
    while (q.value().next())
        fn(transferFromRow(q.value()));
    return okStatus();
}

} // namespace azc::ledger
