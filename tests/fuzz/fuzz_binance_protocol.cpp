// Fuzz target for the Binance connector's message parsing
// (exchange/provider/binance_protocol): every reply parser (exchangeInfo,
// depth, account, order) and the market stream's bookTicker frames, fed the
// input as JSON, plus the error mapping and query encoding. Built like
// fuzz_amount_parse.cpp (see there).
//
// Properties: never crashes; a refusal is always provider_bad_response; what
// is accepted matches the JSON it came from (counts of symbols, levels,
// balances and fills; every decimal equals Decimal::parse of its source text
// and is normalised; the order side and status names); mapError always gives
// a provider_* reason, data.retryAfterMs exactly when rate limited, and never
// an unknown outcome for a request that changes nothing; encodeQuery
// percent-decodes back to its parameters; sign is 64 lower-case hex digits.

#include "exchange/provider/binance_protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <cstdlib>
#include <iterator>

namespace {

using namespace azc::provider;

void check(bool ok)
{
    if (!ok)
        std::abort();
}

void checkRefusal(const azc::Error &e)
{
    check(e.reason == QLatin1String("provider_bad_response"));
}

// A parsed decimal is what its source text parses to, normalised.
void checkDecimal(const Decimal &d, const QJsonValue &source)
{
    check(source.isString());
    const auto parsed = Decimal::parse(source.toString());
    check(parsed.ok() && *parsed == d);
    check(d.scale() == 0 || d.mantissa() % 10 != 0);
    const auto again = Decimal::parse(d.toString());
    check(again.ok() && *again == d);
}

void checkLevels(const QList<PriceLevel> &levels, const QJsonValue &source)
{
    const QJsonArray array = source.toArray();
    check(source.isArray() && levels.size() == array.size());
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QJsonArray pair = array.at(i).toArray();
        checkDecimal(levels[i].price, pair.at(0));
        checkDecimal(levels[i].quantity, pair.at(1));
    }
}

void checkExchangeInfo(const QJsonObject &o)
{
    const auto info = binance::parseExchangeInfo(o);
    if (!info)
        return checkRefusal(info.error());
    const QJsonArray symbols = o.value(QStringLiteral("symbols")).toArray();
    check(info->size() == symbols.size());
    for (qsizetype i = 0; i < info->size(); ++i) {
        const SymbolRules &r = info->at(i);
        const QJsonObject s = symbols.at(i).toObject();
        check(!r.symbol.isEmpty() && r.symbol == s.value(QStringLiteral("symbol")).toString());
        check(!r.baseAsset.isEmpty() && !r.quoteAsset.isEmpty());
        check(r.trading == (s.value(QStringLiteral("status")).toString() == QLatin1String("TRADING")));
        for (const Decimal &d : {r.tickSize, r.minPrice, r.maxPrice, r.stepSize, r.minQty, r.maxQty, r.minNotional}) {
            const auto again = Decimal::parse(d.toString());
            check(again.ok() && *again == d);
        }
    }
}

void checkDepth(const QJsonObject &o)
{
    const auto depth = binance::parseDepth(o, QStringLiteral("BTCUSDT"));
    if (!depth)
        return checkRefusal(depth.error());
    check(depth->symbol == QLatin1String("BTCUSDT"));
    check(depth->lastUpdateId == o.value(QStringLiteral("lastUpdateId")).toInteger());
    checkLevels(depth->bids, o.value(QStringLiteral("bids")));
    checkLevels(depth->asks, o.value(QStringLiteral("asks")));
}

void checkAccount(const QJsonObject &o)
{
    const auto balances = binance::parseAccount(o);
    if (!balances)
        return checkRefusal(balances.error());
    const QJsonArray array = o.value(QStringLiteral("balances")).toArray();
    check(balances->size() == array.size());
    for (qsizetype i = 0; i < balances->size(); ++i) {
        const QJsonObject b = array.at(i).toObject();
        check(balances->at(i).asset == b.value(QStringLiteral("asset")).toString());
        checkDecimal(balances->at(i).free, b.value(QStringLiteral("free")));
        checkDecimal(balances->at(i).locked, b.value(QStringLiteral("locked")));
    }
}

void checkOrder(const QJsonObject &o)
{
    const auto order = binance::parseOrder(o);
    if (!order)
        return checkRefusal(order.error());
    check(!order->symbol.isEmpty() && o.value(QStringLiteral("orderId")).isDouble());
    const QString side = o.value(QStringLiteral("side")).toString();
    check(side == QLatin1String(order->side == Side::Buy ? "BUY" : "SELL"));
    const auto status = orderStatusFromName(o.value(QStringLiteral("status")).toString());
    check(status && *status == order->status);
    check(orderStatusFromName(orderStatusName(order->status)) == order->status);
    checkDecimal(order->executedQty, o.value(QStringLiteral("executedQty")));
    checkDecimal(order->cummulativeQuoteQty, o.value(QStringLiteral("cummulativeQuoteQty")));
    const QJsonArray fills = o.value(QStringLiteral("fills")).toArray();
    check(order->fills.size() == fills.size());
    for (qsizetype i = 0; i < fills.size(); ++i) {
        const QJsonObject f = fills.at(i).toObject();
        checkDecimal(order->fills[i].price, f.value(QStringLiteral("price")));
        checkDecimal(order->fills[i].quantity, f.value(QStringLiteral("qty")));
        checkDecimal(order->fills[i].commission, f.value(QStringLiteral("commission")));
    }
}

// As BinanceMarketStream::onMessage reads a frame: the combined stream wraps
// the payload in {"stream": ..., "data": {...}}.
void checkStreamFrame(const QJsonObject &frame)
{
    const QJsonObject payload = frame.contains(QStringLiteral("data"))
            ? frame.value(QStringLiteral("data")).toObject()
            : frame;
    const auto ticker = binance::parseBookTicker(payload);
    if (!ticker)
        return checkRefusal(ticker.error());
    check(!ticker->symbol.isEmpty() && ticker->symbol == payload.value(QStringLiteral("s")).toString());
    checkDecimal(ticker->bidPrice, payload.value(QStringLiteral("b")));
    checkDecimal(ticker->bidQty, payload.value(QStringLiteral("B")));
    checkDecimal(ticker->askPrice, payload.value(QStringLiteral("a")));
    checkDecimal(ticker->askQty, payload.value(QStringLiteral("A")));
}

// An error reply ({"code": -2010, "msg": "..."}) under a fuzzed HTTP status.
void checkError(const QJsonObject &o, const uint8_t *data, size_t size)
{
    static const int statuses[] = {200, 400, 401, 403, 404, 409, 418, 429, 500, 502, 503, 504};
    binance::ErrorContext c;
    c.endpoint = QStringLiteral("POST /api/v3/order");
    c.httpStatus = size > 0 ? statuses[data[0] % std::size(statuses)] : 400;
    c.code = o.value(QStringLiteral("code")).toInt();
    c.msg = o.value(QStringLiteral("msg")).toString();
    c.retryAfterMs = size > 1 && data[1] % 2 ? qint64(data[1]) * 1000 : -1;
    for (const bool changesState : {false, true}) {
        c.changesState = changesState;
        const azc::Error e = binance::mapError(c);
        check(e.reason.startsWith(QLatin1String("provider_")));
        check(e.message.contains(c.endpoint));
        check(e.data.value(QStringLiteral("httpStatus")).toInt() == c.httpStatus);
        const bool limited = e.reason == QLatin1String("provider_rate_limited");
        check(e.data.contains(QStringLiteral("retryAfterMs")) == limited);
        if (limited)
            check(e.data.value(QStringLiteral("retryAfterMs")).toInteger() == (c.retryAfterMs < 0 ? 60000 : c.retryAfterMs));
        if (!changesState)
            check(e.reason != QLatin1String("provider_unknown_outcome"));
    }
}

// Query parameters from the object's keys and string values.
void checkQuery(const QJsonObject &o)
{
    binance::Params params;
    for (auto it = o.begin(); it != o.end(); ++it)
        params.append({it.key(), it.value().toString()});
    const QByteArray query = binance::encodeQuery(params);
    const QList<QByteArray> pairs = query.isEmpty() ? QList<QByteArray>() : query.split('&');
    check(pairs.size() == params.size());
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const QList<QByteArray> kv = pairs[i].split('=');
        check(kv.size() == 2);
        // Compared as UTF-8: a lone surrogate from a JSON escape cannot survive it either way.
        check(QByteArray::fromPercentEncoding(kv[0]) == params[i].first.toUtf8());
        check(QByteArray::fromPercentEncoding(kv[1]) == params[i].second.toUtf8());
    }
    const QByteArray signature = binance::sign("secret", query);
    check(signature.size() == 64);
    for (char c : signature)
        check((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
}

void checkObject(const QJsonObject &o, const uint8_t *data, size_t size)
{
    checkExchangeInfo(o);
    checkDepth(o);
    checkAccount(o);
    checkOrder(o);
    checkStreamFrame(o);
    checkError(o, data, size);
    checkQuery(o);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (doc.isObject())
        checkObject(doc.object(), data, size);
    for (const QJsonValue &v : doc.array()) // what an array answer turns into: an empty object
        checkObject(v.toObject(), data, size);
    return 0;
}
