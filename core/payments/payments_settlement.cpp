// Money out of a merchant's account: refunds to the payer's wallet, payouts
// to a member's wallet, balances and daily statements read from the ledger.

#include "payments/payments_service.h"

#include "payments/payments_errors.h"

#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "notify/notification_service.h"
#include "storage/database.h"
#include "wallet/money_text.h"
#include "wallet/wallet_service.h"

#include <QDateTime>
#include <QTimeZone>

namespace azc::payments {

using ledger::AccountKind;

namespace {

// Ledger operations of a merchant are idempotent per organisation, whoever
// (member or key) asks: a retry from the console and from the API agree.
QString orgActor(const QString &orgId)
{
    return PaymentsService::merchantOwner(orgId);
}

qint64 dayStart(qint64 ms)
{
    return ms - ms % 86'400'000;
}

} // namespace

void PaymentsService::refund(const Actor &actor, const QString &invoiceId, const QString &amountText, const QString &reason,
                             const QString &idempotencyKey, server::Reply reply)
{
    if (auto s = require(actor, Permission::Refunds); !s)
        return reply(s.error());
    if (reason.size() > 200)
        return reply(invalidParam("reason", QStringLiteral("at most 200 characters")));
    ledger::OperationRequest op;
    op.actorId = orgActor(actor.orgId);
    op.idempotencyKey = idempotencyKey;
    op.code = QStringLiteral("payments.refund");
    const auto normalized = Amount::parse(amountText, Amount::kMaxDecimals);
    op.fingerprint = QStringList{invoiceId, normalized ? normalized->unitsText() : amountText, reason}.join(QLatin1Char('\n'));
    struct Planned {
        QString id, orgId, invoiceId, asset, payerId, reason, createdBy;
        Amount amount, refundedAfter, invoiceAmount;
        int decimals = 0;
        bool fresh = false;
    };
    auto planned = std::make_shared<Planned>();
    auto check = [this, actor, invoiceId, amountText, reason, planned](ledger::OperationRequest &r) -> Status {
        auto loaded = loadInvoice(invoiceId);
        if (!loaded)
            return loaded.error();
        if (!loaded.value() || loaded.value()->orgId != actor.orgId)
            return fail("not_found", QStringLiteral("there is no such invoice"));
        const Invoice &inv = *loaded.value();
        if (inv.status != QLatin1String("paid"))
            return invalidState(QStringLiteral("only a paid invoice can be refunded (this one is %1)").arg(inv.status), inv.status);
        auto a = asset(inv.asset);
        if (!a)
            return a.error();
        const int d = a->decimals;
        Amount amount;
        const Amount inFlight = m_refunding.value(inv.id);
        const Amount left = inv.amount.checkedSub(inv.refunded).value_or(Amount()).checkedSub(inFlight).value_or(Amount());
        if (amountText.isEmpty()) { // the whole rest
            amount = left;
        } else {
            auto parsed = wallet::parseAmount(amountText, d, wallet::Sign::Positive);
            if (!parsed)
                return parsed.error();
            amount = parsed.value();
        }
        if (amount.isZero() || amount > left)
            return fail("invalid_amount", QStringLiteral("at most %1 %2 is left to refund").arg(left.toString(d), inv.asset),
                        {{QStringLiteral("field"), QStringLiteral("amount")}, {QStringLiteral("remaining"), left.toString(d)}});
        auto from = m_ledger.account({merchantOwner(inv.orgId), inv.asset, AccountKind::Available, {}});
        auto to = m_ledger.account({inv.payerId, inv.asset, AccountKind::Available, {}});
        if (!from)
            return from.error();
        if (!to)
            return to.error();
        // The fee of the payment is not returned (as with card networks); the
        // merchant's balance must cover the refund, the ledger refuses otherwise.
        r.transfers = {{from->id, to->id, amount, QStringLiteral("refund")}};
        planned->id = newId("re_");
        planned->orgId = inv.orgId;
        planned->invoiceId = inv.id;
        planned->asset = inv.asset;
        planned->payerId = inv.payerId;
        planned->reason = reason.trimmed();
        planned->createdBy = actor.label();
        planned->amount = amount;
        planned->invoiceAmount = inv.amount;
        planned->refundedAfter = inv.refunded.checkedAdd(inFlight).value_or(Amount()).checkedAdd(amount).value_or(Amount());
        planned->decimals = d;
        r.result = {{QStringLiteral("receipt"),
                     merchantReceipt(inv.orgId, inv.payerId, false, inv.asset, d, amount, planned->reason,
                                     {{QStringLiteral("invoiceId"), inv.id}, {QStringLiteral("orderId"), inv.orderId}})},
                    {QStringLiteral("refund"), QJsonObject{{QStringLiteral("id"), planned->id},
                                                         {QStringLiteral("object"), QStringLiteral("refund")},
                                                         {QStringLiteral("invoiceId"), inv.id},
                                                         {QStringLiteral("asset"), inv.asset},
                                                         {QStringLiteral("amount"), amount.toString(d)},
                                                         {QStringLiteral("reason"), planned->reason},
                                                         {QStringLiteral("createdAt"), m_clock.nowMs()}}}};
        return okStatus();
    };
    auto accepted = [this, planned] {
        planned->fresh = true;
        m_refunding[planned->invoiceId] = m_refunding.value(planned->invoiceId).checkedAdd(planned->amount).value_or(Amount());
        queueWithMoney([this, planned]() -> Status {
            const Planned &p = *planned;
            const qint64 now = m_clock.nowMs();
            if (auto q = m_db.exec(QStringLiteral("INSERT INTO pay_refunds (id, seq, org_id, invoice_id, asset, amount, reason,"
                                                  " payer_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                   {p.id, nextSeq(QStringLiteral("pay_refunds")), p.orgId, p.invoiceId, p.asset,
                                    p.amount.unitsText(), p.reason, p.payerId, p.createdBy, now});
                !q)
                return q.error();
            // Fully refunded: the invoice says so; partly: it stays paid with amountRefunded.
            const QString status = p.refundedAfter == p.invoiceAmount ? QStringLiteral("refunded") : QStringLiteral("paid");
            if (auto q = m_db.exec(QStringLiteral("UPDATE pay_invoices SET refunded = ?, status = ? WHERE id = ?"),
                                   {p.refundedAfter.unitsText(), status, p.invoiceId});
                !q)
                return q.error();
            return writeEvent(p.orgId, QStringLiteral("refund.succeeded"), p.id,
                              {{QStringLiteral("id"), p.id},
                               {QStringLiteral("object"), QStringLiteral("refund")},
                               {QStringLiteral("invoiceId"), p.invoiceId},
                               {QStringLiteral("asset"), p.asset},
                               {QStringLiteral("amount"), p.amount.toString(p.decimals)},
                               {QStringLiteral("invoiceStatus"), status},
                               {QStringLiteral("amountRefunded"), p.refundedAfter.toString(p.decimals)},
                               {QStringLiteral("reason"), p.reason},
                               {QStringLiteral("createdAt"), now}});
        });
    };
    auto done = [this, planned, reply](const Result<QJsonObject> &r) {
        if (planned->fresh) {
            Amount &inFlight = m_refunding[planned->invoiceId];
            inFlight = inFlight.checkedSub(planned->amount).value_or(Amount());
            if (inFlight.isZero())
                m_refunding.remove(planned->invoiceId);
        }
        if (!r)
            return reply(r.error());
        if (planned->fresh) {
            const Planned &p = *planned;
            const QString merchant = merchantParty(p.orgId).value(QStringLiteral("name")).toString();
            m_notifications.queue(p.payerId, QStringLiteral("payments.refunded"),
                                  QStringLiteral("%1 refunded %2 %3").arg(merchant, p.amount.toString(p.decimals), p.asset),
                                  p.reason, {{QStringLiteral("invoiceId"), p.invoiceId}, {QStringLiteral("asset"), p.asset}});
            m_wallet.announceBalance(p.payerId, p.asset);
            announce(p.orgId, QStringLiteral("refund.succeeded"), p.invoiceId);
        }
        reply(QJsonObject{{QStringLiteral("refund"), r->value(QStringLiteral("refund"))}});
    };
    m_ledger.submitChecked(std::move(op), check, accepted, done);
}

Result<QJsonObject> PaymentsService::refunds(const Actor &actor, const QString &invoiceId, const Page &page)
{
    if (auto s = require(actor, Permission::Read); !s)
        return s.error();
    QString from = QStringLiteral("pay_refunds WHERE org_id = ?");
    QVariantList params{actor.orgId};
    if (!invoiceId.isEmpty()) {
        from += QStringLiteral(" AND invoice_id = ?");
        params.append(invoiceId);
    }
    return seqPage("refunds", QStringLiteral("id, invoice_id, asset, amount, reason, created_by, created_at"), from, params, page,
                   [this](const auto &c) {
                       auto a = m_ledger.asset(c(2).toString());
                       return QJsonObject{{QStringLiteral("id"), c(0).toString()},
                                          {QStringLiteral("object"), QStringLiteral("refund")},
                                          {QStringLiteral("invoiceId"), c(1).toString()},
                                          {QStringLiteral("asset"), c(2).toString()},
                                          {QStringLiteral("amount"), wallet::amountFromUnitsText(c(3).toString()).toString(a ? a->decimals : 0)},
                                          {QStringLiteral("reason"), c(4).toString()},
                                          {QStringLiteral("createdBy"), c(5).toString()},
                                          {QStringLiteral("createdAt"), c(6).toLongLong()}};
                   });
}

void PaymentsService::payout(const Actor &actor, const QString &assetCode, const QString &amountText,
                             const QString &toUsername, const QString &idempotencyKey, server::Reply reply)
{
    if (auto s = require(actor, Permission::Payouts); !s)
        return reply(s.error());
    ledger::OperationRequest op;
    op.actorId = orgActor(actor.orgId);
    op.idempotencyKey = idempotencyKey;
    op.code = QStringLiteral("payments.payout");
    const auto normalized = Amount::parse(amountText, Amount::kMaxDecimals);
    op.fingerprint = QStringList{assetCode, normalized ? normalized->unitsText() : amountText, toUsername.trimmed().toLower()}
                         .join(QLatin1Char('\n'));
    struct Planned {
        QString id, orgId, asset, toUserId, createdBy;
        Amount amount, fee;
        int decimals = 0;
        bool fresh = false;
    };
    auto planned = std::make_shared<Planned>();
    auto check = [this, actor, assetCode, amountText, toUsername, planned](ledger::OperationRequest &r) -> Status {
        auto a = asset(assetCode);
        if (!a)
            return a.error();
        const int d = a->decimals;
        auto amount = wallet::parseAmount(amountText, d, wallet::Sign::Positive);
        if (!amount)
            return amount.error();
        // To a member's own wallet: money leaves the organisation only to the
        // people who run it (the owner when nobody is named).
        QString userId;
        if (toUsername.trimmed().isEmpty()) {
            auto org = orgRow(actor.orgId);
            if (!org)
                return org.error();
            userId = org->value(QStringLiteral("ownerId")).toString();
        } else {
            auto u = m_users.byUsername(toUsername.trimmed().toLower());
            if (!u)
                return u.error();
            if (!u.value())
                return fail("not_found", QStringLiteral("there is no user named ") + toUsername.trimmed(),
                            {{QStringLiteral("field"), QStringLiteral("toUsername")}});
            userId = u.value()->id;
        }
        if (!memberIds(actor.orgId).contains(userId))
            return invalidParam("toUsername", QStringLiteral("payouts go to a member of the organisation"));
        auto rule = feeRule(actor.orgId, a->code, QStringLiteral("payout"));
        if (!rule)
            return rule.error();
        auto fee = rule->feeFor(amount.value());
        if (!fee)
            return fail("invalid_amount", QStringLiteral("the amount is too large"));
        auto from = m_ledger.account({merchantOwner(actor.orgId), a->code, AccountKind::Available, {}});
        auto to = m_ledger.account({userId, a->code, AccountKind::Available, {}});
        auto feeAccount = m_ledger.account({{}, a->code, AccountKind::FeeRevenue, QStringLiteral("payout")});
        for (const auto *acc : {&from, &to, &feeAccount})
            if (!*acc)
                return acc->error();
        r.transfers = {{from->id, to->id, amount.value(), QStringLiteral("payout")}};
        if (!fee->isZero())
            r.transfers.append({from->id, feeAccount->id, *fee, QStringLiteral("fee.payout")});
        planned->id = newId("po_");
        planned->orgId = actor.orgId;
        planned->asset = a->code;
        planned->toUserId = userId;
        planned->createdBy = actor.label();
        planned->amount = amount.value();
        planned->fee = *fee;
        planned->decimals = d;
        r.result = {{QStringLiteral("receipt"),
                     merchantReceipt(actor.orgId, userId, false, a->code, d, amount.value(), QStringLiteral("Payout"))},
                    {QStringLiteral("payout"), QJsonObject{{QStringLiteral("id"), planned->id},
                                                         {QStringLiteral("object"), QStringLiteral("payout")},
                                                         {QStringLiteral("asset"), a->code},
                                                         {QStringLiteral("amount"), amount->toString(d)},
                                                         {QStringLiteral("fee"), fee->toString(d)},
                                                         {QStringLiteral("to"), m_wallet.party(userId)},
                                                         {QStringLiteral("createdAt"), m_clock.nowMs()}}}};
        return okStatus();
    };
    auto accepted = [this, planned] {
        planned->fresh = true;
        queueWithMoney([this, planned]() -> Status {
            const Planned &p = *planned;
            const qint64 now = m_clock.nowMs();
            if (auto q = m_db.exec(QStringLiteral("INSERT INTO pay_payouts (id, seq, org_id, asset, amount, fee, to_user_id,"
                                                  " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                   {p.id, nextSeq(QStringLiteral("pay_payouts")), p.orgId, p.asset, p.amount.unitsText(),
                                    p.fee.unitsText(), p.toUserId, p.createdBy, now});
                !q)
                return q.error();
            return writeEvent(p.orgId, QStringLiteral("payout.paid"), p.id,
                              {{QStringLiteral("id"), p.id},
                               {QStringLiteral("object"), QStringLiteral("payout")},
                               {QStringLiteral("asset"), p.asset},
                               {QStringLiteral("amount"), p.amount.toString(p.decimals)},
                               {QStringLiteral("fee"), p.fee.toString(p.decimals)},
                               {QStringLiteral("createdAt"), now}});
        });
    };
    auto done = [this, planned, reply](const Result<QJsonObject> &r) {
        if (!r)
            return reply(r.error());
        if (planned->fresh) {
            const Planned &p = *planned;
            m_wallet.announceBalance(p.toUserId, p.asset);
            m_notifications.queue(p.toUserId, QStringLiteral("payments.payout"),
                                  QStringLiteral("Payout of %1 %2").arg(p.amount.toString(p.decimals), p.asset),
                                  QStringLiteral("From %1").arg(merchantParty(p.orgId).value(QStringLiteral("name")).toString()),
                                  {{QStringLiteral("asset"), p.asset}});
            announce(p.orgId, QStringLiteral("payout.paid"), p.id);
        }
        reply(QJsonObject{{QStringLiteral("payout"), r->value(QStringLiteral("payout"))}});
    };
    m_ledger.submitChecked(std::move(op), check, accepted, done);
}

Result<QJsonObject> PaymentsService::payouts(const Actor &actor, const Page &page)
{
    if (auto s = require(actor, Permission::Read); !s)
        return s.error();
    return seqPage("payouts", QStringLiteral("id, asset, amount, fee, to_user_id, created_by, created_at"),
                   QStringLiteral("pay_payouts WHERE org_id = ?"), {actor.orgId}, page, [this](const auto &c) {
                       auto a = m_ledger.asset(c(1).toString());
                       const int d = a ? a->decimals : 0;
                       return QJsonObject{{QStringLiteral("id"), c(0).toString()},
                                          {QStringLiteral("object"), QStringLiteral("payout")},
                                          {QStringLiteral("asset"), c(1).toString()},
                                          {QStringLiteral("amount"), wallet::amountFromUnitsText(c(2).toString()).toString(d)},
                                          {QStringLiteral("fee"), wallet::amountFromUnitsText(c(3).toString()).toString(d)},
                                          {QStringLiteral("to"), m_wallet.party(c(4).toString())},
                                          {QStringLiteral("createdBy"), c(5).toString()},
                                          {QStringLiteral("createdAt"), c(6).toLongLong()}};
                   });
}

Result<QJsonObject> PaymentsService::balances(const Actor &actor)
{
    if (auto s = require(actor, Permission::Read); !s)
        return s.error();
    auto assets = m_ledger.assets();
    if (!assets)
        return assets.error();
    QJsonArray list;
    for (const ledger::Asset &a : assets.value()) {
        auto acc = m_ledger.existingAccount({merchantOwner(actor.orgId), a.code, AccountKind::Available, {}});
        if (!acc)
            return acc.error();
        if (!acc.value())
            continue;
        list.append(QJsonObject{{QStringLiteral("asset"), a.code},
                                {QStringLiteral("decimals"), a.decimals},
                                {QStringLiteral("available"), acc.value()->balance.toString(a.decimals)}});
    }
    return QJsonObject{{QStringLiteral("balances"), list}};
}

Result<QJsonObject> PaymentsService::statement(const Actor &actor, const QString &assetCode, int days)
{
    if (auto s = require(actor, Permission::Read); !s)
        return s.error();
    auto a = m_ledger.asset(assetCode);
    if (!a)
        return a.error();
    const int d = a->decimals;
    days = std::clamp(days, 1, 366);
    auto acc = m_ledger.existingAccount({merchantOwner(actor.orgId), a->code, AccountKind::Available, {}});
    if (!acc)
        return acc.error();
    const qint64 today = dayStart(m_clock.nowMs());
    const qint64 from = today - qint64(days - 1) * 86'400'000;
    struct Day {
        Amount payments, fees, refunds, payouts, other;
        int count = 0;
    };
    QMap<qint64, Day> byDay;
    for (int i = 0; i < days; ++i)
        byDay.insert(from + qint64(i) * 86'400'000, Day{});
    Amount closing = acc.value() ? acc.value()->balance : Amount();
    Amount movedSince; // net change from `from` until now
    if (acc.value()) {
        m_ledger.flush();
        auto transfers = m_ledger.transfersSince({acc.value()->id}, from);
        if (!transfers)
            return transfers.error();
        for (const ledger::StoredTransfer &t : transfers.value()) {
            const bool in = t.creditAccountId == acc.value()->id;
            Day &day = byDay[dayStart(t.createdAt)];
            Amount *bucket = t.code == QLatin1String("payment")        ? &day.payments
                             : t.code.startsWith(QLatin1String("fee.")) ? &day.fees
                             : t.code == QLatin1String("refund")        ? &day.refunds
                             : t.code == QLatin1String("payout")        ? &day.payouts
                                                                        : &day.other;
            *bucket = bucket->checkedAdd(in ? t.amount : t.amount.checkedNegate().value_or(Amount())).value_or(*bucket);
            if (t.code == QLatin1String("payment"))
                ++day.count;
            movedSince = movedSince.checkedAdd(in ? t.amount : t.amount.checkedNegate().value_or(Amount())).value_or(movedSince);
        }
    }
    // Walk forward from the opening balance; the last closing equals the
    // ledger's balance by construction, and the test checks it does.
    Amount running = closing.checkedSub(movedSince).value_or(Amount());
    const Amount opening = running;
    QJsonArray rows;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        const Day &day = it.value();
        Amount net;
        for (Amount part : {day.payments, day.fees, day.refunds, day.payouts, day.other})
            net = net.checkedAdd(part).value_or(net);
        running = running.checkedAdd(net).value_or(running);
        rows.append(QJsonObject{{QStringLiteral("day"), QDateTime::fromMSecsSinceEpoch(it.key(), QTimeZone::utc()).date().toString(Qt::ISODate)},
                                {QStringLiteral("payments"), day.payments.toString(d)},
                                {QStringLiteral("count"), day.count},
                                {QStringLiteral("fees"), day.fees.checkedNegate().value_or(Amount()).toString(d)},
                                {QStringLiteral("refunds"), day.refunds.checkedNegate().value_or(Amount()).toString(d)},
                                {QStringLiteral("payouts"), day.payouts.checkedNegate().value_or(Amount()).toString(d)},
                                {QStringLiteral("other"), day.other.toString(d)},
                                {QStringLiteral("net"), net.toString(d)},
                                {QStringLiteral("closingBalance"), running.toString(d)}});
    }
    return QJsonObject{{QStringLiteral("asset"), a->code},
                       {QStringLiteral("decimals"), d},
                       {QStringLiteral("openingBalance"), opening.toString(d)},
                       {QStringLiteral("closingBalance"), closing.toString(d)},
                       {QStringLiteral("days"), rows}};
}

} // namespace azc::payments
