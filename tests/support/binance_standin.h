#pragma once
// A local stand-in for Binance's spot API, for tests: a minimal HTTP/1.1
// server (QTcpServer) with an in-memory account, order books and orders, and a
// WebSocket endpoint pushing bookTicker frames. It is strict the way Binance's
// documentation says Binance is: the API key header, HMAC-SHA256 over the exact
// totalParams (query string followed by body) with signature the last
// parameter, timestamp against recvWindow on its own clock, mandatory
// parameters and their formats, LOT_SIZE and MIN_NOTIONAL filters, balances,
// and the request-weight limit (X-MBX-USED-WEIGHT-1M, 429 with Retry-After).
// Answers use Binance's documented shapes and error codes.

#include "exchange/provider/decimal.h"
#include "exchange/provider/liquidity_provider.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

namespace azc::test {

class BinanceStandin : public QObject
{
    Q_OBJECT
public:
    using Decimal = provider::Decimal;
    using PriceLevel = provider::PriceLevel;

    struct Market
    {
        QString symbol, baseAsset, quoteAsset;
        Decimal tickSize, minPrice, maxPrice;
        Decimal stepSize, minQty, maxQty;
        Decimal minNotional;
        QList<PriceLevel> bids; // best first
        QList<PriceLevel> asks; // best first
    };

    // What the stand-in saw and said, for tests to inspect.
    struct Exchange
    {
        QByteArray method, path, query, body;
        int httpStatus = 0;
        int code = 0; // Binance error code, 0 for a success
    };

    explicit BinanceStandin(QObject *parent = nullptr);
    ~BinanceStandin() override;

    bool start(); // 127.0.0.1, free ports
    QUrl restUrl() const;
    QUrl streamUrl() const;

    void setCredentials(const QString &apiKey, const QByteArray &secret);
    void addMarket(const Market &market);
    void setBalance(const QString &asset, const Decimal &free);
    Decimal balance(const QString &asset) const;
    void setClockOffsetMs(qint64 offset) { m_clockOffsetMs = offset; } // its clock vs. ours
    qint64 nowMs() const;
    void setWeightLimit(int limit) { m_weightLimit = limit; }
    // New orders execute at once but are answered this much later (0: at once).
    void setOrderAnswerDelayMs(int ms) { m_orderAnswerDelayMs = ms; }
    // The next new order executes and is answered with a 5xx -1007 (status unknown).
    void failNextOrderAfterExecuting() { m_failNextOrder = true; }
    int ordersExecuted() const { return m_orders.size(); }
    const QList<Exchange> &exchanges() const { return m_exchanges; }

    void pushBookTicker(const provider::BookTicker &ticker);
    void dropStreamConnections();
    int streamConnections() const { return m_streamSockets.size(); }

Q_SIGNALS:
    void streamClientConnected();

private:
    struct Request
    {
        QByteArray method, path, query, body;
        QHash<QByteArray, QByteArray> headers; // lower-case names
    };
    struct Response
    {
        int status = 200;
        QByteArray body;
        int code = 0;
        qint64 retryAfterSeconds = -1;
    };
    struct Order
    {
        qint64 orderId = 0;
        QString symbol, clientOrderId, side;
        Decimal origQty, origQuoteOrderQty, executedQty, cummulativeQuoteQty;
        QString status;
        qint64 time = 0;
        QList<provider::Fill> fills;
    };
    using Params = QMap<QString, QString>;

    void onReadyRead(QTcpSocket *socket);
    Response handle(const Request &request, int *weight);
    std::optional<Response> checkSigned(const Request &request, const Params &params);
    Response exchangeInfo();
    Response depth(const Params &params);
    Response account();
    Response newOrder(const Params &params);
    Response queryOrder(const Params &params);
    void write(QTcpSocket *socket, const Response &response);
    static Response error(int status, int code, const QString &msg);
    QJsonObject orderJson(const Order &order, bool full) const;

    QTcpServer m_http;
    QWebSocketServer m_ws;
    QList<QPointer<QTcpSocket>> m_httpSockets;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QWebSocket>> m_streamSockets;
    QHash<QWebSocket *, QStringList> m_streams;

    QString m_apiKey;
    QByteArray m_secret;
    QMap<QString, Market> m_markets;
    QMap<QString, Decimal> m_balances;
    QList<Order> m_orders;
    QList<Exchange> m_exchanges;
    qint64 m_clockOffsetMs = 0;
    int m_weightLimit = 6000;
    int m_usedWeight = 0;
    qint64 m_weightMinute = -1;
    int m_orderAnswerDelayMs = 0;
    bool m_failNextOrder = false;
    qint64 m_nextOrderId = 1000;
    qint64 m_nextTradeId = 5000;
    qint64 m_lastUpdateId = 1027024;
};

} // namespace azc::test
