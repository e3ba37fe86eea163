#pragma once
// The Bridge's rules as pure code (library azc_bridge_rules): a point's
// policy, what a swap gives and takes, and the reserve a point needs.
// Everything is exact integer arithmetic on asset units; every division
// rounds in the reserve's favour (the user never gets a unit the reserve
// did not receive).
//
// A rate is the coin per whole point as an Amount at 18 decimals
// ("0.0125" AZC per point → 12,500,000,000,000,000 units).

#include "common/amount.h"
#include "common/result.h"

#include <QJsonObject>

namespace azc::bridge {

inline constexpr int kRateDecimals = 18;

struct Policy {
    QString rateMode = QStringLiteral("fixed"); // "fixed" | "market"
    Amount rate;            // coin per whole point, 18 decimals (fixed; for "market" the last price read)
    int spreadBps = 0;      // against the user, both directions
    Amount minSwap, maxSwap;             // point units; 0: none
    Amount userDailyCap, totalDailyCap;  // point units per UTC day; 0: none
    int feeBps = 0;         // of the coin side, to the house
    bool toCoin = true, toPoints = true;
    int coverageBps = 10000;

    // Reads and checks a policy sent by a partner (amounts at the point's
    // decimals). Errors name the field ("invalid_params" with data.field).
    static Result<Policy> fromJson(const QJsonObject &o, int pointDecimals);
    QJsonObject toJson(int pointDecimals) const;
    // The stored form: amounts as unit text, exact whatever the decimals.
    QJsonObject toStored() const;
    static Policy fromStored(const QJsonObject &o);
};

// What a swap gives and takes. `points` are point units, the rest coin units.
struct SwapAmounts {
    Amount points;     // burned (toCoin) or issued (toPoints)
    Amount coinGross;  // what leaves (toCoin) or enters (toPoints) the reserve plus the fee
    Amount fee;        // to the house
    Amount coinToUser; // toCoin: gross − fee; toPoints: 0
    Amount coinFromUser; // toPoints: what the user pays; toCoin: 0
};

// P points → coin: gross = floor(P × rate × (1 − spread)), fee = ceil(gross × fee), user gets the rest.
Result<SwapAmounts> quoteToCoin(Amount points, const Policy &p, int pointDecimals, int coinDecimals);
// C coin → points: fee = ceil(C × fee), points = floor((C − fee) / (rate × (1 + spread))).
Result<SwapAmounts> quoteToPoints(Amount coin, const Policy &p, int pointDecimals, int coinDecimals);
// The reserve `outstanding` points need: ceil(outstanding × rate × coverage).
Result<Amount> requiredReserve(Amount outstanding, const Policy &p, int pointDecimals, int coinDecimals);
// reserve / (outstanding × rate) in basis points, floored; 0 when nothing is outstanding.
qint64 coverageBps(Amount reserve, Amount outstanding, const Policy &p, int pointDecimals, int coinDecimals);

} // namespace azc::bridge
