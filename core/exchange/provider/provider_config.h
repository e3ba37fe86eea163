#pragma once
// Which liquidity provider a backend uses and how it is set up: a real one
// (Binance's spot API or a stand-in at its URLs) or the simulated market.
// Kept apart from the connectors so a configuration does not pull them in.

#include "exchange/provider/decimal.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace azc::provider {

struct SimulatedMarket
{
    QString symbol, baseAsset, quoteAsset;
    Decimal tickSize;           // e.g. 0.01
    Decimal stepSize;           // e.g. 0.00001
    Decimal minNotional;        // zero: no rule
    qint64 startTicks = 0;      // the first mid, in ticks
    qint64 maxMoveTicks = 5;    // each step moves the mid by -max..+max ticks
    qint64 halfSpreadTicks = 1; // best bid = mid - half spread, best ask = mid + half spread
    int levels = 10;            // per side
    qint64 levelLots = 1000; // the best level's quantity in steps; level i holds (i + 1) times it
};

struct SimulatedConfig
{
    quint64 seed = 1;
    QList<SimulatedMarket> markets;
    QMap<QString, Decimal> balances;              // free, per asset
    std::chrono::milliseconds stepInterval{1000}; // random-walk period; 0: only step() moves prices
    std::chrono::milliseconds fillLatency{50};
    quint32 rejectionPpm = 0; // rejected orders per million
};

// The embedded default's markets (BTCUSDT, ETHUSDT, AZCUSDT) with a funded
// provider account, prices moving every second.
SimulatedConfig simulatedDemoConfig(quint64 seed = 1);

struct BinanceConfig
{
    QUrl restUrl = QUrl(QStringLiteral("https://api.binance.com"));
    QUrl streamUrl = QUrl(QStringLiteral("wss://stream.binance.com:9443"));
    QString apiKey;                           // secret: never logged
    QByteArray secret;                        // secret: never logged
    int recvWindowMs = 5000;                  // Binance's default; at most 60000
    std::chrono::milliseconds timeout{10000}; // per request
    int weightBudget = 5000;                  // of Binance's 6000 per minute
    std::chrono::milliseconds reconnectBase{500};
    std::chrono::milliseconds reconnectMax{30000};
    std::chrono::milliseconds streamStaleAfter{60000}; // a silent stream is reopened
};

// The provider choice: Binance when configured; otherwise the simulated
// market when configured or for the demo; otherwise none (no swaps, no
// routing), never a made-up market in a real deployment.
struct ProviderConfig
{
    std::optional<BinanceConfig> binance;
    std::optional<SimulatedConfig> simulated;
    bool demo = false;
};

} // namespace azc::provider
