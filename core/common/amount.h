#pragma once
// Money: a signed 128-bit count of an asset's smallest unit (wei, satoshi,
// cent). Never floating point: parsing and formatting are exact at the
// asset's decimals, arithmetic is overflow-checked, and every division
// names its rounding (docs/architecture.md, "Money").

#include "common/result.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace azc {

__extension__ using Int128 = __int128;
__extension__ using UInt128 = unsigned __int128;

enum class Rounding {
    Down,     // toward zero
    Up,       // away from zero
    Floor,    // toward negative infinity
    Ceiling,  // toward positive infinity
    HalfUp,   // to nearest, ties away from zero
    HalfEven, // to nearest, ties to even (banker's)
};

// 10^n for n in 0..38: how many units a whole coin with n decimals has.
Int128 powerOfTen(int n);

class Amount
{
public:
    static constexpr int kMaxDecimals = 18;

    constexpr Amount() = default;
    static constexpr Amount fromUnits(Int128 units) { return Amount(units); }
    static constexpr Amount max() { return Amount(~(Int128(1) << 127)); }
    static constexpr Amount min() { return Amount(Int128(1) << 127); }

    // Exact: "12.5" at 6 decimals is 12500000 units. More fractional digits
    // than `decimals` is an error ("too_precise"); so are exponents, spaces,
    // '+', a bare '.', and values beyond 128 bits ("overflow").
    static Result<Amount> parse(QStringView text, int decimals);
    // Like parse, but extra fractional digits are rounded with `mode`.
    static Result<Amount> parseRounded(QStringView text, int decimals, Rounding mode);

    QString toString(int decimals) const; // shortest exact form: "12.5", "-0.000001", "3"
    QString toFixed(int decimals) const;  // every decimal: "12.500000"
    // The storage form: decimal text of the units ("-12500000"), what TEXT
    // columns hold (128 bits fit neither SQLite's INTEGER nor a portable type).
    QString unitsText() const;
    static std::optional<Amount> fromUnitsText(QStringView text);

    constexpr Int128 units() const { return m_units; }
    constexpr bool isZero() const { return m_units == 0; }
    constexpr bool isNegative() const { return m_units < 0; }

    std::optional<Amount> checkedAdd(Amount other) const;
    std::optional<Amount> checkedSub(Amount other) const;
    std::optional<Amount> checkedNegate() const;
    std::optional<Amount> checkedMul(Int128 factor) const;
    // this × numerator ÷ denominator with a 256-bit intermediate, rounded by
    // `mode`; nullopt on a zero denominator or a result beyond 128 bits.
    std::optional<Amount> mulDiv(Int128 numerator, Int128 denominator, Rounding mode) const;

    friend constexpr auto operator<=>(Amount a, Amount b) = default;

private:
    constexpr explicit Amount(Int128 units) : m_units(units) {}
    Int128 m_units = 0;
};

// Decimal text of any 128-bit integer (no scaling).
QString int128ToString(Int128 value);

} // namespace azc
