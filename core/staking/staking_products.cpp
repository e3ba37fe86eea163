// Products and reward pools: what admins define and fund.

#include "staking/staking_service.h"

#include "audit/audit_log.h"
#include "crypto/secure_random.h"
#include "ledger/ledger_service.h"
#include "notify/event_bus.h"
#include "storage/database.h"

#include <QJsonArray>

namespace azc::staking {

using ledger::AccountKind;

namespace {

Product productFrom(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toString();
    p.asset = q.value(1).toString();
    p.name = q.value(2).toString();
    p.kind = q.value(3).toString();
    p.lockDays = q.value(4).toInt();
    p.rateBps = q.value(5).toInt();
    p.marginBps = q.value(6).toInt();
    p.cap = Amount::fromUnitsText(q.value(7).toString()).value_or(Amount());
    p.minAmount = Amount::fromUnitsText(q.value(8).toString()).value_or(Amount());
    p.unbondingSeconds = q.value(9).toLongLong();
    p.status = q.value(10).toString();
    p.createdAt = q.value(11).toLongLong();
    p.updatedAt = q.value(12).toLongLong();
    return p;
}

const char *kProductColumns = "id, asset, name, kind, lock_days, rate_bps, margin_bps, cap, min_amount, unbonding_seconds,"
                              " status, created_at, updated_at";

} // namespace

Result<Product> StakingService::product(const QString &id)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM stk_products WHERE id = ?").arg(QLatin1String(kProductColumns)), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return fail("not_found", QStringLiteral("no such staking product"), {{QStringLiteral("field"), QStringLiteral("productId")}});
    return productFrom(*q);
}

Result<int> StakingService::decimals(const QString &asset)
{
    auto a = m_ledger.asset(asset);
    if (!a)
        return a.error();
    return a->decimals;
}

Result<QJsonObject> StakingService::saveProduct(const server::Caller &admin, const QJsonObject &p)
{
    const QString id = p.value(QStringLiteral("id")).toString();
    Product prod;
    if (!id.isEmpty()) {
        auto existing = product(id);
        if (!existing)
            return existing.error();
        prod = *existing;
    } else {
        prod.id = crypto::randomId();
        prod.asset = p.value(QStringLiteral("asset")).toString();
        prod.kind = p.value(QStringLiteral("kind")).toString(QStringLiteral("flexible"));
        prod.lockDays = p.value(QStringLiteral("lockDays")).toInt();
        prod.createdAt = m_clock.nowMs();
        prod.status = QStringLiteral("open");
    }
    auto d = decimals(prod.asset);
    if (!d)
        return d.error();
    if (prod.kind == QLatin1String("locked") && prod.lockDays < 1)
        return fail("invalid_params", QStringLiteral("a locked product needs a lock of at least a day"),
                    {{QStringLiteral("field"), QStringLiteral("lockDays")}});
    if (prod.kind == QLatin1String("flexible"))
        prod.lockDays = 0;
    auto amountField = [&](const char *name, Amount &into) -> Status {
        const QString text = p.value(QLatin1String(name)).toString();
        if (text.isEmpty() && !id.isEmpty())
            return okStatus();
        auto a = Amount::parse(text.isEmpty() ? QStringLiteral("0") : text, *d);
        if (!a || a->isNegative())
            return fail("invalid_params", QStringLiteral("%1 must be a non-negative amount of %2").arg(QLatin1String(name), prod.asset),
                        {{QStringLiteral("field"), QLatin1String(name)}});
        into = *a;
        return okStatus();
    };
    if (auto s = amountField("cap", prod.cap); !s)
        return s.error();
    if (auto s = amountField("minAmount", prod.minAmount); !s)
        return s.error();
    if (p.contains(QStringLiteral("name")))
        prod.name = p.value(QStringLiteral("name")).toString().trimmed();
    if (prod.name.isEmpty())
        return fail("invalid_params", QStringLiteral("give the product a name"), {{QStringLiteral("field"), QStringLiteral("name")}});
    if (p.contains(QStringLiteral("marginBps")))
        prod.marginBps = p.value(QStringLiteral("marginBps")).toInt();
    if (p.contains(QStringLiteral("unbondingSeconds")))
        prod.unbondingSeconds = p.value(QStringLiteral("unbondingSeconds")).toInteger();
    if (p.contains(QStringLiteral("status")))
        prod.status = p.value(QStringLiteral("status")).toString();
    const int newRate = p.contains(QStringLiteral("rateBps")) ? p.value(QStringLiteral("rateBps")).toInt() : prod.rateBps;
    prod.updatedAt = m_clock.nowMs();

    storage::Transaction tx(m_db);
    if (id.isEmpty()) {
        prod.rateBps = newRate;
        auto q = m_db.exec(QStringLiteral("INSERT INTO stk_products (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(QLatin1String(kProductColumns)),
                           {prod.id, prod.asset, prod.name, prod.kind, prod.lockDays, prod.rateBps, prod.marginBps, prod.cap.unitsText(),
                            prod.minAmount.unitsText(), prod.unbondingSeconds, prod.status, prod.createdAt, prod.updatedAt});
        if (!q)
            return q.error();
    } else {
        auto q = m_db.exec(QStringLiteral("UPDATE stk_products SET name = ?, margin_bps = ?, cap = ?, min_amount = ?, unbonding_seconds = ?,"
                                          " status = ?, updated_at = ? WHERE id = ?"),
                           {prod.name, prod.marginBps, prod.cap.unitsText(), prod.minAmount.unitsText(), prod.unbondingSeconds, prod.status,
                            prod.updatedAt, prod.id});
        if (!q)
            return q.error();
        if (newRate != prod.rateBps) {
            if (auto s = setRate(prod.id, newRate, admin.userId); !s)
                return s.error();
            prod.rateBps = newRate;
        }
    }
    if (auto s = m_audit.record(admin.userId, QStringLiteral("staking.saveProduct"), prod.id,
                                {{QStringLiteral("asset"), prod.asset}, {QStringLiteral("rateBps"), prod.rateBps},
                                 {QStringLiteral("marginBps"), prod.marginBps}, {QStringLiteral("status"), prod.status}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    m_bus.publishToEveryone(QStringLiteral("event.staking.products"), {{QStringLiteral("productId"), prod.id}});
    auto all = products(true, {});
    if (!all)
        return all.error();
    for (const auto &v : all->value(QStringLiteral("products")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == prod.id)
            return QJsonObject{{QStringLiteral("product"), v}};
    return fail("internal_error", QStringLiteral("the product vanished"));
}

Status StakingService::setRate(const QString &productId, int rateBps, const QString &actorId)
{
    if (rateBps < 0 || rateBps > 100000)
        return fail("invalid_params", QStringLiteral("a rate is 0 to 100000 basis points a year"));
    auto prod = product(productId);
    if (!prod)
        return prod.error();
    const qint64 now = m_clock.nowMs();
    storage::Transaction tx(m_db);
    // Every active position earns the old rate up to this moment, the new one after.
    auto active = positionRows(QStringLiteral("product_id = ? AND status = 'active'"), {productId});
    if (!active)
        return active.error();
    for (const Position &p : *active) {
        auto brought = accrued(p, prod->rateBps, now);
        if (!brought)
            return brought.error();
        if (auto s = savePosition(*brought); !s)
            return s;
    }
    auto q = m_db.exec(QStringLiteral("UPDATE stk_products SET rate_bps = ?, updated_at = ? WHERE id = ?"), {rateBps, now, productId});
    if (!q)
        return q.error();
    if (auto s = m_audit.record(actorId, QStringLiteral("staking.setRate"), productId,
                                {{QStringLiteral("from"), prod->rateBps}, {QStringLiteral("to"), rateBps}});
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    m_bus.publishToEveryone(QStringLiteral("event.staking.products"), {{QStringLiteral("productId"), productId}});
    return okStatus();
}

Result<QJsonObject> StakingService::products(bool forAdmin, const QString &userId)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM stk_products %2 ORDER BY created_at")
                           .arg(QLatin1String(kProductColumns), forAdmin ? QString() : QStringLiteral("WHERE status = 'open'")));
    if (!q)
        return q.error();
    QList<Product> list;
    while (q->next())
        list.append(productFrom(*q));
    // What is staked per product: opening or active, as the cap counts it
    // (unbonding stakes are on their way out; they still show in "my stakes").
    QHash<QString, Amount> staked, mine;
    auto sums = m_db.exec(QStringLiteral("SELECT product_id, user_id, amount FROM stk_positions"
                                         " WHERE status IN ('opening', 'active')"));
    if (!sums)
        return sums.error();
    while (sums->next()) {
        const Amount a = Amount::fromUnitsText(sums->value(2).toString()).value_or(Amount());
        const QString pid = sums->value(0).toString();
        staked[pid] = staked.value(pid).checkedAdd(a).value_or(Amount::max());
        if (sums->value(1).toString() == userId)
            mine[pid] = mine.value(pid).checkedAdd(a).value_or(Amount::max());
    }
    QJsonArray out;
    for (const Product &p : list) {
        auto d = decimals(p.asset);
        if (!d)
            return d.error();
        QJsonObject o{{QStringLiteral("id"), p.id},
                      {QStringLiteral("asset"), p.asset},
                      {QStringLiteral("name"), p.name},
                      {QStringLiteral("kind"), p.kind},
                      {QStringLiteral("lockDays"), p.lockDays},
                      {QStringLiteral("rateBps"), p.rateBps},
                      {QStringLiteral("cap"), p.cap.toString(*d)},
                      {QStringLiteral("minAmount"), p.minAmount.toString(*d)},
                      {QStringLiteral("unbondingSeconds"), p.unbondingSeconds},
                      {QStringLiteral("status"), p.status},
                      {QStringLiteral("staked"), staked.value(p.id).toString(*d)}};
        if (forAdmin) // what the house keeps on top of what it pays: never shown to users
            o.insert(QStringLiteral("marginBps"), p.marginBps);
        else
            o.insert(QStringLiteral("myStake"), mine.value(p.id).toString(*d));
        out.append(o);
    }
    return QJsonObject{{QStringLiteral("products"), out}};
}

void StakingService::fundPool(const server::Caller &admin, const QString &asset, const QString &amountText, const QString &key,
                              server::Reply reply)
{
    auto d = decimals(asset);
    if (!d)
        return reply(d.error());
    auto amount = Amount::parse(amountText, *d);
    if (!amount || amount->isNegative() || amount->isZero())
        return reply(fail("invalid_amount", QStringLiteral("fund the pool with a positive amount of %1").arg(asset),
                          {{QStringLiteral("field"), QStringLiteral("amount")}}));
    auto from = m_ledger.account({{}, asset, AccountKind::Treasury, {}});
    auto to = m_ledger.account({{}, asset, AccountKind::Treasury, poolSubKind()});
    if (!from || !to)
        return reply(!from ? from.error() : to.error());
    ledger::OperationRequest op;
    op.actorId = admin.userId;
    op.idempotencyKey = QStringLiteral("staking.fundPool:") + key;
    op.fingerprint = asset + QLatin1Char(':') + amount->unitsText();
    op.code = QStringLiteral("staking.fundPool");
    op.transfers = {{from->id, to->id, *amount, QStringLiteral("staking.fund")}};
    op.result = {{QStringLiteral("asset"), asset}, {QStringLiteral("amount"), amount->toString(*d)}};
    m_ledger.submit(std::move(op), [this, admin, asset, reply](const Result<QJsonObject> &r) {
        if (!r)
            return reply(r.error());
        (void)m_audit.record(admin.userId, QStringLiteral("staking.fundPool"), asset, *r);
        auto all = pools();
        reply(all ? QJsonObject{{QStringLiteral("operationId"), r->value(QStringLiteral("operationId"))},
                                {QStringLiteral("pools"), all->value(QStringLiteral("pools"))}}
                  : *r);
    });
}

Result<QJsonObject> StakingService::pools()
{
    // Per asset with a product: the pool's balance and what is owed from it now.
    auto q = m_db.exec(QStringLiteral("SELECT DISTINCT asset FROM stk_products ORDER BY asset"));
    if (!q)
        return q.error();
    QStringList assets;
    while (q->next())
        assets.append(q->value(0).toString());
    // Each product's rate once, not once per position.
    QHash<QString, int> rates;
    auto r = m_db.exec(QStringLiteral("SELECT id, rate_bps FROM stk_products"));
    if (!r)
        return r.error();
    while (r->next())
        rates.insert(r->value(0).toString(), r->value(1).toInt());
    const qint64 now = m_clock.nowMs();
    QJsonArray out;
    for (const QString &asset : assets) {
        auto d = decimals(asset);
        if (!d)
            return d.error();
        auto acc = m_ledger.existingAccount({{}, asset, AccountKind::Treasury, poolSubKind()});
        if (!acc)
            return acc.error();
        Amount balance = acc->has_value() ? acc->value().balance : Amount();
        if (acc->has_value())
            if (auto b = m_ledger.balance(acc->value().id))
                balance = *b;
        Amount owed, paid;
        auto rows = positionRows(QStringLiteral("asset = ?"), {asset});
        if (!rows)
            return rows.error();
        for (const Position &p : *rows) {
            auto brought = accrued(p, rates.value(p.productId), now);
            if (!brought)
                return brought.error();
            owed = owed.checkedAdd(brought->accrual.owed).value_or(Amount::max());
            paid = paid.checkedAdd(p.paid).value_or(Amount::max());
        }
        out.append(QJsonObject{{QStringLiteral("asset"), asset},
                               {QStringLiteral("balance"), balance.toString(*d)},
                               {QStringLiteral("owed"), owed.toString(*d)},
                               {QStringLiteral("paid"), paid.toString(*d)}});
    }
    return QJsonObject{{QStringLiteral("pools"), out}};
}

} // namespace azc::staking
