#include "exchange/provider/decimal.h"

#include <algorithm>

namespace azc::provider {

namespace {

constexpr Int128 pow10(int n)
{
    Int128 v = 1;
    for (int i = 0; i < n; ++i)
        v *= 10;
    return v;
}

std::optional<Int128> checkedMul128(Int128 a, Int128 b)
{
    Int128 out;
    if (__builtin_mul_overflow(a, b, &out))
        return std::nullopt;
    return out;
}

// Both values at the larger scale, if that fits.
struct Aligned
{
    Int128 a, b;
    int scale;
};

std::optional<Aligned> align(const Decimal &x, const Decimal &y)
{
    const int scale = std::max(x.scale(), y.scale());
    auto a = checkedMul128(x.mantissa(), pow10(scale - x.scale()));
    auto b = checkedMul128(y.mantissa(), pow10(scale - y.scale()));
    if (!a || !b)
        return std::nullopt;
    return Aligned{*a, *b, scale};
}

} // namespace

std::optional<Decimal> Decimal::fromUnits(Int128 mantissa, int scale)
{
    if (scale < 0 || scale > kMaxScale)
        return std::nullopt;
    while (scale > 0 && mantissa % 10 == 0) {
        mantissa /= 10;
        --scale;
    }
    return Decimal(mantissa, scale);
}

Result<Decimal> Decimal::parse(QStringView text)
{
    const qsizetype dot = text.indexOf(u'.');
    const int fraction = dot < 0 ? 0 : int(text.size() - dot - 1);
    if (fraction > kMaxScale)
        return fail("too_precise", QStringLiteral("more than %1 fractional digits").arg(kMaxScale));
    auto amount = Amount::parse(text, fraction);
    if (!amount) {
        const QString reason = amount.error().reason;
        if (reason == QLatin1String("overflow") || reason == QLatin1String("too_precise"))
            return amount.error();
        return fail("invalid_decimal", QStringLiteral("not a plain decimal number"));
    }
    return *fromUnits(amount->units(), fraction);
}

QString Decimal::toString() const
{
    return Amount::fromUnits(m_mantissa).toString(m_scale);
}

QString Decimal::toFixed(int scale) const
{
    scale = std::clamp(scale, 0, kMaxScale);
    if (scale >= m_scale) {
        // Padded with zeros, not scaled up: mantissa × 10^(scale - m_scale) may not fit 128 bits.
        QString out = Amount::fromUnits(m_mantissa).toFixed(m_scale);
        if (m_scale == 0 && scale > 0)
            out += QLatin1Char('.');
        return out + QString(scale - m_scale, QLatin1Char('0'));
    }
    return Amount::fromUnits(m_mantissa / pow10(m_scale - scale)).toFixed(scale);
}

std::optional<Int128> Decimal::unitsAt(int scale) const
{
    if (scale < 0 || scale > kMaxScale)
        return std::nullopt;
    if (scale >= m_scale)
        return checkedMul128(m_mantissa, pow10(scale - m_scale));
    const Int128 divisor = pow10(m_scale - scale);
    if (m_mantissa % divisor != 0)
        return std::nullopt;
    return m_mantissa / divisor;
}

std::optional<Int128> Decimal::multipleOf(const Decimal &step) const
{
    if (step.m_mantissa <= 0)
        return std::nullopt;
    auto aligned = align(*this, step);
    if (!aligned || aligned->a % aligned->b != 0)
        return std::nullopt;
    return aligned->a / aligned->b;
}

std::optional<Decimal> Decimal::checkedAdd(const Decimal &other) const
{
    auto aligned = align(*this, other);
    Int128 sum;
    if (!aligned || __builtin_add_overflow(aligned->a, aligned->b, &sum))
        return std::nullopt;
    return fromUnits(sum, aligned->scale);
}

std::optional<Decimal> Decimal::checkedSub(const Decimal &other) const
{
    auto aligned = align(*this, other);
    Int128 diff;
    if (!aligned || __builtin_sub_overflow(aligned->a, aligned->b, &diff))
        return std::nullopt;
    return fromUnits(diff, aligned->scale);
}

std::optional<Decimal> Decimal::checkedMul(const Decimal &other) const
{
    auto product = checkedMul128(m_mantissa, other.m_mantissa);
    if (!product || m_scale + other.m_scale > kMaxScale)
        return std::nullopt;
    return fromUnits(*product, m_scale + other.m_scale);
}

std::strong_ordering operator<=>(const Decimal &a, const Decimal &b)
{
    // Integer parts first, then fractions at 18 digits: never overflows.
    const Int128 ia = a.m_mantissa / pow10(a.m_scale);
    const Int128 ib = b.m_mantissa / pow10(b.m_scale);
    if (ia != ib)
        return ia <=> ib;
    const Int128 fa = (a.m_mantissa % pow10(a.m_scale)) * pow10(Decimal::kMaxScale - a.m_scale);
    const Int128 fb = (b.m_mantissa % pow10(b.m_scale)) * pow10(Decimal::kMaxScale - b.m_scale);
    return fa <=> fb;
}

std::optional<Amount> toAmount(const Decimal &d, int decimals, Rounding mode)
{
    if (d.scale() <= decimals)
        return Amount::fromUnits(d.mantissa()).checkedMul(pow10(decimals - d.scale()));
    return Amount::fromUnits(d.mantissa()).mulDiv(1, pow10(d.scale() - decimals), mode);
}

Decimal toDecimal(Amount a, int decimals)
{
    return Decimal::fromUnits(a.units(), decimals).value_or(Decimal());
}

} // namespace azc::provider
