// Orders: stock taken with the row, then the payment under the order's key;
// vouchers revealed once paid; shipping, refunds and support's disputes.

#include "bridge/bridge_internal.h"
#include "bridge/market_service.h"

#include "audit/audit_log.h"
#include "ledger/ledger_service.h"
#include "notify/event_bus.h"
#include "notify/notification_service.h"
#include "storage/database.h"
#include "storage/stored_amount.h"
#include "wallet/wallet_service.h"

#include <QJsonDocument>

namespace azc::bridge {

using ledger::AccountKind;
using detail::invalidField;

namespace {

const char *kOrderColumns = "o.id, o.seq, o.product_id, o.org_id, o.buyer_id, o.quantity, o.price_asset, o.total, o.status, o.address, o.tracking,"
                            " o.dispute_reason, o.disputed_at, o.decision, o.decision_note, o.decided_at, o.client_key, o.created_at, p.title";

} // namespace

Status MarketService::start()
{
    auto last = s.db.scalar(QStringLiteral("SELECT MAX(seq) FROM mk_orders"));
    if (!last)
        return last.error();
    m_seq.insert(QStringLiteral("mk_orders"), last->toLongLong());
    // Payments a crash interrupted: the same key either finds the first one done or pays now.
    auto paying = orders(QStringLiteral("o.status = 'paying'"), {});
    if (!paying)
        return paying.error();
    for (const Order &o : *paying)
        pay(o, [](const Result<QJsonObject> &) {});
    return okStatus();
}

Result<QList<MarketService::Order>> MarketService::orders(const QString &where, const QVariantList &params)
{
    auto q = s.db.exec(QStringLiteral("SELECT %1 FROM mk_orders o JOIN mk_products p ON p.id = o.product_id WHERE %2 ORDER BY o.seq DESC LIMIT 500")
                           .arg(QLatin1String(kOrderColumns), where),
                       params);
    if (!q)
        return q.error();
    QList<Order> out;
    while (q->next()) {
        Order o;
        o.id = q->value(0).toString();
        o.seq = q->value(1).toLongLong();
        o.productId = q->value(2).toString();
        o.orgId = q->value(3).toString();
        o.buyerId = q->value(4).toString();
        o.quantity = q->value(5).toInt();
        o.priceAsset = q->value(6).toString();
        o.total = storage::storedAmount(q->value(7));
        o.status = q->value(8).toString();
        o.address = q->value(9).toString();
        o.tracking = q->value(10).toString();
        o.disputeReason = q->value(11).toString();
        o.disputedAt = q->value(12).toLongLong();
        o.decision = q->value(13).toString();
        o.decisionNote = q->value(14).toString();
        o.decidedAt = q->value(15).toLongLong();
        o.clientKey = q->value(16).toString();
        o.createdAt = q->value(17).toLongLong();
        o.title = q->value(18).toString();
        out.append(o);
    }
    return out;
}

Result<std::optional<MarketService::Order>> MarketService::order(const QString &where, const QVariantList &params)
{
    auto rows = orders(where, params);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Order>();
    return std::optional<Order>(rows->first());
}

QJsonObject MarketService::orderJson(const Order &o, bool withCode)
{
    auto asset = s.ledger.asset(o.priceAsset);
    const int d = asset ? asset->decimals : 0;
    QJsonObject j{{QStringLiteral("id"), o.id},
                  {QStringLiteral("productId"), o.productId},
                  {QStringLiteral("title"), o.title},
                  {QStringLiteral("org"), m_bridge.orgJson(o.orgId)},
                  {QStringLiteral("buyer"), s.wallet.party(o.buyerId)},
                  {QStringLiteral("quantity"), o.quantity},
                  {QStringLiteral("priceAsset"), o.priceAsset},
                  {QStringLiteral("priceDecimals"), d},
                  {QStringLiteral("total"), o.total.toString(d)},
                  {QStringLiteral("status"), o.status},
                  {QStringLiteral("createdAt"), o.createdAt}};
    if (!o.address.isEmpty())
        j.insert(QStringLiteral("address"), o.address);
    if (!o.tracking.isEmpty())
        j.insert(QStringLiteral("tracking"), o.tracking);
    if (o.disputedAt > 0)
        j.insert(QStringLiteral("dispute"), QJsonObject{{QStringLiteral("reason"), o.disputeReason},
                                                        {QStringLiteral("openedAt"), o.disputedAt},
                                                        {QStringLiteral("decision"), o.decision},
                                                        {QStringLiteral("note"), o.decisionNote},
                                                        {QStringLiteral("decidedAt"), o.decidedAt}});
    if (withCode && o.status != QLatin1String("paying") && o.status != QLatin1String("failed")) {
        auto q = s.db.exec(QStringLiteral("SELECT sealed FROM mk_codes WHERE order_id = ? ORDER BY id"), {o.id});
        if (q) {
            QStringList codes;
            while (q->next())
                codes.append(QString::fromUtf8(s.payments.secrets().open(q->value(0).toString()).value_or(QByteArray())));
            if (!codes.isEmpty())
                j.insert(QStringLiteral("code"), codes.join(QLatin1Char('\n')));
        }
    }
    return j;
}

void MarketService::changed(const Order &o)
{
    QStringList to = s.payments.memberIds(o.orgId);
    to.append(o.buyerId);
    s.bus.publishToUsers(to, QStringLiteral("event.market.changed"),
                         {{QStringLiteral("kind"), QStringLiteral("order")}, {QStringLiteral("id"), o.id}, {QStringLiteral("orgId"), o.orgId}});
}

MarketService::Order MarketService::moneyMoved(const Order &o)
{
    Order now = o;
    if (auto fresh = order(QStringLiteral("o.id = ?"), {o.id}); fresh && fresh->has_value())
        now = **fresh;
    changed(now);
    s.wallet.announceBalance(o.buyerId, o.priceAsset);
    return now;
}

void MarketService::buy(const server::Caller &caller, const QString &productId, int quantity, const QString &address, const QString &key,
                        server::Reply reply)
{
    auto again = order(QStringLiteral("o.buyer_id = ? AND o.client_key = ?"), {caller.userId, key});
    if (!again)
        return reply(again.error());
    if (again->has_value()) {
        const Order &o = **again;
        if (o.productId != productId || o.quantity != quantity)
            return reply(fail("idempotency_conflict", QStringLiteral("that key was used for another order")));
        if (o.status == QLatin1String("paying"))
            return pay(o, std::move(reply)); // the ledger answers the first payment's result
        if (o.status == QLatin1String("failed"))
            return reply(fail("payment_failed", QStringLiteral("that order's payment was refused; place a new order")));
        return reply(QJsonObject{{QStringLiteral("order"), orderJson(o, true)}});
    }
    auto rows = productRows(QStringLiteral("id = ? AND active = 1"), {productId}, false);
    if (!rows)
        return reply(rows.error());
    if (rows->isEmpty())
        return reply(fail("not_found", QStringLiteral("no such product"), {{QStringLiteral("field"), QStringLiteral("productId")}}));
    const QJsonObject product = rows->first();
    if (quantity < 1 || quantity > 100)
        return reply(invalidField(QStringLiteral("quantity"), QStringLiteral("buy 1 to 100 at a time")));
    const bool shipped = product.value(QStringLiteral("delivery")).toString() == QLatin1String("shipped");
    if (shipped && address.trimmed().size() < 5)
        return reply(invalidField(QStringLiteral("address"), QStringLiteral("where should it be shipped?")));
    Order o;
    o.id = payments::PaymentsService::newId("ord_");
    o.productId = productId;
    o.orgId = product.value(QStringLiteral("org")).toObject().value(QStringLiteral("orgId")).toString();
    o.buyerId = caller.userId;
    o.quantity = quantity;
    o.priceAsset = product.value(QStringLiteral("priceAsset")).toString();
    o.title = product.value(QStringLiteral("title")).toString();
    o.address = shipped ? address.trimmed().left(300) : QString();
    o.clientKey = key;
    o.status = QStringLiteral("paying");
    o.createdAt = s.clock.nowMs();
    auto price = Amount::parse(product.value(QStringLiteral("price")).toString(), product.value(QStringLiteral("priceDecimals")).toInt());
    auto total = price ? price->checkedMul(quantity) : std::nullopt;
    if (!total)
        return reply(fail("invalid_amount", QStringLiteral("that total does not fit")));
    o.total = *total;
    {
        storage::Transaction tx(s.db);
        // The guard that keeps stock from going below zero, whatever arrives at once.
        auto take = s.db.exec(QStringLiteral("UPDATE mk_products SET stock = stock - ?, sold = sold + ? WHERE id = ? AND active = 1 AND stock >= ?"),
                              {quantity, quantity, productId, quantity});
        if (!take)
            return reply(take.error());
        if (take->numRowsAffected() != 1)
            return reply(fail("out_of_stock", QStringLiteral("not enough left: someone was quicker")));
        o.seq = nextSeq(QStringLiteral("mk_orders"));
        auto ins = s.db.exec(QStringLiteral("INSERT INTO mk_orders (id, seq, product_id, org_id, buyer_id, quantity, price_asset, total, status, address,"
                                            " tracking, dispute_reason, disputed_at, decision, decision_note, decided_at, client_key, created_at,"
                                            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'paying', ?, '', '', 0, '', '', 0, ?, ?, ?)"),
                             {o.id, o.seq, productId, o.orgId, o.buyerId, quantity, o.priceAsset, o.total.unitsText(), o.address, key, o.createdAt,
                              o.createdAt});
        if (!ins)
            return reply(ins.error());
        if (!shipped) {
            auto codes = s.db.exec(QStringLiteral("UPDATE mk_codes SET order_id = ? WHERE id IN (SELECT id FROM mk_codes WHERE product_id = ?"
                                                  " AND order_id IS NULL ORDER BY id LIMIT ?)"),
                                   {o.id, productId, quantity});
            if (!codes)
                return reply(codes.error());
            if (codes->numRowsAffected() != quantity)
                return reply(fail("out_of_stock", QStringLiteral("not enough vouchers left")));
        }
        if (auto st = tx.commit(); !st)
            return reply(st.error());
    }
    pay(o, std::move(reply));
}

Status MarketService::giveBack(const Order &o)
{
    storage::Transaction tx(s.db);
    auto u = s.db.exec(QStringLiteral("UPDATE mk_orders SET status = 'failed', updated_at = ? WHERE id = ? AND status = 'paying'"), {s.clock.nowMs(), o.id});
    if (!u)
        return u.error();
    if (u->numRowsAffected() == 0)
        return okStatus();
    if (auto q = s.db.exec(QStringLiteral("UPDATE mk_products SET stock = stock + ?, sold = sold - ? WHERE id = ?"), {o.quantity, o.quantity, o.productId}); !q)
        return q.error();
    if (auto q = s.db.exec(QStringLiteral("UPDATE mk_codes SET order_id = NULL WHERE order_id = ?"), {o.id}); !q)
        return q.error();
    return tx.commit();
}

void MarketService::pay(const Order &o, server::Reply reply)
{
    auto from = s.ledger.account({o.buyerId, o.priceAsset, AccountKind::Available, {}});
    auto to = s.ledger.account({payments::PaymentsService::merchantOwner(o.orgId), o.priceAsset, AccountKind::Available, {}});
    if (!from || !to)
        return reply(from ? to.error() : from.error());
    ledger::OperationRequest r;
    r.actorId = o.buyerId;
    r.idempotencyKey = QStringLiteral("mk-order:") + o.id;
    r.fingerprint = QStringList{o.productId, QString::number(o.quantity), o.total.unitsText()}.join(u'|');
    r.code = QStringLiteral("market.order");
    r.transfers = {{from->id, to->id, o.total, QStringLiteral("market.order")}};
    r.result = QJsonObject{{QStringLiteral("orderId"), o.id}};
    m_paying.insert(o.id);
    s.ledger.submit(std::move(r), [this, o, reply](const Result<QJsonObject> &done) {
        m_paying.remove(o.id);
        if (!done) {
            // A refusal (no money, ...) moved nothing: the stock and codes go back.
            if (done.error().reason != QLatin1String("storage_error") && done.error().reason != QLatin1String("internal_error"))
                if (auto st = giveBack(o); !st)
                    qWarning("market: the stock of order %s was not given back: %s", qPrintable(o.id), qPrintable(st.error().message));
            changed(o);
            return reply(done.error());
        }
        Order paid = o;
        paid.status = QStringLiteral("paid");
        {
            storage::Transaction tx(s.db);
            auto u = s.db.exec(QStringLiteral("UPDATE mk_orders SET status = 'paid', updated_at = ? WHERE id = ? AND status = 'paying'"),
                               {s.clock.nowMs(), o.id});
            if (!u)
                return reply(u.error());
            if (u->numRowsAffected() == 1)
                if (auto st = s.payments.writeEvent(o.orgId, QStringLiteral("order.paid"), o.id, orderJson(paid, false)); !st)
                    return reply(st.error());
            if (auto st = tx.commit(); !st)
                return reply(st.error());
        }
        paid = moneyMoved(paid);
        const QJsonObject json = orderJson(paid, true);
        for (const QString &member : s.payments.memberIds(o.orgId))
            s.notifications.queue(member, QStringLiteral("market.order"), tr("New order: %1").arg(o.title),
                                  tr("%1 × %2 for %3 %4").arg(o.quantity).arg(o.title, json.value(QStringLiteral("total")).toString(), o.priceAsset),
                                  {{QStringLiteral("orderId"), o.id}});
        reply(QJsonObject{{QStringLiteral("order"), json}});
    });
}

Result<QJsonObject> MarketService::myOrders(const QString &userId)
{
    auto rows = orders(QStringLiteral("o.buyer_id = ? AND o.status <> 'failed'"), {userId});
    if (!rows)
        return rows.error();
    QJsonArray list;
    for (const Order &o : *rows)
        list.append(orderJson(o, true));
    return QJsonObject{{QStringLiteral("orders"), list}};
}

Result<QJsonObject> MarketService::confirmReceived(const QString &userId, const QString &orderId)
{
    auto o = order(QStringLiteral("o.id = ? AND o.buyer_id = ?"), {orderId, userId});
    if (!o)
        return o.error();
    if (!o->has_value())
        return fail("not_found", QStringLiteral("no such order"));
    // The row just read (a self-initialised copy read uninitialised memory and crashed the backend).
    Order ord = **o;
    if (ord.status != QLatin1String("shipped"))
        return fail("invalid_state", QStringLiteral("only a shipped order can be confirmed as received"));
    if (auto u = s.db.exec(QStringLiteral("UPDATE mk_orders SET status = 'delivered', updated_at = ? WHERE id = ? AND status = 'shipped'"),
                           {s.clock.nowMs(), orderId});
        !u)
        return u.error();
    ord.status = QStringLiteral("delivered");
    changed(ord);
    return QJsonObject{{QStringLiteral("order"), orderJson(ord, true)}};
}

Result<QJsonObject> MarketService::dispute(const QString &userId, const QString &orderId, const QString &reason)
{
    auto o = order(QStringLiteral("o.id = ? AND o.buyer_id = ?"), {orderId, userId});
    if (!o)
        return o.error();
    if (!o->has_value())
        return fail("not_found", QStringLiteral("no such order"));
    // The row just read (a self-initialised copy read uninitialised memory and crashed the backend).
    Order ord = **o;
    static const QStringList open = {QStringLiteral("paid"), QStringLiteral("shipped"), QStringLiteral("delivered")};
    if (!open.contains(ord.status) || ord.disputedAt > 0)
        return fail("invalid_state", QStringLiteral("this order cannot be disputed now"));
    const qint64 now = s.clock.nowMs();
    if (auto u = s.db.exec(QStringLiteral("UPDATE mk_orders SET status = 'disputed', dispute_reason = ?, disputed_at = ?, updated_at = ? WHERE id = ?"),
                           {reason, now, now, orderId});
        !u)
        return u.error();
    ord.status = QStringLiteral("disputed");
    ord.disputeReason = reason;
    ord.disputedAt = now;
    changed(ord);
    for (const QString &member : s.payments.memberIds(ord.orgId))
        s.notifications.queue(member, QStringLiteral("market.dispute"), tr("A buyer disputes an order"), reason, {{QStringLiteral("orderId"), orderId}});
    return QJsonObject{{QStringLiteral("order"), orderJson(ord, true)}};
}

Result<QJsonObject> MarketService::orgOrders(const payments::Actor &actor, const QString &status)
{
    if (auto st = m_bridge.requireOrg(actor, payments::Permission::Read, false); !st)
        return st.error();
    auto rows = status.isEmpty() ? orders(QStringLiteral("o.org_id = ? AND o.status NOT IN ('failed', 'paying')"), {actor.orgId})
                                 : orders(QStringLiteral("o.org_id = ? AND o.status = ?"), {actor.orgId, status});
    if (!rows)
        return rows.error();
    QJsonArray list;
    for (const Order &o : *rows)
        list.append(orderJson(o, true));
    return QJsonObject{{QStringLiteral("orders"), list}};
}

Result<QJsonObject> MarketService::ship(const payments::Actor &actor, const QString &orderId, const QString &tracking)
{
    if (auto st = m_bridge.requireOrg(actor, payments::Permission::Market); !st)
        return st.error();
    auto o = order(QStringLiteral("o.id = ? AND o.org_id = ?"), {orderId, actor.orgId});
    if (!o)
        return o.error();
    if (!o->has_value())
        return fail("not_found", QStringLiteral("no such order"));
    // The row just read (a self-initialised copy read uninitialised memory and crashed the backend).
    Order ord = **o;
    if (ord.status != QLatin1String("paid") || ord.address.isEmpty())
        return fail("invalid_state", QStringLiteral("only a paid order of shipped goods can be shipped"));
    if (auto u = s.db.exec(QStringLiteral("UPDATE mk_orders SET status = 'shipped', tracking = ?, updated_at = ? WHERE id = ? AND status = 'paid'"),
                           {tracking, s.clock.nowMs(), orderId});
        !u)
        return u.error();
    ord.status = QStringLiteral("shipped");
    ord.tracking = tracking;
    changed(ord);
    s.notifications.queue(ord.buyerId, QStringLiteral("market.shipped"), tr("%1 is on its way").arg(ord.title), tracking,
                          {{QStringLiteral("orderId"), orderId}});
    return QJsonObject{{QStringLiteral("order"), orderJson(ord, true)}};
}

void MarketService::payBack(const Order &o, const QString &actorId, const QString &reason, const QString &decision, server::Reply reply)
{
    auto from = s.ledger.account({payments::PaymentsService::merchantOwner(o.orgId), o.priceAsset, AccountKind::Available, {}});
    auto to = s.ledger.account({o.buyerId, o.priceAsset, AccountKind::Available, {}});
    if (!from || !to)
        return reply(from ? to.error() : from.error());
    ledger::OperationRequest r;
    r.actorId = QStringLiteral("org:") + o.orgId;
    r.idempotencyKey = QStringLiteral("mk-refund:") + o.id; // once per order, whoever asks
    r.fingerprint = o.total.unitsText();
    r.code = QStringLiteral("market.refund");
    r.transfers = {{from->id, to->id, o.total, QStringLiteral("market.refund")}};
    s.ledger.submit(std::move(r), [this, o, actorId, reason, decision, reply](const Result<QJsonObject> &done) {
        if (!done)
            return reply(done.error());
        Order back = o;
        back.status = QStringLiteral("refunded");
        const qint64 now = s.clock.nowMs();
        storage::Transaction tx(s.db);
        auto u = s.db.exec(QStringLiteral("UPDATE mk_orders SET status = 'refunded', decision = ?, decision_note = ?, decided_at = ?, updated_at = ?"
                                          " WHERE id = ?"),
                           {decision, reason, now, now, o.id});
        if (!u)
            return reply(u.error());
        if (auto st = s.payments.writeEvent(o.orgId, QStringLiteral("order.refunded"), o.id, orderJson(back, false)); !st)
            return reply(st.error());
        if (auto st = s.audit.record(actorId, QStringLiteral("market.refund"), o.id, {{QStringLiteral("reason"), reason}}); !st)
            return reply(st.error());
        if (auto st = tx.commit(); !st)
            return reply(st.error());
        back = moneyMoved(back);
        s.notifications.queue(o.buyerId, QStringLiteral("market.refund"), tr("Refund for %1").arg(o.title), reason, {{QStringLiteral("orderId"), o.id}});
        reply(QJsonObject{{QStringLiteral("order"), orderJson(back, true)}});
    });
}

void MarketService::refund(const payments::Actor &actor, const QString &orderId, const QString &reason, server::Reply reply)
{
    // Money back out of the partner's account is a refund like an invoice's: owners and admins, not staff
    // (who could otherwise buy a voucher and refund themselves).
    if (auto st = m_bridge.requireOrg(actor, payments::Permission::Refunds); !st)
        return reply(st.error());
    auto o = order(QStringLiteral("o.id = ? AND o.org_id = ?"), {orderId, actor.orgId});
    if (!o)
        return reply(o.error());
    if (!o->has_value())
        return reply(fail("not_found", QStringLiteral("no such order")));
    static const QStringList refundable = {QStringLiteral("paid"), QStringLiteral("shipped"), QStringLiteral("delivered"), QStringLiteral("disputed")};
    if (!refundable.contains((*o)->status))
        return reply(fail("invalid_state", QStringLiteral("this order cannot be refunded")));
    payBack(**o, actor.label(), reason, QStringLiteral("refunded_by_partner"), std::move(reply));
}

Result<QJsonObject> MarketService::disputes()
{
    auto rows = orders(QStringLiteral("o.status = 'disputed'"), {});
    if (!rows)
        return rows.error();
    QJsonArray list;
    for (auto it = rows->crbegin(); it != rows->crend(); ++it) // oldest first
        list.append(orderJson(*it, false));
    return QJsonObject{{QStringLiteral("orders"), list}};
}

void MarketService::decideDispute(const server::Caller &agent, const QString &orderId, const QString &decision, const QString &note,
                                  server::Reply reply)
{
    auto o = order(QStringLiteral("o.id = ?"), {orderId});
    if (!o)
        return reply(o.error());
    if (!o->has_value())
        return reply(fail("not_found", QStringLiteral("no such order")));
    if ((*o)->status != QLatin1String("disputed"))
        return reply(fail("invalid_state", QStringLiteral("this order is not disputed")));
    if (s.payments.memberIds((*o)->orgId).contains(agent.userId) || (*o)->buyerId == agent.userId)
        // data.detail, as everywhere: a "reason" key is overwritten by the error's own reason on the wire.
        return reply(fail("forbidden", QStringLiteral("someone else decides a dispute you are part of"), {{QStringLiteral("detail"), QStringLiteral("own_case")}}));
    if (decision == QLatin1String("refund"))
        // A voucher's code is the buyer's and the partner's (docs/protocol.md), not the agent's: payBack's answer carries it.
        return payBack(**o, agent.userId, note, QStringLiteral("refund"), [reply](const Result<QJsonObject> &done) {
            if (!done)
                return reply(done);
            QJsonObject order = done->value(QStringLiteral("order")).toObject();
            order.remove(QStringLiteral("code"));
            reply(QJsonObject{{QStringLiteral("order"), order}});
        });
    if (decision != QLatin1String("reject"))
        return reply(invalidField(QStringLiteral("decision"), QStringLiteral("decision is refund or reject")));
    const QString back = (*o)->tracking.isEmpty() ? QStringLiteral("paid") : QStringLiteral("shipped");
    const qint64 now = s.clock.nowMs();
    storage::Transaction tx(s.db);
    auto u = s.db.exec(QStringLiteral("UPDATE mk_orders SET status = ?, decision = 'rejected', decision_note = ?, decided_at = ?, updated_at = ?"
                                      " WHERE id = ? AND status = 'disputed'"),
                       {back, note, now, now, orderId});
    if (!u)
        return reply(u.error());
    if (auto st = s.audit.record(agent.userId, QStringLiteral("market.rejectDispute"), orderId, {{QStringLiteral("note"), note}}); !st)
        return reply(st.error());
    if (auto st = tx.commit(); !st)
        return reply(st.error());
    auto fresh = order(QStringLiteral("o.id = ?"), {orderId});
    if (!fresh || !fresh->has_value())
        return reply(fresh ? fail("not_found", QStringLiteral("no such order")) : fresh.error());
    changed(**fresh);
    s.notifications.queue((*fresh)->buyerId, QStringLiteral("market.dispute"), tr("Dispute decided"), note, {{QStringLiteral("orderId"), orderId}});
    reply(QJsonObject{{QStringLiteral("order"), orderJson(**fresh, false)}});
}

} // namespace azc::bridge
