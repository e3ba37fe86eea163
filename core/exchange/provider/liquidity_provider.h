#pragma once
// core/exchange/provider owns the conversation with outside liquidity: where
// the exchange hedges what its own book cannot match. LiquidityProvider is the
// interface the exchange layer uses; BinanceConnector speaks Binance's spot
// REST and WebSocket APIs, SimulatedProvider is an in-process market for the
// embedded default and the demo (docs/provider.md).
//
// Every call is asynchronous: it returns at once and the callback runs later
// on the provider's thread, never inside the call. Prices and quantities are
// exact Decimals. Failures are values with stable reasons:
//   provider_auth                  API key or signature refused
//   provider_clock                 our timestamp was outside the provider's window (resynced;
//   retry) provider_insufficient_balance  the provider account cannot pay for the order
//   provider_rate_limited          over the request-weight budget; data.retryAfterMs
//   provider_filter                a market rule refused it; data.filter (LOT_SIZE, MIN_NOTIONAL,
//   ...) provider_rejected              refused for another reason; data.code/data.msg when the
//   provider gave one provider_duplicate_order       that clientOrderId was used already (query
//   orderStatus) provider_order_not_found       orderStatus: no order with that clientOrderId
//   provider_unavailable           no answer, or a 5xx, on a call that changes nothing
//   provider_unknown_outcome       an order request whose outcome is unknown (timeout, 5xx):
//                                  query orderStatus with the same clientOrderId, never resend
//                                  blindly
//   provider_bad_response          the answer does not have the documented shape
//   invalid_argument               the caller passed something unsendable

#include "common/result.h"
#include "exchange/provider/decimal.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace azc::provider {

enum class Side {
    Buy,
    Sell
};

// A market's rules as the provider enforces them.
struct SymbolRules
{
    QString symbol;     // "BTCUSDT"
    QString baseAsset;  // "BTC"
    QString quoteAsset; // "USDT"
    bool trading = false;
    Decimal tickSize; // prices are multiples of this
    Decimal minPrice, maxPrice;
    Decimal stepSize; // quantities are multiples of this (from minQty)
    Decimal minQty, maxQty;
    Decimal minNotional; // price × quantity at least this (zero: no rule)
};

struct PriceLevel
{
    Decimal price;
    Decimal quantity;
};

struct Depth
{
    QString symbol;
    qint64 lastUpdateId = 0;
    QList<PriceLevel> bids; // best (highest) first
    QList<PriceLevel> asks; // best (lowest) first
};

// Best bid and ask, as the price stream pushes them.
struct BookTicker
{
    QString symbol;
    qint64 updateId = 0;
    Decimal bidPrice, bidQty;
    Decimal askPrice, askQty;
};

// Exactly one of quantity (base asset) and quoteQuantity (quote asset to spend
// on a buy / receive on a sell).
struct MarketOrderRequest
{
    QString symbol;
    Side side = Side::Buy;
    std::optional<Decimal> quantity;
    std::optional<Decimal> quoteQuantity;
    QString clientOrderId; // 1..36 of [A-Za-z0-9._:/-]; makes a retry idempotent
};

enum class OrderStatus {
    New,
    PartiallyFilled,
    Filled,
    Canceled,
    Expired,
    Rejected
};
QString orderStatusName(OrderStatus status); // Binance's spelling: "PARTIALLY_FILLED"
std::optional<OrderStatus> orderStatusFromName(QStringView name);

struct Fill
{
    Decimal price;
    Decimal quantity;
    Decimal commission;
    QString commissionAsset;
    qint64 tradeId = 0;
};

// What an order did. executedQty and cummulativeQuoteQty are exact and are
// what moved, whatever the status: an EXPIRED market order may have filled in part.
struct OrderResult
{
    QString symbol;
    qint64 orderId = 0;
    QString clientOrderId;
    Side side = Side::Buy;
    OrderStatus status = OrderStatus::New;
    Decimal executedQty;
    Decimal cummulativeQuoteQty; // Binance's spelling
    QList<Fill> fills;           // new orders only; orderStatus() does not list fills
    qint64 transactTimeMs = 0;
};

struct Balance
{
    QString asset;
    Decimal free;
    Decimal locked;
};

class LiquidityProvider : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    using QObject::QObject;
    ~LiquidityProvider() override = default;

    virtual void symbols(Callback<QList<SymbolRules>> done) = 0;
    virtual void depth(const QString &symbol, int limit, Callback<Depth> done) = 0;
    virtual void placeMarketOrder(const MarketOrderRequest &request,
                                  Callback<OrderResult> done) = 0;
    // After provider_unknown_outcome: what really happened to that clientOrderId.
    virtual void orderStatus(const QString &symbol, const QString &clientOrderId,
                             Callback<OrderResult> done) = 0;
    virtual void balances(Callback<QList<Balance>> done) = 0;

    // Best bid/ask updates for these symbols arrive as priceUpdated(); replaces
    // the previous subscription, an empty list stops the stream.
    virtual void subscribePrices(const QStringList &symbols) = 0;

Q_SIGNALS:
    void priceUpdated(const azc::provider::BookTicker &ticker);
    void priceStreamConnectedChanged(bool connected);
};

// A clientOrderId the provider accepts: 1..36 of [A-Za-z0-9._:/-].
bool isValidClientOrderId(QStringView id);

} // namespace azc::provider

Q_DECLARE_METATYPE(azc::provider::BookTicker)
