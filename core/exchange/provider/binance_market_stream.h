#pragma once
// Binance's market-data WebSocket: one combined stream of <symbol>@bookTicker
// for the subscribed symbols. Reconnects with exponential backoff whenever the
// connection drops (Binance closes every connection after 24 hours, and a
// stand-in test drops it on purpose); the backoff resets once connected. A
// connection silent for longer than staleAfter is treated as dead (a half-open
// TCP connection never says so) and reopened.

#include "exchange/provider/liquidity_provider.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <chrono>

namespace azc::provider {

class BinanceMarketStream : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl baseUrl; // wss://stream.binance.com:9443
        std::chrono::milliseconds reconnectBase{500};
        std::chrono::milliseconds reconnectMax{30000};
        std::chrono::milliseconds staleAfter{60000}; // 0: never
    };

    explicit BinanceMarketStream(Options options, QObject *parent = nullptr);
    ~BinanceMarketStream() override;

    // Replaces the subscription; an empty list closes the stream.
    void subscribe(const QStringList &symbols);
    bool isConnected() const { return m_connected; }
    int reconnectCount() const { return m_reconnects; }

Q_SIGNALS:
    void tickerReceived(const azc::provider::BookTicker &ticker);
    void connectedChanged(bool connected);

private:
    void open();
    void onMessage(const QString &text);
    void onDisconnected();
    void setConnected(bool connected);

    Options m_options;
    QStringList m_symbols;
    QWebSocket m_socket;
    QTimer m_reconnectTimer;
    QTimer m_staleTimer;
    int m_attempt = 0;
    int m_reconnects = 0;
    bool m_connected = false;
};

} // namespace azc::provider
