#include "staking/accrual.h"

namespace azc::staking {

// principal = whole × D + part with part < D (D = kRateDenominator), so
//   principal × r × s + rem = whole × r × s × D + (part × r × s + rem)
// and the quotient by D is whole × r × s + (part × r × s + rem) / D exactly.
// No chunking of `seconds` is needed: part × r × s + rem < 2^39 × 2^17 × 2^63
// + 2^39 < 2^120 always fits, and whole × r × s only overflows when the
// result itself would.
std::optional<Accrual> accrue(const Accrual &from, Amount principal, int rateBps, qint64 seconds)
{
    if (principal.isNegative() || rateBps < 0 || rateBps > kMaxRateBps || seconds < 0
        || from.owed.isNegative() || from.remainder < 0 || from.remainder >= kRateDenominator)
        return std::nullopt;
    const Int128 rateTime = Int128(rateBps) * seconds; // < 2^17 × 2^63
    const Int128 whole = principal.units() / kRateDenominator;
    const Int128 part = principal.units() % kRateDenominator;
    const Int128 carried = part * rateTime + from.remainder;

    Int128 gained = 0;
    if (__builtin_mul_overflow(whole, rateTime, &gained)
        || __builtin_add_overflow(gained, carried / kRateDenominator, &gained))
        return std::nullopt;
    const auto owed = from.owed.checkedAdd(Amount::fromUnits(gained));
    if (!owed)
        return std::nullopt;
    return Accrual{*owed, carried % kRateDenominator};
}

} // namespace azc::staking
