#pragma once
// SimulatedProvider: an in-process market behind the LiquidityProvider
// interface, for the embedded default and the demo. Each market's mid price
// is a seeded random walk in whole ticks; depth is a ladder of levels around
// it; market orders fill against that ladder after a configurable latency, and
// a configurable share of them is rejected. Balances per asset move with the
// fills. Everything is integer arithmetic on ticks and lots, and the same seed
// and the same calls give the same prices, fills and rejections.

#include "exchange/provider/liquidity_provider.h"
#include "exchange/provider/provider_config.h"

#include <QHash>
#include <QMap>
#include <QTimer>

#include <chrono>

namespace azc::provider {

class SimulatedProvider : public LiquidityProvider
{
    Q_OBJECT
public:
    explicit SimulatedProvider(SimulatedConfig config, QObject *parent = nullptr);
    ~SimulatedProvider() override;

    void symbols(Callback<QList<SymbolRules>> done) override;
    void depth(const QString &symbol, int limit, Callback<Depth> done) override;
    void placeMarketOrder(const MarketOrderRequest &request, Callback<OrderResult> done) override;
    void orderStatus(const QString &symbol, const QString &clientOrderId,
                     Callback<OrderResult> done) override;
    void balances(Callback<QList<Balance>> done) override;
    void subscribePrices(const QStringList &symbols) override;

    // One random-walk step in every market (the timer's work; tests call it directly).
    void step();
    std::optional<qint64> midTicks(const QString &symbol) const;
    Depth depthNow(const QString &symbol, int limit) const;

private:
    struct MarketState
    {
        SimulatedMarket rules;
        qint64 midTicks = 0;
        qint64 updateId = 0;
        int quoteScale = 0; // scale of price × quantity: tick scale + step scale
    };

    quint64 nextRandom();
    // Uniform in 0..bound-1 (bound > 0), without modulo bias worth caring about here.
    quint64 randomBelow(quint64 bound) { return nextRandom() % bound; }
    Result<OrderResult> fill(const MarketOrderRequest &request);
    BookTicker tickerOf(const MarketState &m) const;
    template<typename T>
    void answerLater(Callback<T> done, Result<T> result, std::chrono::milliseconds delay = {});

    SimulatedConfig m_config;
    quint64 m_rng;
    QMap<QString, MarketState> m_markets;
    QMap<QString, Decimal> m_balances;
    QHash<QString, OrderResult> m_orders; // by symbol + '\n' + clientOrderId
    QStringList m_subscribed;
    QTimer m_stepTimer;
    qint64 m_nextOrderId = 1;
    qint64 m_nextTradeId = 1;
};

} // namespace azc::provider
