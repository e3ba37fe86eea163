// Market data: order-book snapshots and deltas, tickers, candles, and who
// receives them. A session subscribes to markets; after every command the
// levels it changed go to the subscribers as one delta numbered by the
// market's depth sequence (`prevSeq` → `seq`), so a client that sees a gap
// knows to fetch the snapshot again. Trades and the 24 h ticker follow.

#include "exchange/spot/spot_book.h"
#include "exchange/spot/spot_exchange.h"
#include "notify/event_bus.h"
#include "storage/database.h"
#include "wallet/money_text.h"

#include <QJsonArray>

namespace azc::spot {

namespace {

// Percent with two decimals, exact, rounded toward zero: "1.25", "-0.40".
QString changePercent(qint64 open, qint64 last)
{
    if (open <= 0)
        return {};
    const Int128 basisPoints = Int128(last - open) * 10000 / open;
    return Amount::fromUnits(basisPoints).toString(2);
}

} // namespace

QJsonArray SpotExchange::levelsJson(const Book &b, matching::Side side, int levels) const
{
    std::vector<std::pair<matching::Price, matching::Quantity>> top;
    b.engine->topLevels(side, levels, top);
    QJsonArray out;
    for (const auto &[price, lots] : top)
        out.append(QJsonArray{b.market.priceText(price), b.market.quantityText(lots)});
    return out;
}

Result<QJsonObject> SpotExchange::depth(const QString &symbol, int levels)
{
    auto found = book(symbol);
    if (!found)
        return found.error();
    const Book &b = *found.value();
    return QJsonObject{{QStringLiteral("market"), symbol},
                       {QStringLiteral("seq"), qint64(b.depthSeq)},
                       {QStringLiteral("bids"), levelsJson(b, matching::Side::Buy, levels)},
                       {QStringLiteral("asks"), levelsJson(b, matching::Side::Sell, levels)}};
}

QString SpotExchange::referencePrice(const QString &market) const
{
    const auto book = m_books.constFind(market);
    if (book == m_books.cend())
        return {};
    const Book &b = **book;
    // The journal replay at start-up restores the engine's last trade, so this survives a restart.
    if (const qint64 last = b.engine->lastTradePrice(); last > 0)
        return b.market.priceText(last);
    std::vector<std::pair<matching::Price, matching::Quantity>> bid, ask;
    b.engine->topLevels(matching::Side::Buy, 1, bid);
    b.engine->topLevels(matching::Side::Sell, 1, ask);
    if (bid.empty() || ask.empty())
        return {};
    return b.market.priceText((qint64(bid.front().first) + qint64(ask.front().first)) / 2);
}

QJsonObject SpotExchange::tickerJson(const Book &b) const
{
    const Market &m = b.market;
    auto text = [&m](qint64 ticks) { return ticks > 0 ? m.priceText(ticks) : QString(); };
    std::vector<std::pair<matching::Price, matching::Quantity>> bid, ask;
    b.engine->topLevels(matching::Side::Buy, 1, bid);
    b.engine->topLevels(matching::Side::Sell, 1, ask);
    const std::optional<Candle> day = b.candles.since(s.clock.nowMs() - CandleSeries::kDay);
    const qint64 last = b.engine->lastTradePrice();
    return {{QStringLiteral("market"), m.symbol},
            {QStringLiteral("last"), text(last)},
            {QStringLiteral("open"), day ? text(day->open) : QString()},
            {QStringLiteral("high"), day ? text(day->high) : QString()},
            {QStringLiteral("low"), day ? text(day->low) : QString()},
            {QStringLiteral("changePercent"), day ? changePercent(day->open, day->close) : QString()},
            {QStringLiteral("volume"), m.quantityText(day ? day->volume : 0)},
            {QStringLiteral("quoteVolume"), (day ? day->quoteVolume : Amount()).toString(m.quoteDecimals)},
            {QStringLiteral("trades"), day ? day->trades : 0},
            {QStringLiteral("bestBid"), bid.empty() ? QString() : text(bid.front().first)},
            {QStringLiteral("bestAsk"), ask.empty() ? QString() : text(ask.front().first)}};
}

Result<QJsonObject> SpotExchange::tickers()
{
    QStringList symbols = m_books.keys();
    symbols.sort();
    QJsonArray out;
    for (const QString &symbol : symbols)
        out.append(tickerJson(*m_books.value(symbol)));
    return QJsonObject{{QStringLiteral("tickers"), out}};
}

Result<QJsonObject> SpotExchange::candles(const QString &symbol, const QString &interval, int limit)
{
    auto found = book(symbol);
    if (!found)
        return found.error();
    const auto ms = CandleSeries::intervalMs(interval);
    if (!ms)
        return fail("invalid_params", QStringLiteral("interval is one of 1m, 5m, 15m, 1h, 4h, 1d"),
                    {{QStringLiteral("field"), QStringLiteral("interval")}});
    const Market &m = found.value()->market;
    QJsonArray out;
    for (const Candle &c : found.value()->candles.candles(*ms, limit))
        out.append(QJsonObject{{QStringLiteral("time"), c.openTime},
                               {QStringLiteral("open"), m.priceText(c.open)},
                               {QStringLiteral("high"), m.priceText(c.high)},
                               {QStringLiteral("low"), m.priceText(c.low)},
                               {QStringLiteral("close"), m.priceText(c.close)},
                               {QStringLiteral("volume"), m.quantityText(c.volume)},
                               {QStringLiteral("quoteVolume"), c.quoteVolume.toString(m.quoteDecimals)},
                               {QStringLiteral("trades"), c.trades}});
    return QJsonObject{{QStringLiteral("market"), symbol}, {QStringLiteral("interval"), interval},
                       {QStringLiteral("candles"), out}};
}

Result<QJsonObject> SpotExchange::subscribe(const QString &sessionId, const QStringList &markets)
{
    for (const QString &symbol : markets)
        if (!m_books.contains(symbol))
            return fail("not_found", QStringLiteral("no market %1").arg(symbol), {{QStringLiteral("market"), symbol}});
    unsubscribe(sessionId);
    for (const QString &symbol : markets)
        m_subscribers[symbol].insert(sessionId);
    if (!markets.isEmpty())
        m_subscriptions.insert(sessionId, QSet<QString>(markets.begin(), markets.end()));
    return QJsonObject{{QStringLiteral("markets"), QJsonArray::fromStringList(markets)}};
}

void SpotExchange::unsubscribe(const QString &sessionId)
{
    for (const QString &symbol : m_subscriptions.take(sessionId))
        m_subscribers[symbol].remove(sessionId);
}

Status SpotExchange::loadCandles(Book &b)
{
    // Minute candles only matter for a week; hour candles since the start.
    auto q = s.db.exec(QStringLiteral("SELECT at, price, quantity, quote FROM spot_fills WHERE market = ? ORDER BY seq, idx"),
                       {b.market.symbol});
    if (!q)
        return q.error();
    while (q.value().next())
        b.candles.add(q.value().value(0).toLongLong(), q.value().value(1).toLongLong(), q.value().value(2).toLongLong(),
                      wallet::amountFromUnitsText(q.value().value(3).toString()));
    return okStatus();
}

void SpotExchange::publishMarketData(Book &b, const QSet<QPair<int, qint64>> &levels, const QJsonArray &trades)
{
    if (levels.isEmpty() && trades.isEmpty())
        return;
    const quint64 prevSeq = b.depthSeq;
    if (!levels.isEmpty())
        ++b.depthSeq;
    const QSet<QString> subscribers = m_subscribers.value(b.market.symbol);
    if (subscribers.isEmpty())
        return;
    const QStringList sessions(subscribers.cbegin(), subscribers.cend());
    auto send = [&](const QString &event, const QJsonObject &params) { s.bus.publishToSessions(sessions, event, params); };
    if (!levels.isEmpty()) {
        QJsonArray bids, asks;
        for (const auto &[side, price] : levels) {
            const auto engineSide = side == 0 ? matching::Side::Buy : matching::Side::Sell;
            (side == 0 ? bids : asks)
                    .append(QJsonArray{b.market.priceText(price),
                                       b.market.quantityText(b.engine->restingAt(engineSide, price))});
        }
        send(QStringLiteral("event.spot.depth"), {{QStringLiteral("market"), b.market.symbol},
                                                 {QStringLiteral("seq"), qint64(b.depthSeq)},
                                                 {QStringLiteral("prevSeq"), qint64(prevSeq)},
                                                 {QStringLiteral("bids"), bids},
                                                 {QStringLiteral("asks"), asks}});
    }
    for (const QJsonValue &t : trades)
        send(QStringLiteral("event.spot.trade"), {{QStringLiteral("market"), b.market.symbol}, {QStringLiteral("trade"), t}});
    if (!trades.isEmpty())
        send(QStringLiteral("event.spot.ticker"), {{QStringLiteral("ticker"), tickerJson(b)}});
}

} // namespace azc::spot
