#pragma once
// Staking rewards as exact arithmetic (pure code, shared by the server and
// anything that shows a position's earnings): simple interest at a yearly rate
// in basis points, accrued per second with the fraction of a unit carried, so
// a position accrued every minute owes to the unit what one accrual over the
// whole span would give.

#include "common/amount.h"

#include <optional>

namespace azc::staking {

inline constexpr qint64 kSecondsPerYear = 365LL * 86400;
inline constexpr int kMaxRateBps = 100000; // 1000 % a year
// Rate in basis points per year, time in seconds: principal × rateBps × seconds
// ÷ kRateDenominator is what a position earns.
inline constexpr qint64 kRateDenominator = 10000LL * kSecondsPerYear;

// What a position has earned and not been paid: whole units owed plus the
// fraction of a unit carried over (remainder / kRateDenominator), so accruing
// in many small steps gives exactly what one step would: no rounding drift.
struct Accrual
{
    Amount owed;
    Int128 remainder = 0; // 0 <= remainder < kRateDenominator

    friend bool operator==(const Accrual &, const Accrual &) = default;
};

// owed += floor((principal × rateBps × seconds + remainder) / kRateDenominator),
// the new remainder carried. Exact for every principal that fits in an Amount.
// nullopt when `owed` would overflow, or for arguments outside their range:
// principal < 0, rateBps outside 0..kMaxRateBps, seconds < 0, from.owed < 0,
// from.remainder outside [0, kRateDenominator).
std::optional<Accrual> accrue(const Accrual &from, Amount principal, int rateBps, qint64 seconds);

} // namespace azc::staking
