// What clients read: markets, their order books (aggregated per price level),
// recent trades, and a user's orders.

#include "exchange/spot/spot_book.h"
#include "exchange/spot/spot_exchange.h"
#include "notify/event_bus.h"
#include "storage/database.h"
#include "wallet/money_text.h"

#include <QJsonArray>
#include <algorithm>

namespace azc::spot {

Result<QJsonObject> SpotExchange::markets()
{
    QList<std::shared_ptr<Book>> books = m_books.values();
    std::sort(books.begin(), books.end(), [](const auto &a, const auto &b) { return a->market.symbol < b->market.symbol; });
    QJsonArray out;
    for (const auto &b : books) {
        QJsonObject o = b->market.toJson();
        const matching::Price last = b->engine->lastTradePrice();
        o.insert(QStringLiteral("lastPrice"), last > 0 ? b->market.priceText(last) : QString());
        out.append(o);
    }
    return QJsonObject{{QStringLiteral("markets"), out}};
}

Result<Market> SpotExchange::market(const QString &symbol)
{
    auto found = book(symbol);
    if (!found)
        return found.error();
    return found.value()->market;
}

QJsonObject SpotExchange::orderJson(const Book &b, qint64 id)
{
    const OrderState o = b.orders.value(id);
    const Market &m = b.market;
    return {{QStringLiteral("id"), QString::number(o.id)},
            {QStringLiteral("market"), m.symbol},
            {QStringLiteral("side"), sideName(o.side)},
            {QStringLiteral("type"), typeName(o.type)},
            {QStringLiteral("timeInForce"), timeInForceName(o.timeInForce)},
            {QStringLiteral("price"), o.price > 0 ? m.priceText(o.price) : QString()},
            {QStringLiteral("stopPrice"), o.stopPrice > 0 ? m.priceText(o.stopPrice) : QString()},
            {QStringLiteral("quantity"), o.quantity > 0 ? m.quantityText(o.quantity) : QString()},
            {QStringLiteral("budget"), o.budget.isZero() ? QString() : o.budget.toString(m.quoteDecimals)},
            {QStringLiteral("filled"), m.quantityText(o.filled)},
            {QStringLiteral("filledQuote"), o.filledQuote.toString(m.quoteDecimals)},
            {QStringLiteral("routedQuantity"), o.routedBase.toString(m.baseDecimals)},
            {QStringLiteral("status"), o.status},
            {QStringLiteral("reason"), o.reason},
            {QStringLiteral("createdAt"), o.createdAt},
            {QStringLiteral("updatedAt"), o.updatedAt}};
}

Result<QJsonObject> SpotExchange::orders(const QString &userId, const QString &market, bool openOnly, int limit)
{
    QList<QPair<const Book *, const OrderState *>> mine;
    for (const auto &b : std::as_const(m_books)) {
        if (!market.isEmpty() && b->market.symbol != market)
            continue;
        for (qint64 id : b->byUser.value(userId)) {
            const OrderState &o = *b->orders.constFind(id);
            if (!openOnly || o.isLive())
                mine.append({b.get(), &o});
        }
    }
    std::sort(mine.begin(), mine.end(), [](const auto &a, const auto &b) { return a.second->createdAt > b.second->createdAt; });
    QJsonArray out;
    for (const auto &[b, o] : mine.mid(0, limit))
        out.append(orderJson(*b, o->id));
    return QJsonObject{{QStringLiteral("orders"), out}};
}

Result<QJsonObject> SpotExchange::trades(const QString &symbol, int limit)
{
    auto found = book(symbol);
    if (!found)
        return found.error();
    const Market &m = found.value()->market;
    auto q = s.db.exec(QStringLiteral("SELECT price, quantity, taker_side, at FROM spot_fills WHERE market = ?"
                                      " ORDER BY seq DESC, idx DESC LIMIT ?"),
                       {symbol, limit});
    if (!q)
        return q.error();
    QJsonArray out;
    while (q.value().next())
        out.append(QJsonObject{{QStringLiteral("price"), m.priceText(q.value().value(0).toLongLong())},
                               {QStringLiteral("quantity"), m.quantityText(q.value().value(1).toLongLong())},
                               {QStringLiteral("takerSide"), q.value().value(2).toString()},
                               {QStringLiteral("at"), q.value().value(3).toLongLong()}});
    return QJsonObject{{QStringLiteral("market"), symbol}, {QStringLiteral("trades"), out}};
}

Result<quint64> SpotExchange::bookDigest(const QString &symbol)
{
    auto found = book(symbol);
    if (!found)
        return found.error();
    return quint64(found.value()->engine->digest());
}

} // namespace azc::spot
