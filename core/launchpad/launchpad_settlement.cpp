// Commitments, the end of a sale (allocation), settling each buyer, vesting
// tranches and the proceeds: rows first, then operations under derived keys.

#include "launchpad/allocation.h"
#include "launchpad/launchpad_sale.h"

#include "crypto/secure_random.h"
#include "ledger/ledger_service.h"
#include "notify/event_bus.h"
#include "notify/notification_service.h"
#include "staking/staking_service.h"
#include "storage/database.h"
#include "storage/stored_amount.h"
#include "wallet/wallet_service.h"

namespace azc::launchpad {

using ledger::AccountKind;

void LaunchpadService::commit(const server::Caller &caller, const QString &saleId, const QString &amountText, const QString &key,
                              server::Reply reply)
{
    auto seen = s.db.exec(QStringLiteral("SELECT id, status FROM lp_commits WHERE user_id = ? AND client_key = ?"), {caller.userId, key});
    if (!seen)
        return reply(seen.error());
    if (seen->next()) // a repeat: the first commitment's answer
        return holdCommit(seen->value(0).toString(), reply);
    auto sale = saleRow(saleId);
    if (!sale)
        return reply(sale.error());
    if (phase(*sale) != QLatin1String("open"))
        return reply(fail("sale_closed", phase(*sale) == QLatin1String("upcoming") ? QStringLiteral("this sale has not opened yet")
                                                                                   : QStringLiteral("this sale's window has closed")));
    if (caller.kycTier < sale->minKycTier)
        return reply(fail("kyc_required", QStringLiteral("this sale needs identity verification level %1").arg(sale->minKycTier)));
    auto qd = s.ledger.asset(sale->quote);
    if (!qd)
        return reply(qd.error());
    auto amount = Amount::parse(amountText, qd->decimals);
    if (!amount || amount->isNegative() || amount->isZero())
        return reply(fail("invalid_amount", QStringLiteral("commit a positive amount of %1").arg(sale->quote),
                          {{QStringLiteral("field"), QStringLiteral("amount")}}));
    if (!sale->minStake.isZero()) {
        auto staked = s.staking.activeStake(caller.userId, stakeAsset());
        if (!staked)
            return reply(staked.error());
        auto sd = s.ledger.asset(stakeAsset());
        if (*staked < sale->minStake)
            return reply(fail("insufficient_stake", QStringLiteral("this sale is for holders with at least %1 %2 staked")
                                                        .arg(sale->minStake.toString(sd ? sd->decimals : 18), stakeAsset())));
    }
    if (!sale->perUserCap.isZero()) {
        auto mine = s.db.exec(QStringLiteral("SELECT amount FROM lp_commits WHERE sale_id = ? AND user_id = ? AND status IN ('pending', 'held')"),
                              {saleId, caller.userId});
        if (!mine)
            return reply(mine.error());
        Amount total = *amount;
        while (mine->next())
            total = total.checkedAdd(storage::storedAmount(mine->value(0))).value_or(Amount::max());
        if (total > sale->perUserCap)
            return reply(fail("limit_exceeded", QStringLiteral("you may commit at most %1 %2 to this sale").arg(sale->perUserCap.toString(qd->decimals), sale->quote)));
    }
    const QString id = crypto::randomId();
    auto q = s.db.exec(QStringLiteral("INSERT INTO lp_commits (id, sale_id, user_id, amount, hold_id, status, client_key, created_at)"
                                      " VALUES (?,?,?,?,'','pending',?,?)"),
                       {id, saleId, caller.userId, amount->unitsText(), key, s.clock.nowMs()});
    if (!q)
        return reply(q.error());
    holdCommit(id, reply);
}

void LaunchpadService::holdCommit(const QString &commitId, server::Reply reply)
{
    auto q = s.db.exec(QStringLiteral("SELECT c.user_id, c.amount, c.status, c.sale_id, s.quote FROM lp_commits c JOIN lp_sales s ON s.id = c.sale_id"
                                      " WHERE c.id = ?"),
                       {commitId});
    if (!q)
        return reply ? reply(q.error()) : void();
    if (!q->next())
        return reply ? reply(fail("not_found", QStringLiteral("no such commitment"))) : void();
    const QString userId = q->value(0).toString(), status = q->value(2).toString(), saleId = q->value(3).toString(),
                  quote = q->value(4).toString();
    const Amount amount = storage::storedAmount(q->value(1));
    auto answer = [this, saleId, userId](const Result<QJsonObject> &r) -> Result<QJsonObject> {
        if (!r)
            return r.error();
        return sale(userId, saleId);
    };
    if (status == QLatin1String("failed"))
        return reply ? reply(fail("insufficient_funds", QStringLiteral("this commitment was refused: not enough available"))) : void();
    ledger::OperationRequest op;
    op.actorId = userId;
    op.idempotencyKey = QStringLiteral("lp-commit:") + commitId;
    op.fingerprint = amount.unitsText();
    op.code = QStringLiteral("launchpad.commit");
    s.ledger.openHold(std::move(op), userId, quote, amount, QStringLiteral("launchpad"),
                      [this, commitId, userId, quote, saleId, reply, answer](const Result<QJsonObject> &r) {
        auto u = s.db.exec(QStringLiteral("UPDATE lp_commits SET status = ?, hold_id = ? WHERE id = ? AND status = 'pending'"),
                           {r ? QStringLiteral("held") : QStringLiteral("failed"), r ? r->value(QStringLiteral("holdId")).toString() : QString(),
                            commitId});
        if (u && u.value().numRowsAffected() == 1) {
            s.wallet.announceBalance(userId, quote);
            s.bus.publishToEveryone(QStringLiteral("event.launchpad.changed"), {{QStringLiteral("saleId"), saleId}});
        }
        if (reply)
            reply(answer(r));
    });
}

// ---------------------------------------------------------------- the end of a sale

void LaunchpadService::tick()
{
    const qint64 now = s.clock.nowMs();
    auto due = saleRows(QStringLiteral("WHERE (status = 'listed' AND ends_at <= ?) OR status = 'finalizing' ORDER BY seq"), {now});
    if (!due)
        return;
    for (const Sale &sale : *due) {
        if (sale.status == QLatin1String("listed")) {
            (void)finalize(sale);
            continue;
        }
        auto pending = s.db.exec(QStringLiteral("SELECT user_id FROM lp_allocations WHERE sale_id = ? AND status = 'pending'"), {sale.id});
        if (!pending)
            continue;
        QStringList users;
        while (pending->next())
            users.append(pending->value(0).toString());
        for (const QString &u : users)
            settle(sale, u);
        if (users.isEmpty())
            close(sale);
    }
    // Vesting: tranches that came due, for buyers already settled.
    auto tranches = s.db.exec(QStringLiteral("SELECT t.sale_id, t.idx FROM lp_tranches t JOIN lp_sales s ON s.id = t.sale_id"
                                             " WHERE t.status = 'pending' AND t.due_at <= ? AND s.status IN ('finalizing', 'distributed')"
                                             " ORDER BY t.sale_id, t.idx"),
                              {now});
    if (!tranches)
        return;
    QList<QPair<QString, int>> dueTranches;
    while (tranches->next())
        dueTranches.append({tranches->value(0).toString(), tranches->value(1).toInt()});
    for (const auto &[saleId, idx] : dueTranches) {
        auto sale = saleRow(saleId);
        if (!sale)
            continue;
        auto buyers = s.db.exec(QStringLiteral("SELECT user_id FROM lp_allocations WHERE sale_id = ? AND status = 'settled' AND tokens <> delivered"),
                                {saleId});
        if (!buyers)
            continue;
        QStringList users;
        while (buyers->next())
            users.append(buyers->value(0).toString());
        auto unsettled = s.db.scalar(QStringLiteral("SELECT COUNT(*) FROM lp_allocations WHERE sale_id = ? AND status <> 'settled'"), {saleId});
        if (!unsettled)
            continue;
        for (const QString &u : users)
            vest(*sale, idx, u);
        if (users.isEmpty() && unsettled->toLongLong() == 0)
            (void)s.db.exec(QStringLiteral("UPDATE lp_tranches SET status = 'released' WHERE sale_id = ? AND idx = ?"), {saleId, idx});
    }
}

Status LaunchpadService::finalize(const Sale &sale)
{
    // A commitment accepted before the end may still be on its way to the
    // ledger: wait for it (the next tick), so it is counted, never lost.
    auto pending = s.db.scalar(QStringLiteral("SELECT COUNT(*) FROM lp_commits WHERE sale_id = ? AND status = 'pending'"), {sale.id});
    if (!pending)
        return pending.error();
    if (pending->toLongLong() > 0)
        return okStatus();
    auto q = s.db.exec(QStringLiteral("SELECT user_id, amount, created_at FROM lp_commits WHERE sale_id = ? AND status = 'held' ORDER BY created_at, id"),
                       {sale.id});
    if (!q)
        return q.error();
    QList<Commitment> commitments;
    QHash<QString, int> index;
    while (q->next()) {
        const QString user = q->value(0).toString();
        const Amount a = storage::storedAmount(q->value(1));
        if (index.contains(user)) {
            Commitment &c = commitments[index.value(user)];
            c.amount = c.amount.checkedAdd(a).value_or(Amount::max());
        } else {
            index.insert(user, int(commitments.size()));
            commitments.append({user, a, q->value(2).toLongLong()});
        }
    }
    auto td = s.ledger.asset(sale.token);
    if (!td)
        return td.error();
    auto result = allocate({sale.total, sale.price, td->decimals}, commitments);
    if (!result)
        return result.error();
    storage::Transaction tx(s.db);
    for (const Allocation &a : result->allocations) {
        auto ins = s.db.exec(QStringLiteral("INSERT INTO lp_allocations (sale_id, user_id, committed, tokens, cost, refund, delivered, delivering,"
                                            " status) VALUES (?,?,?,?,?,?,'0','0','pending')"),
                             {sale.id, a.userId, a.committed.unitsText(), a.tokens.unitsText(), a.cost.unitsText(), a.refund.unitsText()});
        if (!ins)
            return ins.error();
    }
    auto u = s.db.exec(QStringLiteral("UPDATE lp_sales SET status = 'finalizing', sold = ?, proceeds = ?, updated_at = ? WHERE id = ? AND status = 'listed'"),
                       {result->tokensSold.unitsText(), result->proceeds.unitsText(), s.clock.nowMs(), sale.id});
    if (!u)
        return u.error();
    if (auto c = tx.commit(); !c)
        return c;
    s.bus.publishToEveryone(QStringLiteral("event.launchpad.changed"), {{QStringLiteral("saleId"), sale.id}});
    Sale now = sale;
    now.status = QStringLiteral("finalizing");
    for (const Allocation &a : result->allocations)
        settle(now, a.userId);
    return okStatus();
}

void LaunchpadService::settle(const Sale &sale, const QString &userId)
{
    const QString key = QStringLiteral("lp-settle:") + sale.id + u':' + userId;
    if (m_inFlight.contains(key))
        return;
    auto a = s.db.exec(QStringLiteral("SELECT cost, tokens FROM lp_allocations WHERE sale_id = ? AND user_id = ?"), {sale.id, userId});
    if (!a || !a->next())
        return;
    const Amount cost = storage::storedAmount(a->value(0)), tokens = storage::storedAmount(a->value(1));
    auto holds = s.db.exec(QStringLiteral("SELECT hold_id FROM lp_commits WHERE sale_id = ? AND user_id = ? AND status IN ('held', 'settled')"
                                          " ORDER BY created_at, id"),
                           {sale.id, userId});
    if (!holds)
        return;
    QStringList holdIds; // read them all first: PostgreSQL loses a result set when another query runs
    while (holds->next())
        holdIds.append(holds->value(0).toString());
    auto proceeds = s.ledger.account({saleOwner(sale.id), sale.quote, AccountKind::Available, {}});
    if (!proceeds)
        return;
    // The cost is taken from the holds in order; what each still holds goes back.
    QList<ledger::LedgerService::HoldSettlement> settlements;
    Amount left = cost;
    for (const QString &holdId : std::as_const(holdIds)) {
        auto hold = s.ledger.hold(holdId);
        if (!hold)
            return;
        ledger::LedgerService::HoldSettlement st{holdId, {}, true};
        const Amount take = std::min(left, hold->amount);
        if (!take.isZero())
            st.parts.append({take, proceeds->id, QStringLiteral("launchpad.cost")});
        left = left.checkedSub(take).value_or(Amount());
        settlements.append(st);
    }
    ledger::OperationRequest op;
    op.actorId = QStringLiteral("launchpad");
    op.idempotencyKey = key;
    op.fingerprint = cost.unitsText() + u':' + tokens.unitsText();
    op.code = QStringLiteral("launchpad.settle");
    m_inFlight.insert(key);
    s.ledger.settleHolds(std::move(op), settlements, {}, [this, key, sale, userId, tokens](const Result<QJsonObject> &r) {
        m_inFlight.remove(key);
        if (!r)
            return;
        storage::Transaction tx(s.db);
        auto u = s.db.exec(QStringLiteral("UPDATE lp_allocations SET status = 'settled' WHERE sale_id = ? AND user_id = ? AND status = 'pending'"),
                           {sale.id, userId});
        auto c = s.db.exec(QStringLiteral("UPDATE lp_commits SET status = 'settled' WHERE sale_id = ? AND user_id = ? AND status = 'held'"),
                           {sale.id, userId});
        if (!u || !c || !tx.commit())
            return;
        s.wallet.announceBalance(userId, sale.quote);
        auto td = s.ledger.asset(sale.token);
        s.notifications.queue(userId, QStringLiteral("launchpad.allocated"), QStringLiteral("%1: your allocation is ready").arg(sale.title),
                              QStringLiteral("%1 %2").arg(tokens.toString(td ? td->decimals : 0), sale.token), {{QStringLiteral("saleId"), sale.id}});
        s.bus.publishToEveryone(QStringLiteral("event.launchpad.changed"), {{QStringLiteral("saleId"), sale.id}});
        scheduleTick(); // tranches already due follow at once
    });
}

void LaunchpadService::vest(const Sale &sale, int tranche, const QString &userId)
{
    // One delivery in flight per buyer. Its target (the cumulative amount
    // delivered once it lands) is written first and keys the operation, so a
    // restart finishes that delivery before computing the next: two tranches
    // due at once, or a crash between the operation and the row, never pay twice.
    const QString buyer = QStringLiteral("lp-vest:%1:%2").arg(sale.id, userId);
    if (m_inFlight.contains(buyer))
        return;
    auto a = s.db.exec(QStringLiteral("SELECT tokens, delivered, delivering FROM lp_allocations WHERE sale_id = ? AND user_id = ?"), {sale.id, userId});
    if (!a || !a->next())
        return;
    const Amount tokens = storage::storedAmount(a->value(0)), delivered = storage::storedAmount(a->value(1));
    Amount target = storage::storedAmount(a->value(2));
    if (target <= delivered) {
        auto t = s.db.scalar(QStringLiteral("SELECT cumulative_bps FROM lp_tranches WHERE sale_id = ? AND idx = ?"), {sale.id, tranche});
        if (!t)
            return;
        // Cumulative shares, so the last tranche delivers exactly what is left.
        target = tokens.mulDiv(t->toInt(), 10000, Rounding::Down).value_or(Amount());
        if (target <= delivered)
            return;
        if (!s.db.exec(QStringLiteral("UPDATE lp_allocations SET delivering = ? WHERE sale_id = ? AND user_id = ?"), {target.unitsText(), sale.id, userId}))
            return;
    }
    const Amount amount = *target.checkedSub(delivered);
    auto from = s.ledger.account({saleOwner(sale.id), sale.token, AccountKind::Available, {}});
    auto to = s.ledger.account({userId, sale.token, AccountKind::Available, {}});
    if (!from || !to)
        return;
    ledger::OperationRequest op;
    op.actorId = QStringLiteral("launchpad");
    op.idempotencyKey = buyer + u':' + target.unitsText();
    op.fingerprint = amount.unitsText();
    op.code = QStringLiteral("launchpad.deliver");
    op.transfers = {{from->id, to->id, amount, QStringLiteral("launchpad.deliver")}};
    m_inFlight.insert(buyer);
    s.ledger.submit(std::move(op), [this, buyer, sale, userId, target](const Result<QJsonObject> &r) {
        m_inFlight.remove(buyer);
        if (!r)
            return;
        (void)s.db.exec(QStringLiteral("UPDATE lp_allocations SET delivered = ?, delivering = '0' WHERE sale_id = ? AND user_id = ?"),
                        {target.unitsText(), sale.id, userId});
        s.wallet.announceBalance(userId, sale.token);
        scheduleTick(); // another tranche may be due already
    });
}

void LaunchpadService::close(const Sale &sale)
{
    // Every buyer is settled: the proceeds are split and unsold tokens go to the partner.
    const QString key = QStringLiteral("lp-close:") + sale.id;
    if (m_inFlight.contains(key))
        return;
    const Amount platform = sale.proceeds.mulDiv(sale.platformShareBps, 10000, Rounding::Down).value_or(Amount());
    const Amount partner = sale.proceeds.checkedSub(platform).value_or(Amount());
    const Amount unsold = sale.total.checkedSub(sale.sold).value_or(Amount());
    auto proceeds = s.ledger.account({saleOwner(sale.id), sale.quote, AccountKind::Available, {}});
    auto revenue = s.ledger.account({{}, sale.quote, AccountKind::FeeRevenue, QStringLiteral("launchpad")});
    auto partnerQuote = s.ledger.account({sale.partnerId, sale.quote, AccountKind::Available, {}});
    auto inventory = s.ledger.account({saleOwner(sale.id), sale.token, AccountKind::Available, {}});
    auto partnerToken = s.ledger.account({sale.partnerId, sale.token, AccountKind::Available, {}});
    if (!proceeds || !revenue || !partnerQuote || !inventory || !partnerToken)
        return;
    ledger::OperationRequest op;
    op.actorId = QStringLiteral("launchpad");
    op.idempotencyKey = key;
    op.fingerprint = sale.proceeds.unitsText() + u':' + unsold.unitsText();
    op.code = QStringLiteral("launchpad.close");
    if (!platform.isZero())
        op.transfers.append({proceeds->id, revenue->id, platform, QStringLiteral("fee.launchpad")});
    if (!partner.isZero())
        op.transfers.append({proceeds->id, partnerQuote->id, partner, QStringLiteral("launchpad.proceeds")});
    if (!unsold.isZero())
        op.transfers.append({inventory->id, partnerToken->id, unsold, QStringLiteral("launchpad.unsold")});
    auto finish = [this, sale]() {
        (void)s.db.exec(QStringLiteral("UPDATE lp_sales SET status = 'distributed', updated_at = ? WHERE id = ? AND status = 'finalizing'"),
                        {s.clock.nowMs(), sale.id});
        s.wallet.announceBalance(sale.partnerId, sale.quote);
        s.bus.publishToEveryone(QStringLiteral("event.launchpad.changed"), {{QStringLiteral("saleId"), sale.id}});
    };
    if (op.transfers.isEmpty())
        return finish();
    m_inFlight.insert(key);
    s.ledger.submit(std::move(op), [this, key, finish](const Result<QJsonObject> &r) {
        m_inFlight.remove(key);
        if (r)
            finish();
    });
}

void LaunchpadService::scheduleTick()
{
    // One extra pass soon, however many settlements and deliveries asked for it.
    if (m_tickQueued)
        return;
    m_tickQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_tickQueued = false;
        tick();
    });
}

Status LaunchpadService::start()
{
    // Commitments a crash left between their row and their hold.
    auto pending = s.db.exec(QStringLiteral("SELECT id FROM lp_commits WHERE status = 'pending'"));
    if (!pending)
        return pending.error();
    QStringList ids;
    while (pending->next())
        ids.append(pending->value(0).toString());
    for (const QString &id : ids)
        holdCommit(id, {});
    // Issuances a crash may have cut off (answered from the ledger's record when they ran).
    auto sales = saleRows(QStringLiteral("WHERE status IN ('listed', 'finalizing')"), {});
    if (!sales)
        return sales.error();
    for (const Sale &sale : *sales)
        issue(sale);
    tick();
    m_timer.start();
    return okStatus();
}

} // namespace azc::launchpad
