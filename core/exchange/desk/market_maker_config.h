#pragma once
// The market-maker bot's settings (market_maker.h explains what it does).

#include "common/amount.h"

#include <QMap>
#include <QString>

namespace azc::desk {

struct MarketMakerConfig {
    bool enabled = false;
    QString userId = QStringLiteral("system-market-maker"); // its ledger owner id (not a person's account)
    int intervalMs = 3000;
    int levels = 5;
    Amount halfSpread = Amount::fromUnits(100000);  // rate with 8 decimals: 0.1 %
    Amount levelStep = Amount::fromUnits(100000);   // 0.1 % between levels
    // Every requote is a cancel-all and a dozen orders in the journal, which a
    // restart replays: move only when the price has really moved.
    Amount requoteMove = Amount::fromUnits(250000); // 0.25 %
    QMap<QString, QString> sizes; // market → base quantity per level, e.g. "BTC-USDT" → "0.01"
};

// The demo's bot: on, quoting BTC-USDT, ETH-USDT and AZC-USDT.
MarketMakerConfig demoMarketMakerConfig();

} // namespace azc::desk
