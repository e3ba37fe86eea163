#include "common/amount.h"

#include <array>

namespace azc {

namespace {

constexpr UInt128 kPositiveLimit = ~(UInt128(1) << 127); // 2^127 - 1
constexpr UInt128 kNegativeLimit = UInt128(1) << 127;    // |-2^127|

UInt128 magnitude(Int128 v)
{
    return v < 0 ? UInt128(0) - UInt128(v) : UInt128(v);
}

std::optional<Int128> fromMagnitude(UInt128 m, bool negative)
{
    if (negative) {
        if (m > kNegativeLimit)
            return std::nullopt;
        return Int128(UInt128(0) - m);
    }
    if (m > kPositiveLimit)
        return std::nullopt;
    return Int128(m);
}

UInt128 pow10(int n)
{
    UInt128 p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

// Whether to add one to a truncated magnitude, given how the discarded part
// compares with one half (-1 below, 0 exactly, 1 above; `inexact` when
// anything was discarded).
bool roundsAway(Rounding mode, bool negative, bool inexact, int vsHalf, bool quotientOdd)
{
    if (!inexact)
        return false;
    switch (mode) {
    case Rounding::Down: return false;
    case Rounding::Up: return true;
    case Rounding::Floor: return negative;
    case Rounding::Ceiling: return !negative;
    case Rounding::HalfUp: return vsHalf >= 0;
    case Rounding::HalfEven: return vsHalf > 0 || (vsHalf == 0 && quotientOdd);
    }
    return false;
}

Result<Amount> parseImpl(QStringView text, int decimals, std::optional<Rounding> mode)
{
    if (decimals < 0 || decimals > Amount::kMaxDecimals)
        return fail("invalid_decimals", QStringLiteral("decimals must be 0 to 18"));
    if (text.isEmpty() || text.size() > 100)
        return fail("invalid_amount", QStringLiteral("not a decimal number"));
    qsizetype i = 0;
    const bool negative = text.at(0) == QLatin1Char('-');
    if (negative)
        ++i;
    UInt128 units = 0;
    int intDigits = 0;
    int fracDigits = 0;
    bool seenPoint = false;
    bool overflow = false;
    int firstDropped = -1;     // first digit beyond `decimals`
    bool restDropped = false;  // any non-zero digit after it
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('.')) {
            if (seenPoint || intDigits == 0)
                return fail("invalid_amount", QStringLiteral("not a decimal number"));
            seenPoint = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return fail("invalid_amount", QStringLiteral("not a decimal number"));
        const int digit = c.unicode() - '0';
        if (seenPoint) {
            ++fracDigits;
            if (fracDigits > decimals) {
                if (firstDropped < 0)
                    firstDropped = digit;
                else if (digit != 0)
                    restDropped = true;
                continue;
            }
        } else {
            ++intDigits;
        }
        if (units > (~UInt128(0) - UInt128(digit)) / 10)
            overflow = true;
        else
            units = units * 10 + UInt128(digit);
    }
    if (intDigits == 0 || (seenPoint && fracDigits == 0))
        return fail("invalid_amount", QStringLiteral("not a decimal number"));
    if (firstDropped >= 0 && !mode && (firstDropped != 0 || restDropped))
        return fail("too_precise", QStringLiteral("more than %1 decimal places").arg(decimals));
    // Scale to the asset's decimals.
    for (int k = std::min(fracDigits, decimals); k < decimals && !overflow; ++k) {
        if (units > (~UInt128(0)) / 10)
            overflow = true;
        else
            units *= 10;
    }
    if (firstDropped >= 0 && mode) {
        const bool inexact = firstDropped != 0 || restDropped;
        const int vsHalf = firstDropped > 5 || (firstDropped == 5 && restDropped) ? 1 : firstDropped == 5 ? 0 : -1;
        if (roundsAway(*mode, negative, inexact, vsHalf, (units & 1) != 0)) {
            if (units == ~UInt128(0))
                overflow = true;
            else
                ++units;
        }
    }
    const auto value = overflow ? std::nullopt : fromMagnitude(units, negative);
    if (!value)
        return fail("overflow", QStringLiteral("the amount is too large"));
    return Amount::fromUnits(*value);
}

// 128 × 128 → 256 bits as (high, low).
void multiply(UInt128 a, UInt128 b, UInt128 &hi, UInt128 &lo)
{
    const UInt128 mask = ~uint64_t(0);
    const UInt128 a0 = a & mask, a1 = a >> 64, b0 = b & mask, b1 = b >> 64;
    const UInt128 p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    const UInt128 middle = (p00 >> 64) + (p01 & mask) + (p10 & mask);
    lo = (p00 & mask) | (middle << 64);
    hi = p11 + (p01 >> 64) + (p10 >> 64) + (middle >> 64);
}

// (hi, lo) ÷ d by shift-and-subtract; false when the quotient needs more than 128 bits.
bool divide(UInt128 hi, UInt128 lo, UInt128 d, UInt128 &quotient, UInt128 &remainder)
{
    if (hi >= d)
        return false;
    UInt128 rem = hi;
    UInt128 q = 0;
    for (int bit = 127; bit >= 0; --bit) {
        const bool carry = (rem >> 127) != 0;
        rem = (rem << 1) | ((lo >> bit) & 1);
        q <<= 1;
        if (carry || rem >= d) {
            rem -= d;
            q |= 1;
        }
    }
    quotient = q;
    remainder = rem;
    return true;
}

} // namespace

Result<Amount> Amount::parse(QStringView text, int decimals)
{
    return parseImpl(text, decimals, std::nullopt);
}

Result<Amount> Amount::parseRounded(QStringView text, int decimals, Rounding mode)
{
    return parseImpl(text, decimals, mode);
}

QString int128ToString(Int128 value)
{
    UInt128 m = magnitude(value);
    std::array<char, 48> buf{};
    int pos = int(buf.size());
    do {
        buf[size_t(--pos)] = char('0' + int(m % 10));
        m /= 10;
    } while (m != 0);
    if (value < 0)
        buf[size_t(--pos)] = '-';
    return QString::fromLatin1(buf.data() + pos, int(buf.size()) - pos);
}

QString Amount::toFixed(int decimals) const
{
    const UInt128 m = magnitude(m_units);
    const UInt128 scale = pow10(decimals);
    // m / scale fits Int128 even for -2^127 when scale >= 10; for scale 1
    // the magnitude of min() does not, so it is printed from units directly.
    const QString whole = scale == 1 ? int128ToString(m_units).remove(QLatin1Char('-')) : int128ToString(Int128(m / scale));
    QString out = m_units < 0 ? QStringLiteral("-") + whole : whole;
    if (decimals > 0) {
        UInt128 f = m % scale;
        QString frac(decimals, QLatin1Char('0'));
        for (int i = decimals - 1; i >= 0; --i) {
            frac[i] = QLatin1Char(char('0' + int(f % 10)));
            f /= 10;
        }
        out += QLatin1Char('.') + frac;
    }
    return out;
}

QString Amount::unitsText() const
{
    return int128ToString(m_units);
}

std::optional<Amount> Amount::fromUnitsText(QStringView text)
{
    auto a = parse(text, 0);
    return a ? std::optional<Amount>(a.value()) : std::nullopt;
}

QString Amount::toString(int decimals) const
{
    QString fixed = toFixed(decimals);
    if (decimals == 0)
        return fixed;
    while (fixed.endsWith(QLatin1Char('0')))
        fixed.chop(1);
    if (fixed.endsWith(QLatin1Char('.')))
        fixed.chop(1);
    return fixed;
}

std::optional<Amount> Amount::checkedAdd(Amount other) const
{
    Int128 r;
    if (__builtin_add_overflow(m_units, other.m_units, &r))
        return std::nullopt;
    return Amount(r);
}

std::optional<Amount> Amount::checkedSub(Amount other) const
{
    Int128 r;
    if (__builtin_sub_overflow(m_units, other.m_units, &r))
        return std::nullopt;
    return Amount(r);
}

std::optional<Amount> Amount::checkedNegate() const
{
    return Amount().checkedSub(*this);
}

std::optional<Amount> Amount::checkedMul(Int128 factor) const
{
    Int128 r;
    if (__builtin_mul_overflow(m_units, factor, &r))
        return std::nullopt;
    return Amount(r);
}

std::optional<Amount> Amount::mulDiv(Int128 numerator, Int128 denominator, Rounding mode) const
{
    if (denominator == 0)
        return std::nullopt;
    const bool negative = ((m_units < 0) != (numerator < 0)) != (denominator < 0);
    UInt128 hi, lo, q, r;
    multiply(magnitude(m_units), magnitude(numerator), hi, lo);
    const UInt128 d = magnitude(denominator);
    if (!divide(hi, lo, d, q, r))
        return std::nullopt;
    if (q == 0 && r == 0)
        return Amount();
    // Compare the remainder with half the divisor without overflowing: r vs d - r.
    const UInt128 other = d - r;
    const int vsHalf = r > other ? 1 : r == other ? 0 : -1;
    if (roundsAway(mode, negative, r != 0, vsHalf, (q & 1) != 0)) {
        if (q == ~UInt128(0))
            return std::nullopt;
        ++q;
    }
    const auto value = fromMagnitude(q, negative);
    if (!value)
        return std::nullopt;
    return Amount(*value);
}

Int128 powerOfTen(int n)
{
    return Int128(pow10(n));
}

} // namespace azc
