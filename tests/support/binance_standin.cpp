#include "binance_standin.h"

#include "crypto/digest.h"
#include "exchange/provider/binance_protocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace azc::test {

namespace {

using provider::Decimal;

// Binance formats every decimal with 8 fractional digits.
QString fmt(const Decimal &d)
{
    return d.toFixed(8);
}

Decimal add(const Decimal &a, const Decimal &b)
{
    return *a.checkedAdd(b);
}

Decimal sub(const Decimal &a, const Decimal &b)
{
    return *a.checkedSub(b);
}

Decimal mul(const Decimal &a, const Decimal &b)
{
    return *a.checkedMul(b);
}

// floor(budget / price) to step: how much of the base asset a quote budget buys.
Decimal affordable(const Decimal &budget, const Decimal &price, const Decimal &step)
{
    // budget / price at the step's scale, exactly floored: compare n×step×price ≤ budget.
    const int scale = std::max({budget.scale(), price.scale() + step.scale()});
    const Int128 b = *budget.unitsAt(scale);
    const Int128 unitCost = *mul(price, step).unitsAt(scale);
    return *Decimal::fromUnits(b / unitCost * *step.unitsAt(step.scale()), step.scale());
}

const QRegularExpression kSymbolPattern(QStringLiteral("^[A-Z0-9-_.]{1,20}$"));
const QRegularExpression kClientIdPattern(QStringLiteral("^[\\.A-Z\\:/a-z0-9_-]{1,36}$"));
const QRegularExpression kDecimalPattern(QStringLiteral("^([0-9]{1,20})(\\.[0-9]{1,20})?$"));
const QRegularExpression kIntegerPattern(QStringLiteral("^[0-9]{1,20}$"));

QString mandatory(const QString &name)
{
    return QStringLiteral("Mandatory parameter '%1' was not sent, was empty/null, or malformed.")
            .arg(name);
}

QString illegal(const QString &name, const QRegularExpression &pattern)
{
    return QStringLiteral("Illegal characters found in parameter '%1'; legal range is '%2'.")
            .arg(name, pattern.pattern());
}

} // namespace

BinanceStandin::BinanceStandin(QObject *parent)
    : QObject(parent)
    , m_ws(QStringLiteral("binance-standin"), QWebSocketServer::NonSecureMode)
{
    connect(&m_http, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_http.nextPendingConnection()) {
            m_httpSockets.append(socket);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                m_httpSockets.removeAll(socket);
                socket->deleteLater();
            });
        }
    });
    connect(&m_ws, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_ws.nextPendingConnection()) {
            // /stream?streams=btcusdt@bookTicker/ethusdt@bookTicker
            const QString streams =
                    QUrlQuery(socket->requestUrl()).queryItemValue(QStringLiteral("streams"));
            m_streams.insert(socket, streams.split(u'/', Qt::SkipEmptyParts));
            m_streamSockets.append(socket);
            socket->setParent(this);
            connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                m_streams.remove(socket);
                m_streamSockets.removeAll(socket);
                socket->deleteLater();
            });
            Q_EMIT streamClientConnected();
        }
    });
}

BinanceStandin::~BinanceStandin()
{
    // Sockets die with their servers, after our members: nothing of theirs may call back.
    const auto streams = m_streamSockets;
    for (const auto &socket : streams) {
        if (socket) {
            socket->disconnect(this);
            delete socket.data();
        }
    }
    const auto https = m_httpSockets;
    for (const auto &socket : https) {
        if (socket) {
            socket->disconnect(this);
            delete socket.data();
        }
    }
    m_ws.close();
    m_http.close();
}

bool BinanceStandin::start()
{
    return m_http.listen(QHostAddress::LocalHost, 0) && m_ws.listen(QHostAddress::LocalHost, 0);
}

QUrl BinanceStandin::restUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_http.serverPort()));
}

QUrl BinanceStandin::streamUrl() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_ws.serverPort()));
}

void BinanceStandin::setCredentials(const QString &apiKey, const QByteArray &secret)
{
    m_apiKey = apiKey;
    m_secret = secret;
}

void BinanceStandin::addMarket(const Market &market)
{
    m_markets.insert(market.symbol, market);
    m_balances.insert(market.baseAsset, m_balances.value(market.baseAsset));
    m_balances.insert(market.quoteAsset, m_balances.value(market.quoteAsset));
}

void BinanceStandin::setBalance(const QString &asset, const Decimal &free)
{
    m_balances.insert(asset, free);
}

BinanceStandin::Decimal BinanceStandin::balance(const QString &asset) const
{
    return m_balances.value(asset);
}

qint64 BinanceStandin::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_clockOffsetMs;
}

// ---- HTTP -----------------------------------------------------------------

void BinanceStandin::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
        if (start.size() != 3) {
            socket->abort();
            return;
        }
        request.method = start.at(0);
        const QByteArray target = start.at(1);
        const qsizetype q = target.indexOf('?');
        request.path = q < 0 ? target : target.left(q);
        request.query = q < 0 ? QByteArray() : target.mid(q + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);

        int weight = 0;
        const bool isNewOrder = request.method == "POST" && request.path == "/api/v3/order";
        const Response response = handle(request, &weight);
        m_exchanges.append(Exchange{request.method, request.path, request.query, request.body,
                                    response.status, response.code});
        if (isNewOrder && m_orderAnswerDelayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(m_orderAnswerDelayMs, this, [this, guard, response] {
                if (guard && guard->state() == QAbstractSocket::ConnectedState)
                    write(guard, response);
            });
            continue;
        }
        write(socket, response);
    }
}

void BinanceStandin::write(QTcpSocket *socket, const Response &response)
{
    const char *reason = response.status == 200 ? "OK"
            : response.status == 429            ? "Too Many Requests"
            : response.status >= 500            ? "Service Unavailable"
            : response.status == 401            ? "Unauthorized"
            : response.status == 404            ? "Not Found"
                                                : "Bad Request";
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason + "\r\n";
    out += "Content-Type: application/json;charset=UTF-8\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "X-MBX-USED-WEIGHT-1M: " + QByteArray::number(m_usedWeight) + "\r\n";
    if (response.retryAfterSeconds >= 0)
        out += "Retry-After: " + QByteArray::number(response.retryAfterSeconds) + "\r\n";
    out += "Connection: keep-alive\r\n\r\n";
    socket->write(out + response.body);
}

BinanceStandin::Response BinanceStandin::error(int status, int code, const QString &msg)
{
    Response r;
    r.status = status;
    r.code = code;
    r.body =
            QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("msg"), msg}})
                    .toJson(QJsonDocument::Compact);
    return r;
}

namespace {

struct Endpoint
{
    const char *method;
    const char *path;
    bool isSigned;
    int weight; // depth's depends on limit
};

constexpr Endpoint kEndpoints[] = {
        {"GET", "/api/v3/ping", false, 1},          {"GET", "/api/v3/time", false, 1},
        {"GET", "/api/v3/exchangeInfo", false, 20}, {"GET", "/api/v3/depth", false, 5},
        {"GET", "/api/v3/account", true, 20},       {"POST", "/api/v3/order", true, 1},
        {"GET", "/api/v3/order", true, 4},
};

} // namespace

BinanceStandin::Response BinanceStandin::handle(const Request &request, int *weight)
{
    const Endpoint *endpoint = nullptr;
    for (const Endpoint &e : kEndpoints)
        if (request.method == e.method && request.path == e.path)
            endpoint = &e;
    if (!endpoint)
        return error(404, -1000, QStringLiteral("Unknown endpoint."));

    // Parameters from the query and the (form-encoded) body. Repeated within one part: -1101;
    // in both parts: the query string's value wins (Binance's documented rule).
    Params params;
    for (const QByteArray &part : {request.query, request.body}) {
        Params seen;
        for (const QByteArray &pair : part.split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            const QString key = QUrl::fromPercentEncoding(eq < 0 ? pair : pair.left(eq));
            const QString value = eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1));
            if (seen.contains(key))
                return error(400, -1101,
                             QStringLiteral("Duplicate values for parameter '%1'.").arg(key));
            seen.insert(key, value);
            if (!params.contains(key))
                params.insert(key, value);
        }
    }

    // Request weight, counted per minute of our clock, also for refused requests.
    *weight = endpoint->weight;
    if (request.path == "/api/v3/depth")
        *weight = provider::binance::depthWeight(
                params.value(QStringLiteral("limit"), QStringLiteral("100")).toInt());
    const qint64 now = nowMs();
    if (now / 60000 != m_weightMinute) {
        m_weightMinute = now / 60000;
        m_usedWeight = 0;
    }
    m_usedWeight += *weight;
    if (m_usedWeight > m_weightLimit) {
        Response r =
                error(429, -1003,
                      QStringLiteral("Too many requests; current limit of IP(127.0.0.1) request "
                                     "weight is %1 per 1 MINUTE. Please use WebSocket Streams "
                                     "for live updates to avoid polling the API.")
                              .arg(m_weightLimit));
        r.retryAfterSeconds = ((m_weightMinute + 1) * 60000 - now + 999) / 1000;
        return r;
    }

    if (endpoint->isSigned)
        if (auto refusal = checkSigned(request, params))
            return *refusal;

    if (request.path == "/api/v3/ping")
        return Response{200, "{}"};
    if (request.path == "/api/v3/time")
        return Response{200,
                        QJsonDocument(QJsonObject{{QStringLiteral("serverTime"), now}})
                                .toJson(QJsonDocument::Compact)};
    if (request.path == "/api/v3/exchangeInfo")
        return exchangeInfo();
    if (request.path == "/api/v3/depth")
        return depth(params);
    if (request.path == "/api/v3/account")
        return account();
    if (request.method == "POST")
        return newOrder(params);
    return queryOrder(params);
}

std::optional<BinanceStandin::Response> BinanceStandin::checkSigned(const Request &request,
                                                                    const Params &params)
{
    const QByteArray key = request.headers.value("x-mbx-apikey");
    if (key.isEmpty())
        return error(401, -2014, QStringLiteral("API-key format invalid."));
    if (QString::fromUtf8(key) != m_apiKey)
        return error(401, -2015, QStringLiteral("Invalid API-key, IP, or permissions for action."));
    for (const char *name : {"timestamp", "signature"})
        if (params.value(QLatin1String(name)).isEmpty())
            return error(400, -1102, mandatory(QLatin1String(name)));

    // totalParams is the query string followed by the body; signature is its last parameter,
    // and what it signs is everything before it, byte for byte.
    const bool inBody = !request.body.isEmpty();
    const QByteArray &part = inBody ? request.body : request.query;
    const qsizetype amp = part.lastIndexOf('&');
    const QByteArray last = part.mid(amp + 1);
    const QByteArray marker = "signature=";
    if (!last.startsWith(marker))
        return error(400, -1022, QStringLiteral("Signature for this request is not valid."));
    const QByteArray head = amp < 0 ? QByteArray() : part.left(amp);
    const QByteArray payload = inBody ? request.query + head : head;
    const QByteArray given = last.mid(marker.size()).toLower();
    const QByteArray expected =
            crypto::hmac(crypto::HmacAlgorithm::Sha256, m_secret, payload).toHex();
    if (!crypto::constantTimeEquals(given, expected))
        return error(400, -1022, QStringLiteral("Signature for this request is not valid."));

    const QString timestampText = params.value(QStringLiteral("timestamp"));
    if (!kIntegerPattern.match(timestampText).hasMatch())
        return error(400, -1102, mandatory(QStringLiteral("timestamp")));
    qint64 recvWindow = 5000;
    if (params.contains(QStringLiteral("recvWindow"))) {
        const QString text = params.value(QStringLiteral("recvWindow"));
        if (!kIntegerPattern.match(text).hasMatch())
            return error(400, -1102, mandatory(QStringLiteral("recvWindow")));
        recvWindow = text.toLongLong();
        if (recvWindow > 60000)
            return error(400, -1131, QStringLiteral("recvWindow must be less than 60000"));
    }
    // Binance's rule: timestamp < serverTime + 1000 and serverTime - timestamp <= recvWindow.
    const qint64 timestamp = timestampText.toLongLong();
    const qint64 server = nowMs();
    if (timestamp >= server + 1000)
        return error(400, -1021,
                     QStringLiteral(
                             "Timestamp for this request was 1000ms ahead of the server's time."));
    if (server - timestamp > recvWindow)
        return error(400, -1021,
                     QStringLiteral("Timestamp for this request is outside of the recvWindow."));
    return std::nullopt;
}

// ---- endpoints ------------------------------------------------------------

BinanceStandin::Response BinanceStandin::exchangeInfo()
{
    QJsonArray symbols;
    for (const Market &m : std::as_const(m_markets)) {
        const QJsonArray filters{
                QJsonObject{{QStringLiteral("filterType"), QStringLiteral("PRICE_FILTER")},
                            {QStringLiteral("minPrice"), fmt(m.minPrice)},
                            {QStringLiteral("maxPrice"), fmt(m.maxPrice)},
                            {QStringLiteral("tickSize"), fmt(m.tickSize)}},
                QJsonObject{{QStringLiteral("filterType"), QStringLiteral("LOT_SIZE")},
                            {QStringLiteral("minQty"), fmt(m.minQty)},
                            {QStringLiteral("maxQty"), fmt(m.maxQty)},
                            {QStringLiteral("stepSize"), fmt(m.stepSize)}},
                QJsonObject{{QStringLiteral("filterType"), QStringLiteral("MIN_NOTIONAL")},
                            {QStringLiteral("minNotional"), fmt(m.minNotional)},
                            {QStringLiteral("applyToMarket"), true},
                            {QStringLiteral("avgPriceMins"), 5}},
        };
        symbols.append(QJsonObject{
                {QStringLiteral("symbol"), m.symbol},
                {QStringLiteral("status"), QStringLiteral("TRADING")},
                {QStringLiteral("baseAsset"), m.baseAsset},
                {QStringLiteral("baseAssetPrecision"), 8},
                {QStringLiteral("quoteAsset"), m.quoteAsset},
                {QStringLiteral("quotePrecision"), 8},
                {QStringLiteral("quoteAssetPrecision"), 8},
                {QStringLiteral("orderTypes"),
                 QJsonArray{QStringLiteral("LIMIT"), QStringLiteral("MARKET")}},
                {QStringLiteral("icebergAllowed"), true},
                {QStringLiteral("ocoAllowed"), true},
                {QStringLiteral("quoteOrderQtyMarketAllowed"), true},
                {QStringLiteral("isSpotTradingAllowed"), true},
                {QStringLiteral("isMarginTradingAllowed"), false},
                {QStringLiteral("filters"), filters},
                {QStringLiteral("permissions"), QJsonArray{}},
                {QStringLiteral("defaultSelfTradePreventionMode"), QStringLiteral("NONE")},
                {QStringLiteral("allowedSelfTradePreventionModes"),
                 QJsonArray{QStringLiteral("NONE")}},
        });
    }
    const QJsonObject o{
            {QStringLiteral("timezone"), QStringLiteral("UTC")},
            {QStringLiteral("serverTime"), nowMs()},
            {QStringLiteral("rateLimits"),
             QJsonArray{QJsonObject{
                     {QStringLiteral("rateLimitType"), QStringLiteral("REQUEST_WEIGHT")},
                     {QStringLiteral("interval"), QStringLiteral("MINUTE")},
                     {QStringLiteral("intervalNum"), 1},
                     {QStringLiteral("limit"), m_weightLimit}}}},
            {QStringLiteral("exchangeFilters"), QJsonArray{}},
            {QStringLiteral("symbols"), symbols},
    };
    return Response{200, QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

BinanceStandin::Response BinanceStandin::depth(const Params &params)
{
    const QString symbol = params.value(QStringLiteral("symbol"));
    if (symbol.isEmpty())
        return error(400, -1102, mandatory(QStringLiteral("symbol")));
    if (!kSymbolPattern.match(symbol).hasMatch())
        return error(400, -1100, illegal(QStringLiteral("symbol"), kSymbolPattern));
    if (!m_markets.contains(symbol))
        return error(400, -1121, QStringLiteral("Invalid symbol."));
    int limit = 100;
    if (params.contains(QStringLiteral("limit"))) {
        limit = params.value(QStringLiteral("limit")).toInt();
        if (limit < 1 || limit > 5000)
            return error(400, -1102, mandatory(QStringLiteral("limit")));
    }
    const Market &m = m_markets[symbol];
    auto levels = [limit](const QList<PriceLevel> &side) {
        QJsonArray out;
        for (qsizetype i = 0; i < side.size() && i < limit; ++i)
            out.append(QJsonArray{fmt(side.at(i).price), fmt(side.at(i).quantity)});
        return out;
    };
    const QJsonObject o{{QStringLiteral("lastUpdateId"), m_lastUpdateId},
                        {QStringLiteral("bids"), levels(m.bids)},
                        {QStringLiteral("asks"), levels(m.asks)}};
    return Response{200, QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

BinanceStandin::Response BinanceStandin::account()
{
    QJsonArray balances;
    for (auto it = m_balances.cbegin(); it != m_balances.cend(); ++it)
        balances.append(QJsonObject{{QStringLiteral("asset"), it.key()},
                                    {QStringLiteral("free"), fmt(it.value())},
                                    {QStringLiteral("locked"), fmt(Decimal())}});
    const QJsonObject o{
            {QStringLiteral("makerCommission"), 0},
            {QStringLiteral("takerCommission"), 0},
            {QStringLiteral("buyerCommission"), 0},
            {QStringLiteral("sellerCommission"), 0},
            {QStringLiteral("canTrade"), true},
            {QStringLiteral("canWithdraw"), true},
            {QStringLiteral("canDeposit"), true},
            {QStringLiteral("brokered"), false},
            {QStringLiteral("requireSelfTradePrevention"), false},
            {QStringLiteral("preventSor"), false},
            {QStringLiteral("updateTime"), nowMs()},
            {QStringLiteral("accountType"), QStringLiteral("SPOT")},
            {QStringLiteral("balances"), balances},
            {QStringLiteral("permissions"), QJsonArray{QStringLiteral("SPOT")}},
            {QStringLiteral("uid"), 354937868},
    };
    return Response{200, QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

QJsonObject BinanceStandin::orderJson(const Order &order, bool full) const
{
    QJsonObject o{{QStringLiteral("symbol"), order.symbol},
                  {QStringLiteral("orderId"), order.orderId},
                  {QStringLiteral("orderListId"), -1},
                  {QStringLiteral("clientOrderId"), order.clientOrderId},
                  {QStringLiteral("price"), fmt(Decimal())},
                  {QStringLiteral("origQty"), fmt(order.origQty)},
                  {QStringLiteral("executedQty"), fmt(order.executedQty)},
                  {QStringLiteral("origQuoteOrderQty"), fmt(order.origQuoteOrderQty)},
                  {QStringLiteral("cummulativeQuoteQty"), fmt(order.cummulativeQuoteQty)},
                  {QStringLiteral("status"), order.status},
                  {QStringLiteral("timeInForce"), QStringLiteral("GTC")},
                  {QStringLiteral("type"), QStringLiteral("MARKET")},
                  {QStringLiteral("side"), order.side},
                  {QStringLiteral("workingTime"), order.time},
                  {QStringLiteral("selfTradePreventionMode"), QStringLiteral("NONE")}};
    if (full) {
        o.insert(QStringLiteral("transactTime"), order.time);
        QJsonArray fills;
        for (const provider::Fill &f : order.fills)
            fills.append(QJsonObject{{QStringLiteral("price"), fmt(f.price)},
                                     {QStringLiteral("qty"), fmt(f.quantity)},
                                     {QStringLiteral("commission"), fmt(f.commission)},
                                     {QStringLiteral("commissionAsset"), f.commissionAsset},
                                     {QStringLiteral("tradeId"), f.tradeId}});
        o.insert(QStringLiteral("fills"), fills);
    } else {
        o.insert(QStringLiteral("stopPrice"), fmt(Decimal()));
        o.insert(QStringLiteral("icebergQty"), fmt(Decimal()));
        o.insert(QStringLiteral("time"), order.time);
        o.insert(QStringLiteral("updateTime"), order.time);
        o.insert(QStringLiteral("isWorking"), true);
    }
    return o;
}

BinanceStandin::Response BinanceStandin::newOrder(const Params &params)
{
    for (const char *name : {"symbol", "side", "type"})
        if (params.value(QLatin1String(name)).isEmpty())
            return error(400, -1102, mandatory(QLatin1String(name)));
    const QString symbol = params.value(QStringLiteral("symbol"));
    if (!kSymbolPattern.match(symbol).hasMatch())
        return error(400, -1100, illegal(QStringLiteral("symbol"), kSymbolPattern));
    if (!m_markets.contains(symbol))
        return error(400, -1121, QStringLiteral("Invalid symbol."));
    const QString side = params.value(QStringLiteral("side"));
    if (side != QLatin1String("BUY") && side != QLatin1String("SELL"))
        return error(400, -1117, QStringLiteral("Invalid side."));
    if (params.value(QStringLiteral("type")) != QLatin1String("MARKET"))
        return error(400, -1116, QStringLiteral("Invalid orderType."));
    QString clientOrderId = params.value(QStringLiteral("newClientOrderId"));
    if (params.contains(QStringLiteral("newClientOrderId"))
        && !kClientIdPattern.match(clientOrderId).hasMatch())
        return error(400, -1100, illegal(QStringLiteral("newClientOrderId"), kClientIdPattern));
    const bool hasQty = params.contains(QStringLiteral("quantity"));
    const bool hasQuote = params.contains(QStringLiteral("quoteOrderQty"));
    if (!hasQty && !hasQuote)
        return error(400, -1102,
                     QStringLiteral("Param 'quantity' or 'quoteOrderQty' must be sent, but both "
                                    "were empty/null!"));
    if (hasQty && hasQuote)
        return error(400, -1106,
                     QStringLiteral("Parameter 'quoteOrderQty' sent when not required."));
    const QString amountName =
            hasQty ? QStringLiteral("quantity") : QStringLiteral("quoteOrderQty");
    const QString amountText = params.value(amountName);
    const auto parsed = Decimal::parse(amountText);
    if (!kDecimalPattern.match(amountText).hasMatch() || !parsed)
        return error(400, -1100, illegal(amountName, kDecimalPattern));
    const Decimal amount = *parsed;
    if (amount.isZero())
        return error(400, -1013, QStringLiteral("Invalid quantity."));
    const QString respType =
            params.value(QStringLiteral("newOrderRespType"), QStringLiteral("FULL"));
    if (respType != QLatin1String("FULL") && respType != QLatin1String("RESULT")
        && respType != QLatin1String("ACK"))
        return error(400, -1100,
                     illegal(QStringLiteral("newOrderRespType"),
                             QRegularExpression(QStringLiteral("^(ACK|RESULT|FULL)$"))));
    if (clientOrderId.isEmpty())
        clientOrderId = QStringLiteral("standin%1").arg(m_nextOrderId);
    for (const Order &o : std::as_const(m_orders))
        if (o.symbol == symbol && o.clientOrderId == clientOrderId)
            return error(400, -2010, QStringLiteral("Duplicate order sent."));

    Market &m = m_markets[symbol];
    // Filters, in Binance's words.
    if (hasQty) {
        if (amount < m.minQty || amount > m.maxQty || !sub(amount, m.minQty).multipleOf(m.stepSize))
            return error(400, -1013, QStringLiteral("Filter failure: LOT_SIZE"));
    }
    const bool buy = side == QLatin1String("BUY");
    QList<PriceLevel> &book = buy ? m.asks : m.bids;
    if (book.isEmpty())
        return error(400, -2010, QStringLiteral("Market is closed."));
    const Decimal notional = hasQty ? mul(amount, book.first().price) : amount;
    if (notional < m.minNotional)
        return error(400, -1013, QStringLiteral("Filter failure: MIN_NOTIONAL"));

    // Walk the book without touching it, then check the balance, then commit.
    Order order;
    order.symbol = symbol;
    order.side = side;
    order.clientOrderId = clientOrderId;
    order.origQty = hasQty ? amount : Decimal();
    order.origQuoteOrderQty = hasQty ? Decimal() : amount;
    QList<Decimal> taken;
    bool budgetSpent = false;
    for (const PriceLevel &level : std::as_const(book)) {
        Decimal take;
        if (hasQty) {
            const Decimal left = sub(amount, order.executedQty);
            take = std::min(left, level.quantity);
        } else {
            const Decimal left = sub(amount, order.cummulativeQuoteQty);
            take = std::min(affordable(left, level.price, m.stepSize), level.quantity);
        }
        if (take.isZero()) {
            budgetSpent = true;
            break;
        }
        taken.append(take);
        order.executedQty = add(order.executedQty, take);
        order.cummulativeQuoteQty = add(order.cummulativeQuoteQty, mul(take, level.price));
        order.fills.append(provider::Fill{level.price, take, Decimal(),
                                          buy ? m.baseAsset : m.quoteAsset,
                                          m_nextTradeId + taken.size()});
        if (hasQty && order.executedQty == amount) {
            budgetSpent = true;
            break;
        }
    }
    const QString payAsset = buy ? m.quoteAsset : m.baseAsset;
    const Decimal pay = buy ? order.cummulativeQuoteQty : order.executedQty;
    if (m_balances.value(payAsset) < pay)
        return error(400, -2010,
                     QStringLiteral("Account has insufficient balance for requested action."));
    if (order.executedQty.isZero())
        return error(400, -1013, QStringLiteral("Filter failure: LOT_SIZE"));

    for (qsizetype i = 0; i < taken.size(); ++i)
        book[i].quantity = sub(book[i].quantity, taken.at(i));
    book.removeIf([](const PriceLevel &l) { return l.quantity.isZero(); });
    const QString getAsset = buy ? m.baseAsset : m.quoteAsset;
    const Decimal get = buy ? order.executedQty : order.cummulativeQuoteQty;
    m_balances[payAsset] = sub(m_balances.value(payAsset), pay);
    m_balances[getAsset] = add(m_balances.value(getAsset), get);
    m_nextTradeId += taken.size();
    ++m_lastUpdateId;
    order.orderId = m_nextOrderId++;
    order.time = nowMs();
    // A market order the book could not complete expires with what it filled.
    order.status = budgetSpent ? QStringLiteral("FILLED") : QStringLiteral("EXPIRED");
    m_orders.append(order);

    if (m_failNextOrder) {
        m_failNextOrder = false;
        return error(503, -1007,
                     QStringLiteral("Timeout waiting for response from backend server. Send status "
                                    "unknown; execution status unknown."));
    }
    QJsonObject o = orderJson(order, respType == QLatin1String("FULL"));
    return Response{200, QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

BinanceStandin::Response BinanceStandin::queryOrder(const Params &params)
{
    const QString symbol = params.value(QStringLiteral("symbol"));
    if (symbol.isEmpty())
        return error(400, -1102, mandatory(QStringLiteral("symbol")));
    const QString clientOrderId = params.value(QStringLiteral("origClientOrderId"));
    const QString orderId = params.value(QStringLiteral("orderId"));
    if (clientOrderId.isEmpty() && orderId.isEmpty())
        return error(400, -1102,
                     QStringLiteral("Param 'origClientOrderId' or 'orderId' must be sent, but both "
                                    "were empty/null!"));
    for (const Order &o : std::as_const(m_orders)) {
        if (o.symbol == symbol && (clientOrderId.isEmpty() || o.clientOrderId == clientOrderId)
            && (orderId.isEmpty() || QString::number(o.orderId) == orderId))
            return Response{200, QJsonDocument(orderJson(o, false)).toJson(QJsonDocument::Compact)};
    }
    return error(400, -2013, QStringLiteral("Order does not exist."));
}

// ---- WebSocket ------------------------------------------------------------

void BinanceStandin::pushBookTicker(const provider::BookTicker &t)
{
    const QString stream = t.symbol.toLower() + QStringLiteral("@bookTicker");
    const QJsonObject data{
            {QStringLiteral("u"), t.updateId},      {QStringLiteral("s"), t.symbol},
            {QStringLiteral("b"), fmt(t.bidPrice)}, {QStringLiteral("B"), fmt(t.bidQty)},
            {QStringLiteral("a"), fmt(t.askPrice)}, {QStringLiteral("A"), fmt(t.askQty)}};
    const QString frame =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("stream"), stream},
                                                        {QStringLiteral("data"), data}})
                                      .toJson(QJsonDocument::Compact));
    for (const auto &socket : std::as_const(m_streamSockets))
        if (socket && m_streams.value(socket).contains(stream))
            socket->sendTextMessage(frame);
}

void BinanceStandin::dropStreamConnections()
{
    const auto sockets = m_streamSockets;
    for (const auto &socket : sockets)
        if (socket)
            socket->abort();
}

} // namespace azc::test
