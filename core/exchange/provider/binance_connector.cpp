#include "exchange/provider/binance_connector.h"

#include "exchange/provider/binance_market_stream.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace azc::provider {

namespace {

constexpr int kWeightExchangeInfo = 20;
constexpr int kWeightAccount = 20;
constexpr int kWeightNewOrder = 1;
constexpr int kWeightQueryOrder = 4;
constexpr int kWeightTime = 1;

QString endpointName(const QByteArray &verb, const QString &path)
{
    return QString::fromLatin1(verb) + u' ' + path;
}

bool nothingWasSent(QNetworkReply::NetworkError e)
{
    return e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError;
}

QString sideName(Side side)
{
    return side == Side::Buy ? QStringLiteral("BUY") : QStringLiteral("SELL");
}

} // namespace

BinanceConnector::BinanceConnector(BinanceConfig config, QObject *parent)
    : LiquidityProvider(parent)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this))
    , m_stream(new BinanceMarketStream({m_config.streamUrl, m_config.reconnectBase,
                                        m_config.reconnectMax, m_config.streamStaleAfter},
                                       this))
{
    m_config.recvWindowMs = std::clamp(m_config.recvWindowMs, 1, 60000);
    connect(m_stream, &BinanceMarketStream::tickerReceived, this, &LiquidityProvider::priceUpdated);
    connect(m_stream, &BinanceMarketStream::connectedChanged, this,
            &LiquidityProvider::priceStreamConnectedChanged);
}

BinanceConnector::~BinanceConnector() = default;

qint64 BinanceConnector::serverNowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

std::optional<Error> BinanceConnector::refuseLocally(int weight) const
{
    const qint64 now = serverNowMs();
    qint64 waitMs = 0;
    if (m_blockedUntilMs > now)
        waitMs = m_blockedUntilMs - now;
    else if (now / 60000 == m_weightMinute && m_usedWeight + weight > m_config.weightBudget)
        waitMs = (m_weightMinute + 1) * 60000 - now;
    if (waitMs <= 0)
        return std::nullopt;
    return fail("provider_rate_limited",
                QStringLiteral("Binance request weight budget spent; retry in %1 ms").arg(waitMs),
                QJsonObject{{QStringLiteral("retryAfterMs"), waitMs},
                            {QStringLiteral("usedWeight"), m_usedWeight},
                            {QStringLiteral("local"), true}});
}

template<typename T>
void BinanceConnector::refuseLater(Callback<T> done, Error error)
{
    // Callbacks never run inside the call that started them, even for a refusal.
    QTimer::singleShot(0, this,
                       [done = std::move(done), error = std::move(error)] { done(error); });
}

void BinanceConnector::send(Call call, Callback<QJsonValue> done)
{
    if (auto refusal = refuseLocally(call.weight))
        return refuseLater(std::move(done), *refusal);
    // Counted now so that calls in flight together respect the budget too; the
    // answer's header then says what Binance counted.
    const qint64 minute = serverNowMs() / 60000;
    if (minute != m_weightMinute) {
        m_weightMinute = minute;
        m_usedWeight = 0;
    }
    m_usedWeight += call.weight;

    binance::Params params = call.params;
    if (call.isSigned) {
        params.append({QStringLiteral("recvWindow"), QString::number(m_config.recvWindowMs)});
        params.append({QStringLiteral("timestamp"), QString::number(serverNowMs())});
    }
    QByteArray totalParams = binance::encodeQuery(params);
    if (call.isSigned) {
        const QByteArray signature = binance::sign(m_config.secret, totalParams);
        totalParams += (totalParams.isEmpty() ? "" : "&") + QByteArray("signature=") + signature;
    }

    QUrl url = m_config.restUrl;
    url.setPath(call.path);
    QNetworkRequest request;
    request.setRawHeader("X-MBX-APIKEY", m_config.apiKey.toUtf8());
    QNetworkReply *reply = nullptr;
    if (call.verb == "POST") {
        request.setUrl(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        reply = m_network->post(request, totalParams);
    } else {
        url.setQuery(QString::fromLatin1(totalParams), QUrl::StrictMode);
        request.setUrl(url);
        reply = m_network->get(request);
    }

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_config.timeout);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, call = std::move(call), timedOut, done = std::move(done)]() mutable {
                reply->deleteLater();
                finish(reply, call, *timedOut, std::move(done));
            });
}

void BinanceConnector::finish(QNetworkReply *reply, const Call &call, bool timedOut,
                              Callback<QJsonValue> done)
{
    const QString endpoint = endpointName(call.verb, call.path);
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const QByteArray usedWeight = reply->rawHeader("X-MBX-USED-WEIGHT-1M");
    if (!usedWeight.isEmpty()) {
        bool ok = false;
        const int used = usedWeight.toInt(&ok);
        if (ok) {
            m_usedWeight = used;
            m_weightMinute = serverNowMs() / 60000;
        }
    }

    if (timedOut || status == 0) {
        const QNetworkReply::NetworkError netError = reply->error();
        const QString why = timedOut
                ? QStringLiteral("no answer within %1 ms").arg(m_config.timeout.count())
                : reply->errorString();
        QJsonObject data{{QStringLiteral("endpoint"), endpoint}};
        if (call.changesState && !(!timedOut && nothingWasSent(netError)))
            return done(fail("provider_unknown_outcome",
                             QStringLiteral("%1: %2; the order may have executed, query it by "
                                            "clientOrderId")
                                     .arg(endpoint, why),
                             data));
        return done(
                fail("provider_unavailable", QStringLiteral("%1: %2").arg(endpoint, why), data));
    }

    const QByteArray body = reply->readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (status == 200) {
        if (doc.isNull())
            return done(fail("provider_bad_response",
                             QStringLiteral("%1: the answer is not JSON").arg(endpoint)));
        return done(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    }

    binance::ErrorContext context;
    context.endpoint = endpoint;
    context.httpStatus = status;
    context.code = doc.object().value(QStringLiteral("code")).toInt();
    context.msg = doc.object().value(QStringLiteral("msg")).toString();
    context.changesState = call.changesState;
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    if (!retryAfter.isEmpty())
        context.retryAfterMs = retryAfter.trimmed().toLongLong() * 1000;
    Error error = binance::mapError(context);

    if (error.reason == QLatin1String("provider_rate_limited")) {
        m_blockedUntilMs =
                serverNowMs() + error.data.value(QStringLiteral("retryAfterMs")).toInteger();
    } else if (error.reason == QLatin1String("provider_clock")) {
        // Resync before answering, so the caller's retry carries a good timestamp.
        return syncTime([error, done = std::move(done)](Result<qint64>) { done(error); });
    }
    done(error);
}

template<typename T>
void BinanceConnector::sendAndParse(Call call, Callback<T> done,
                                    std::function<Result<T>(const QJsonObject &)> parse)
{
    send(std::move(call), [done = std::move(done), parse = std::move(parse)](Result<QJsonValue> r) {
        if (!r)
            return done(r.error());
        done(parse(r->toObject()));
    });
}

void BinanceConnector::syncTime(Callback<qint64> done)
{
    const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
    send(Call{"GET", QStringLiteral("/api/v3/time"), {}, false, kWeightTime, false},
         [this, sentAt, done = std::move(done)](Result<QJsonValue> r) {
             if (!r)
                 return done(r.error());
             const QJsonValue serverTime = r->toObject().value(QStringLiteral("serverTime"));
             if (!serverTime.isDouble())
                 return done(fail("provider_bad_response",
                                  QStringLiteral("GET /api/v3/time: no serverTime")));
             const qint64 now = QDateTime::currentMSecsSinceEpoch();
             // The server read its clock about halfway through the round trip.
             m_offsetMs = serverTime.toInteger() - (sentAt + now) / 2;
             done(m_offsetMs);
         });
}

void BinanceConnector::symbols(Callback<QList<SymbolRules>> done)
{
    sendAndParse<QList<SymbolRules>>(
            Call{"GET", QStringLiteral("/api/v3/exchangeInfo"), {}, false, kWeightExchangeInfo},
            std::move(done), binance::parseExchangeInfo);
}

void BinanceConnector::depth(const QString &symbol, int limit, Callback<Depth> done)
{
    if (limit < 1 || limit > 5000)
        return refuseLater(std::move(done),
                           fail("invalid_argument", QStringLiteral("depth limit is 1..5000")));
    sendAndParse<Depth>(Call{"GET",
                             QStringLiteral("/api/v3/depth"),
                             {{QStringLiteral("symbol"), symbol},
                              {QStringLiteral("limit"), QString::number(limit)}},
                             false,
                             binance::depthWeight(limit)},
                        std::move(done),
                        [symbol](const QJsonObject &o) { return binance::parseDepth(o, symbol); });
}

void BinanceConnector::balances(Callback<QList<Balance>> done)
{
    sendAndParse<QList<Balance>>(
            Call{"GET", QStringLiteral("/api/v3/account"), {}, true, kWeightAccount},
            std::move(done), binance::parseAccount);
}

void BinanceConnector::placeMarketOrder(const MarketOrderRequest &request,
                                        Callback<OrderResult> done)
{
    if (request.quantity.has_value() == request.quoteQuantity.has_value())
        return refuseLater(
                std::move(done),
                fail("invalid_argument",
                     QStringLiteral("a market order has a quantity or a quote quantity")));
    const Decimal &amount = request.quantity ? *request.quantity : *request.quoteQuantity;
    if (amount.isNegative() || amount.isZero())
        return refuseLater(
                std::move(done),
                fail("invalid_argument", QStringLiteral("the quantity must be positive")));
    if (!isValidClientOrderId(request.clientOrderId))
        return refuseLater(std::move(done),
                           fail("invalid_argument",
                                QStringLiteral("clientOrderId: 1..36 of [A-Za-z0-9._:/-]")));
    binance::Params params{{QStringLiteral("symbol"), request.symbol},
                           {QStringLiteral("side"), sideName(request.side)},
                           {QStringLiteral("type"), QStringLiteral("MARKET")}};
    params.append({request.quantity ? QStringLiteral("quantity") : QStringLiteral("quoteOrderQty"),
                   amount.toString()});
    params.append({QStringLiteral("newClientOrderId"), request.clientOrderId});
    params.append({QStringLiteral("newOrderRespType"), QStringLiteral("FULL")});
    sendAndParse<OrderResult>(Call{"POST", QStringLiteral("/api/v3/order"), std::move(params), true,
                                   kWeightNewOrder, true},
                              std::move(done), binance::parseOrder);
}

void BinanceConnector::orderStatus(const QString &symbol, const QString &clientOrderId,
                                   Callback<OrderResult> done)
{
    if (!isValidClientOrderId(clientOrderId))
        return refuseLater(std::move(done),
                           fail("invalid_argument",
                                QStringLiteral("clientOrderId: 1..36 of [A-Za-z0-9._:/-]")));
    sendAndParse<OrderResult>(Call{"GET",
                                   QStringLiteral("/api/v3/order"),
                                   {{QStringLiteral("symbol"), symbol},
                                    {QStringLiteral("origClientOrderId"), clientOrderId}},
                                   true,
                                   kWeightQueryOrder},
                              std::move(done), binance::parseOrder);
}

void BinanceConnector::subscribePrices(const QStringList &symbols)
{
    m_stream->subscribe(symbols);
}

} // namespace azc::provider
