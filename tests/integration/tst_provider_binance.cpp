// BinanceConnector against the local Binance stand-in (tests/support/binance_standin.h):
// signed requests, Binance's error paths (signature, timestamp, balance, filters, rate
// limits), an order whose answer is lost, and the bookTicker stream with reconnects.

#include "binance_standin.h"
#include "crypto/digest.h"
#include "exchange/provider/binance_connector.h"
#include "exchange/provider/binance_market_stream.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace azc;
using namespace azc::provider;
using azc::test::BinanceStandin;

namespace {

const QString kApiKey =
        QStringLiteral("vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A");
const QByteArray kSecret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

// Everything Qt logs during the run, to prove the key and secret never appear.
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &msg)
{
    g_log.append(msg);
    if (g_previousHandler)
        g_previousHandler(type, context, msg);
}

Decimal dec(const char *text)
{
    auto d = Decimal::parse(QString::fromLatin1(text));
    Q_ASSERT(d.ok());
    return *d;
}

template<typename T, typename Start>
Result<T> await(Start start, int limitMs = 15000)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    start([&](Result<T> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!out)
        return fail("test_timeout", QStringLiteral("no callback within %1 ms").arg(limitMs));
    return std::move(*out);
}

QString describe(const Error &e)
{
    return e.reason + QStringLiteral(": ") + e.message + u' '
            + QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact));
}

// QVERIFY2 evaluates its message even on success (Qt 6.4).
template<typename T>
QString whyNot(const Result<T> &r)
{
    return r.ok() ? QString() : describe(r.error());
}

// A request-weight test must not straddle a minute boundary of the stand-in's clock.
void awayFromMinuteEnd(const BinanceStandin &standin)
{
    const qint64 intoMinute = standin.nowMs() % 60000;
    if (intoMinute > 50000)
        QTest::qWait(int(60000 - intoMinute + 200));
}

MarketOrderRequest buy(const char *quantity, const QString &clientOrderId)
{
    MarketOrderRequest r;
    r.symbol = QStringLiteral("BTCUSDT");
    r.side = Side::Buy;
    r.quantity = dec(quantity);
    r.clientOrderId = clientOrderId;
    return r;
}

} // namespace

class TestProviderBinance : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BinanceStandin> m_standin;
    std::unique_ptr<BinanceConnector> m_connector;

    BinanceConfig config() const
    {
        BinanceConfig c;
        c.restUrl = m_standin->restUrl();
        c.streamUrl = m_standin->streamUrl();
        c.apiKey = kApiKey;
        c.secret = kSecret;
        c.timeout = std::chrono::milliseconds(2000);
        c.reconnectBase = std::chrono::milliseconds(100);
        c.reconnectMax = std::chrono::milliseconds(1000);
        return c;
    }

    void useConnector(const BinanceConfig &c)
    {
        m_connector = std::make_unique<BinanceConnector>(c);
    }

    // A raw signed request, to probe the stand-in's own strictness.
    std::pair<int, QJsonObject> raw(const QByteArray &verb, const QString &path,
                                    const QByteArray &query, const QByteArray &body)
    {
        QNetworkAccessManager network;
        QUrl url = m_standin->restUrl();
        url.setPath(path);
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setRawHeader("X-MBX-APIKEY", kApiKey.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = verb == "POST" ? network.post(request, body) : network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return {status, o};
    }

    static QByteArray timestamp()
    {
        return QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    }
    static QByteArray signature(const QByteArray &payload)
    {
        return crypto::hmac(crypto::HmacAlgorithm::Sha256, kSecret, payload).toHex();
    }

private Q_SLOTS:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(captureLog); }

    void init()
    {
        m_standin = std::make_unique<BinanceStandin>();
        QVERIFY(m_standin->start());
        m_standin->setCredentials(kApiKey, kSecret);
        BinanceStandin::Market m;
        m.symbol = QStringLiteral("BTCUSDT");
        m.baseAsset = QStringLiteral("BTC");
        m.quoteAsset = QStringLiteral("USDT");
        m.tickSize = dec("0.01"), m.minPrice = dec("0.01"), m.maxPrice = dec("1000000");
        m.stepSize = dec("0.00001"), m.minQty = dec("0.00001"), m.maxQty = dec("9000");
        m.minNotional = dec("5");
        m.asks = {{dec("30000"), dec("0.5")}, {dec("30000.5"), dec("1")}, {dec("30001"), dec("2")}};
        m.bids = {{dec("29999.5"), dec("0.5")}, {dec("29999"), dec("1")}, {dec("29998"), dec("2")}};
        m_standin->addMarket(m);
        m_standin->setBalance(QStringLiteral("USDT"), dec("100000"));
        m_standin->setBalance(QStringLiteral("BTC"), dec("1"));
        useConnector(config());
    }

    void cleanup()
    {
        m_connector.reset();
        m_standin.reset();
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(QString::fromLatin1(kSecret)), qPrintable(line));
            QVERIFY2(!line.contains(kApiKey), qPrintable(line));
        }
    }

    void exchangeInfoGivesExactRules()
    {
        auto r = await<QList<SymbolRules>>([&](auto cb) { m_connector->symbols(cb); });
        QVERIFY2(r.ok(), qPrintable(whyNot(r)));
        QCOMPARE(r->size(), 1);
        const SymbolRules &s = r->first();
        QCOMPARE(s.symbol, QStringLiteral("BTCUSDT"));
        QCOMPARE(s.baseAsset, QStringLiteral("BTC"));
        QCOMPARE(s.quoteAsset, QStringLiteral("USDT"));
        QVERIFY(s.trading);
        QCOMPARE(s.tickSize, dec("0.01"));
        QCOMPARE(s.stepSize, dec("0.00001"));
        QCOMPARE(s.minQty, dec("0.00001"));
        QCOMPARE(s.maxQty, dec("9000"));
        QCOMPARE(s.minNotional, dec("5"));
        QCOMPARE(m_connector->usedWeight(), 20);
    }

    void depthGivesExactLevels()
    {
        auto r = await<Depth>(
                [&](auto cb) { m_connector->depth(QStringLiteral("BTCUSDT"), 2, cb); });
        QVERIFY2(r.ok(), qPrintable(whyNot(r)));
        QCOMPARE(r->asks.size(), 2);
        QCOMPARE(r->bids.size(), 2);
        QCOMPARE(r->asks.at(1).price.toString(), QStringLiteral("30000.5"));
        QCOMPARE(r->bids.at(0).price.toString(), QStringLiteral("29999.5"));
        QCOMPARE(r->bids.at(0).quantity.toString(), QStringLiteral("0.5"));
    }

    void balancesAreSignedAndExact()
    {
        auto r = await<QList<Balance>>([&](auto cb) { m_connector->balances(cb); });
        QVERIFY2(r.ok(), qPrintable(whyNot(r)));
        QMap<QString, Decimal> free;
        for (const Balance &b : *r)
            free.insert(b.asset, b.free);
        QCOMPARE(free.value(QStringLiteral("USDT")), dec("100000"));
        QCOMPARE(free.value(QStringLiteral("BTC")), dec("1"));
        QCOMPARE(m_standin->exchanges().last().httpStatus, 200);
    }

    void marketBuyFillsExactly()
    {
        auto r = await<OrderResult>(
                [&](auto cb) { m_connector->placeMarketOrder(buy("0.7", "hedge-1"), cb); });
        QVERIFY2(r.ok(), qPrintable(whyNot(r)));
        QCOMPARE(r->status, OrderStatus::Filled);
        QCOMPARE(r->clientOrderId, QStringLiteral("hedge-1"));
        QCOMPARE(r->executedQty, dec("0.7"));
        QCOMPARE(r->cummulativeQuoteQty, dec("21000.1")); // 0.5 × 30000 + 0.2 × 30000.5
        QCOMPARE(r->fills.size(), 2);
        QCOMPARE(r->fills.at(1).price, dec("30000.5"));
        QCOMPARE(r->fills.at(1).quantity, dec("0.2"));
        QCOMPARE(m_standin->balance(QStringLiteral("USDT")), dec("78999.9"));
        QCOMPARE(m_standin->balance(QStringLiteral("BTC")), dec("1.7"));
    }

    void marketSellByQuoteQuantity()
    {
        MarketOrderRequest r;
        r.symbol = QStringLiteral("BTCUSDT");
        r.side = Side::Sell;
        r.quoteQuantity = dec("100");
        r.clientOrderId = QStringLiteral("q:sell/1"); // ':' and '/' are legal and signed as sent
        auto out = await<OrderResult>([&](auto cb) { m_connector->placeMarketOrder(r, cb); });
        QVERIFY2(out.ok(), qPrintable(whyNot(out)));
        QCOMPARE(out->status, OrderStatus::Filled);
        QCOMPARE(out->executedQty, dec("0.00333"));           // floor(100 / 29999.5) to the step
        QCOMPARE(out->cummulativeQuoteQty, dec("99.898335")); // 0.00333 × 29999.5
        QCOMPARE(m_standin->balance(QStringLiteral("BTC")), dec("0.99667"));
        // The same id in a signed GET query string: percent-encoded, signed and sent alike.
        auto status = await<OrderResult>([&](auto cb) {
            m_connector->orderStatus(QStringLiteral("BTCUSDT"), r.clientOrderId, cb);
        });
        QVERIFY2(status.ok(), qPrintable(whyNot(status)));
        QCOMPARE(status->clientOrderId, r.clientOrderId);
        QCOMPARE(status->side, Side::Sell);
        QCOMPARE(status->cummulativeQuoteQty, dec("99.898335"));
    }

    void marketOrderTheBookCannotCompleteExpiresWithWhatFilled()
    {
        m_standin->setBalance(QStringLiteral("USDT"), dec("200000"));
        auto r = await<OrderResult>(
                [&](auto cb) { m_connector->placeMarketOrder(buy("5", "big-1"), cb); });
        QVERIFY2(r.ok(), qPrintable(whyNot(r)));
        QCOMPARE(r->status, OrderStatus::Expired);
        QCOMPARE(r->executedQty, dec("3.5"));
        QCOMPARE(r->cummulativeQuoteQty, dec("105002.5")); // 15000 + 30000.5 + 60002
    }

    void wrongSignatureIsProviderAuth()
    {
        BinanceConfig c = config();
        c.secret = "not-the-secret-0123456789";
        useConnector(c);
        auto r = await<OrderResult>(
                [&](auto cb) { m_connector->placeMarketOrder(buy("0.1", "auth-1"), cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().reason, QStringLiteral("provider_auth"));
        QCOMPARE(r.error().data.value(QStringLiteral("code")).toInt(), -1022);
        QCOMPARE(m_standin->exchanges().last().code, -1022);
        QCOMPARE(m_standin->ordersExecuted(), 0);
        const QString all = describe(r.error());
        QVERIFY(!all.contains(QString::fromLatin1(c.secret)));
        QVERIFY(!all.contains(c.apiKey));

        BinanceConfig wrongKey = config();
        wrongKey.apiKey = QStringLiteral("someone-else");
        useConnector(wrongKey);
        auto k = await<QList<Balance>>([&](auto cb) { m_connector->balances(cb); });
        QVERIFY(!k.ok());
        QCOMPARE(k.error().reason, QStringLiteral("provider_auth"));
        QCOMPARE(k.error().data.value(QStringLiteral("code")).toInt(), -2015);
        QVERIFY(!describe(k.error()).contains(QStringLiteral("someone-else")));
    }

    void standinRefusesWhatBinanceRefuses()
    {
        // A correct request passes, so the refusals below are not vacuous. Mixed query and body:
        // totalParams is the query followed directly by the body (Binance's third example).
        const QByteArray query = "symbol=BTCUSDT&side=BUY&type=MARKET";
        const QByteArray body = "quantity=0.001&recvWindow=5000&timestamp=" + timestamp();
        auto ok = raw("POST", QStringLiteral("/api/v3/order"), query,
                      body + "&signature=" + signature(query + body));
        QCOMPARE(ok.first, 200);
        QCOMPARE(ok.second.value(QStringLiteral("status")).toString(), QStringLiteral("FILLED"));

        // One hex digit changed.
        const QByteArray q2 = "symbol=BTCUSDT&timestamp=" + timestamp();
        QByteArray sig = signature(q2);
        sig[5] = sig[5] == 'a' ? 'b' : 'a';
        auto tampered = raw("GET", QStringLiteral("/api/v3/account"), q2 + "&signature=" + sig, {});
        QCOMPARE(tampered.first, 400);
        QCOMPARE(tampered.second.value(QStringLiteral("code")).toInt(), -1022);
        QCOMPARE(tampered.second.value(QStringLiteral("msg")).toString(),
                 QStringLiteral("Signature for this request is not valid."));

        // A parameter changed after signing.
        auto changed = raw("GET", QStringLiteral("/api/v3/account"),
                           "symbol=ETHUSDT&timestamp=" + q2.mid(q2.indexOf("timestamp=") + 10)
                                   + "&signature=" + signature(q2),
                           {});
        QCOMPARE(changed.second.value(QStringLiteral("code")).toInt(), -1022);

        // Signature not the last parameter.
        const QByteArray q3 = "timestamp=" + timestamp();
        auto notLast = raw("GET", QStringLiteral("/api/v3/account"),
                           "signature=" + signature(q3) + "&" + q3, {});
        QCOMPARE(notLast.second.value(QStringLiteral("code")).toInt(), -1022);

        // Mandatory parameters.
        auto noTimestamp =
                raw("GET", QStringLiteral("/api/v3/account"), "signature=" + signature({}), {});
        QCOMPARE(noTimestamp.second.value(QStringLiteral("code")).toInt(), -1102);
        const QByteArray q4 = "symbol=BTCUSDT&type=MARKET&quantity=0.001&timestamp=" + timestamp();
        auto noSide = raw("POST", QStringLiteral("/api/v3/order"), {},
                          q4 + "&signature=" + signature(q4));
        QCOMPARE(noSide.second.value(QStringLiteral("code")).toInt(), -1102);
        QVERIFY(noSide.second.value(QStringLiteral("msg"))
                        .toString()
                        .contains(QStringLiteral("'side'")));

        // Illegal characters and a recvWindow above the maximum.
        const QByteArray q5 =
                "symbol=btc%20usdt&side=BUY&type=MARKET&quantity=0.001&timestamp=" + timestamp();
        auto illegal = raw("POST", QStringLiteral("/api/v3/order"), {},
                           q5 + "&signature=" + signature(q5));
        QCOMPARE(illegal.second.value(QStringLiteral("code")).toInt(), -1100);
        const QByteArray q6 = "recvWindow=60001&timestamp=" + timestamp();
        auto window = raw("GET", QStringLiteral("/api/v3/account"),
                          q6 + "&signature=" + signature(q6), {});
        QCOMPARE(window.second.value(QStringLiteral("code")).toInt(), -1131);
        QCOMPARE(m_standin->ordersExecuted(), 1);
    }

    void expiredTimestampIsProviderClockThenResyncLetsTheRetrySucceed()
    {
        // The provider's clock is two minutes ahead: our timestamps are outside its recvWindow.
        m_standin->setClockOffsetMs(120000);
        auto first = await<QList<Balance>>([&](auto cb) { m_connector->balances(cb); });
        QVERIFY(!first.ok());
        QCOMPARE(first.error().reason, QStringLiteral("provider_clock"));
        QCOMPARE(first.error().data.value(QStringLiteral("code")).toInt(), -1021);
        QVERIFY(qAbs(m_connector->serverTimeOffsetMs() - 120000) < 1000);
        auto retry = await<QList<Balance>>([&](auto cb) { m_connector->balances(cb); });
        QVERIFY2(retry.ok(), qPrintable(whyNot(retry)));

        // And behind: our timestamps are more than 1000 ms ahead of it.
        m_standin->setClockOffsetMs(-120000);
        auto ahead = await<OrderResult>(
                [&](auto cb) { m_connector->placeMarketOrder(buy("0.1", "clk-1"), cb); });
        QVERIFY(!ahead.ok());
        QCOMPARE(ahead.error().reason, QStringLiteral("provider_clock"));
        QCOMPARE(m_standin->ordersExecuted(), 0);
        auto again = await<OrderResult>(
                [&](auto cb) { m_connector->placeMarketOrder(buy("0.1", "clk-1"), cb); });
        QVERIFY2(again.ok(), qPrintable(whyNot(again)));
        QCOMPARE(m_standin->ordersExecuted(), 1);
    }

    void insufficientBalanceIsItsOwnReason()
    {
        m_standin->setBalance(QStringLiteral("USDT"), dec("10"));
        auto r = await<OrderResult>(
                [&](auto cb) { m_connector->placeMarketOrder(buy("0.001", "poor-1"), cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().reason, QStringLiteral("provider_insufficient_balance"));
        QCOMPARE(r.error().data.value(QStringLiteral("code")).toInt(), -2010);
        QCOMPARE(m_standin->ordersExecuted(), 0);
        QCOMPARE(m_standin->balance(QStringLiteral("USDT")), dec("10"));
        QCOMPARE(m_standin->balance(QStringLiteral("BTC")), dec("1"));
    }

    void filterFailuresNameTheFilter()
    {
        auto lot = await<OrderResult>(
                [&](auto cb) { m_connector->placeMarketOrder(buy("0.000015", "lot-1"), cb); });
        QVERIFY(!lot.ok());
        QCOMPARE(lot.error().reason, QStringLiteral("provider_filter"));
        QCOMPARE(lot.error().data.value(QStringLiteral("filter")).toString(),
                 QStringLiteral("LOT_SIZE"));
        QCOMPARE(lot.error().data.value(QStringLiteral("code")).toInt(), -1013);

        auto notional = await<OrderResult>(
                [&](auto cb) { m_connector->placeMarketOrder(buy("0.0001", "tiny-1"), cb); });
        QVERIFY(!notional.ok());
        QCOMPARE(notional.error().reason, QStringLiteral("provider_filter"));
        QCOMPARE(notional.error().data.value(QStringLiteral("filter")).toString(),
                 QStringLiteral("MIN_NOTIONAL"));
        QCOMPARE(m_standin->ordersExecuted(), 0);
    }

    void overTheWeightLimitIsRateLimitedWithRetryAfter()
    {
        awayFromMinuteEnd(*m_standin);
        m_standin->setWeightLimit(30);
        auto first = await<QList<SymbolRules>>([&](auto cb) { m_connector->symbols(cb); });
        QVERIFY2(first.ok(), qPrintable(whyNot(first)));
        auto second = await<QList<SymbolRules>>([&](auto cb) { m_connector->symbols(cb); });
        QVERIFY(!second.ok());
        QCOMPARE(second.error().reason, QStringLiteral("provider_rate_limited"));
        QCOMPARE(second.error().data.value(QStringLiteral("httpStatus")).toInt(), 429);
        const qint64 retryAfter =
                second.error().data.value(QStringLiteral("retryAfterMs")).toInteger();
        QVERIFY2(retryAfter >= 1000 && retryAfter <= 60000,
                 qPrintable(QString::number(retryAfter)));
        QCOMPARE(m_standin->exchanges().last().httpStatus, 429);

        // Until Retry-After has passed, the connector does not even ask.
        const qsizetype asked = m_standin->exchanges().size();
        auto third = await<Depth>(
                [&](auto cb) { m_connector->depth(QStringLiteral("BTCUSDT"), 5, cb); });
        QVERIFY(!third.ok());
        QCOMPARE(third.error().reason, QStringLiteral("provider_rate_limited"));
        QVERIFY(third.error().data.value(QStringLiteral("local")).toBool());
        QCOMPARE(m_standin->exchanges().size(), asked);
    }

    void theLocalWeightBudgetRefusesBeforeSending()
    {
        awayFromMinuteEnd(*m_standin);
        BinanceConfig c = config();
        c.weightBudget = 30;
        useConnector(c);
        QVERIFY(await<QList<SymbolRules>>([&](auto cb) { m_connector->symbols(cb); }).ok()); // 20
        QVERIFY(await<Depth>([&](auto cb) {
                    m_connector->depth(QStringLiteral("BTCUSDT"), 5, cb);
                }).ok());                        // 5
        QCOMPARE(m_connector->usedWeight(), 25); // X-MBX-USED-WEIGHT-1M
        auto over = await<QList<SymbolRules>>([&](auto cb) { m_connector->symbols(cb); });
        QVERIFY(!over.ok());
        QCOMPARE(over.error().reason, QStringLiteral("provider_rate_limited"));
        QVERIFY(over.error().data.value(QStringLiteral("retryAfterMs")).toInteger() > 0);
        QCOMPARE(m_standin->exchanges().size(), 2);
        // A cheap call still fits.
        QVERIFY(await<OrderResult>([&](auto cb) {
                    m_connector->placeMarketOrder(buy("0.001", "fits-1"), cb);
                }).ok());
    }

    void aLostOrderAnswerIsUnknownOutcomeAndOrderStatusFindsIt()
    {
        BinanceConfig c = config();
        c.timeout = std::chrono::milliseconds(500);
        useConnector(c);
        m_standin->setOrderAnswerDelayMs(3000);
        auto r = await<OrderResult>(
                [&](auto cb) { m_connector->placeMarketOrder(buy("0.7", "lost-1"), cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().reason, QStringLiteral("provider_unknown_outcome"));
        QCOMPARE(m_standin->ordersExecuted(), 1); // it did execute

        auto status = await<OrderResult>([&](auto cb) {
            m_connector->orderStatus(QStringLiteral("BTCUSDT"), QStringLiteral("lost-1"), cb);
        });
        QVERIFY2(status.ok(), qPrintable(whyNot(status)));
        QCOMPARE(status->status, OrderStatus::Filled);
        QCOMPARE(status->clientOrderId, QStringLiteral("lost-1"));
        QCOMPARE(status->executedQty, dec("0.7"));
        QCOMPARE(status->cummulativeQuoteQty, dec("21000.1"));

        // A blind resend with the same clientOrderId does not trade twice.
        m_standin->setOrderAnswerDelayMs(0);
        auto again = await<OrderResult>(
                [&](auto cb) { m_connector->placeMarketOrder(buy("0.7", "lost-1"), cb); });
        QVERIFY(!again.ok());
        QCOMPARE(again.error().reason, QStringLiteral("provider_duplicate_order"));
        QCOMPARE(m_standin->ordersExecuted(), 1);
        QCOMPARE(m_standin->balance(QStringLiteral("BTC")), dec("1.7"));
    }

    void aServerErrorOnAnOrderIsUnknownOutcome()
    {
        m_standin->failNextOrderAfterExecuting();
        auto r = await<OrderResult>(
                [&](auto cb) { m_connector->placeMarketOrder(buy("0.1", "5xx-1"), cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().reason, QStringLiteral("provider_unknown_outcome"));
        QCOMPARE(r.error().data.value(QStringLiteral("code")).toInt(), -1007);
        auto status = await<OrderResult>([&](auto cb) {
            m_connector->orderStatus(QStringLiteral("BTCUSDT"), QStringLiteral("5xx-1"), cb);
        });
        QVERIFY2(status.ok(), qPrintable(whyNot(status)));
        QCOMPARE(status->executedQty, dec("0.1"));

        auto missing = await<OrderResult>([&](auto cb) {
            m_connector->orderStatus(QStringLiteral("BTCUSDT"), QStringLiteral("never-sent"), cb);
        });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().reason, QStringLiteral("provider_order_not_found"));
    }

    void nobodyListeningIsUnavailable()
    {
        BinanceConfig c = config();
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        c.restUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        useConnector(c);
        auto r = await<QList<Balance>>([&](auto cb) { m_connector->balances(cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().reason, QStringLiteral("provider_unavailable"));
        // Refused before anything was sent: the order certainly did not happen.
        auto o = await<OrderResult>(
                [&](auto cb) { m_connector->placeMarketOrder(buy("0.1", "down-1"), cb); });
        QVERIFY(!o.ok());
        QCOMPARE(o.error().reason, QStringLiteral("provider_unavailable"));
    }

    void invalidRequestsAreRefusedWithoutSending()
    {
        MarketOrderRequest both = buy("0.1", "bad-1");
        both.quoteQuantity = dec("10");
        bool synchronous = true;
        std::optional<Result<OrderResult>> out;
        m_connector->placeMarketOrder(both, [&](Result<OrderResult> r) {
            QVERIFY(!synchronous);
            out.emplace(std::move(r));
        });
        synchronous = false;
        QTRY_VERIFY(out.has_value());
        QCOMPARE(out->error().reason, QStringLiteral("invalid_argument"));
        auto badId = await<OrderResult>(
                [&](auto cb) { m_connector->placeMarketOrder(buy("0.1", "has space"), cb); });
        QCOMPARE(badId.error().reason, QStringLiteral("invalid_argument"));
        QCOMPARE(m_standin->exchanges().size(), 0);
    }

    void bookTickerPricesArriveAndTheStreamReconnects()
    {
        QSignalSpy connected(m_standin.get(), &BinanceStandin::streamClientConnected);
        QSignalSpy prices(m_connector.get(), &LiquidityProvider::priceUpdated);
        m_connector->subscribePrices({QStringLiteral("BTCUSDT")});
        QVERIFY(connected.wait(5000));
        QTRY_VERIFY(m_connector->marketStream()->isConnected());

        BookTicker t{QStringLiteral("BTCUSDT"),
                     400900217,
                     dec("29999.5"),
                     dec("0.5"),
                     dec("30000"),
                     dec("1.25")};
        m_standin->pushBookTicker(t);
        QVERIFY(prices.wait(5000));
        const auto got = prices.takeFirst().at(0).value<BookTicker>();
        QCOMPARE(got.symbol, QStringLiteral("BTCUSDT"));
        QCOMPARE(got.updateId, qint64(400900217));
        QCOMPARE(got.bidPrice, dec("29999.5"));
        QCOMPARE(got.askQty, dec("1.25"));

        m_standin->dropStreamConnections();
        QVERIFY(connected.wait(5000)); // reconnected with backoff
        QCOMPARE(connected.size(), 2);
        QTRY_VERIFY(m_connector->marketStream()->isConnected());
        t.updateId += 1;
        t.askPrice = dec("30000.01");
        m_standin->pushBookTicker(t);
        QVERIFY(prices.wait(5000));
        QCOMPARE(prices.takeFirst().at(0).value<BookTicker>().askPrice, dec("30000.01"));
    }

    void aSilentStreamIsReopened()
    {
        BinanceConfig c = config();
        c.streamStaleAfter = std::chrono::milliseconds(300);
        useConnector(c);
        QSignalSpy connected(m_standin.get(), &BinanceStandin::streamClientConnected);
        m_connector->subscribePrices({QStringLiteral("BTCUSDT")});
        QVERIFY(connected.wait(5000));
        // Nothing is pushed: after 300 ms of silence the connector gives up on the connection.
        QTRY_VERIFY_WITH_TIMEOUT(connected.size() >= 2, 5000);
        QVERIFY(m_connector->marketStream()->reconnectCount() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestProviderBinance)
#include "tst_provider_binance.moc"
