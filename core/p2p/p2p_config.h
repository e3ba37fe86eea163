#pragma once
// P2P trading's settings: the commission and the trade timers.

#include "common/amount.h"

namespace azc::p2p {

struct P2PConfig {
    Amount commission = Amount::fromUnits(100000); // rate with 8 decimals: 0.1 %, paid by the buyer from the escrow
    qint64 releaseWindowMs = 15 * 60 * 1000;       // after "paid", before the buyer may appeal
    qint64 minuteMs = 60 * 1000;                   // the unit of an ad's payment window (tests shorten it)
    int sweepIntervalMs = 1000;                    // how often unpaid trades are checked for expiry
};

} // namespace azc::p2p
