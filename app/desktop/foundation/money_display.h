#pragma once
// Amounts on screen. The server sends exact decimal strings and the screens
// show those strings; the few things the desktop derives from them (a sign,
// a percentage, comparisons) go through azc::Amount, never double — except
// barFraction(), which only sizes a bar.

#include <QString>
#include <optional>

namespace azc::money {

// "5" -> "+5", "-10.1" stays, "0" stays.
QString withSign(const QString &amount);
bool isNegative(const QString &amount);
// "1.2345" (holdings / liabilities, 4 decimals) -> "123.45"; nullopt if malformed.
std::optional<QString> percentOfRatio(const QString &ratio);
// ratio ≥ 1 (fully backed); false when malformed.
bool ratioAtLeastOne(const QString &ratio);
// a ≥ b at `decimals`; nullopt when either is malformed.
std::optional<bool> atLeast(const QString &a, const QString &b, int decimals);
// Display only: value / max in [0, 1] as a double, for the height of a bar.
double barFraction(const QString &value, const QString &max, int decimals);

} // namespace azc::money
