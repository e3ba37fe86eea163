#include "trade/trade_markets_model.h"

#include "foundation/event_hub.h"
#include "foundation/app_context.h"
#include "foundation/money_display.h"

#include <QJsonArray>

namespace azc {

namespace {

const QStringList kTickerKeys{QStringLiteral("last"),       QStringLiteral("open"),    QStringLiteral("high"),
                              QStringLiteral("low"),        QStringLiteral("changePercent"), QStringLiteral("volume"),
                              QStringLiteral("quoteVolume"), QStringLiteral("bestBid"), QStringLiteral("bestAsk")};

} // namespace

TradeMarketsModel::TradeMarketsModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("symbol"), QStringLiteral("base"), QStringLiteral("quote"),
                       QStringLiteral("tickSize"), QStringLiteral("lotSize"), QStringLiteral("minNotional"),
                       QStringLiteral("makerFee"), QStringLiteral("takerFee"), QStringLiteral("status"),
                       QStringLiteral("routing"), QStringLiteral("last"), QStringLiteral("changePercent"),
                       QStringLiteral("high"), QStringLiteral("low"), QStringLiteral("volume"),
                       QStringLiteral("quoteVolume"), QStringLiteral("bestBid"), QStringLiteral("bestAsk"),
                       QStringLiteral("falling")},
                      parent)
{
}

void TradeMarketsModel::onAttached()
{
    events()->on(Topic::SpotTicker, this, [this](const ServerEvent &e) { applyTicker(e.object("ticker")); });
}

void TradeMarketsModel::reload()
{
    request(QStringLiteral("spot.markets"), {}, [this](const QJsonObject &result) {
        QList<QJsonObject> rows;
        for (const QJsonValue &v : result.value(QStringLiteral("markets")).toArray()) {
            QJsonObject row = v.toObject();
            row.insert(QStringLiteral("id"), row.value(QStringLiteral("symbol")));
            // Until the tickers arrive, the last price is the market's own.
            row.insert(QStringLiteral("last"), row.value(QStringLiteral("lastPrice")).toString());
            rows.append(row);
        }
        setRows(rows);
        loadTickers();
    });
}

void TradeMarketsModel::loadTickers()
{
    // Older servers have no tickers: the list then shows the markets alone.
    requestQuietly(QStringLiteral("spot.tickers"), {}, [this](const QJsonObject &result) {
        for (const QJsonValue &v : result.value(QStringLiteral("tickers")).toArray())
            applyTicker(v.toObject());
    }, [](const RpcReply &) {});
}

void TradeMarketsModel::applyTicker(const QJsonObject &ticker)
{
    const QString symbol = ticker.value(QStringLiteral("market")).toString();
    const int i = rowOf(symbol);
    if (i < 0)
        return;
    QJsonObject row = rows().at(i);
    for (const QString &key : kTickerKeys) {
        if (ticker.contains(key))
            row.insert(key, ticker.value(key).toString());
    }
    row.insert(QStringLiteral("falling"), money::isNegative(row.value(QStringLiteral("changePercent")).toString()));
    replaceRow(row);
    emit marketChanged(symbol);
}

QVariantMap TradeMarketsModel::market(const QString &symbol) const
{
    return get(rowOf(symbol));
}

} // namespace azc
