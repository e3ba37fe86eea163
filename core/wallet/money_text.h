#pragma once
// Amounts at the protocol boundary: decimal strings at the asset's
// decimals, parsed exactly (never rounded) with the wallet's error reasons.

#include "common/amount.h"

namespace azc::wallet {

enum class Sign { Positive, NonNegative, NonZero };

// "invalid_amount" (with data.field) when the text is not an exact amount
// at `decimals`, or has the wrong sign.
Result<Amount> parseAmount(const QString &text, int decimals, Sign sign, const QString &field = QStringLiteral("amount"));
// A stored amount (Amount::unitsText); zero when unreadable.
Amount amountFromUnitsText(const QString &text);

} // namespace azc::wallet
