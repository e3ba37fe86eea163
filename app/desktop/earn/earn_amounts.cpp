#include "earn/earn_amounts.h"

#include "launchpad/allocation.h"
#include "staking/accrual.h"

namespace azc::earn {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

std::optional<Amount> owedAt(const QJsonObject &position, qint64 serverNowMs)
{
    const auto owed = Amount::fromUnitsText(text(position, "owedUnits"));
    if (!owed)
        return std::nullopt;
    if (text(position, "status") != QLatin1String("active"))
        return owed;
    bool remainderOk = false;
    const qint64 remainder = text(position, "remainder").toLongLong(&remainderOk);
    const int decimals = position.value(QStringLiteral("decimals")).toInt(-1);
    const auto principal = Amount::parse(text(position, "amount"), decimals < 0 ? Amount::kMaxDecimals : decimals);
    if (!remainderOk || decimals < 0 || !principal)
        return std::nullopt;
    const qint64 accruedAt = position.value(QStringLiteral("accruedAt")).toInteger();
    // Whole seconds, as the server counts them: the milliseconds left over wait for the next second.
    const qint64 seconds = serverNowMs > accruedAt ? (serverNowMs - accruedAt) / 1000 : 0;
    const auto next = staking::accrue({*owed, remainder}, *principal, position.value(QStringLiteral("rateBps")).toInt(), seconds);
    if (!next)
        return std::nullopt;
    return next->owed;
}

QString dailyReward(const QString &amount, int rateBps, int decimals)
{
    const auto principal = Amount::parse(amount.trimmed(), decimals);
    if (!principal || principal->units() <= 0)
        return {};
    const auto day = staking::accrue({}, *principal, rateBps, 86400);
    return day ? day->owed.toString(decimals) : QString();
}

QString percentFromBps(int rateBps)
{
    // 1 bps is 0.01 %: the same units at 2 decimals.
    return Amount::fromUnits(rateBps).toString(2);
}

std::optional<int> bpsFromPercent(const QString &percent)
{
    const auto parsed = Amount::parse(percent.trimmed(), 2);
    if (!parsed || parsed->isNegative() || parsed->units() > Int128(staking::kMaxRateBps))
        return std::nullopt;
    return int(parsed->units());
}

int permille(const QString &part, const QString &whole)
{
    const auto p = Amount::parse(part, Amount::kMaxDecimals);
    const auto w = Amount::parse(whole, Amount::kMaxDecimals);
    if (!p || !w || w->units() <= 0 || p->units() <= 0)
        return 0;
    if (*p >= *w)
        return 1000;
    const auto scaled = p->mulDiv(1000, w->units(), Rounding::Down);
    return scaled ? int(scaled->units()) : 0;
}

QString saleTarget(const QJsonObject &sale)
{
    const int tokenDecimals = sale.value(QStringLiteral("tokenDecimals")).toInt(-1);
    const int quoteDecimals = sale.value(QStringLiteral("quoteDecimals")).toInt(-1);
    if (tokenDecimals < 0 || quoteDecimals < 0)
        return {};
    const auto total = Amount::parse(text(sale, "total"), tokenDecimals);
    const auto price = Amount::parse(text(sale, "price"), quoteDecimals);
    if (!total || !price)
        return {};
    const auto cost = launchpad::costOf({*total, *price, tokenDecimals}, *total);
    return cost ? cost->toString(quoteDecimals) : QString();
}

QJsonObject withSaleProgress(QJsonObject sale)
{
    const QString target = saleTarget(sale);
    sale.insert(QStringLiteral("target"), target);
    sale.insert(QStringLiteral("filledPermille"), permille(text(sale, "committed"), target));
    return sale;
}

} // namespace azc::earn
