// Stakes, unstakes and reward payments: each a row first, then its ledger
// operation under a key derived from the row, redone at start if a crash
// came between them.

#include "staking/staking_service.h"

#include "crypto/secure_random.h"
#include "ledger/ledger_service.h"
#include "notify/event_bus.h"
#include "storage/database.h"
#include "storage/stored_amount.h"
#include "wallet/wallet_service.h"

#include <QJsonArray>

namespace azc::staking {

using ledger::AccountKind;

namespace {

const char *kPositionColumns = "id, product_id, user_id, asset, amount, status, hold_id, owed, remainder, accrued_at, paid,"
                               " forfeited, locked_until, unbonds_at, client_key, created_at, updated_at";


Int128 int128From(const QString &text)
{
    // remainder < kRateDenominator fits in 64 bits.
    return Int128(text.toLongLong());
}

} // namespace

StakingService::StakingService(storage::Database &db, ledger::LedgerService &ledger, wallet::WalletService &wallet,
                               audit::AuditLog &audit, notify::EventBus &bus, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_ledger(ledger), m_wallet(wallet), m_audit(audit), m_bus(bus), m_clock(clock)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &StakingService::releaseDue);
}

Result<QList<Position>> StakingService::positionRows(const QString &where, const QVariantList &params)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM stk_positions WHERE %2 ORDER BY created_at, id").arg(QLatin1String(kPositionColumns), where),
                       params);
    if (!q)
        return q.error();
    QList<Position> out;
    while (q->next()) {
        Position p;
        p.id = q->value(0).toString();
        p.productId = q->value(1).toString();
        p.userId = q->value(2).toString();
        p.asset = q->value(3).toString();
        p.amount = storage::storedAmount(q->value(4));
        p.status = q->value(5).toString();
        p.holdId = q->value(6).toString();
        p.accrual.owed = storage::storedAmount(q->value(7));
        p.accrual.remainder = int128From(q->value(8).toString());
        p.accruedAt = q->value(9).toLongLong();
        p.paid = storage::storedAmount(q->value(10));
        p.forfeited = storage::storedAmount(q->value(11));
        p.lockedUntil = q->value(12).toLongLong();
        p.unbondsAt = q->value(13).toLongLong();
        p.clientKey = q->value(14).toString();
        p.createdAt = q->value(15).toLongLong();
        p.updatedAt = q->value(16).toLongLong();
        out.append(p);
    }
    return out;
}

Result<Position> StakingService::position(const QString &id)
{
    auto rows = positionRows(QStringLiteral("id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return fail("not_found", QStringLiteral("no such stake"), {{QStringLiteral("field"), QStringLiteral("positionId")}});
    return rows->first();
}

Status StakingService::savePosition(const Position &p)
{
    auto q = m_db.exec(QStringLiteral("UPDATE stk_positions SET status = ?, hold_id = ?, owed = ?, remainder = ?, accrued_at = ?,"
                                      " paid = ?, forfeited = ?, unbonds_at = ?, updated_at = ? WHERE id = ?"),
                       {p.status, p.holdId, p.accrual.owed.unitsText(), QString::number(qint64(p.accrual.remainder)), p.accruedAt,
                        p.paid.unitsText(), p.forfeited.unitsText(), p.unbondsAt, m_clock.nowMs(), p.id});
    if (!q)
        return q.error();
    return okStatus();
}

Result<Position> StakingService::accrued(Position p, int rateBps, qint64 now)
{
    if (p.status != QLatin1String("active") || now <= p.accruedAt)
        return p;
    // Whole seconds only; the milliseconds left over wait for the next step.
    const qint64 seconds = (now - p.accruedAt) / 1000;
    auto next = accrue(p.accrual, p.amount, rateBps, seconds);
    if (!next)
        return fail("overflow", QStringLiteral("the rewards of this stake no longer fit"));
    p.accrual = *next;
    p.accruedAt += seconds * 1000;
    return p;
}

QJsonObject StakingService::positionJson(const Position &p, int d, const Product *prod)
{
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("productId"), p.productId},
                  {QStringLiteral("asset"), p.asset},
                  {QStringLiteral("amount"), p.amount.toString(d)},
                  {QStringLiteral("status"), p.status},
                  // owed + remainder / denominator at accruedAt: a client ticks the rewards from there exactly.
                  {QStringLiteral("owed"), p.accrual.owed.toString(d)},
                  {QStringLiteral("owedUnits"), p.accrual.owed.unitsText()},
                  {QStringLiteral("remainder"), QString::number(qint64(p.accrual.remainder))},
                  {QStringLiteral("accruedAt"), p.accruedAt},
                  {QStringLiteral("paid"), p.paid.toString(d)},
                  {QStringLiteral("forfeited"), p.forfeited.toString(d)},
                  {QStringLiteral("lockedUntil"), p.lockedUntil},
                  {QStringLiteral("unbondsAt"), p.unbondsAt},
                  {QStringLiteral("createdAt"), p.createdAt}};
    if (prod) {
        o.insert(QStringLiteral("productName"), prod->name);
        o.insert(QStringLiteral("kind"), prod->kind);
        o.insert(QStringLiteral("rateBps"), prod->rateBps);
        o.insert(QStringLiteral("decimals"), d);
    }
    return o;
}

void StakingService::changed(const QString &userId, const QString &asset)
{
    m_bus.publishToUser(userId, QStringLiteral("event.staking.changed"), {{QStringLiteral("asset"), asset}});
    m_wallet.announceBalance(userId, asset);
}

// ---------------------------------------------------------------- stake

void StakingService::stake(const server::Caller &caller, const QString &productId, const QString &amountText, const QString &key,
                           server::Reply reply)
{
    // A repeat of the key answers the first stake (whatever became of it).
    auto seen = positionRows(QStringLiteral("user_id = ? AND client_key = ?"), {caller.userId, key});
    if (!seen)
        return reply(seen.error());
    if (!seen->isEmpty()) {
        const Position &p = seen->first();
        if (p.status == QLatin1String("opening"))
            return openHold(p, reply);
        auto d = decimals(p.asset);
        if (p.status == QLatin1String("failed"))
            return reply(fail("insufficient_funds", QStringLiteral("this stake was refused: not enough available")));
        return reply(QJsonObject{{QStringLiteral("position"), positionJson(p, (d ? *d : 0), nullptr)}});
    }
    auto prod = product(productId);
    if (!prod)
        return reply(prod.error());
    if (prod->status != QLatin1String("open"))
        return reply(fail("invalid_state", QStringLiteral("this product takes no new stakes")));
    auto d = decimals(prod->asset);
    if (!d)
        return reply(d.error());
    auto amount = Amount::parse(amountText, *d);
    if (!amount || amount->isNegative() || amount->isZero())
        return reply(fail("invalid_amount", QStringLiteral("stake a positive amount of %1").arg(prod->asset),
                          {{QStringLiteral("field"), QStringLiteral("amount")}}));
    if (*amount < prod->minAmount)
        return reply(fail("invalid_amount", QStringLiteral("the least you can stake here is %1 %2").arg(prod->minAmount.toString(*d), prod->asset),
                          {{QStringLiteral("field"), QStringLiteral("amount")}}));
    if (!prod->cap.isZero()) {
        auto staked = m_db.exec(QStringLiteral("SELECT amount FROM stk_positions WHERE product_id = ?"
                                               " AND status IN ('opening', 'active')"), {productId});
        if (!staked)
            return reply(staked.error());
        Amount total = *amount;
        while (staked->next())
            total = total.checkedAdd(storage::storedAmount(staked->value(0))).value_or(Amount::max());
        if (total > prod->cap)
            return reply(fail("limit_exceeded", QStringLiteral("this product is full (cap %1 %2)").arg(prod->cap.toString(*d), prod->asset)));
    }
    const qint64 now = m_clock.nowMs();
    Position p;
    p.id = crypto::randomId();
    p.productId = productId;
    p.userId = caller.userId;
    p.asset = prod->asset;
    p.amount = *amount;
    p.status = QStringLiteral("opening");
    p.clientKey = key;
    p.accruedAt = now;
    p.lockedUntil = prod->kind == QLatin1String("locked") ? now + qint64(prod->lockDays) * 86'400'000 : 0;
    p.createdAt = now;
    auto q = m_db.exec(QStringLiteral("INSERT INTO stk_positions (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(QLatin1String(kPositionColumns)),
                       {p.id, p.productId, p.userId, p.asset, p.amount.unitsText(), p.status, QString(), QStringLiteral("0"),
                        QStringLiteral("0"), p.accruedAt, QStringLiteral("0"), QStringLiteral("0"), p.lockedUntil, qint64(0), p.clientKey,
                        p.createdAt, p.createdAt});
    if (!q)
        return reply(q.error());
    openHold(p, reply);
}

void StakingService::openHold(const Position &p, server::Reply reply)
{
    ledger::OperationRequest op;
    op.actorId = p.userId;
    op.idempotencyKey = QStringLiteral("stake:") + p.id;
    op.fingerprint = p.amount.unitsText();
    op.code = QStringLiteral("staking.stake");
    op.result = {{QStringLiteral("positionId"), p.id}};
    m_ledger.openHold(std::move(op), p.userId, p.asset, p.amount, QStringLiteral("stake"),
                      [this, id = p.id, reply](const Result<QJsonObject> &r) {
        auto pos = position(id);
        if (!pos)
            return reply ? reply(pos.error()) : void();
        if (pos->status == QLatin1String("opening")) {
            pos->status = r ? QStringLiteral("active") : QStringLiteral("failed");
            pos->holdId = r ? r->value(QStringLiteral("holdId")).toString() : QString();
            pos->accruedAt = m_clock.nowMs(); // rewards start once the money is held
            if (pos->lockedUntil)
                if (auto prod = product(pos->productId))
                    pos->lockedUntil = pos->accruedAt + qint64(prod->lockDays) * 86'400'000;
            if (auto s = savePosition(*pos); !s)
                return reply ? reply(s.error()) : void();
            changed(pos->userId, pos->asset);
        }
        if (!reply)
            return;
        if (!r)
            return reply(r.error());
        auto prod = product(pos->productId);
        auto d = decimals(pos->asset);
        reply(QJsonObject{{QStringLiteral("position"), positionJson(*pos, (d ? *d : 0), prod ? &*prod : nullptr)}});
    });
}

// ---------------------------------------------------------------- unstake

void StakingService::unstake(const server::Caller &caller, const QString &positionId, server::Reply reply)
{
    auto found = position(positionId);
    if (!found || found->userId != caller.userId)
        return reply(found ? fail("not_found", QStringLiteral("no such stake"), {{QStringLiteral("field"), QStringLiteral("positionId")}})
                           : found.error());
    if (found->status != QLatin1String("active"))
        return reply(fail("invalid_state", QStringLiteral("this stake is %1").arg(found->status)));
    auto prod = product(found->productId);
    if (!prod)
        return reply(prod.error());
    const qint64 now = m_clock.nowMs();
    auto p = accrued(*found, prod->rateBps, now);
    if (!p)
        return reply(p.error());
    if (p->lockedUntil > now) {
        // Leaving a locked product early forfeits what it earned and was not paid.
        p->forfeited = p->forfeited.checkedAdd(p->accrual.owed).value_or(Amount::max());
        p->accrual = {};
    }
    p->unbondsAt = now + prod->unbondingSeconds * 1000;
    p->status = prod->unbondingSeconds > 0 ? QStringLiteral("unbonding") : QStringLiteral("releasing");
    if (auto s = savePosition(*p); !s)
        return reply(s.error());
    auto d = decimals(p->asset);
    const QJsonObject answer{{QStringLiteral("position"), positionJson(*p, (d ? *d : 0), &*prod)}};
    changed(p->userId, p->asset);
    if (p->status == QLatin1String("unbonding"))
        return reply(answer);
    release(*p, [this, id = p->id, reply, d](Status s) {
        if (!s)
            return reply(s.error());
        auto closed = position(id);
        if (!closed)
            return reply(closed.error());
        reply(QJsonObject{{QStringLiteral("position"), positionJson(*closed, (d ? *d : 0), nullptr)}});
    });
}

void StakingService::release(const Position &p, std::function<void(Status)> done)
{
    if (m_releasing.contains(p.id))
        return done(fail("busy", QStringLiteral("this stake is being released")));
    m_releasing.insert(p.id);
    ledger::OperationRequest op;
    op.actorId = p.userId;
    op.idempotencyKey = QStringLiteral("unstake:") + p.id;
    op.fingerprint = p.holdId;
    op.code = QStringLiteral("staking.unstake");
    m_ledger.voidHold(std::move(op), p.holdId, [this, id = p.id, done](const Result<QJsonObject> &r) {
        m_releasing.remove(id);
        if (!r)
            return done(r.error());
        auto pos = position(id);
        if (!pos)
            return done(pos.error());
        pos->status = QStringLiteral("closed");
        if (auto s = savePosition(*pos); !s)
            return done(s);
        changed(pos->userId, pos->asset);
        done(okStatus());
    });
}

void StakingService::releaseDue()
{
    const qint64 now = m_clock.nowMs();
    auto due = positionRows(QStringLiteral("(status = 'unbonding' AND unbonds_at <= ?) OR status = 'releasing'"), {now});
    if (!due)
        return;
    for (Position p : *due) {
        if (m_releasing.contains(p.id))
            continue;
        if (p.status == QLatin1String("unbonding")) {
            p.status = QStringLiteral("releasing");
            if (!savePosition(p))
                continue;
        }
        release(p, [](Status) {});
    }
}

// ---------------------------------------------------------------- rewards

void StakingService::claim(const server::Caller &caller, const QString &positionId, bool compound, server::Reply reply)
{
    auto found = position(positionId);
    if (!found || found->userId != caller.userId)
        return reply(found ? fail("not_found", QStringLiteral("no such stake"), {{QStringLiteral("field"), QStringLiteral("positionId")}})
                           : found.error());
    auto prod = product(found->productId);
    if (!prod)
        return reply(prod.error());
    const qint64 now = m_clock.nowMs();
    auto p = accrued(*found, prod->rateBps, now);
    if (!p)
        return reply(p.error());
    auto d = decimals(p->asset);
    if (!d)
        return reply(d.error());
    const Amount owed = p->accrual.owed;
    if (owed.isZero())
        return reply(fail("invalid_state", QStringLiteral("nothing to claim yet")));
    // A locked stake pays its rewards when the lock ends: claimed earlier, an
    // early exit would forfeit nothing.
    if (p->lockedUntil > now && p->status == QLatin1String("active"))
        return reply(fail("invalid_state", QStringLiteral("the rewards of a locked stake are paid when its lock ends"),
                          {{QStringLiteral("detail"), QStringLiteral("locked")}}));
    // The pool is checked here, on the one backend thread, against the
    // ledger's balance that already counts every payment in flight.
    auto poolAcc = m_ledger.account({{}, p->asset, AccountKind::Treasury, poolSubKind()});
    if (!poolAcc)
        return reply(poolAcc.error());
    auto pool = m_ledger.balance(poolAcc->id);
    if (!pool)
        return reply(pool.error());
    if (*pool < owed)
        return reply(fail("pool_empty", QStringLiteral("the reward pool is short right now; your rewards stay owed to you")));
    const QString claimId = crypto::randomId();
    {
        storage::Transaction tx(m_db);
        p->accrual.owed = Amount();
        if (auto s = savePosition(*p); !s)
            return reply(s.error());
        auto q = m_db.exec(QStringLiteral("INSERT INTO stk_claims (id, position_id, user_id, asset, amount, compound, status, created_at)"
                                          " VALUES (?,?,?,?,?,?,'paying',?)"),
                           {claimId, p->id, p->userId, p->asset, owed.unitsText(), compound ? 1 : 0, now});
        if (!q)
            return reply(q.error());
        if (auto s = tx.commit(); !s)
            return reply(s.error());
    }
    pay(claimId, [this, reply, compound, caller, productId = p->productId, owed, d = *d, claimId](const Result<QJsonObject> &r) {
        if (!r)
            return reply(r.error());
        if (!compound)
            return reply(*r);
        // Compounding stakes the reward as a new position of the same product
        // (a closed or full product leaves it claimed in the wallet).
        stake(caller, productId, owed.toString(d), QStringLiteral("compound:") + claimId,
              [reply, paid = *r](const Result<QJsonObject> &staked) {
            QJsonObject out = paid;
            out.insert(QStringLiteral("compounded"), bool(staked));
            if (staked)
                out.insert(QStringLiteral("position"), staked->value(QStringLiteral("position")));
            else
                out.insert(QStringLiteral("compoundError"), staked.error().message);
            reply(out);
        });
    });
}

void StakingService::pay(const QString &claimId, std::function<void(Result<QJsonObject>)> done)
{
    auto q = m_db.exec(QStringLiteral("SELECT position_id, user_id, asset, amount, status FROM stk_claims WHERE id = ?"), {claimId});
    if (!q)
        return done(q.error());
    if (!q->next())
        return done(fail("not_found", QStringLiteral("no such claim")));
    const QString positionId = q->value(0).toString(), userId = q->value(1).toString(), asset = q->value(2).toString();
    const Amount amount = storage::storedAmount(q->value(3));
    auto from = m_ledger.account({{}, asset, AccountKind::Treasury, poolSubKind()});
    auto to = m_ledger.account({userId, asset, AccountKind::Available, {}});
    if (!from || !to) {
        // Nothing was submitted: the claim is undone now rather than left 'paying'.
        const Error why = !from ? from.error() : to.error();
        storage::Transaction tx(m_db);
        auto p = position(positionId);
        auto u = m_db.exec(QStringLiteral("UPDATE stk_claims SET status = 'failed' WHERE id = ? AND status = 'paying'"), {claimId});
        if (p && u && u.value().numRowsAffected() == 1) {
            p->accrual.owed = p->accrual.owed.checkedAdd(amount).value_or(Amount::max());
            if (savePosition(*p))
                (void)tx.commit();
        }
        return done(why);
    }
    auto d = decimals(asset);
    ledger::OperationRequest op;
    op.actorId = userId;
    op.idempotencyKey = QStringLiteral("stake-reward:") + claimId;
    op.fingerprint = amount.unitsText();
    op.code = QStringLiteral("staking.reward");
    op.transfers = {{from->id, to->id, amount, QStringLiteral("staking.reward")}};
    op.result = {{QStringLiteral("claimId"), claimId}, {QStringLiteral("asset"), asset}, {QStringLiteral("amount"), amount.toString((d ? *d : 0))}};
    m_ledger.submit(std::move(op), [this, claimId, positionId, userId, asset, amount, done](const Result<QJsonObject> &r) {
        storage::Transaction tx(m_db);
        auto p = position(positionId);
        if (!p)
            return done(p.error());
        if (r) {
            p->paid = p->paid.checkedAdd(amount).value_or(Amount::max());
        } else {
            // Refused (it should not be: the pool was checked): owed again, nothing lost.
            p->accrual.owed = p->accrual.owed.checkedAdd(amount).value_or(Amount::max());
        }
        auto u = m_db.exec(QStringLiteral("UPDATE stk_claims SET status = ? WHERE id = ? AND status = 'paying'"),
                           {r ? QStringLiteral("paid") : QStringLiteral("failed"), claimId});
        if (!u)
            return done(u.error());
        if (u.value().numRowsAffected() == 1)
            if (auto s = savePosition(*p); !s)
                return done(s.error());
        if (auto s = tx.commit(); !s)
            return done(s.error());
        changed(userId, asset);
        done(r);
    });
}

Result<QJsonObject> StakingService::positions(const QString &userId)
{
    auto rows = positionRows(QStringLiteral("user_id = ? AND status <> 'failed'"), {userId});
    if (!rows)
        return rows.error();
    const qint64 now = m_clock.nowMs();
    QHash<QString, Product> products;
    QJsonArray out;
    for (const Position &row : *rows) {
        if (!products.contains(row.productId)) {
            auto prod = product(row.productId);
            if (!prod)
                return prod.error();
            products.insert(row.productId, *prod);
        }
        auto p = accrued(row, products[row.productId].rateBps, now);
        if (!p)
            return p.error();
        if (p->status == QLatin1String("closed") && p->accrual.owed.isZero() && now - p->updatedAt > 30LL * 86'400'000)
            continue; // closed and settled a month ago: history, not "my stakes"
        auto d = decimals(p->asset);
        out.append(positionJson(*p, (d ? *d : 0), &products[row.productId]));
    }
    return QJsonObject{{QStringLiteral("positions"), out}, {QStringLiteral("now"), now}};
}

Result<QHash<QString, Amount>> StakingService::activeStakes(const QString &asset)
{
    auto q = m_db.exec(QStringLiteral("SELECT user_id, amount FROM stk_positions WHERE asset = ? AND status = 'active'"), {asset});
    if (!q)
        return q.error();
    QHash<QString, Amount> out;
    while (q->next()) {
        const QString user = q->value(0).toString();
        auto sum = out.value(user).checkedAdd(storage::storedAmount(q->value(1)));
        if (!sum)
            return fail("overflow", QStringLiteral("a stake total does not fit"));
        out.insert(user, *sum);
    }
    return out;
}

Result<Amount> StakingService::activeStake(const QString &userId, const QString &asset)
{
    auto q = m_db.exec(QStringLiteral("SELECT amount FROM stk_positions WHERE user_id = ? AND asset = ? AND status = 'active'"), {userId, asset});
    if (!q)
        return q.error();
    Amount total;
    while (q->next())
        total = total.checkedAdd(storage::storedAmount(q->value(0))).value_or(Amount::max());
    return total;
}

// ---------------------------------------------------------------- restart

Status StakingService::start()
{
    auto opening = positionRows(QStringLiteral("status = 'opening'"), {});
    if (!opening)
        return opening.error();
    for (const Position &p : *opening)
        openHold(p, {});
    auto paying = m_db.exec(QStringLiteral("SELECT c.id, c.user_id, c.compound, c.amount, p.product_id, c.asset FROM stk_claims c"
                                           " JOIN stk_positions p ON p.id = c.position_id WHERE c.status = 'paying'"));
    if (!paying)
        return paying.error();
    struct Unpaid {
        QString id, userId, productId, asset;
        bool compound;
        Amount amount;
    };
    QList<Unpaid> claims;
    while (paying->next())
        claims.append({paying->value(0).toString(), paying->value(1).toString(), paying->value(4).toString(), paying->value(5).toString(),
                       paying->value(2).toInt() != 0, storage::storedAmount(paying->value(3))});
    for (const Unpaid &c : claims)
        pay(c.id, [this, c](const Result<QJsonObject> &r) {
            if (!r || !c.compound)
                return;
            // A compound the crash cut off is finished under the same key.
            server::Caller owner;
            owner.userId = c.userId;
            auto d = decimals(c.asset);
            stake(owner, c.productId, c.amount.toString(d ? *d : 0), QStringLiteral("compound:") + c.id, [](const Result<QJsonObject> &) {});
        });
    releaseDue();
    m_timer.start();
    return okStatus();
}

} // namespace azc::staking
