#pragma once
// BinanceConnector: the LiquidityProvider for Binance spot. Signed REST calls
// (HMAC-SHA256 over the exact query, timestamp, recvWindow, X-MBX-APIKEY) for
// exchange info, depth, account, new order and order status; bookTicker
// prices from the market-data WebSocket (BinanceMarketStream).
//
// The API key and secret live in BinanceConfig and nowhere else: they are
// never logged and never part of an error message or its data.
//
// Request weight: every answer's X-MBX-USED-WEIGHT-1M is tracked, and a call
// that would take the minute past weightBudget is refused here, before it is
// sent (provider_rate_limited with data.retryAfterMs), as is everything while
// a 429/418's Retry-After lasts.

#include "exchange/provider/binance_protocol.h"
#include "exchange/provider/liquidity_provider.h"
#include "exchange/provider/provider_config.h"

#include <QByteArray>
#include <QJsonValue>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace azc::provider {

class BinanceMarketStream;

class BinanceConnector : public LiquidityProvider
{
    Q_OBJECT
public:
    explicit BinanceConnector(BinanceConfig config, QObject *parent = nullptr);
    ~BinanceConnector() override;

    void symbols(Callback<QList<SymbolRules>> done) override;
    void depth(const QString &symbol, int limit, Callback<Depth> done) override;
    void placeMarketOrder(const MarketOrderRequest &request, Callback<OrderResult> done) override;
    void orderStatus(const QString &symbol, const QString &clientOrderId,
                     Callback<OrderResult> done) override;
    void balances(Callback<QList<Balance>> done) override;
    void subscribePrices(const QStringList &symbols) override;

    // GET /api/v3/time: sets the offset added to our clock for timestamps.
    // Also done by itself after a -1021.
    void syncTime(Callback<qint64> done);
    qint64 serverTimeOffsetMs() const { return m_offsetMs; }
    int usedWeight() const { return m_usedWeight; } // as of the last answer, this minute
    BinanceMarketStream *marketStream() const { return m_stream; }

private:
    struct Call
    {
        QByteArray verb; // GET or POST
        QString path;
        binance::Params params;
        bool isSigned = false;
        int weight = 1;
        bool changesState = false; // an order: unknown outcome on a timeout or 5xx
    };

    void send(Call call, Callback<QJsonValue> done);
    void finish(QNetworkReply *reply, const Call &call, bool timedOut, Callback<QJsonValue> done);
    std::optional<Error> refuseLocally(int weight) const;
    template<typename T>
    void refuseLater(Callback<T> done, Error error);
    template<typename T>
    void sendAndParse(Call call, Callback<T> done,
                      std::function<Result<T>(const QJsonObject &)> parse);
    qint64 serverNowMs() const;

    BinanceConfig m_config;
    QNetworkAccessManager *m_network = nullptr;
    BinanceMarketStream *m_stream = nullptr;
    qint64 m_offsetMs = 0;
    int m_usedWeight = 0;
    qint64 m_weightMinute = -1;  // server minute m_usedWeight belongs to
    qint64 m_blockedUntilMs = 0; // server time a 429/418 told us to wait for
};

} // namespace azc::provider
