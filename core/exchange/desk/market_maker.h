#pragma once
// The market-maker bot: an internal account that keeps every configured spot
// market quoted around the liquidity provider's mid price, so the books have
// depth even when few users trade. Its orders are ordinary orders (funds held
// in the ledger, fees paid, fills settled like anyone's); it only decides
// where they go:
//   bid i = mid × (1 − halfSpread − i × levelStep), rounded down to the tick
//   ask i = mid × (1 + halfSpread + i × levelStep), rounded up to the tick
// It requotes (cancel-all, then place) when the mid has moved by more than
// `requoteMove` or some of its orders have traded, never more often than
// `intervalMs`; a level it cannot fund is skipped. Its limits are its
// balance, `levels` and `sizes`.

#include "common/amount.h"
#include "exchange/desk/market_maker_config.h"
#include "exchange/provider/liquidity_provider.h"
#include "server/call_context.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QTimer>

namespace azc::spot { class SpotExchange; }

namespace azc::desk {

class MarketMaker : public QObject
{
    Q_OBJECT
public:
    MarketMaker(spot::SpotExchange &spot, provider::LiquidityProvider &provider, MarketMakerConfig config,
                QObject *parent = nullptr);

    void start();
    // One pass over the markets now (tests, and the timer).
    void requote();
    const MarketMakerConfig &config() const { return m_config; }

private:
    struct Quoted {
        Amount mid;      // quote units
        int orders = 0;  // how many of its orders rest in the book
        int attempted = 0;
        int passesSinceShort = 0;
        bool busy = false;
    };
    void requoteMarket(const QString &market);
    void replace(const QString &market, Amount mid);
    server::Caller caller() const;

    spot::SpotExchange &m_spot;
    provider::LiquidityProvider &m_provider;
    MarketMakerConfig m_config;
    QTimer m_timer;
    QHash<QString, Quoted> m_quoted;
};

} // namespace azc::desk
