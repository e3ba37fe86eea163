#include "exchange/provider/binance_market_stream.h"

#include "exchange/provider/binance_protocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

namespace azc::provider {

Q_LOGGING_CATEGORY(lcStream, "azc.provider.stream")

BinanceMarketStream::BinanceMarketStream(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &BinanceMarketStream::open);
    m_staleTimer.setSingleShot(true);
    connect(&m_staleTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcStream) << "market stream silent for" << m_options.staleAfter.count()
                         << "ms; reconnecting";
        m_socket.abort();
    });
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_attempt = 0;
        if (m_options.staleAfter.count() > 0)
            m_staleTimer.start(m_options.staleAfter);
        setConnected(true);
    });
    connect(&m_socket, &QWebSocket::disconnected, this, &BinanceMarketStream::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &BinanceMarketStream::onMessage);
    // Qt 6.4 names it error(); errorOccurred() arrived in 6.5.
    connect(&m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                qCInfo(lcStream) << "market stream error:" << m_socket.errorString();
                // A failed connect never reaches disconnected(); retry from here too.
                if (m_socket.state() == QAbstractSocket::UnconnectedState)
                    onDisconnected();
            });
}

BinanceMarketStream::~BinanceMarketStream()
{
    m_symbols.clear();
    m_socket.disconnect(this);
    m_socket.abort();
}

void BinanceMarketStream::subscribe(const QStringList &symbols)
{
    m_symbols = symbols;
    m_reconnectTimer.stop();
    m_attempt = 0;
    if (m_socket.state() != QAbstractSocket::UnconnectedState) {
        // disconnected() reopens with the new list (or stays closed for an empty one).
        m_socket.close();
        return;
    }
    if (!m_symbols.isEmpty())
        open();
}

void BinanceMarketStream::open()
{
    if (m_symbols.isEmpty() || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    QStringList streams;
    for (const QString &s : std::as_const(m_symbols))
        streams.append(s.toLower() + QStringLiteral("@bookTicker"));
    QUrl url = m_options.baseUrl;
    url.setPath(QStringLiteral("/stream"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("streams"), streams.join(u'/'));
    url.setQuery(query);
    m_socket.open(url);
}

void BinanceMarketStream::onMessage(const QString &text)
{
    if (m_options.staleAfter.count() > 0)
        m_staleTimer.start(m_options.staleAfter);
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    // Combined streams wrap the payload: {"stream":"bnbusdt@bookTicker","data":{…}}.
    const QJsonObject payload = frame.contains(QStringLiteral("data"))
            ? frame.value(QStringLiteral("data")).toObject()
            : frame;
    auto ticker = binance::parseBookTicker(payload);
    if (!ticker) {
        qCInfo(lcStream) << "ignored a market stream frame:" << ticker.error().message;
        return;
    }
    Q_EMIT tickerReceived(*ticker);
}

void BinanceMarketStream::onDisconnected()
{
    m_staleTimer.stop();
    setConnected(false);
    if (m_symbols.isEmpty() || m_reconnectTimer.isActive())
        return;
    const auto base = m_options.reconnectBase.count();
    const auto delay =
            std::min<qint64>(m_options.reconnectMax.count(), base << std::min(m_attempt, 16));
    ++m_attempt;
    ++m_reconnects;
    m_reconnectTimer.start(std::chrono::milliseconds(delay));
}

void BinanceMarketStream::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged(connected);
}

} // namespace azc::provider
