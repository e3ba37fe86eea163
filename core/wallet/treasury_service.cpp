#include "wallet/treasury_service.h"

#include "audit/audit_log.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace azc::wallet {

using ledger::AccountKind;

QJsonObject assetJson(const ledger::Asset &a)
{
    return {{QStringLiteral("code"), a.code},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("decimals"), a.decimals},
            {QStringLiteral("enabled"), a.enabled}};
}

TreasuryService::TreasuryService(WalletService &wallet, audit::AuditLog &audit, const Clock &clock)
    : m_wallet(wallet), m_audit(audit), m_clock(clock)
{
}

namespace {

Amount plus(Amount a, Amount b)
{
    return a.checkedAdd(b).value_or(Amount::max());
}

// holdings / liabilities with four decimals, rounded down (never flatter).
QJsonValue solvency(Amount holdings, Amount liabilities)
{
    if (liabilities <= Amount())
        return QJsonValue();
    const auto ratio = holdings.mulDiv(10000, liabilities.units(), Rounding::Down);
    return ratio ? QJsonValue(Amount::fromUnits(ratio->units()).toFixed(4)) : QJsonValue();
}

} // namespace

Result<QJsonObject> TreasuryService::overview()
{
    auto assets = m_wallet.ledger().assets();
    if (!assets)
        return assets.error();
    auto accounts = m_wallet.ledger().allAccounts();
    if (!accounts)
        return accounts.error();
    struct Totals {
        Amount available, held, revenue, treasury, hotWallet, provider;
        QHash<QString, Amount> perOwner;
    };
    QHash<QString, Totals> totals;
    for (const ledger::Account &acc : accounts.value()) {
        Totals &t = totals[acc.key.asset];
        if (ledger::isHouseOwner(acc.key.ownerId)) { // the bot's capital is the house's
            if (acc.key.kind == AccountKind::Available || acc.key.kind == AccountKind::Held)
                t.treasury = plus(t.treasury, acc.balance);
            continue;
        }
        switch (acc.key.kind) {
        case AccountKind::Available: t.available = plus(t.available, acc.balance); break;
        case AccountKind::Held: t.held = plus(t.held, acc.balance); break;
        case AccountKind::FeeRevenue: t.revenue = plus(t.revenue, acc.balance); break;
        case AccountKind::Treasury: t.treasury = plus(t.treasury, acc.balance); break;
        case AccountKind::HotWallet: t.hotWallet = plus(t.hotWallet, acc.balance); break;
        case AccountKind::Provider: t.provider = plus(t.provider, acc.balance); break;
        case AccountKind::World: break;
        }
        if (!acc.key.ownerId.isEmpty())
            t.perOwner[acc.key.ownerId] = plus(t.perOwner.value(acc.key.ownerId), acc.balance);
    }
    QJsonArray out;
    for (const ledger::Asset &a : assets.value()) {
        const Totals t = totals.value(a.code);
        const int d = a.decimals;
        const Amount owed = plus(t.available, t.held);
        const Amount held = plus(t.hotWallet, t.provider);
        int holders = 0;
        for (const Amount &b : t.perOwner)
            holders += b > Amount() ? 1 : 0;
        out.append(QJsonObject{
            {QStringLiteral("asset"), a.code},
            {QStringLiteral("decimals"), d},
            {QStringLiteral("enabled"), a.enabled},
            {QStringLiteral("liabilities"), QJsonObject{{QStringLiteral("available"), t.available.toString(d)},
                                                        {QStringLiteral("held"), t.held.toString(d)},
                                                        {QStringLiteral("total"), owed.toString(d)},
                                                        {QStringLiteral("holders"), holders}}},
            {QStringLiteral("house"), QJsonObject{{QStringLiteral("revenue"), t.revenue.toString(d)},
                                                  {QStringLiteral("treasury"), t.treasury.toString(d)}}},
            {QStringLiteral("holdings"), QJsonObject{{QStringLiteral("hotWallet"), t.hotWallet.toString(d)},
                                                     {QStringLiteral("provider"), t.provider.toString(d)},
                                                     {QStringLiteral("total"), held.toString(d)}}},
            {QStringLiteral("solvency"), solvency(held, owed)}});
    }
    return QJsonObject{{QStringLiteral("assets"), out}};
}

Result<QJsonObject> TreasuryService::revenue(const QString &assetCode, int days)
{
    auto a = m_wallet.ledger().asset(assetCode);
    if (!a)
        return a.error();
    auto accounts = m_wallet.ledger().allAccounts();
    if (!accounts)
        return accounts.error();
    QHash<QString, QString> flowOf; // fee account → flow
    for (const ledger::Account &acc : accounts.value())
        if (acc.key.kind == AccountKind::FeeRevenue && acc.key.asset == assetCode)
            flowOf.insert(acc.id, acc.key.subKind);
    // Whole UTC days, today included.
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).date();
    const QDate first = today.addDays(-(days - 1));
    const qint64 since = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    auto rows = m_wallet.ledger().transfersSince(flowOf.keys(), since);
    if (!rows)
        return rows.error();
    QMap<QDate, QHash<QString, Amount>> perDay;
    QHash<QString, Amount> perFlow;
    Amount total;
    for (const ledger::StoredTransfer &t : rows.value()) {
        const bool in = flowOf.contains(t.creditAccountId);
        const QString flow = flowOf.value(in ? t.creditAccountId : t.debitAccountId);
        const Amount delta = in ? t.amount : *t.amount.checkedNegate();
        const QDate day = QDateTime::fromMSecsSinceEpoch(t.createdAt, Qt::UTC).date();
        perDay[day][flow] = plus(perDay[day].value(flow), delta);
        perFlow[flow] = plus(perFlow.value(flow), delta);
        total = plus(total, delta);
    }
    const int d = a->decimals;
    const auto flowsJson = [d](const QHash<QString, Amount> &m) {
        QJsonObject o;
        for (auto it = m.begin(); it != m.end(); ++it)
            o.insert(it.key(), it.value().toString(d));
        return o;
    };
    QJsonArray dayList;
    for (QDate day = first; day <= today; day = day.addDays(1)) {
        const QHash<QString, Amount> flows = perDay.value(day);
        Amount dayTotal;
        for (const Amount &v : flows)
            dayTotal = plus(dayTotal, v);
        dayList.append(QJsonObject{{QStringLiteral("day"), day.toString(Qt::ISODate)},
                                   {QStringLiteral("total"), dayTotal.toString(d)},
                                   {QStringLiteral("byFlow"), flowsJson(flows)}});
    }
    return QJsonObject{{QStringLiteral("asset"), assetCode},
                       {QStringLiteral("decimals"), d},
                       {QStringLiteral("days"), dayList},
                       {QStringLiteral("byFlow"), flowsJson(perFlow)},
                       {QStringLiteral("total"), total.toString(d)}};
}

Result<QJsonObject> TreasuryService::assets()
{
    auto all = m_wallet.ledger().assets();
    if (!all)
        return all.error();
    QJsonArray out;
    for (const ledger::Asset &a : all.value())
        out.append(assetJson(a));
    return QJsonObject{{QStringLiteral("assets"), out}};
}

Result<QJsonObject> TreasuryService::addAsset(const server::Caller &admin, const ledger::Asset &asset)
{
    if (m_wallet.ledger().asset(asset.code))
        return fail("conflict", QStringLiteral("the asset %1 exists already").arg(asset.code));
    if (auto s = m_wallet.ledger().addAsset(asset); !s)
        return s.error();
    (void)m_audit.record(admin.userId, QStringLiteral("treasury.asset.added"), asset.code, assetJson(asset));
    return QJsonObject{{QStringLiteral("asset"), assetJson(asset)}};
}

Result<QJsonObject> TreasuryService::setAssetEnabled(const server::Caller &admin, const QString &code, bool enabled)
{
    if (auto s = m_wallet.ledger().setAssetEnabled(code, enabled); !s)
        return s.error();
    auto a = m_wallet.ledger().asset(code);
    if (!a)
        return a.error();
    (void)m_audit.record(admin.userId, QStringLiteral("treasury.asset.enabled"), code,
                         {{QStringLiteral("enabled"), enabled}});
    return QJsonObject{{QStringLiteral("asset"), assetJson(a.value())}};
}

Result<QList<TreasuryService::Liability>> TreasuryService::liabilities()
{
    auto accounts = m_wallet.ledger().allAccounts();
    if (!accounts)
        return accounts.error();
    QHash<QPair<QString, QString>, Amount> sums;
    for (const ledger::Account &acc : accounts.value())
        if (!acc.key.ownerId.isEmpty() && !ledger::isHouseOwner(acc.key.ownerId)
            && (acc.key.kind == AccountKind::Available || acc.key.kind == AccountKind::Held))
            sums[{acc.key.ownerId, acc.key.asset}] = plus(sums.value({acc.key.ownerId, acc.key.asset}), acc.balance);
    QList<Liability> out;
    for (auto it = sums.begin(); it != sums.end(); ++it)
        out.append({it.key().first, it.key().second, it.value()});
    return out;
}

} // namespace azc::wallet
