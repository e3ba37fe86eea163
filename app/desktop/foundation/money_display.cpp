#include "foundation/money_display.h"

#include "common/amount.h"

namespace azc::money {

QString withSign(const QString &amount)
{
    if (amount.isEmpty() || amount.startsWith(QLatin1Char('-')))
        return amount;
    const auto parsed = Amount::parse(amount, Amount::kMaxDecimals);
    return parsed && parsed->isZero() ? amount : QLatin1Char('+') + amount;
}

bool isNegative(const QString &amount)
{
    const auto parsed = Amount::parse(amount, Amount::kMaxDecimals);
    return parsed && parsed->isNegative();
}

std::optional<QString> percentOfRatio(const QString &ratio)
{
    // 1.2345 is 12345 units at 4 decimals, and 123.45 % is the same 12345
    // units at 2 decimals: no arithmetic needed, only a different scale.
    const auto parsed = Amount::parse(ratio, 4);
    if (!parsed)
        return std::nullopt;
    return Amount::fromUnits(parsed->units()).toFixed(2);
}

bool ratioAtLeastOne(const QString &ratio)
{
    const auto parsed = Amount::parse(ratio, 4);
    return parsed && parsed->units() >= 10000;
}

std::optional<bool> atLeast(const QString &a, const QString &b, int decimals)
{
    const auto x = Amount::parse(a, decimals);
    const auto y = Amount::parse(b, decimals);
    if (!x || !y)
        return std::nullopt;
    return x.value() >= y.value();
}

double barFraction(const QString &value, const QString &max, int decimals)
{
    const auto v = Amount::parse(value, decimals);
    const auto m = Amount::parse(max, decimals);
    if (!v || !m || m->units() <= 0 || v->units() <= 0)
        return 0;
    // Display only: the bar's height. Labels show the exact strings.
    return std::min(1.0, double(v->units()) / double(m->units()));
}

} // namespace azc::money
