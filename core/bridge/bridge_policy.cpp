#include "bridge/bridge_policy.h"

namespace azc::bridge {

namespace {

constexpr qint64 kMaxRateWhole = 1'000'000'000; // a point worth more than 1e9 coins is a typo

Error invalid(const char *field, const QString &message)
{
    return fail("invalid_params", message, {{QStringLiteral("field"), QString::fromLatin1(field)}});
}

// coin units = point units × rate18 / 10^scale, scale = pointDecimals + 18 − coinDecimals (≥ 0).
Int128 scaleOf(int pointDecimals, int coinDecimals)
{
    return powerOfTen(pointDecimals + kRateDecimals - coinDecimals);
}

Result<Amount> amountField(const QJsonObject &o, const char *key, int decimals, bool required = false)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return invalid(key, QStringLiteral("%1 is required").arg(QLatin1String(key)));
        return Amount{};
    }
    if (!v.isString())
        return invalid(key, QStringLiteral("%1 is a decimal string").arg(QLatin1String(key)));
    auto a = Amount::parse(v.toString(), decimals);
    if (!a || a->isNegative())
        return invalid(key, QStringLiteral("%1 is not an amount of at most %2 decimals").arg(QLatin1String(key)).arg(decimals));
    return *a;
}

Result<int> bpsField(const QJsonObject &o, const char *key, int lo, int hi, int fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    const qint64 n = v.toInteger(-1);
    if (!v.isDouble() || n < lo || n > hi)
        return invalid(key, QStringLiteral("%1 is a whole number of basis points from %2 to %3").arg(QLatin1String(key)).arg(lo).arg(hi));
    return int(n);
}

Result<bool> boolField(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isBool())
        return invalid(key, QStringLiteral("%1 is true or false").arg(QLatin1String(key)));
    return v.toBool();
}

QString units(Amount a) { return a.unitsText(); }
Amount fromUnits(const QJsonValue &v) { return Amount::fromUnitsText(v.toString()).value_or(Amount{}); }

} // namespace

Result<Policy> Policy::fromJson(const QJsonObject &o, int pointDecimals)
{
    Policy p;
    p.rateMode = o.value(QStringLiteral("rateMode")).toString(QStringLiteral("fixed"));
    if (p.rateMode != QLatin1String("fixed") && p.rateMode != QLatin1String("market"))
        return invalid("rateMode", QStringLiteral("rateMode is \"fixed\" or \"market\""));
    if (p.rateMode == QLatin1String("fixed")) {
        auto rate = amountField(o, "rate", kRateDecimals, true);
        if (!rate)
            return rate.error();
        if (rate->isZero() || *rate > Amount::fromUnits(powerOfTen(kRateDecimals) * kMaxRateWhole))
            return invalid("rate", QStringLiteral("rate is more than 0 and at most 1,000,000,000 coins per point"));
        p.rate = *rate;
    }
    struct { const char *key; Amount *into; } amounts[] = {{"minSwap", &p.minSwap}, {"maxSwap", &p.maxSwap},
                                                         {"userDailyCap", &p.userDailyCap}, {"totalDailyCap", &p.totalDailyCap}};
    for (auto &[key, into] : amounts) {
        auto a = amountField(o, key, pointDecimals);
        if (!a)
            return a.error();
        *into = *a;
    }
    if (!p.maxSwap.isZero() && p.maxSwap < p.minSwap)
        return invalid("maxSwap", QStringLiteral("maxSwap is at least minSwap (or 0: none)"));
    auto spread = bpsField(o, "spreadBps", 0, 5000, 0);
    auto fee = bpsField(o, "feeBps", 0, 5000, 0);
    auto coverage = bpsField(o, "coverageBps", 1000, 100000, 10000);
    auto toCoin = boolField(o, "toCoin");
    auto toPoints = boolField(o, "toPoints");
    for (const Error *e : {spread ? nullptr : &spread.error(), fee ? nullptr : &fee.error(), coverage ? nullptr : &coverage.error(),
                           toCoin ? nullptr : &toCoin.error(), toPoints ? nullptr : &toPoints.error()})
        if (e)
            return *e;
    p.spreadBps = *spread;
    p.feeBps = *fee;
    p.coverageBps = *coverage;
    p.toCoin = *toCoin;
    p.toPoints = *toPoints;
    return p;
}

QJsonObject Policy::toJson(int pointDecimals) const
{
    return {{QStringLiteral("rateMode"), rateMode},
            {QStringLiteral("rate"), rate.toString(kRateDecimals)},
            {QStringLiteral("spreadBps"), spreadBps},
            {QStringLiteral("minSwap"), minSwap.toString(pointDecimals)},
            {QStringLiteral("maxSwap"), maxSwap.toString(pointDecimals)},
            {QStringLiteral("userDailyCap"), userDailyCap.toString(pointDecimals)},
            {QStringLiteral("totalDailyCap"), totalDailyCap.toString(pointDecimals)},
            {QStringLiteral("feeBps"), feeBps},
            {QStringLiteral("toCoin"), toCoin},
            {QStringLiteral("toPoints"), toPoints},
            {QStringLiteral("coverageBps"), coverageBps}};
}

QJsonObject Policy::toStored() const
{
    return {{QStringLiteral("rateMode"), rateMode}, {QStringLiteral("rate"), units(rate)}, {QStringLiteral("spreadBps"), spreadBps},
            {QStringLiteral("minSwap"), units(minSwap)}, {QStringLiteral("maxSwap"), units(maxSwap)},
            {QStringLiteral("userDailyCap"), units(userDailyCap)}, {QStringLiteral("totalDailyCap"), units(totalDailyCap)},
            {QStringLiteral("feeBps"), feeBps}, {QStringLiteral("toCoin"), toCoin}, {QStringLiteral("toPoints"), toPoints},
            {QStringLiteral("coverageBps"), coverageBps}};
}

Policy Policy::fromStored(const QJsonObject &o)
{
    Policy p;
    p.rateMode = o.value(QStringLiteral("rateMode")).toString();
    p.rate = fromUnits(o.value(QStringLiteral("rate")));
    p.spreadBps = o.value(QStringLiteral("spreadBps")).toInt();
    p.minSwap = fromUnits(o.value(QStringLiteral("minSwap")));
    p.maxSwap = fromUnits(o.value(QStringLiteral("maxSwap")));
    p.userDailyCap = fromUnits(o.value(QStringLiteral("userDailyCap")));
    p.totalDailyCap = fromUnits(o.value(QStringLiteral("totalDailyCap")));
    p.feeBps = o.value(QStringLiteral("feeBps")).toInt();
    p.toCoin = o.value(QStringLiteral("toCoin")).toBool();
    p.toPoints = o.value(QStringLiteral("toPoints")).toBool();
    p.coverageBps = o.value(QStringLiteral("coverageBps")).toInt(10000);
    return p;
}

Result<SwapAmounts> quoteToCoin(Amount points, const Policy &p, int pointDecimals, int coinDecimals)
{
    if (points.isNegative() || points.isZero() || p.rate.isZero())
        return fail("invalid_amount", QStringLiteral("swap more than nothing"));
    auto gross = points.mulDiv(p.rate.units() * (10000 - p.spreadBps), scaleOf(pointDecimals, coinDecimals) * 10000, Rounding::Floor);
    if (!gross)
        return fail("invalid_amount", QStringLiteral("that amount is too large"));
    auto fee = gross->mulDiv(p.feeBps, 10000, Rounding::Ceiling);
    if (!fee || *fee > *gross)
        return fail("invalid_amount", QStringLiteral("that amount is too large"));
    if (gross->checkedSub(*fee)->isZero())
        return fail("invalid_amount", QStringLiteral("that many points are worth less than one unit of the coin after fees"));
    SwapAmounts s;
    s.points = points;
    s.coinGross = *gross;
    s.fee = *fee;
    s.coinToUser = *gross->checkedSub(*fee);
    return s;
}

Result<SwapAmounts> quoteToPoints(Amount coin, const Policy &p, int pointDecimals, int coinDecimals)
{
    if (coin.isNegative() || coin.isZero() || p.rate.isZero())
        return fail("invalid_amount", QStringLiteral("swap more than nothing"));
    auto fee = coin.mulDiv(p.feeBps, 10000, Rounding::Ceiling);
    if (!fee || *fee >= coin)
        return fail("invalid_amount", QStringLiteral("that amount does not cover the fee"));
    const Amount net = *coin.checkedSub(*fee);
    auto points = net.mulDiv(scaleOf(pointDecimals, coinDecimals) * 10000, p.rate.units() * (10000 + p.spreadBps), Rounding::Floor);
    if (!points)
        return fail("invalid_amount", QStringLiteral("that amount is too large"));
    if (points->isZero())
        return fail("invalid_amount", QStringLiteral("that amount buys less than one unit of the point"));
    SwapAmounts s;
    s.points = *points;
    s.coinGross = net;
    s.fee = *fee;
    s.coinFromUser = coin;
    return s;
}

Result<Amount> requiredReserve(Amount outstanding, const Policy &p, int pointDecimals, int coinDecimals)
{
    if (outstanding.isNegative() || outstanding.isZero())
        return Amount{};
    auto r = outstanding.mulDiv(p.rate.units() * p.coverageBps, scaleOf(pointDecimals, coinDecimals) * 10000, Rounding::Ceiling);
    if (!r)
        return fail("overflow", QStringLiteral("the required reserve does not fit"));
    return *r;
}

qint64 coverageBps(Amount reserve, Amount outstanding, const Policy &p, int pointDecimals, int coinDecimals)
{
    if (outstanding.isNegative() || outstanding.isZero() || p.rate.isZero())
        return 0;
    auto value = outstanding.mulDiv(p.rate.units(), scaleOf(pointDecimals, coinDecimals), Rounding::Ceiling);
    if (!value || value->isZero())
        return 0;
    auto bps = reserve.mulDiv(10000, value->units(), Rounding::Floor);
    return bps ? qint64(std::min<Int128>(bps->units(), Int128(1'000'000'000))) : 0;
}

} // namespace azc::bridge
