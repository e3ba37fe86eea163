#include "exchange/provider/binance_protocol.h"

#include "crypto/digest.h"

#include <QJsonArray>
#include <QUrl>

namespace azc::provider::binance {

namespace {

Error badShape(const QString &what)
{
    return fail("provider_bad_response", QStringLiteral("Binance answer: %1").arg(what));
}

// Binance sends every number as decimal text.
Result<Decimal> decimalField(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return badShape(QStringLiteral("%1 is not a decimal string").arg(key));
    auto d = Decimal::parse(v.toString());
    if (!d)
        return badShape(QStringLiteral("%1: %2").arg(key, d.error().message));
    return d;
}

Result<QList<PriceLevel>> parseLevels(const QJsonValue &v, const QString &side)
{
    if (!v.isArray())
        return badShape(QStringLiteral("%1 is not an array").arg(side));
    QList<PriceLevel> out;
    for (const QJsonValue &level : v.toArray()) {
        const QJsonArray pair = level.toArray();
        if (pair.size() < 2 || !pair.at(0).isString() || !pair.at(1).isString())
            return badShape(QStringLiteral("%1 level is not [price, quantity]").arg(side));
        auto price = Decimal::parse(pair.at(0).toString());
        auto qty = Decimal::parse(pair.at(1).toString());
        if (!price || !qty)
            return badShape(QStringLiteral("%1 level is not decimal").arg(side));
        out.append(PriceLevel{*price, *qty});
    }
    return out;
}

} // namespace

QByteArray encodeQuery(const Params &params)
{
    QByteArray out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QByteArray sign(const QByteArray &secret, const QByteArray &totalParams)
{
    return crypto::hmac(crypto::HmacAlgorithm::Sha256, secret, totalParams).toHex();
}

int depthWeight(int limit)
{
    if (limit <= 100)
        return 5;
    if (limit <= 500)
        return 25;
    if (limit <= 1000)
        return 50;
    return 250;
}

Result<QList<SymbolRules>> parseExchangeInfo(const QJsonObject &o)
{
    const QJsonValue symbols = o.value(QStringLiteral("symbols"));
    if (!symbols.isArray())
        return badShape(QStringLiteral("exchangeInfo without symbols"));
    QList<SymbolRules> out;
    for (const QJsonValue &sv : symbols.toArray()) {
        const QJsonObject s = sv.toObject();
        SymbolRules r;
        r.symbol = s.value(QStringLiteral("symbol")).toString();
        r.baseAsset = s.value(QStringLiteral("baseAsset")).toString();
        r.quoteAsset = s.value(QStringLiteral("quoteAsset")).toString();
        r.trading = s.value(QStringLiteral("status")).toString() == QLatin1String("TRADING");
        if (r.symbol.isEmpty() || r.baseAsset.isEmpty() || r.quoteAsset.isEmpty())
            return badShape(QStringLiteral("a symbol without symbol/baseAsset/quoteAsset"));
        for (const QJsonValue &fv : s.value(QStringLiteral("filters")).toArray()) {
            const QJsonObject f = fv.toObject();
            const QString type = f.value(QStringLiteral("filterType")).toString();
            if (type == QLatin1String("PRICE_FILTER")) {
                auto tick = decimalField(f, QStringLiteral("tickSize"));
                auto min = decimalField(f, QStringLiteral("minPrice"));
                auto max = decimalField(f, QStringLiteral("maxPrice"));
                if (!tick || !min || !max)
                    return badShape(QStringLiteral("PRICE_FILTER of %1").arg(r.symbol));
                r.tickSize = *tick, r.minPrice = *min, r.maxPrice = *max;
            } else if (type == QLatin1String("LOT_SIZE")) {
                auto step = decimalField(f, QStringLiteral("stepSize"));
                auto min = decimalField(f, QStringLiteral("minQty"));
                auto max = decimalField(f, QStringLiteral("maxQty"));
                if (!step || !min || !max)
                    return badShape(QStringLiteral("LOT_SIZE of %1").arg(r.symbol));
                r.stepSize = *step, r.minQty = *min, r.maxQty = *max;
            } else if (type == QLatin1String("MIN_NOTIONAL") || type == QLatin1String("NOTIONAL")) {
                auto min = decimalField(f, QStringLiteral("minNotional"));
                if (!min)
                    return badShape(QStringLiteral("%1 of %2").arg(type, r.symbol));
                r.minNotional = *min;
            }
        }
        out.append(std::move(r));
    }
    return out;
}

Result<Depth> parseDepth(const QJsonObject &o, const QString &symbol)
{
    if (!o.value(QStringLiteral("lastUpdateId")).isDouble())
        return badShape(QStringLiteral("depth without lastUpdateId"));
    auto bids = parseLevels(o.value(QStringLiteral("bids")), QStringLiteral("bids"));
    if (!bids)
        return bids.error();
    auto asks = parseLevels(o.value(QStringLiteral("asks")), QStringLiteral("asks"));
    if (!asks)
        return asks.error();
    return Depth{symbol, o.value(QStringLiteral("lastUpdateId")).toInteger(), *bids, *asks};
}

Result<QList<Balance>> parseAccount(const QJsonObject &o)
{
    const QJsonValue balances = o.value(QStringLiteral("balances"));
    if (!balances.isArray())
        return badShape(QStringLiteral("account without balances"));
    QList<Balance> out;
    for (const QJsonValue &bv : balances.toArray()) {
        const QJsonObject b = bv.toObject();
        auto free = decimalField(b, QStringLiteral("free"));
        auto locked = decimalField(b, QStringLiteral("locked"));
        if (!free)
            return free.error();
        if (!locked)
            return locked.error();
        out.append(Balance{b.value(QStringLiteral("asset")).toString(), *free, *locked});
    }
    return out;
}

Result<OrderResult> parseOrder(const QJsonObject &o)
{
    OrderResult r;
    r.symbol = o.value(QStringLiteral("symbol")).toString();
    r.clientOrderId = o.value(QStringLiteral("clientOrderId")).toString();
    if (!o.value(QStringLiteral("orderId")).isDouble() || r.symbol.isEmpty())
        return badShape(QStringLiteral("order without symbol/orderId"));
    r.orderId = o.value(QStringLiteral("orderId")).toInteger();
    const QString side = o.value(QStringLiteral("side")).toString();
    if (side != QLatin1String("BUY") && side != QLatin1String("SELL"))
        return badShape(QStringLiteral("order side %1").arg(side));
    r.side = side == QLatin1String("BUY") ? Side::Buy : Side::Sell;
    auto status = orderStatusFromName(o.value(QStringLiteral("status")).toString());
    if (!status)
        return badShape(QStringLiteral("unknown order status"));
    r.status = *status;
    auto executed = decimalField(o, QStringLiteral("executedQty"));
    if (!executed)
        return executed.error();
    auto quote = decimalField(o, QStringLiteral("cummulativeQuoteQty"));
    if (!quote)
        return quote.error();
    r.executedQty = *executed;
    r.cummulativeQuoteQty = *quote;
    r.transactTimeMs = o.contains(QStringLiteral("transactTime"))
            ? o.value(QStringLiteral("transactTime")).toInteger()
            : o.value(QStringLiteral("updateTime")).toInteger();
    for (const QJsonValue &fv : o.value(QStringLiteral("fills")).toArray()) {
        const QJsonObject f = fv.toObject();
        auto price = decimalField(f, QStringLiteral("price"));
        auto qty = decimalField(f, QStringLiteral("qty"));
        auto commission = decimalField(f, QStringLiteral("commission"));
        if (!price || !qty || !commission)
            return badShape(QStringLiteral("a fill without price/qty/commission"));
        r.fills.append(Fill{*price, *qty, *commission,
                            f.value(QStringLiteral("commissionAsset")).toString(),
                            f.value(QStringLiteral("tradeId")).toInteger()});
    }
    return r;
}

Result<BookTicker> parseBookTicker(const QJsonObject &o)
{
    BookTicker t;
    t.symbol = o.value(QStringLiteral("s")).toString();
    t.updateId = o.value(QStringLiteral("u")).toInteger();
    auto bid = decimalField(o, QStringLiteral("b"));
    auto bidQty = decimalField(o, QStringLiteral("B"));
    auto ask = decimalField(o, QStringLiteral("a"));
    auto askQty = decimalField(o, QStringLiteral("A"));
    if (t.symbol.isEmpty() || !bid || !bidQty || !ask || !askQty)
        return badShape(QStringLiteral("bookTicker without s/b/B/a/A"));
    t.bidPrice = *bid, t.bidQty = *bidQty, t.askPrice = *ask, t.askQty = *askQty;
    return t;
}

Error mapError(const ErrorContext &c)
{
    QJsonObject data{{QStringLiteral("endpoint"), c.endpoint},
                     {QStringLiteral("httpStatus"), c.httpStatus}};
    if (c.code != 0) {
        data.insert(QStringLiteral("code"), c.code);
        data.insert(QStringLiteral("msg"), c.msg);
    }
    const QString said = c.msg.isEmpty() ? QStringLiteral("HTTP %1").arg(c.httpStatus)
                                         : QStringLiteral("%1 (%2)").arg(c.msg).arg(c.code);
    auto make = [&](const char *reason, const QString &what) {
        return fail(reason, QStringLiteral("%1: %2: %3").arg(c.endpoint, what, said), data);
    };

    if (c.httpStatus == 429 || c.httpStatus == 418 || c.code == -1003) {
        data.insert(QStringLiteral("retryAfterMs"), c.retryAfterMs < 0 ? 60000 : c.retryAfterMs);
        data.insert(QStringLiteral("banned"), c.httpStatus == 418);
        return make("provider_rate_limited", QStringLiteral("rate limited"));
    }
    // Binance: a 5xx (and -1007, "execution status unknown") is not a failure of the
    // operation; for an order it may have executed.
    if (c.httpStatus >= 500 || c.code == -1007 || c.code == -1006) {
        if (c.changesState)
            return make("provider_unknown_outcome",
                        QStringLiteral("outcome unknown, query the order"));
        return make("provider_unavailable", QStringLiteral("provider unavailable"));
    }
    switch (c.code) {
    case -1022: // Signature for this request is not valid.
    case -2014: // API-key format invalid.
    case -2015: // Invalid API-key, IP, or permissions for action.
    case -1002: // You are not authorized to execute this request.
        return make("provider_auth", QStringLiteral("authentication refused"));
    case -1021: // Timestamp for this request is outside of the recvWindow.
        return make("provider_clock", QStringLiteral("clock outside the receive window"));
    case -2013: // Order does not exist.
        return make("provider_order_not_found", QStringLiteral("no such order"));
    case -1013: { // Filter failure: LOT_SIZE
        const QString prefix = QStringLiteral("Filter failure: ");
        if (c.msg.startsWith(prefix))
            data.insert(QStringLiteral("filter"), c.msg.mid(prefix.size()).trimmed());
        return make("provider_filter", QStringLiteral("refused by a market rule"));
    }
    case -2010: // NEW_ORDER_REJECTED: the msg says why
        if (c.msg.contains(QLatin1String("insufficient balance"), Qt::CaseInsensitive))
            return make("provider_insufficient_balance", QStringLiteral("insufficient balance"));
        if (c.msg.contains(QLatin1String("Duplicate order"), Qt::CaseInsensitive))
            return make("provider_duplicate_order", QStringLiteral("clientOrderId used already"));
        return make("provider_rejected", QStringLiteral("order rejected"));
    default: break;
    }
    if (c.httpStatus == 401)
        return make("provider_auth", QStringLiteral("authentication refused"));
    return make("provider_rejected", QStringLiteral("request refused"));
}

} // namespace azc::provider::binance
