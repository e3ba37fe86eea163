#include "miniprograms/miniprograms_service.h"

#include "miniprograms/miniprograms_errors.h"
#include "payments/payment_uri.h"
#include "payments/payments_service.h"
#include "wallet/money_text.h"
#include "wallet/wallet_service.h"

namespace azc::miniprograms {

namespace {
QString inFlightKey(const QString &userId, const QString &programId, const QString &asset)
{
    return userId + QLatin1Char('|') + programId + QLatin1Char('|') + asset;
}
} // namespace

qint64 MiniProgramsService::dayStartMs() const
{
    constexpr qint64 kDay = 24LL * 60 * 60 * 1000;
    const qint64 now = m_clock.nowMs();
    return now - now % kDay; // the UTC day, like the wallet's daily limits
}

Result<Amount> MiniProgramsService::dailyCap(const QJsonObject &consent, const QString &asset, int decimals)
{
    const QJsonObject caps = consent.value(QStringLiteral("caps")).toObject();
    if (caps.contains(asset))
        return wallet::amountFromUnitsText(caps.value(asset).toString());
    const QString byDefault = m_config.defaultDailyCaps.value(asset, QStringLiteral("0"));
    return Amount::parse(byDefault, decimals);
}

Result<Amount> MiniProgramsService::spentToday(const QString &userId, const QString &programId, const QString &asset)
{
    auto totals = m_payments.paidTotals(QStringLiteral("mp:") + programId, userId, dayStartMs());
    if (!totals)
        return totals.error();
    return totals->value(asset).amount; // as paid: a refund does not give the day's limit back
}

QJsonObject MiniProgramsService::DailyLimit::toJson(int decimals) const
{
    return {{QStringLiteral("cap"), cap.toString(decimals)}, {QStringLiteral("spentToday"), spent.toString(decimals)}};
}

Result<MiniProgramsService::DailyLimit> MiniProgramsService::dailyLimit(const QString &userId, const QString &programId,
                                                                       const QJsonObject &consent, const QString &asset,
                                                                       int decimals)
{
    auto cap = dailyCap(consent, asset, decimals);
    if (!cap)
        return cap.error();
    auto spent = spentToday(userId, programId, asset);
    if (!spent)
        return spent.error();
    return DailyLimit{cap.value(), spent.value()};
}

Status MiniProgramsService::withinCap(const QString &userId, const Version &v, const QString &asset, int decimals,
                                     Amount amount, QJsonObject *limits)
{
    auto consent = consentRow(userId, v.programId);
    if (!consent)
        return consent.error();
    auto limit = dailyLimit(userId, v.programId, consent.value(), asset, decimals);
    if (!limit)
        return limit.error();
    const auto withHeld = limit->spent.checkedAdd(m_inFlight.value(inFlightKey(userId, v.programId, asset)));
    const auto after = withHeld ? withHeld->checkedAdd(amount) : std::nullopt;
    const QJsonObject figures = limit->toJson(decimals);
    if (limits)
        *limits = figures;
    if (!after || *after > limit->cap)
        return fail("cap_exceeded",
                    QStringLiteral("this would pass your daily limit for %1 (%2 %3; %4 spent today)")
                        .arg(v.manifest.name, limit->cap.toString(decimals), asset, limit->spent.toString(decimals)),
                    figures);
    return okStatus();
}

void MiniProgramsService::checkout(const server::Caller &caller, const QString &programId, const QString &asset,
                                   const QString &amount, const QString &description, const QString &orderId,
                                   server::Reply reply)
{
    auto v = runnable(programId, QStringLiteral("payments"));
    if (!v)
        return reply(v.error());
    if (!v->manifest.assets.contains(asset))
        return reply(fail("invalid_params", QStringLiteral("this program does not take %1").arg(asset),
                          {{QStringLiteral("field"), QStringLiteral("asset")}}));
    auto a = m_wallet.enabledAsset(asset);
    if (!a)
        return reply(a.error());
    auto amt = wallet::parseAmount(amount, a->decimals, wallet::Sign::Positive);
    if (!amt)
        return reply(amt.error());
    QJsonObject limits;
    if (auto s = withinCap(caller.userId, v.value(), asset, a->decimals, amt.value(), &limits); !s)
        return reply(s.error());
    auto limitsNow = m_wallet.spendLimits(caller, a.value(), amt.value());
    if (!limitsNow)
        return reply(limitsNow.error());
    payments::InvoiceDraft draft;
    draft.asset = asset;
    draft.amount = amount;
    draft.description = description;
    draft.orderId = orderId;
    draft.metadata = {{QStringLiteral("miniProgram"), programId}};
    draft.expiresInMinutes = 15;
    auto prepared = m_payments.prepareInvoice(payments::PaymentsService::programActor(v->manifest.payeeOrgId, programId), draft);
    if (!prepared)
        return reply(prepared.error());
    const bool twoFactor = amt.value() > limitsNow->twoFactorAbove;
    QJsonObject invoice = prepared->invoice; // the payer's view: not the merchant's fee, net or metadata
    for (const char *merchantOnly : {"fee", "net", "metadata", "createdBy"})
        invoice.remove(QLatin1String(merchantOnly));
    QJsonObject out{{QStringLiteral("invoice"), invoice}, {QStringLiteral("limits"), limits},
                    {QStringLiteral("payerFee"), Amount().toString(a->decimals)}, // AZPay: the merchant pays the fee
                    {QStringLiteral("twoFactorRequired"), twoFactor},
                    {QStringLiteral("program"), QJsonObject{{QStringLiteral("id"), programId},
                                                            {QStringLiteral("name"), v->manifest.name},
                                                            {QStringLiteral("icon"), v->icon}}}};
    m_payments.writeWithNextCommit(prepared->write, [reply, out](Status s) {
        if (!s)
            return reply(s.error());
        reply(out);
    });
}

void MiniProgramsService::pay(const server::Caller &caller, const QString &programId, const QString &invoiceId,
                              const QString &twoFactorCode, const QString &idempotencyKey, server::Reply reply)
{
    auto v = runnable(programId, QStringLiteral("payments"));
    if (!v)
        return reply(v.error());
    auto invoice = m_payments.invoice(payments::PaymentsService::programActor(v->manifest.payeeOrgId, programId), invoiceId);
    if (!invoice || invoice->value(QStringLiteral("createdBy")).toString() != QStringLiteral("mp:") + programId)
        return reply(notFound(QStringLiteral("this program made no such invoice")));
    const QString asset = invoice->value(QStringLiteral("asset")).toString();
    const int decimals = invoice->value(QStringLiteral("decimals")).toInt();
    auto amount = Amount::parse(invoice->value(QStringLiteral("amount")).toString(), decimals);
    if (!amount)
        return reply(amount.error());
    QString held;
    // An open invoice counts against the cap now; a paid one goes straight to
    // AZPay, which answers a repeat of the key with the first receipt.
    if (invoice->value(QStringLiteral("status")).toString() == QLatin1String("open")) {
        if (auto s = withinCap(caller.userId, v.value(), asset, decimals, amount.value()); !s)
            return reply(s.error());
        held = inFlightKey(caller.userId, programId, asset);
        m_inFlight[held] = m_inFlight.value(held).checkedAdd(amount.value()).value_or(amount.value());
    }
    m_payments.pay(caller, payments::invoiceUri(invoiceId), {}, twoFactorCode, idempotencyKey,
                   [this, held, amount = amount.value(), reply](const Result<QJsonObject> &r) {
                       if (!held.isEmpty()) {
                           const Amount left = m_inFlight.value(held).checkedSub(amount).value_or(Amount());
                           if (left.isZero())
                               m_inFlight.remove(held);
                           else
                               m_inFlight[held] = left;
                       }
                       reply(r);
                   });
}

Result<QJsonObject> MiniProgramsService::spending(const server::Caller &caller, const QString &programId)
{
    auto paid = m_payments.paidFrom(caller.userId, QStringLiteral("mp:") + programId, 0, 100);
    if (!paid)
        return paid.error();
    auto c = consent(caller, programId);
    if (!c)
        return c.error();
    return QJsonObject{{QStringLiteral("programId"), programId}, {QStringLiteral("payments"), paid.value()},
                       {QStringLiteral("limits"), c->value(QStringLiteral("limits"))}};
}

} // namespace azc::miniprograms
