// The pure parts of the provider layer: the exact Decimal, Binance request
// signing (the documentation's own example), the documented JSON shapes, and
// how Binance's errors map to our reasons.

#include "exchange/provider/binance_protocol.h"
#include "exchange/provider/decimal.h"

#include <QJsonDocument>
#include <QTest>

using namespace azc;
using namespace azc::provider;

namespace {

Decimal dec(const char *text)
{
    auto d = Decimal::parse(QString::fromLatin1(text));
    Q_ASSERT(d.ok());
    return *d;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestProviderProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decimalParsesExactly()
    {
        QCOMPARE(dec("0.00100000").toString(), QStringLiteral("0.001"));
        QCOMPARE(dec("0.00100000"), dec("0.001"));
        QCOMPARE(dec("12").scale(), 0);
        QCOMPARE(dec("-0.5").mantissa(), Int128(-5));
        QCOMPARE(dec("4723846.89208129").toFixed(8), QStringLiteral("4723846.89208129"));
        QCOMPARE(dec("0.1").toFixed(8), QStringLiteral("0.10000000"));
        QCOMPARE(dec("0.123456789012345678").scale(), 18);
        for (const char *bad : {"", ".", "1e5", " 1", "+1", "1.2.3", "abc", "0x10", "1,5"})
            QVERIFY2(!Decimal::parse(QString::fromLatin1(bad)).ok(), bad);
        QCOMPARE(Decimal::parse(u"0.1234567890123456789").error().reason,
                 QStringLiteral("too_precise"));
        QCOMPARE(Decimal::parse(u"999999999999999999999999999999999999999999").error().reason,
                 QStringLiteral("overflow"));
    }

    void decimalComparesByValue()
    {
        QVERIFY(dec("0.1") < dec("0.10000001"));
        QVERIFY(dec("-0.5") < dec("0.5"));
        QVERIFY(dec("-1.5") < dec("-1.25"));
        QVERIFY(dec("30000.5") > dec("30000.49999999"));
        QVERIFY(dec("2") > dec("1.999999999999999999"));
        QCOMPARE(dec("1.50") <=> dec("1.5"), std::strong_ordering::equal);
        // Huge integer parts compare without overflow.
        const Decimal big = *Decimal::fromUnits(Int128(1) << 120, 0);
        QVERIFY(big > dec("0.000000000000000001"));
    }

    void decimalArithmeticIsExact()
    {
        QCOMPARE(*dec("0.1").checkedAdd(dec("0.2")), dec("0.3"));
        QCOMPARE(*dec("30000.5").checkedMul(dec("0.2")), dec("6000.1"));
        QCOMPARE(*dec("1").checkedSub(dec("1.00000001")), dec("-0.00000001"));
        QCOMPARE(*dec("0.00333").multipleOf(dec("0.00001")), Int128(333));
        QVERIFY(!dec("0.000015").multipleOf(dec("0.00001")));
        QCOMPARE(*dec("1.5").unitsAt(8), Int128(150000000));
        QVERIFY(!dec("1.123").unitsAt(2));
        QVERIFY(!dec("0.0000000001").checkedMul(dec("0.0000000001"))); // scale 20
        const Decimal max = *Decimal::fromUnits(~(Int128(1) << 127), 0);
        QVERIFY(!max.checkedAdd(dec("1")));
    }

    void signingMatchesBinancesDocumentedExample()
    {
        // Binance's "SIGNED Endpoint Examples for POST /api/v3/order - HMAC Keys".
        const QByteArray secret =
                "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
        const QByteArray query =
                "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1"
                "&recvWindow=5000&timestamp=1499827319559";
        QCOMPARE(binance::sign(secret, query),
                 QByteArray("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71"));
        const binance::Params params{
                {QStringLiteral("symbol"), QStringLiteral("LTCBTC")},
                {QStringLiteral("side"), QStringLiteral("BUY")},
                {QStringLiteral("type"), QStringLiteral("LIMIT")},
                {QStringLiteral("timeInForce"), QStringLiteral("GTC")},
                {QStringLiteral("quantity"), QStringLiteral("1")},
                {QStringLiteral("price"), QStringLiteral("0.1")},
                {QStringLiteral("recvWindow"), QStringLiteral("5000")},
                {QStringLiteral("timestamp"), QStringLiteral("1499827319559")}};
        QCOMPARE(binance::encodeQuery(params), query);
        QCOMPARE(binance::encodeQuery(
                         {{QStringLiteral("newClientOrderId"), QStringLiteral("a:b/c")}}),
                 QByteArray("newClientOrderId=a%3Ab%2Fc"));
    }

    void clientOrderIds()
    {
        QVERIFY(isValidClientOrderId(u"hedge-1"));
        QVERIFY(isValidClientOrderId(u"a.b_c:d/e-F9"));
        QVERIFY(isValidClientOrderId(QString(36, u'x')));
        QVERIFY(!isValidClientOrderId(QString(37, u'x')));
        QVERIFY(!isValidClientOrderId(u""));
        QVERIFY(!isValidClientOrderId(u"has space"));
        QVERIFY(!isValidClientOrderId(u"amp&er"));
    }

    void parsesDocumentedShapes()
    {
        auto info = binance::parseExchangeInfo(json(R"({"timezone":"UTC","serverTime":1565246363776,
            "rateLimits":[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000}],
            "exchangeFilters":[],"symbols":[{"symbol":"ETHBTC","status":"TRADING","baseAsset":"ETH",
            "baseAssetPrecision":8,"quoteAsset":"BTC","quotePrecision":8,"quoteAssetPrecision":8,
            "orderTypes":["LIMIT","MARKET"],"quoteOrderQtyMarketAllowed":true,"filters":[
            {"filterType":"PRICE_FILTER","minPrice":"0.00000100","maxPrice":"100000.00000000","tickSize":"0.00000100"},
            {"filterType":"LOT_SIZE","minQty":"0.00100000","maxQty":"100000.00000000","stepSize":"0.00100000"},
            {"filterType":"NOTIONAL","minNotional":"0.00010000","applyMinToMarket":true,"maxNotional":"9000000.00000000","applyMaxToMarket":false,"avgPriceMins":5},
            {"filterType":"MAX_NUM_ORDERS","maxNumOrders":200}],"permissions":[]}]})"));
        QVERIFY(info.ok());
        QCOMPARE(info->size(), 1);
        QCOMPARE(info->first().tickSize, dec("0.000001"));
        QCOMPARE(info->first().stepSize, dec("0.001"));
        QCOMPARE(info->first().minNotional, dec("0.0001"));
        QVERIFY(info->first().trading);

        auto depth = binance::parseDepth(json(R"({"lastUpdateId":1027024,
            "bids":[["4.00000000","431.00000000"]],"asks":[["4.00000200","12.00000000"]]})"),
                                         QStringLiteral("BNBBTC"));
        QVERIFY(depth.ok());
        QCOMPARE(depth->lastUpdateId, qint64(1027024));
        QCOMPARE(depth->asks.first().price, dec("4.000002"));
        QCOMPARE(depth->bids.first().quantity, dec("431"));

        auto account = binance::parseAccount(json(R"({"makerCommission":15,"takerCommission":15,
            "canTrade":true,"accountType":"SPOT","balances":[{"asset":"BTC","free":"4723846.89208129",
            "locked":"0.00000000"},{"asset":"LTC","free":"4763368.68006011","locked":"0.00000000"}],
            "permissions":["SPOT"],"uid":354937868})"));
        QVERIFY(account.ok());
        QCOMPARE(account->size(), 2);
        QCOMPARE(account->at(1).free, dec("4763368.68006011"));

        auto order = binance::parseOrder(json(R"({"symbol":"BTCUSDT","orderId":28,"orderListId":-1,
            "clientOrderId":"6gCrw2kRUAF9CvJDGP16IP","transactTime":1507725176595,"price":"0.00000000",
            "origQty":"10.00000000","executedQty":"10.00000000","origQuoteOrderQty":"0.000000",
            "cummulativeQuoteQty":"10.00000000","status":"FILLED","timeInForce":"GTC","type":"MARKET",
            "side":"SELL","workingTime":1507725176595,"selfTradePreventionMode":"NONE","fills":[
            {"price":"4000.00000000","qty":"1.00000000","commission":"4.00000000","commissionAsset":"USDT","tradeId":56},
            {"price":"3999.00000000","qty":"5.00000000","commission":"19.99500000","commissionAsset":"USDT","tradeId":57}]})"));
        QVERIFY(order.ok());
        QCOMPARE(order->orderId, qint64(28));
        QCOMPARE(order->side, Side::Sell);
        QCOMPARE(order->status, OrderStatus::Filled);
        QCOMPARE(order->executedQty, dec("10"));
        QCOMPARE(order->fills.size(), 2);
        QCOMPARE(order->fills.at(1).commission, dec("19.995"));
        QCOMPARE(order->transactTimeMs, qint64(1507725176595));

        auto ticker = binance::parseBookTicker(json(
                R"({"u":400900217,"s":"BNBUSDT","b":"25.35190000","B":"31.21000000","a":"25.36520000","A":"40.66000000"})"));
        QVERIFY(ticker.ok());
        QCOMPARE(ticker->askPrice, dec("25.3652"));
        QCOMPARE(ticker->updateId, qint64(400900217));

        // Numbers as JSON numbers are not Binance's shape: refused, not rounded.
        auto floaty = binance::parseDepth(json(R"({"lastUpdateId":1,"bids":[[4.1,2]],"asks":[]})"),
                                          QStringLiteral("X"));
        QCOMPARE(floaty.error().reason, QStringLiteral("provider_bad_response"));
    }

    void errorsMapToStableReasons_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("msg");
        QTest::addColumn<bool>("order");
        QTest::addColumn<QString>("reason");
        QTest::newRow("signature") << 400 << -1022 << "Signature for this request is not valid."
                                   << true << "provider_auth";
        QTest::newRow("api key") << 401 << -2015
                                 << "Invalid API-key, IP, or permissions for action." << false
                                 << "provider_auth";
        QTest::newRow("timestamp")
                << 400 << -1021 << "Timestamp for this request is outside of the recvWindow."
                << true << "provider_clock";
        QTest::newRow("balance") << 400 << -2010
                                 << "Account has insufficient balance for requested action." << true
                                 << "provider_insufficient_balance";
        QTest::newRow("duplicate")
                << 400 << -2010 << "Duplicate order sent." << true << "provider_duplicate_order";
        QTest::newRow("closed") << 400 << -2010 << "Market is closed." << true
                                << "provider_rejected";
        QTest::newRow("lot size") << 400 << -1013 << "Filter failure: LOT_SIZE" << true
                                  << "provider_filter";
        QTest::newRow("not found")
                << 400 << -2013 << "Order does not exist." << false << "provider_order_not_found";
        QTest::newRow("mandatory")
                << 400 << -1102
                << "Mandatory parameter 'side' was not sent, was empty/null, or malformed." << true
                << "provider_rejected";
        QTest::newRow("429") << 429 << -1003 << "Too many requests" << false
                             << "provider_rate_limited";
        QTest::newRow("418") << 418 << -1003 << "Way too many requests; IP banned" << true
                             << "provider_rate_limited";
        QTest::newRow("5xx read") << 503 << 0 << "" << false << "provider_unavailable";
        QTest::newRow("5xx order") << 502 << 0 << "" << true << "provider_unknown_outcome";
        QTest::newRow("-1007 order") << 408 << -1007
                                     << "Timeout waiting for response from backend server. Send "
                                        "status unknown; execution status unknown."
                                     << true << "provider_unknown_outcome";
    }

    void errorsMapToStableReasons()
    {
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(QString, msg);
        QFETCH(bool, order);
        QFETCH(QString, reason);
        const Error e = binance::mapError({QStringLiteral("POST /api/v3/order"), status, code, msg,
                                           status == 429 ? 7000 : -1, order});
        QCOMPARE(e.reason, reason);
        if (code != 0)
            QCOMPARE(e.data.value(QStringLiteral("code")).toInt(), code);
        if (status == 429)
            QCOMPARE(e.data.value(QStringLiteral("retryAfterMs")).toInteger(), qint64(7000));
        if (reason == QLatin1String("provider_filter"))
            QCOMPARE(e.data.value(QStringLiteral("filter")).toString(), QStringLiteral("LOT_SIZE"));
    }
};

QTEST_APPLESS_MAIN(TestProviderProtocol)
#include "tst_provider_protocol.moc"
