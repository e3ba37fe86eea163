#pragma once
// Quick swaps' settings: the hidden spread and how long a quote holds.

#include "common/amount.h"

#include <QString>

namespace azc::swap {

struct SwapConfig {
    Amount spread = Amount::fromUnits(500000); // rate with 8 decimals: 0.5 %
    qint64 quoteTtlMs = 10000;
    QString providerName = QStringLiteral("simulated"); // the ledger's Provider/World sub-account
};

} // namespace azc::swap
