#pragma once
// The trade history of one market folded into candles, for charts and the
// 24 h ticker. Minute candles are kept for a week (enough for 500 candles
// of 1m, 5m and 15m), hour candles for good (1h, 4h and 1d are built from
// them), so memory stays small whatever the market's age. Prices are the
// engine's ticks and volumes its lots; the quote volume is exact.

#include "common/amount.h"

#include <QList>
#include <map>
#include <optional>

namespace azc::spot {

struct Candle {
    qint64 openTime = 0; // ms, UTC bucket start
    qint64 open = 0, high = 0, low = 0, close = 0; // ticks
    qint64 volume = 0;   // lots
    Amount quoteVolume;  // quote units
    qint64 trades = 0;

    void add(qint64 price, qint64 lots, Amount quote);
    void merge(const Candle &later); // `later` follows this one in time
};

class CandleSeries
{
public:
    static constexpr qint64 kMinute = 60'000;
    static constexpr qint64 kHour = 60 * kMinute;
    static constexpr qint64 kDay = 24 * kHour;
    static constexpr qint64 kMinuteRetention = 7 * kDay;

    // Trades must arrive in time order (a late one joins the latest bucket).
    void add(qint64 atMs, qint64 price, qint64 lots, Amount quote);

    // The interval in ms of "1m", "5m", "15m", "1h", "4h", "1d"; nullopt otherwise.
    static std::optional<qint64> intervalMs(const QString &name);
    // The latest `limit` candles of `intervalMs` (one of the above), oldest
    // first; buckets without trades are left out.
    QList<Candle> candles(qint64 intervalMs, int limit) const;
    // Every trade from `fromMs` on, as one candle (by minute: the 24 h
    // ticker's window starts at a minute boundary). Empty when none.
    std::optional<Candle> since(qint64 fromMs) const;

private:
    static void addTo(std::map<qint64, Candle> &series, qint64 bucket, qint64 price, qint64 lots, Amount quote);

    std::map<qint64, Candle> m_minutes; // by bucket start
    std::map<qint64, Candle> m_hours;
    qint64 m_latest = 0;
};

} // namespace azc::spot
