// Invoices and payment links, and paying them from the wallet.

#include "payments/payments_service.h"

#include "payments/payments_errors.h"

#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "notify/event_bus.h"
#include "notify/notification_service.h"
#include "payments/payment_uri.h"
#include "storage/database.h"
#include "wallet/money_text.h"
#include "wallet/wallet_service.h"

#include <QMap>

#include <QJsonDocument>

namespace azc::payments {

using ledger::AccountKind;

namespace {

const QString kColumns = QStringLiteral(
    "id, seq, org_id, link_id, status, asset, amount, fee, refunded, description, order_id, metadata, price_currency,"
    " price_amount, rate, expires_at, created_at, paid_at, payer_id, created_by");

// The currencies an invoice may be priced in; each is converted through the
// exchange's price of the asset in USDT (a rate source decides).
const QStringList &fiatCurrencies()
{
    static const QStringList list = {QStringLiteral("USD")};
    return list;
}

PaymentsService::Invoice invoiceFrom(const std::function<QVariant(int)> &value);

PaymentsService::Invoice invoiceFrom(const QSqlQuery &q)
{
    return invoiceFrom([&q](int i) { return q.value(i); });
}

// The row's columns in kColumns order.
PaymentsService::Invoice invoiceFrom(const std::function<QVariant(int)> &q)
{
    PaymentsService::Invoice i;
    i.id = q(0).toString();
    i.seq = q(1).toLongLong();
    i.orgId = q(2).toString();
    i.linkId = q(3).toString();
    i.status = q(4).toString();
    i.asset = q(5).toString();
    i.amount = wallet::amountFromUnitsText(q(6).toString());
    i.fee = wallet::amountFromUnitsText(q(7).toString());
    i.refunded = wallet::amountFromUnitsText(q(8).toString());
    i.description = q(9).toString();
    i.orderId = q(10).toString();
    i.metadata = QJsonDocument::fromJson(q(11).toByteArray()).object();
    i.priceCurrency = q(12).toString();
    i.priceAmount = q(13).toString();
    i.rate = q(14).toString();
    i.expiresAt = q(15).toLongLong();
    i.createdAt = q(16).toLongLong();
    i.paidAt = q(17).toLongLong();
    i.payerId = q(18).toString();
    i.createdBy = q(19).toString();
    return i;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Status PaymentsService::insertInvoice(const Invoice &i)
{
    static const QString sql = QStringLiteral("INSERT INTO pay_invoices (") + kColumns
                               + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto q = m_db.execPrepared(sql, {i.id, i.seq, i.orgId, i.linkId, i.status, i.asset, i.amount.unitsText(), i.fee.unitsText(),
                                     i.refunded.unitsText(), i.description, i.orderId, compact(i.metadata), i.priceCurrency,
                                     i.priceAmount, i.rate, i.expiresAt, i.createdAt, i.paidAt, i.payerId, i.createdBy});
    return q ? okStatus() : Status(q.error());
}

Result<std::optional<PaymentsService::Invoice>> PaymentsService::loadInvoice(const QString &id)
{
    static const QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM pay_invoices WHERE id = ?");
    auto q = m_db.execPrepared(sql, {id}); // on every payment: prepared once
    if (!q)
        return q.error();
    QSqlQuery &row = *q.value();
    std::optional<Invoice> found;
    if (row.next())
        found = invoiceFrom(row);
    row.finish();
    return found;
}

QJsonObject PaymentsService::invoiceJson(const Invoice &inv, bool forMerchant)
{
    auto a = m_ledger.asset(inv.asset);
    const int d = a ? a->decimals : 0;
    QJsonObject o{{QStringLiteral("id"), inv.id},
                  {QStringLiteral("object"), QStringLiteral("invoice")},
                  {QStringLiteral("status"), inv.status},
                  {QStringLiteral("asset"), inv.asset},
                  {QStringLiteral("decimals"), d},
                  {QStringLiteral("amount"), inv.amount.toString(d)},
                  {QStringLiteral("amountRefunded"), inv.refunded.toString(d)},
                  {QStringLiteral("description"), inv.description},
                  {QStringLiteral("orderId"), inv.orderId},
                  {QStringLiteral("expiresAt"), inv.expiresAt},
                  {QStringLiteral("createdAt"), inv.createdAt},
                  {QStringLiteral("paidAt"), inv.paidAt},
                  {QStringLiteral("merchant"), merchantParty(inv.orgId)},
                  {QStringLiteral("uri"), invoiceUri(inv.id)}};
    if (!inv.priceCurrency.isEmpty()) {
        o.insert(QStringLiteral("priceCurrency"), inv.priceCurrency);
        o.insert(QStringLiteral("priceAmount"), inv.priceAmount);
        o.insert(QStringLiteral("rate"), inv.rate);
    }
    if (!inv.linkId.isEmpty())
        o.insert(QStringLiteral("linkId"), inv.linkId);
    if (forMerchant) {
        o.insert(QStringLiteral("fee"), inv.fee.toString(d));
        o.insert(QStringLiteral("net"), inv.amount.checkedSub(inv.fee).value_or(Amount()).toString(d));
        o.insert(QStringLiteral("metadata"), inv.metadata);
        o.insert(QStringLiteral("createdBy"), inv.createdBy);
        if (!inv.payerId.isEmpty())
            o.insert(QStringLiteral("payer"), m_wallet.party(inv.payerId));
    }
    return o;
}

Result<PaymentsService::PreparedInvoice> PaymentsService::prepareInvoice(const Actor &actor, const InvoiceDraft &draft)
{
    if (auto s = require(actor, Permission::Invoices); !s)
        return s.error();
    auto org = orgRow(actor.orgId);
    if (!org)
        return org.error();
    if (org->value(QStringLiteral("status")).toString() != QLatin1String("active"))
        return invalidState(QStringLiteral("the organisation takes payments once its business verification is approved"),
                            QStringLiteral("not_verified"));
    auto a = asset(draft.asset);
    if (!a)
        return a.error();
    const int d = a->decimals;
    Invoice inv;
    inv.asset = a->code;
    const qint64 now = m_clock.nowMs();
    int minutes = draft.expiresInMinutes > 0 ? draft.expiresInMinutes : m_config.defaultInvoiceMinutes;
    if (minutes > 7 * 24 * 60)
        return invalidParam("expiresInMinutes", QStringLiteral("an invoice is open for at most 7 days"));
    if (!draft.priceCurrency.isEmpty()) {
        if (!draft.amount.isEmpty())
            return invalidParam("amount", QStringLiteral("give either an amount in the asset or a price in a currency, not both"));
        if (!fiatCurrencies().contains(draft.priceCurrency))
            return invalidParam("priceCurrency", QStringLiteral("invoices are priced in %1").arg(fiatCurrencies().join(QStringLiteral(", "))));
        auto price = wallet::parseAmount(draft.priceAmount, 2, wallet::Sign::Positive, QStringLiteral("priceAmount"));
        if (!price)
            return price.error();
        if (!m_rates)
            return fail("unavailable", QStringLiteral("no exchange rate is available for priced invoices"));
        auto rate = m_rates(draft.priceCurrency, a->code);
        if (!rate)
            return rate.error();
        auto rateUnits = Amount::parse(rate.value(), Amount::kMaxDecimals);
        if (!rateUnits || rateUnits->isZero() || rateUnits->isNegative())
            return fail("unavailable", QStringLiteral("the exchange rate is not usable right now"));
        // price (2 decimals) × rate (18 decimals) → the asset's units, rounded
        // up so the merchant never receives less than the price.
        auto units = price->mulDiv(rateUnits->units(), powerOfTen(2 + Amount::kMaxDecimals - d), Rounding::Ceiling);
        if (!units || units->isZero())
            return invalidParam("priceAmount", QStringLiteral("the price is out of range"));
        inv.amount = *units;
        inv.priceCurrency = draft.priceCurrency;
        inv.priceAmount = price->toString(2);
        inv.rate = rateUnits->toString(Amount::kMaxDecimals);
        minutes = std::min(minutes, m_config.quoteMinutes); // the rate is kept only this long
    } else {
        auto amount = wallet::parseAmount(draft.amount, d, wallet::Sign::Positive);
        if (!amount)
            return amount.error();
        inv.amount = amount.value();
    }
    if (draft.description.size() > 500)
        return invalidParam("description", QStringLiteral("at most 500 characters"));
    if (draft.orderId.size() > 100)
        return invalidParam("orderId", QStringLiteral("at most 100 characters"));
    if (draft.metadata.size() > 20 || compact(draft.metadata).size() > 4096)
        return invalidParam("metadata", QStringLiteral("at most 20 keys and 4 KiB"));
    inv.id = newId("inv_");
    inv.seq = nextSeq(QStringLiteral("pay_invoices"));
    inv.orgId = actor.orgId;
    inv.status = QStringLiteral("open");
    inv.description = draft.description.trimmed();
    inv.orderId = draft.orderId.trimmed();
    inv.metadata = draft.metadata;
    inv.createdAt = now;
    inv.expiresAt = now + qint64(minutes) * m_config.minuteMs;
    inv.createdBy = actor.label();
    const QJsonObject json = invoiceJson(inv, true);
    PreparedInvoice prepared;
    prepared.invoice = json;
    prepared.write = [this, inv, json]() -> Status {
        if (auto s = insertInvoice(inv); !s)
            return s;
        return writeEvent(inv.orgId, QStringLiteral("invoice.created"), inv.id, json);
    };
    return prepared;
}

Result<QJsonObject> PaymentsService::invoice(const Actor &actor, const QString &invoiceId)
{
    if (auto s = require(actor, Permission::Read); !s)
        return s.error();
    auto inv = loadInvoice(invoiceId);
    if (!inv)
        return inv.error();
    if (!inv.value() || inv.value()->orgId != actor.orgId) // another org's invoice does not exist for you
        return fail("not_found", QStringLiteral("there is no such invoice"));
    return invoiceJson(*inv.value(), true);
}

Result<QJsonObject> PaymentsService::invoices(const Actor &actor, const QString &status, const Page &page)
{
    if (auto s = require(actor, Permission::Read); !s)
        return s.error();
    static const QStringList statuses = {QStringLiteral("open"), QStringLiteral("paid"), QStringLiteral("refunded"),
                                         QStringLiteral("expired"), QStringLiteral("cancelled")};
    if (!status.isEmpty() && !statuses.contains(status))
        return invalidParam("status", QStringLiteral("status is one of %1").arg(statuses.join(QStringLiteral(", "))));
    QString from = QStringLiteral("pay_invoices WHERE org_id = ?");
    QVariantList params{actor.orgId};
    if (!status.isEmpty()) {
        from += QStringLiteral(" AND status = ?");
        params.append(status);
    }
    return seqPage("invoices", kColumns, from, params, page, [this](const auto &c) { return invoiceJson(invoiceFrom(c), true); });
}

Result<QJsonObject> PaymentsService::cancelInvoice(const Actor &actor, const QString &invoiceId)
{
    if (auto s = require(actor, Permission::Invoices); !s)
        return s.error();
    auto inv = loadInvoice(invoiceId);
    if (!inv)
        return inv.error();
    if (!inv.value() || inv.value()->orgId != actor.orgId)
        return fail("not_found", QStringLiteral("there is no such invoice"));
    Invoice i = *inv.value();
    if (i.status != QLatin1String("open") || m_paying.contains(i.id))
        return invalidState(QStringLiteral("only an open invoice can be cancelled (this one is %1)")
                                .arg(m_paying.contains(i.id) ? QStringLiteral("being paid") : i.status),
                            i.status);
    i.status = QStringLiteral("cancelled");
    storage::Transaction tx(m_db);
    if (auto q = m_db.exec(QStringLiteral("UPDATE pay_invoices SET status = 'cancelled' WHERE id = ? AND status = 'open'"), {i.id}); !q)
        return q.error();
    const QJsonObject json = invoiceJson(i, true);
    if (auto s = writeEvent(i.orgId, QStringLiteral("invoice.cancelled"), i.id, json); !s)
        return s.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return json;
}

void PaymentsService::expireDue()
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM pay_invoices WHERE status = 'open' AND expires_at <= ? ORDER BY expires_at LIMIT 500"),
                       {m_clock.nowMs()});
    if (!q)
        return;
    QList<Invoice> due;
    while (q->next())
        due.append(invoiceFrom(q.value()));
    q->finish();
    // One transaction for the whole sweep (one fsync, not one per invoice);
    // if any write fails, none is kept and the next sweep tries again.
    storage::Transaction tx(m_db);
    for (Invoice i : due) {
        if (m_paying.contains(i.id)) // its payment was accepted in time; the ledger decides
            continue;
        i.status = QStringLiteral("expired");
        auto u = m_db.exec(QStringLiteral("UPDATE pay_invoices SET status = 'expired' WHERE id = ? AND status = 'open'"), {i.id});
        if (!u || !writeEvent(i.orgId, QStringLiteral("invoice.expired"), i.id, invoiceJson(i, true))) {
            qWarning("payments: could not expire invoice %s", qPrintable(i.id));
            return;
        }
    }
    if (!due.isEmpty() && !tx.commit())
        qWarning("payments: could not expire %lld invoices", static_cast<long long>(due.size()));
}

Result<QJsonObject> PaymentsService::createLink(const Actor &actor, const QString &assetCode, const QString &amountText,
                                                const QString &description)
{
    if (auto s = require(actor, Permission::Invoices); !s)
        return s.error();
    auto a = asset(assetCode);
    if (!a)
        return a.error();
    Amount amount;
    if (!amountText.isEmpty()) { // empty: the customer enters the amount (a shop's static QR)
        auto parsed = wallet::parseAmount(amountText, a->decimals, wallet::Sign::Positive);
        if (!parsed)
            return parsed.error();
        amount = parsed.value();
    }
    if (description.size() > 200)
        return invalidParam("description", QStringLiteral("at most 200 characters"));
    const QString id = newId("lnk_");
    if (auto q = m_db.exec(QStringLiteral("INSERT INTO pay_links (id, org_id, asset, amount, description, active, created_at)"
                                          " VALUES (?, ?, ?, ?, ?, 1, ?)"),
                           {id, actor.orgId, a->code, amount.unitsText(), description.trimmed(), m_clock.nowMs()});
        !q)
        return q.error();
    return links(actor);
}

Result<QJsonObject> PaymentsService::links(const Actor &actor)
{
    if (auto s = require(actor, Permission::Read); !s)
        return s.error();
    auto q = m_db.exec(QStringLiteral("SELECT l.id, l.asset, l.amount, l.description, l.active, l.created_at,"
                                      " (SELECT COUNT(*) FROM pay_invoices i WHERE i.link_id = l.id) FROM pay_links l"
                                      " WHERE l.org_id = ? ORDER BY l.created_at DESC"),
                       {actor.orgId});
    if (!q)
        return q.error();
    QList<QVariantList> rows; // read first: the asset lookup may query (QPSQL streams rows)
    while (q->next())
        rows.append({q->value(0), q->value(1), q->value(2), q->value(3), q->value(4), q->value(5), q->value(6)});
    QJsonArray list;
    for (const QVariantList &r : std::as_const(rows)) {
        auto a = m_ledger.asset(r[1].toString());
        const Amount amount = wallet::amountFromUnitsText(r[2].toString());
        list.append(QJsonObject{{QStringLiteral("id"), r[0].toString()},
                                {QStringLiteral("asset"), r[1].toString()},
                                {QStringLiteral("amount"), amount.isZero() ? QString() : amount.toString(a ? a->decimals : 0)},
                                {QStringLiteral("description"), r[3].toString()},
                                {QStringLiteral("active"), r[4].toInt() != 0},
                                {QStringLiteral("createdAt"), r[5].toLongLong()},
                                {QStringLiteral("payments"), r[6].toLongLong()},
                                {QStringLiteral("uri"), linkUri(r[0].toString())}});
    }
    return QJsonObject{{QStringLiteral("links"), list}};
}

Result<QJsonObject> PaymentsService::setLinkActive(const Actor &actor, const QString &linkId, bool active)
{
    if (auto s = require(actor, Permission::Invoices); !s)
        return s.error();
    auto q = m_db.exec(QStringLiteral("UPDATE pay_links SET active = ? WHERE id = ? AND org_id = ?"), {active ? 1 : 0, linkId, actor.orgId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return fail("not_found", QStringLiteral("there is no such link"));
    return links(actor);
}

Result<QJsonObject> PaymentsService::preview(const server::Caller &payer, const QString &reference)
{
    const PaymentReference ref = parsePaymentReference(reference);
    if (!ref.valid())
        return invalidParam("reference", QStringLiteral("this is not an AZCoiner payment code"));
    if (ref.kind == PaymentReference::Kind::Invoice) {
        auto inv = loadInvoice(ref.id);
        if (!inv)
            return inv.error();
        if (!inv.value())
            return fail("not_found", QStringLiteral("there is no such invoice"));
        const Invoice &i = *inv.value();
        QString problem;
        if (i.status != QLatin1String("open"))
            problem = i.status;
        else if (i.expiresAt <= m_clock.nowMs())
            problem = QStringLiteral("expired");
        else if (m_paying.contains(i.id))
            problem = QStringLiteral("being_paid");
        QJsonObject out{{QStringLiteral("kind"), QStringLiteral("invoice")},
                        {QStringLiteral("invoice"), invoiceJson(i, false)},
                        {QStringLiteral("payable"), problem.isEmpty()},
                        {QStringLiteral("problem"), problem},
                        {QStringLiteral("fee"), QStringLiteral("0")}};
        if (i.payerId == payer.userId)
            out.insert(QStringLiteral("paidByMe"), true);
        return out;
    }
    auto q = m_db.exec(QStringLiteral("SELECT org_id, asset, amount, description, active FROM pay_links WHERE id = ?"), {ref.id});
    if (!q)
        return q.error();
    if (!q->next())
        return fail("not_found", QStringLiteral("there is no such payment link"));
    const QString orgId = q->value(0).toString(), assetCode = q->value(1).toString(), description = q->value(3).toString();
    const bool active = q->value(4).toInt() != 0;
    const Amount amount = wallet::amountFromUnitsText(q->value(2).toString());
    q->finish();
    auto a = m_ledger.asset(assetCode);
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("link")},
                       {QStringLiteral("link"), QJsonObject{{QStringLiteral("id"), ref.id},
                                                            {QStringLiteral("asset"), assetCode},
                                                            {QStringLiteral("decimals"), a ? a->decimals : 0},
                                                            {QStringLiteral("amount"), amount.isZero() ? QString() : amount.toString(a ? a->decimals : 0)},
                                                            {QStringLiteral("description"), description},
                                                            {QStringLiteral("merchant"), merchantParty(orgId)}}},
                       {QStringLiteral("payable"), active},
                       {QStringLiteral("problem"), active ? QString() : QStringLiteral("inactive")},
                       {QStringLiteral("fee"), QStringLiteral("0")}};
}

void PaymentsService::pay(const server::Caller &payer, const QString &reference, const QString &amount,
                          const QString &twoFactorCode, const QString &idempotencyKey, server::Reply reply)
{
    const PaymentReference ref = parsePaymentReference(reference);
    if (!ref.valid())
        return reply(invalidParam("reference", QStringLiteral("this is not an AZCoiner payment code")));
    if (ref.kind == PaymentReference::Kind::Invoice)
        payInvoice(payer, ref.id, {}, {}, twoFactorCode, idempotencyKey, std::move(reply));
    else
        payInvoice(payer, {}, ref.id, amount, twoFactorCode, idempotencyKey, std::move(reply));
}

void PaymentsService::payInvoice(const server::Caller &payer, const QString &invoiceId, const QString &linkId,
                                 const QString &amountText, const QString &twoFactorCode, const QString &idempotencyKey,
                                 server::Reply reply)
{
    ledger::OperationRequest op;
    op.actorId = payer.userId;
    op.idempotencyKey = idempotencyKey;
    op.code = QStringLiteral("payments.pay");
    const auto normalized = Amount::parse(amountText, Amount::kMaxDecimals);
    op.fingerprint = invoiceId.isEmpty() ? QString(QStringLiteral("link\n") + linkId + QLatin1Char('\n')
                                                   + (normalized ? normalized->unitsText() : amountText))
                                         : QString(QStringLiteral("invoice\n") + invoiceId);
    struct Planned {
        Invoice inv;
        int decimals = 0;
        bool fresh = false;
    };
    auto planned = std::make_shared<Planned>();
    auto check = [this, payer, invoiceId, linkId, amountText, twoFactorCode, planned](ledger::OperationRequest &r) -> Status {
        Invoice inv;
        const qint64 now = m_clock.nowMs();
        if (!invoiceId.isEmpty()) {
            auto loaded = loadInvoice(invoiceId);
            if (!loaded)
                return loaded.error();
            if (!loaded.value())
                return fail("not_found", QStringLiteral("there is no such invoice"));
            inv = *loaded.value();
            if (m_paying.contains(inv.id))
                return invalidState(QStringLiteral("this invoice is being paid right now"), QStringLiteral("being_paid"));
            if (inv.status != QLatin1String("open"))
                return invalidState(inv.status == QLatin1String("paid") || inv.status == QLatin1String("refunded")
                                        ? QStringLiteral("this invoice is already paid")
                                        : QStringLiteral("this invoice is %1 and cannot be paid").arg(inv.status),
                                    inv.status);
            if (inv.expiresAt <= now)
                return invalidState(QStringLiteral("this invoice has expired; ask the merchant for a new one"),
                                    QStringLiteral("expired"));
        } else {
            auto q = m_db.exec(QStringLiteral("SELECT org_id, asset, amount, description, active FROM pay_links WHERE id = ?"), {linkId});
            if (!q)
                return q.error();
            if (!q->next())
                return fail("not_found", QStringLiteral("there is no such payment link"));
            if (q->value(4).toInt() == 0)
                return invalidState(QStringLiteral("this payment link is no longer active"), QStringLiteral("inactive"));
            inv.orgId = q->value(0).toString();
            inv.asset = q->value(1).toString();
            inv.amount = wallet::amountFromUnitsText(q->value(2).toString());
            inv.description = q->value(3).toString();
            inv.linkId = linkId;
            inv.id = newId("inv_");
            inv.createdAt = now;
            inv.expiresAt = now;
            inv.createdBy = QStringLiteral("link");
        }
        auto org = orgRow(inv.orgId);
        if (!org)
            return org.error();
        if (org->value(QStringLiteral("status")).toString() != QLatin1String("active"))
            return invalidState(QStringLiteral("this merchant cannot take payments right now"), QStringLiteral("merchant_inactive"));
        auto a = asset(inv.asset);
        if (!a)
            return a.error();
        if (inv.amount.isZero()) { // a static QR: the payer says how much
            auto entered = wallet::parseAmount(amountText, a->decimals, wallet::Sign::Positive);
            if (!entered)
                return entered.error();
            inv.amount = entered.value();
        } else if (!amountText.isEmpty()) {
            auto entered = Amount::parse(amountText, a->decimals);
            if (!entered || entered.value() != inv.amount)
                return invalidParam("amount", QStringLiteral("the amount is set by the merchant (%1 %2)")
                                             .arg(inv.amount.toString(a->decimals), inv.asset));
        }
        auto limits = m_wallet.spendLimits(payer, a.value(), inv.amount);
        if (!limits)
            return limits.error();
        if (auto gate = m_wallet.requireSecondFactor(payer, a.value(), inv.amount, limits->twoFactorAbove, twoFactorCode, r); !gate)
            return gate.error();
        auto rule = feeRule(inv.orgId, inv.asset, QStringLiteral("payment"));
        if (!rule)
            return rule.error();
        auto fee = rule->feeFor(inv.amount);
        if (!fee)
            return fail("invalid_amount", QStringLiteral("the amount is too large"));
        inv.fee = std::min(*fee, inv.amount); // the merchant pays the fee, never more than it received
        auto from = m_ledger.account({payer.userId, inv.asset, AccountKind::Available, {}});
        auto to = m_ledger.account({merchantOwner(inv.orgId), inv.asset, AccountKind::Available, {}});
        auto feeAccount = m_ledger.account({{}, inv.asset, AccountKind::FeeRevenue, QStringLiteral("payment")});
        for (const auto *acc : {&from, &to, &feeAccount})
            if (!*acc)
                return acc->error();
        r.transfers = {{from->id, to->id, inv.amount, QStringLiteral("payment")}};
        if (!inv.fee.isZero())
            r.transfers.append({to->id, feeAccount->id, inv.fee, QStringLiteral("fee.payment")});
        const int d = a->decimals;
        r.result = {{QStringLiteral("receipt"),
                     merchantReceipt(inv.orgId, payer.userId, true, inv.asset, d, inv.amount, inv.description,
                                     {{QStringLiteral("invoiceId"), inv.id}, {QStringLiteral("orderId"), inv.orderId}})}};
        inv.status = QStringLiteral("paid");
        inv.paidAt = now;
        inv.payerId = payer.userId;
        planned->inv = inv;
        planned->decimals = d;
        return okStatus();
    };
    auto accepted = [this, planned, payerId = payer.userId] {
        planned->fresh = true;
        const Invoice &inv = planned->inv;
        m_paying.insert(inv.id);
        m_wallet.limits().recordSend(payerId, inv.asset, inv.amount);
        queueWithMoney([this, planned]() -> Status {
            Invoice &i = planned->inv;
            if (!i.linkId.isEmpty() && i.seq == 0) {
                i.seq = nextSeq(QStringLiteral("pay_invoices"));
                if (auto s = insertInvoice(i); !s)
                    return s;
            } else {
                auto q = m_db.execPrepared(QStringLiteral("UPDATE pay_invoices SET status = 'paid', fee = ?, paid_at = ?, payer_id = ?"
                                                  " WHERE id = ? AND status = 'open'"),
                                   {i.fee.unitsText(), i.paidAt, i.payerId, i.id});
                if (!q)
                    return q.error();
                if (q.value()->numRowsAffected() != 1) // never two payments for one invoice, whatever happened above
                    return fail("internal_error", QStringLiteral("invoice %1 is no longer open").arg(i.id));
            }
            return writeEvent(i.orgId, QStringLiteral("invoice.paid"), i.id, invoiceJson(i, true));
        });
    };
    auto done = [this, planned, payerId = payer.userId, reply](const Result<QJsonObject> &r) {
        if (planned->fresh) // only the request that marked the invoice unmarks it
            m_paying.remove(planned->inv.id);
        if (!r) {
            if (planned->fresh)
                m_wallet.limits().forgetSend(payerId, planned->inv.asset, planned->inv.amount);
            return reply(r.error());
        }
        QJsonObject receipt = r->value(QStringLiteral("receipt")).toObject();
        receipt.insert(QStringLiteral("operationId"), r->value(QStringLiteral("operationId")));
        QJsonObject out{{QStringLiteral("receipt"), receipt}};
        if (planned->fresh) {
            const Invoice &i = planned->inv;
            const int d = planned->decimals;
            out.insert(QStringLiteral("invoice"), invoiceJson(i, false));
            const QString merchant = merchantParty(i.orgId).value(QStringLiteral("name")).toString();
            m_notifications.queue(payerId, QStringLiteral("payments.paid"),
                                  QStringLiteral("You paid %1 %2").arg(i.amount.toString(d), i.asset),
                                  i.description.isEmpty() ? QStringLiteral("To %1").arg(merchant)
                                                          : QStringLiteral("To %1: %2").arg(merchant, i.description),
                                  {{QStringLiteral("invoiceId"), i.id}, {QStringLiteral("asset"), i.asset}});
            m_wallet.announceBalance(payerId, i.asset);
            announce(i.orgId, QStringLiteral("invoice.paid"), i.id);
        } else if (auto inv = loadInvoice(receipt.value(QStringLiteral("invoiceId")).toString()); inv && inv.value()) {
            out.insert(QStringLiteral("invoice"), invoiceJson(*inv.value(), false)); // a repeat: the invoice as it is now
        }
        reply(out);
    };
    m_ledger.submitChecked(std::move(op), check, accepted, done);
}

Result<QJsonObject> PaymentsService::paidByMe(const server::Caller &payer, const Page &page)
{
    return seqPage("invoices", kColumns, QStringLiteral("pay_invoices WHERE payer_id = ?"), {payer.userId}, page,
                   [this](const auto &c) { return invoiceJson(invoiceFrom(c), false); });
}

Result<QJsonArray> PaymentsService::paidFrom(const QString &payerId, const QString &createdBy, qint64 sinceMs, int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM pay_invoices WHERE payer_id = ? AND created_by = ? AND paid_at >= ?"
                                            " AND status IN ('paid', 'refunded') ORDER BY paid_at DESC LIMIT ?"),
                       {payerId, createdBy, sinceMs, std::clamp(limit, 1, 500)});
    if (!q)
        return q.error();
    QList<Invoice> rows; // read in full first: invoiceJson may look things up (QPSQL streams)
    while (q->next())
        rows.append(invoiceFrom(q.value()));
    QJsonArray out;
    for (const Invoice &i : std::as_const(rows))
        out.append(invoiceJson(i, false));
    return out;
}

Result<QMap<QString, PaymentsService::PaidTotal>> PaymentsService::paidTotals(const QString &createdBy, const QString &payerId,
                                                                              qint64 sinceMs)
{
    QString sql = QStringLiteral("SELECT asset, amount, refunded FROM pay_invoices WHERE created_by = ?"
                                 " AND status IN ('paid', 'refunded') AND paid_at >= ?");
    QVariantList params{createdBy, sinceMs};
    if (!payerId.isEmpty()) {
        sql += QStringLiteral(" AND payer_id = ?");
        params << payerId;
    }
    auto q = m_db.exec(sql, params);
    if (!q)
        return q.error();
    QMap<QString, PaidTotal> totals; // sorted by asset
    while (q->next()) {
        PaidTotal &t = totals[q->value(0).toString()];
        const auto amount = t.amount.checkedAdd(wallet::amountFromUnitsText(q->value(1).toString()));
        const auto refunded = t.refunded.checkedAdd(wallet::amountFromUnitsText(q->value(2).toString()));
        if (!amount || !refunded)
            return fail("internal_error", QStringLiteral("payments do not add up"));
        t.amount = *amount;
        t.refunded = *refunded;
        ++t.payments;
    }
    return totals;
}

Actor PaymentsService::programActor(const QString &orgId, const QString &programId)
{
    return {orgId, {}, QStringLiteral("mp:") + programId, {}, {scopeName(Permission::Invoices), scopeName(Permission::Read)}};
}

} // namespace azc::payments
