#include "exchange/spot/candle_series.h"

#include <QString>
#include <algorithm>

namespace azc::spot {

void Candle::add(qint64 price, qint64 lots, Amount quote)
{
    if (trades == 0) {
        open = high = low = price;
    } else {
        high = std::max(high, price);
        low = std::min(low, price);
    }
    close = price;
    volume += lots;
    quoteVolume = quoteVolume.checkedAdd(quote).value_or(Amount::max());
    ++trades;
}

void Candle::merge(const Candle &later)
{
    if (later.trades == 0)
        return;
    if (trades == 0) {
        const qint64 start = openTime;
        *this = later;
        openTime = start;
        return;
    }
    high = std::max(high, later.high);
    low = std::min(low, later.low);
    close = later.close;
    volume += later.volume;
    quoteVolume = quoteVolume.checkedAdd(later.quoteVolume).value_or(Amount::max());
    trades += later.trades;
}

void CandleSeries::addTo(std::map<qint64, Candle> &series, qint64 bucket, qint64 price, qint64 lots, Amount quote)
{
    Candle &c = series[bucket];
    c.openTime = bucket;
    c.add(price, lots, quote);
}

void CandleSeries::add(qint64 atMs, qint64 price, qint64 lots, Amount quote)
{
    // Clocks may step back; a trade never reopens a closed candle.
    atMs = std::max(atMs, m_latest);
    m_latest = atMs;
    addTo(m_minutes, atMs - atMs % kMinute, price, lots, quote);
    addTo(m_hours, atMs - atMs % kHour, price, lots, quote);
    const qint64 oldest = atMs - kMinuteRetention;
    while (!m_minutes.empty() && m_minutes.begin()->first < oldest)
        m_minutes.erase(m_minutes.begin());
}

std::optional<qint64> CandleSeries::intervalMs(const QString &name)
{
    static const std::pair<const char *, qint64> known[] = {{"1m", kMinute},     {"5m", 5 * kMinute}, {"15m", 15 * kMinute},
                                                            {"1h", kHour},       {"4h", 4 * kHour},   {"1d", kDay}};
    for (const auto &[text, ms] : known)
        if (name == QLatin1String(text))
            return ms;
    return std::nullopt;
}

QList<Candle> CandleSeries::candles(qint64 intervalMs, int limit) const
{
    const std::map<qint64, Candle> &source = intervalMs < kHour ? m_minutes : m_hours;
    QList<Candle> newestFirst;
    for (auto it = source.rbegin(); it != source.rend(); ++it) {
        const qint64 bucket = it->first - it->first % intervalMs;
        if (newestFirst.isEmpty() || newestFirst.last().openTime != bucket) {
            if (newestFirst.size() == limit)
                break;
            Candle c;
            c.openTime = bucket;
            newestFirst.append(c);
        }
        // Walking backwards: what we have so far is later than this piece.
        Candle piece = it->second;
        piece.openTime = bucket;
        piece.merge(newestFirst.last());
        newestFirst.last() = piece;
    }
    std::reverse(newestFirst.begin(), newestFirst.end());
    return newestFirst;
}

std::optional<Candle> CandleSeries::since(qint64 fromMs) const
{
    Candle total;
    total.openTime = fromMs;
    for (auto it = m_minutes.lower_bound(fromMs - fromMs % kMinute); it != m_minutes.end(); ++it)
        total.merge(it->second);
    if (total.trades == 0)
        return std::nullopt;
    return total;
}

} // namespace azc::spot
