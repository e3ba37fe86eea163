#pragma once
// An exact decimal number for prices and quantities as liquidity providers
// quote them: a signed 128-bit mantissa and a scale (value = mantissa ÷ 10^scale,
// scale 0..18). Binance sends every number as decimal text ("0.00100000");
// this keeps it exact. No floating point, ever (docs/provider.md).
//
// Values are normalised (no trailing fractional zeros), so "1.50" == "1.5" and
// equal values have equal representations.

#include "common/amount.h"
#include "common/result.h"

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace azc::provider {

class Decimal
{
public:
    static constexpr int kMaxScale = 18;

    constexpr Decimal() = default;
    // mantissa ÷ 10^scale; nullopt for a scale outside 0..18.
    static std::optional<Decimal> fromUnits(Int128 mantissa, int scale);
    static Decimal fromInteger(qint64 value) { return *fromUnits(value, 0); }
    // Plain decimal text: "12", "-0.5", "0.00100000". No exponents, spaces or '+';
    // at most 18 fractional digits. Reasons: invalid_decimal, too_precise, overflow.
    static Result<Decimal> parse(QStringView text);

    QString toString() const;         // shortest exact form: "0.001", "12"
    QString toFixed(int scale) const; // "0.00100000"; rounds toward zero if scale is smaller

    constexpr Int128 mantissa() const { return m_mantissa; }
    constexpr int scale() const { return m_scale; }
    constexpr bool isZero() const { return m_mantissa == 0; }
    constexpr bool isNegative() const { return m_mantissa < 0; }

    // The value as a count of 10^-scale units, only if that is exact and fits.
    std::optional<Int128> unitsAt(int scale) const;
    // As a multiple of `step` (> 0): nullopt unless value is exactly n × step.
    std::optional<Int128> multipleOf(const Decimal &step) const;

    std::optional<Decimal> checkedAdd(const Decimal &other) const;
    std::optional<Decimal> checkedSub(const Decimal &other) const;
    // Exact product; nullopt when the scale would exceed 18 or 128 bits overflow.
    std::optional<Decimal> checkedMul(const Decimal &other) const;

    friend bool operator==(const Decimal &a, const Decimal &b) = default;
    friend std::strong_ordering operator<=>(const Decimal &a, const Decimal &b);

private:
    constexpr Decimal(Int128 mantissa, int scale)
        : m_mantissa(mantissa)
        , m_scale(scale)
    {}
    Int128 m_mantissa = 0;
    int m_scale = 0;
};

// A provider decimal as ledger units at `decimals`, rounded by `mode` when it
// has more digits; nullopt when it does not fit.
std::optional<Amount> toAmount(const Decimal &d, int decimals, Rounding mode);
// Ledger units at `decimals` as a provider decimal (exact).
Decimal toDecimal(Amount a, int decimals);

} // namespace azc::provider
