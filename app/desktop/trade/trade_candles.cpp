#include "trade/trade_candles.h"

#include "foundation/event_hub.h"
#include "trade/trade_errors.h"

#include "common/amount.h"

#include <QJsonArray>

namespace azc {

namespace {

constexpr int kLimit = 120;

struct IntervalSpec {
    const char *name;
    qint64 ms;
};

constexpr IntervalSpec kIntervals[] = {{"1m", 60'000},          {"5m", 300'000},       {"15m", 900'000},
                                       {"1h", 3'600'000},       {"4h", 14'400'000},    {"1d", 86'400'000}};

std::optional<Amount> exact(const QJsonObject &o, const char *key)
{
    const auto parsed = Amount::parse(o.value(QLatin1String(key)).toString(), Amount::kMaxDecimals);
    return parsed ? std::optional<Amount>(parsed.value()) : std::nullopt;
}

QString text(Amount a)
{
    return a.toString(Amount::kMaxDecimals);
}

} // namespace

TradeCandles::TradeCandles(QObject *parent) : RemoteObject(parent) {}

QStringList TradeCandles::intervals() const
{
    QStringList names;
    for (const IntervalSpec &spec : kIntervals)
        names.append(QLatin1String(spec.name));
    return names;
}

qint64 TradeCandles::intervalMs() const
{
    for (const IntervalSpec &spec : kIntervals) {
        if (m_interval == QLatin1String(spec.name))
            return spec.ms;
    }
    return 60'000;
}

void TradeCandles::setMarket(const QString &market)
{
    if (m_market == market)
        return;
    m_market = market;
    m_candles.clear();
    publish();
    emit seriesChanged();
    reload();
}

void TradeCandles::setInterval(const QString &interval)
{
    if (m_interval == interval || !intervals().contains(interval))
        return;
    m_interval = interval;
    m_candles.clear();
    publish();
    emit seriesChanged();
    reload();
}

void TradeCandles::onAttached()
{
    // Pushes missed while the connection was down: read the list again.
    events()->onResync(this, [this] { reload(); });
    events()->on(Topic::SpotTrade, this, [this](const ServerEvent &e) {
        if (e.objectId == m_market)
            onTrade(e.object("trade"));
    });
    reload();
}

void TradeCandles::reload()
{
    if (!context() || m_market.isEmpty())
        return;
    const QString market = m_market;
    const QString interval = m_interval;
    const QJsonObject params{{QStringLiteral("market"), market},
                             {QStringLiteral("interval"), interval},
                             {QStringLiteral("limit"), kLimit}};
    request(QStringLiteral("spot.candles"), params, [this, market, interval](const QJsonObject &result) {
        if (market != m_market || interval != m_interval)
            return;
        m_candles.clear();
        for (const QJsonValue &v : result.value(QStringLiteral("candles")).toArray())
            m_candles.append(v.toObject());
        m_available = true;
        publish();
    }, [this](const RpcReply &reply) {
        // A server without candles: the chart says so instead of a toast.
        m_available = !TradeErrors::isMissingMethod(reply);
        publish();
    });
}

void TradeCandles::onTrade(const QJsonObject &trade)
{
    const qint64 at = trade.value(QStringLiteral("at")).toInteger();
    const qint64 bucket = at - at % intervalMs();
    const QString price = trade.value(QStringLiteral("price")).toString();
    const auto p = Amount::parse(price, Amount::kMaxDecimals);
    const auto q = Amount::parse(trade.value(QStringLiteral("quantity")).toString(), Amount::kMaxDecimals);
    if (!p || !q)
        return;
    const qint64 last = m_candles.isEmpty() ? -1 : m_candles.last().value(QStringLiteral("time")).toInteger();
    if (bucket < last)
        return; // a late trade of an older bucket: the next reload has it
    if (bucket > last) {
        m_candles.append({{QStringLiteral("time"), bucket}, {QStringLiteral("open"), price},
                          {QStringLiteral("high"), price}, {QStringLiteral("low"), price},
                          {QStringLiteral("close"), price}, {QStringLiteral("volume"), text(q.value())}});
        if (m_candles.size() > kLimit)
            m_candles.removeFirst();
        publish();
        return;
    }
    QJsonObject &c = m_candles.last();
    const auto high = exact(c, "high");
    const auto low = exact(c, "low");
    const auto volume = exact(c, "volume");
    if (!high || p.value() > *high)
        c.insert(QStringLiteral("high"), price);
    if (!low || p.value() < *low)
        c.insert(QStringLiteral("low"), price);
    c.insert(QStringLiteral("close"), price);
    const auto sum = volume ? volume->checkedAdd(q.value()) : std::nullopt;
    if (sum)
        c.insert(QStringLiteral("volume"), text(*sum));
    publish();
}

void TradeCandles::publish()
{
    m_view.clear();
    std::optional<Amount> lowest;
    std::optional<Amount> highest;
    m_low.clear();
    m_high.clear();
    for (const QJsonObject &c : std::as_const(m_candles)) {
        const auto high = exact(c, "high");
        const auto low = exact(c, "low");
        if (high && (!highest || *high > *highest)) {
            highest = high;
            m_high = c.value(QStringLiteral("high")).toString();
        }
        if (low && (!lowest || *low < *lowest)) {
            lowest = low;
            m_low = c.value(QStringLiteral("low")).toString();
        }
        QVariantMap row = c.toVariantMap();
        // Display only: where the candle is drawn. The labels show the strings.
        row.insert(QStringLiteral("o"), c.value(QStringLiteral("open")).toString().toDouble());
        row.insert(QStringLiteral("h"), c.value(QStringLiteral("high")).toString().toDouble());
        row.insert(QStringLiteral("l"), c.value(QStringLiteral("low")).toString().toDouble());
        row.insert(QStringLiteral("c"), c.value(QStringLiteral("close")).toString().toDouble());
        m_view.append(row);
    }
    m_lowValue = m_low.toDouble();
    m_highValue = m_high.toDouble();
    emit candlesChanged();
}

} // namespace azc
