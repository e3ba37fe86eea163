#pragma once
// trade/ screens: the spot markets (spot.markets) with their 24-hour tickers
// (spot.tickers, then event.spot.ticker pushes for the subscribed market).
// Rows: itemId (= symbol), symbol, base, quote, tickSize, lotSize,
// minNotional, makerFee, takerFee, status, routing, last, changePercent,
// high, low, volume, quoteVolume, bestBid, bestAsk, falling (the change is
// below zero). Prices and amounts are the server's decimal strings.

#include "foundation/remote_list_model.h"

namespace azc {

class TradeMarketsModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit TradeMarketsModel(QObject *parent = nullptr);

    Q_INVOKABLE void reload() override;
    // The row of `symbol` ({} when unknown).
    Q_INVOKABLE QVariantMap market(const QString &symbol) const;

signals:
    void marketChanged(const QString &symbol);

protected:
    void onAttached() override;

private:
    void loadTickers();
    void applyTicker(const QJsonObject &ticker);
};

} // namespace azc
