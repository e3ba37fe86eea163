#pragma once
// Amounts are stored as decimal text of units (TEXT columns): reading one back.

#include "common/amount.h"

#include <QVariant>

namespace azc::storage {

// The amount in a units column; zero for NULL or text that is not units
// (which only a hand-edited database holds).
inline Amount storedAmount(const QVariant &column) { return Amount::fromUnitsText(column.toString()).value_or(Amount()); }

} // namespace azc::storage
