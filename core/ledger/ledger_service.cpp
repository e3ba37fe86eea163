#include "ledger/ledger_service.h"

#include "crypto/secure_random.h"
#include "storage/database.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>
#include <atomic>

Q_LOGGING_CATEGORY(lcLedger, "azc.ledger")

namespace azc::ledger {

namespace {

// Transfer and operation ids: a counter seeded from the clock, then 64
// random bits. Ids that grow keep their unique index's inserts at its right
// edge instead of dirtying a random page per row in every group commit (the
// measured cost of the ledger is mostly such page writes). They reveal
// roughly when an operation happened, which its receipt shows anyway.
QString orderedId()
{
    static std::atomic<quint64> counter{quint64(QDateTime::currentMSecsSinceEpoch()) << 16};
    const quint64 n = ++counter;
    QByteArray bytes(8, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        bytes[i] = char((n >> (56 - 8 * i)) & 0xff);
    return QString::fromLatin1(QByteArray(bytes + crypto::randomBytes(8)).toHex());
}

QString accountKeyText(const AccountKey &key)
{
    return key.ownerId + QLatin1Char('\n') + key.asset + QLatin1Char('\n') + accountKindName(key.kind) + QLatin1Char('\n')
           + key.subKind;
}

QString inFlightKey(const OperationRequest &r)
{
    return r.actorId + QLatin1Char('\n') + r.idempotencyKey;
}

} // namespace

LedgerService::LedgerService(storage::Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_store(db)
{
    auto last = m_store.lastSeq();
    m_nextSeq = last ? last.value() + 1 : 1;
}

QList<storage::Migration> LedgerService::migrations()
{
    return LedgerStore::migrations();
}

Status LedgerService::addAsset(const Asset &a)
{
    if (a.decimals < 0 || a.decimals > Amount::kMaxDecimals)
        return fail("invalid_params", QStringLiteral("decimals must be 0 to 18"));
    if (auto s = m_store.addAsset(a); !s)
        return s;
    m_assets.insert(a.code, a);
    return okStatus();
}

Result<Asset> LedgerService::asset(const QString &code)
{
    if (const auto it = m_assets.constFind(code); it != m_assets.cend())
        return *it;
    auto all = m_store.assets();
    if (!all)
        return all.error();
    for (const Asset &a : all.value())
        m_assets.insert(a.code, a);
    if (const auto it = m_assets.constFind(code); it != m_assets.cend())
        return *it;
    return fail("unknown_asset", QStringLiteral("no asset ") + code);
}

Status LedgerService::setAssetEnabled(const QString &code, bool enabled)
{
    auto a = asset(code);
    if (!a)
        return a.error();
    if (auto s = m_store.setAssetEnabled(code, enabled); !s)
        return s;
    m_assets[code].enabled = enabled;
    return okStatus();
}

Result<Account> LedgerService::account(const AccountKey &key)
{
    const QString keyText = accountKeyText(key);
    if (const auto id = m_accountIds.constFind(keyText); id != m_accountIds.cend())
        if (auto acc = cached(*id))
            return *acc.value(); // the cache may be ahead of the table (uncommitted batch)
    auto a = asset(key.asset);
    if (!a)
        return a.error();
    auto found = m_store.findAccount(key);
    if (!found)
        return found.error();
    if (found.value()) {
        const Account &acc = *found.value();
        m_accountIds.insert(keyText, acc.id);
        if (auto it = m_accounts.constFind(acc.id); it != m_accounts.cend())
            return *it;
        m_accounts.insert(acc.id, acc);
        return acc;
    }
    Account created;
    created.id = crypto::randomId();
    created.key = key;
    // Only the outside world is a source of funds that goes negative.
    created.mayGoNegative = key.kind == AccountKind::World;
    if (auto s = m_store.insertAccount(created); !s)
        return s.error();
    m_accountIds.insert(keyText, created.id);
    m_accounts.insert(created.id, created);
    return created;
}

// The cached row for `id`, read from the store on a miss.
template <typename T, typename Load>
Result<T *> cachedRow(QHash<QString, T> &cache, const QString &id, const char *what, Load load)
{
    auto it = cache.find(id);
    if (it == cache.end()) {
        auto loaded = load(id);
        if (!loaded)
            return loaded.error();
        if (!loaded.value())
            return fail("not_found", QStringLiteral("no %1 %2").arg(QLatin1String(what), id));
        it = cache.insert(id, *loaded.value());
    }
    return &*it;
}

Result<Account *> LedgerService::cached(const QString &accountId)
{
    return cachedRow(m_accounts, accountId, "account", [this](const QString &id) { return m_store.accountById(id); });
}

Result<Amount> LedgerService::balance(const QString &accountId)
{
    auto a = cached(accountId);
    if (!a)
        return a.error();
    return a.value()->balance;
}

void LedgerService::submit(OperationRequest request, Done done)
{
    submitPlanned(std::move(request), {}, std::move(done));
}

void LedgerService::submitChecked(OperationRequest request, Check check, std::function<void()> accepted, Done done)
{
    Plan plan;
    plan.prepare = [check = std::move(check)](OperationRequest &r) -> Result<QList<Hold>> {
        if (auto s = check(r); !s)
            return s.error();
        return QList<Hold>();
    };
    plan.accepted = std::move(accepted);
    submitPlanned(std::move(request), plan, std::move(done));
}

Result<QList<Account>> LedgerService::allAccounts()
{
    flush();
    return m_store.allAccounts();
}

Result<QList<StoredTransfer>> LedgerService::transfersSince(const QStringList &accountIds, qint64 sinceMs)
{
    // No flush: callers may be inside submit() (a domain check), where
    // writing the batch would answer operations out of order. Callers that
    // need what is still pending flush first.
    return m_store.transfersSince(accountIds, sinceMs);
}

Result<QHash<QString, StoredOperation>> LedgerService::operations(const QStringList &operationIds)
{
    flush();
    return m_store.operations(operationIds);
}

Result<std::optional<Account>> LedgerService::existingAccount(const AccountKey &key)
{
    const QString keyText = accountKeyText(key);
    if (const auto id = m_accountIds.constFind(keyText); id != m_accountIds.cend())
        if (auto acc = cached(*id))
            return std::optional<Account>(*acc.value());
    auto found = m_store.findAccount(key);
    if (!found || !found.value())
        return found;
    if (auto it = m_accounts.constFind(found.value()->id); it != m_accounts.cend())
        return std::optional<Account>(*it); // the cache may be ahead of the table
    return found;
}

void LedgerService::submitPlanned(OperationRequest request, const Plan &plan, Done done)
{
    const QString key = inFlightKey(request);
    if (!request.idempotencyKey.isEmpty()) {
        if (auto it = m_inFlight.find(key); it != m_inFlight.end()) {
            if (it->fingerprint != request.fingerprint)
                return done(fail("idempotency_conflict", QStringLiteral("this key was used for a different request")));
            it->callbacks.append(std::move(done)); // answered with the first one's result
            return;
        }
        auto prior = m_store.operationByKey(request.actorId, request.idempotencyKey);
        if (!prior)
            return done(prior.error());
        if (prior.value()) {
            if (prior.value()->fingerprint != request.fingerprint)
                return done(fail("idempotency_conflict", QStringLiteral("this key was used for a different request")));
            return done(prior.value()->result);
        }
    }
    QList<Hold> holdChanges;
    if (plan.prepare) {
        auto planned = plan.prepare(request);
        if (!planned)
            return done(planned.error());
        holdChanges = std::move(planned).value();
    }
    if (request.transfers.isEmpty())
        return done(fail("invalid_params", QStringLiteral("an operation needs at least one transfer")));

    // Apply to a scratch copy first: all transfers or none.
    QHash<QString, Amount> scratch;
    for (const TransferSpec &t : request.transfers) {
        if (t.amount <= Amount())
            return done(fail("invalid_amount", QStringLiteral("amounts must be positive")));
        if (t.debitAccountId == t.creditAccountId)
            return done(fail("invalid_params", QStringLiteral("a transfer needs two different accounts")));
        // Copies: loading the second account may rehash the cache.
        auto debitRef = cached(t.debitAccountId);
        if (!debitRef)
            return done(debitRef.error());
        const Account debit = *debitRef.value();
        auto creditRef = cached(t.creditAccountId);
        if (!creditRef)
            return done(creditRef.error());
        const Account credit = *creditRef.value();
        if (debit.key.asset != credit.key.asset)
            return done(fail("asset_mismatch", QStringLiteral("both sides of a transfer must hold the same asset")));
        if (!plan.movesHeldFunds && (debit.key.kind == AccountKind::Held || credit.key.kind == AccountKind::Held))
            return done(fail("invalid_params", QStringLiteral("held funds move only through holds")));
        const Amount debitBefore = scratch.value(t.debitAccountId, debit.balance);
        const Amount creditBefore = scratch.value(t.creditAccountId, credit.balance);
        const auto debitAfter = debitBefore.checkedSub(t.amount);
        const auto creditAfter = creditBefore.checkedAdd(t.amount);
        if (!debitAfter || !creditAfter)
            return done(fail("overflow", QStringLiteral("the amount is out of range")));
        if (auto code = m_protectedOwners.constFind(debit.key.ownerId);
            code != m_protectedOwners.cend() && request.code != code.value())
            return done(fail("forbidden", QStringLiteral("this account's money moves only through %1").arg(code.value())));
        if (debitAfter->isNegative() && !debit.mayGoNegative)
            return done(fail("insufficient_funds", QStringLiteral("not enough funds"),
                             {{QStringLiteral("accountId"), t.debitAccountId}}));
        scratch.insert(t.debitAccountId, *debitAfter);
        scratch.insert(t.creditAccountId, *creditAfter);
    }
    if (request.lastGate)
        if (auto gate = request.lastGate(); !gate)
            return done(gate.error());

    const qint64 now = m_clock.nowMs();
    const QString operationId = orderedId();
    QJsonObject result = request.result;
    result.insert(QStringLiteral("operationId"), operationId);
    for (auto it = scratch.begin(); it != scratch.end(); ++it) {
        m_accounts[it.key()].balance = it.value();
        m_batch.balances.insert(it.key(), it.value());
    }
    for (const TransferSpec &t : request.transfers)
        m_batch.transfers.append({m_nextSeq++, orderedId(), operationId, t.debitAccountId, t.creditAccountId,
                                  m_accounts.value(t.debitAccountId).key.asset, t.amount, t.code, now});
    m_batch.operations.append({operationId, request.actorId, request.idempotencyKey, request.fingerprint, request.code,
                               result, now});
    for (Hold h : holdChanges) {
        h.updatedAt = now;
        if (h.createdAt == 0)
            h.createdAt = now;
        m_holds.insert(h.id, h);
        m_batch.holds.insert(h.id, h);
    }
    m_callbacks.append({operationId, std::move(done)});
    if (!request.idempotencyKey.isEmpty()) {
        m_inFlight.insert(key, Waiting{request.fingerprint, {}});
        m_inFlightOp.insert(key, operationId);
    }
    if (plan.accepted)
        plan.accepted();
    // Never flushed from here: callers are in the middle of their own work (a
    // settlement loop), and a flush runs other callers' callbacks and the
    // commit participants. The next turn of the event loop commits.
    scheduleFlush();
}

Result<QJsonObject> LedgerService::submitNow(OperationRequest request)
{
    std::optional<Result<QJsonObject>> outcome;
    submit(std::move(request), [&outcome](const Result<QJsonObject> &r) { outcome = r; });
    if (!outcome)
        flush();
    Q_ASSERT(outcome);
    return *outcome;
}

void LedgerService::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    // Zero-delay: everything already queued in the event loop joins this batch.
    QTimer::singleShot(0, this, [this] { flush(); });
}

void LedgerService::flush()
{
    m_flushScheduled = false;
    if (m_batch.operations.isEmpty() && m_durableWaiters.isEmpty())
        return;
    auto waiters = std::move(m_durableWaiters);
    m_durableWaiters.clear();
    Batch batch = std::move(m_batch);
    m_batch = Batch();
    auto callbacks = std::move(m_callbacks);
    m_callbacks.clear();
    auto inFlight = std::move(m_inFlight);
    m_inFlight.clear();
    auto inFlightOps = std::move(m_inFlightOp);
    m_inFlightOp.clear();

    Status written = [&]() -> Status {
        storage::Transaction tx(m_db);
        if (!batch.operations.isEmpty())
            if (auto s = m_store.write(batch); !s)
                return s;
        for (const auto &participant : std::as_const(m_participants))
            if (auto s = participant(); !s)
                return s;
        return tx.commit();
    }();
    if (!written) {
        // Nothing of the batch is durable: forget the balances it moved so
        // they are re-read from the table, and tell every caller.
        qCCritical(lcLedger) << "batch of" << batch.operations.size() << "operations failed:" << written.error().message;
        for (auto it = batch.balances.begin(); it != batch.balances.end(); ++it)
            m_accounts.remove(it.key());
        for (auto it = batch.holds.begin(); it != batch.holds.end(); ++it)
            m_holds.remove(it.key());
        m_nextSeq = batch.transfers.isEmpty() ? m_nextSeq : batch.transfers.first().seq;
        const Error e = fail("internal_error", QStringLiteral("the operation could not be stored"));
        for (auto &[id, done] : callbacks)
            done(e);
        for (const Waiting &w : inFlight)
            for (const Done &d : w.callbacks)
                d(e);
        for (const auto &w : waiters)
            w(e);
        return;
    }
    QHash<QString, QJsonObject> results;
    for (const Batch::Op &op : batch.operations)
        results.insert(op.id, op.result);
    for (auto &[id, done] : callbacks)
        done(results.value(id));
    for (auto it = inFlight.begin(); it != inFlight.end(); ++it) {
        // Repeats of a key that arrived while its first request was in the batch.
        const QJsonObject first = results.value(inFlightOps.value(it.key()));
        for (const Done &d : it->callbacks)
            d(first);
    }
    for (const auto &w : waiters)
        w(okStatus());
}

Result<QList<Hold>> LedgerService::pendingHolds(const QString &code)
{
    flush();
    auto all = m_store.pendingHolds();
    if (!all)
        return all.error();
    QList<Hold> out;
    for (const Hold &h : all.value()) {
        // The cache is newer than the table for holds changed since the last batch (none after flush()).
        const Hold current = m_holds.value(h.id, h);
        if (current.code == code && current.status == HoldStatus::Pending)
            out.append(current);
    }
    return out;
}

void LedgerService::whenDurable(std::function<void(Status)> done)
{
    m_durableWaiters.append(std::move(done));
    scheduleFlush();
}

LedgerService::Plan LedgerService::holdPlan(std::function<Result<QList<Hold>>(OperationRequest &)> prepare)
{
    Plan plan;
    plan.prepare = std::move(prepare);
    plan.movesHeldFunds = true;
    return plan;
}

Result<Hold *> LedgerService::cachedHold(const QString &holdId)
{
    return cachedRow(m_holds, holdId, "hold", [this](const QString &id) { return m_store.holdById(id); });
}

Result<Hold> LedgerService::hold(const QString &holdId)
{
    auto h = cachedHold(holdId);
    if (!h)
        return h.error();
    return *h.value();
}

void LedgerService::openHold(OperationRequest request, const QString &ownerId, const QString &asset, Amount amount,
                             const QString &holdCode, Done done)
{
    submitPlanned(std::move(request), holdPlan([=, this](OperationRequest &r) -> Result<QList<Hold>> {
        if (!r.transfers.isEmpty())
            return fail("invalid_params", QStringLiteral("a hold adds its own transfers"));
        auto available = account({ownerId, asset, AccountKind::Available, {}});
        if (!available)
            return available.error();
        auto held = account({ownerId, asset, AccountKind::Held, {}});
        if (!held)
            return held.error();
        Hold h;
        h.id = crypto::randomId();
        h.availableAccountId = available->id;
        h.heldAccountId = held->id;
        h.asset = asset;
        h.amount = amount;
        h.remaining = amount;
        h.code = holdCode;
        r.transfers.append({h.availableAccountId, h.heldAccountId, amount, QStringLiteral("hold")});
        r.result.insert(QStringLiteral("holdId"), h.id);
        return QList<Hold>{h};
    }), std::move(done));
}

void LedgerService::postHold(OperationRequest request, const QString &holdId, Amount amount,
                             const QString &creditAccountId, Done done)
{
    settleHolds(std::move(request), {HoldSettlement{holdId, {Posting{amount, creditAccountId}}}}, {}, std::move(done));
}

void LedgerService::settleHolds(OperationRequest request, QList<HoldSettlement> holds, QList<TransferSpec> extra,
                                Done done)
{
    submitPlanned(std::move(request), holdPlan([=, this](OperationRequest &r) -> Result<QList<Hold>> {
        QHash<QString, Hold> changed; // a hold may appear more than once (a self-trade is refused earlier)
        QStringList order;
        r.transfers.clear();
        for (const HoldSettlement &settlement : holds) {
            if (!changed.contains(settlement.holdId)) {
                auto cachedRef = cachedHold(settlement.holdId);
                if (!cachedRef)
                    return cachedRef.error();
                changed.insert(settlement.holdId, *cachedRef.value());
                order.append(settlement.holdId);
            }
            Hold &h = changed[settlement.holdId];
            if (h.status != HoldStatus::Pending)
                return fail("invalid_state", QStringLiteral("the hold is already ") + holdStatusName(h.status));
            for (const Posting &part : settlement.parts) {
                if (part.amount <= Amount() || part.amount > h.remaining)
                    return fail("invalid_amount", QStringLiteral("a hold can post between one unit and what it still holds"));
                h.remaining = *h.remaining.checkedSub(part.amount);
                r.transfers.append({h.heldAccountId, part.creditAccountId, part.amount, part.code});
            }
            if (settlement.releaseRest && !h.remaining.isZero()) {
                r.transfers.append({h.heldAccountId, h.availableAccountId, h.remaining, QStringLiteral("hold.void")});
                const bool nothingPosted = h.remaining == h.amount;
                h.remaining = Amount();
                h.status = nothingPosted ? HoldStatus::Voided : HoldStatus::Posted;
            } else if (h.remaining.isZero()) {
                h.status = HoldStatus::Posted;
            }
        }
        for (const TransferSpec &t : extra) {
            for (const QString &id : {t.debitAccountId, t.creditAccountId}) {
                auto account = cached(id);
                if (!account)
                    return account.error();
                if (account.value()->key.kind == AccountKind::Held)
                    return fail("invalid_params", QStringLiteral("held funds move only through their holds"));
            }
        }
        r.transfers.append(extra);
        QList<Hold> out;
        for (const QString &id : order)
            out.append(changed.value(id));
        if (out.size() == 1)
            r.result.insert(QStringLiteral("holdId"), out.first().id);
        return out;
    }), std::move(done));
}

void LedgerService::voidHold(OperationRequest request, const QString &holdId, Done done)
{
    submitPlanned(std::move(request), holdPlan([=, this](OperationRequest &r) -> Result<QList<Hold>> {
        auto cachedRef = cachedHold(holdId);
        if (!cachedRef)
            return cachedRef.error();
        Hold h = *cachedRef.value();
        if (h.status != HoldStatus::Pending)
            return fail("invalid_state", QStringLiteral("the hold is already ") + holdStatusName(h.status));
        r.transfers = {{h.heldAccountId, h.availableAccountId, h.remaining, QStringLiteral("hold.void")}};
        r.result.insert(QStringLiteral("holdId"), h.id);
        h.remaining = Amount();
        h.status = HoldStatus::Voided;
        return QList<Hold>{h};
    }), std::move(done));
}

Result<LedgerReport> LedgerService::verify()
{
    flush();
    LedgerReport report;
    auto accounts = m_store.allAccounts();
    if (!accounts)
        return accounts.error();
    QHash<QString, Amount> replayed;
    QHash<QString, QString> assetOf;
    for (const Account &a : accounts.value()) {
        replayed.insert(a.id, Amount());
        assetOf.insert(a.id, a.key.asset);
    }
    report.accounts = accounts->size();
    bool overflow = false;
    auto s = m_store.forEachTransfer([&](const StoredTransfer &t) {
        ++report.transfers;
        if (!replayed.contains(t.debitAccountId) || !replayed.contains(t.creditAccountId)) {
            report.problems.append(QStringLiteral("transfer %1 names an unknown account").arg(t.seq));
            return;
        }
        if (assetOf.value(t.debitAccountId) != t.asset || assetOf.value(t.creditAccountId) != t.asset)
            report.problems.append(QStringLiteral("transfer %1 mixes assets").arg(t.seq));
        const auto d = replayed.value(t.debitAccountId).checkedSub(t.amount);
        const auto c = replayed.value(t.creditAccountId).checkedAdd(t.amount);
        if (!d || !c) {
            overflow = true;
            return;
        }
        replayed.insert(t.debitAccountId, *d);
        replayed.insert(t.creditAccountId, *c);
    });
    if (!s)
        return s.error();
    if (overflow)
        report.problems.append(QStringLiteral("replaying the transfers overflows"));
    QHash<QString, Amount> sums;
    for (const Account &a : accounts.value()) {
        if (replayed.value(a.id) != a.balance)
            report.problems.append(QStringLiteral("account %1 (%2 %3) holds %4 but its transfers add up to %5")
                                       .arg(a.id, a.key.asset, accountKindName(a.key.kind), a.balance.unitsText(),
                                            replayed.value(a.id).unitsText()));
        if (a.balance.isNegative() && !a.mayGoNegative)
            report.problems.append(QStringLiteral("account %1 is below zero").arg(a.id));
        sums[a.key.asset] = sums.value(a.key.asset).checkedAdd(a.balance).value_or(Amount::max());
    }
    auto holds = m_store.pendingHolds();
    if (!holds)
        return holds.error();
    QHash<QString, Amount> heldByHolds;
    for (const Hold &h : holds.value())
        heldByHolds[h.heldAccountId] = heldByHolds.value(h.heldAccountId).checkedAdd(h.remaining).value_or(Amount::max());
    for (const Account &a : accounts.value())
        if (a.key.kind == AccountKind::Held && heldByHolds.value(a.id) != a.balance)
            report.problems.append(QStringLiteral("held account %1 holds %2 but its pending holds add up to %3")
                                       .arg(a.id, a.balance.unitsText(),
                                            heldByHolds.value(a.id).unitsText()));
    for (auto it = sums.begin(); it != sums.end(); ++it)
        if (!it.value().isZero())
            report.problems.append(QStringLiteral("%1 accounts sum to %2, not zero").arg(it.key(), it.value().unitsText()));
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace azc::ledger
