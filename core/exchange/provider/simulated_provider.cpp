#include "exchange/provider/simulated_provider.h"

#include <QDateTime>

namespace azc::provider {

namespace {

QString orderKey(const QString &symbol, const QString &clientOrderId)
{
    return symbol + u'\n' + clientOrderId;
}

Decimal at(Int128 units, int scale)
{
    return *Decimal::fromUnits(units, scale);
}

} // namespace

SimulatedConfig simulatedDemoConfig(quint64 seed)
{
    auto market = [](const char *base, const char *tick, const char *step, qint64 startTicks,
                     qint64 maxMove, qint64 levelLots) {
        SimulatedMarket m;
        m.baseAsset = QString::fromLatin1(base);
        m.quoteAsset = QStringLiteral("USDT");
        m.symbol = m.baseAsset + m.quoteAsset;
        m.tickSize = *Decimal::parse(QString::fromLatin1(tick));
        m.stepSize = *Decimal::parse(QString::fromLatin1(step));
        m.minNotional = Decimal::fromInteger(5);
        m.startTicks = startTicks;
        m.maxMoveTicks = maxMove;
        m.halfSpreadTicks = 2;
        m.levels = 20;
        m.levelLots = levelLots;
        return m;
    };
    SimulatedConfig c;
    c.seed = seed;
    // Each starts inside the demo book's spread, so the market maker's quotes fit between the users' orders.
    c.markets = {market("BTC", "0.01", "0.00001", 6707500, 800, 5000), // 67075.00, 0.05 BTC a level
                 market("ETH", "0.01", "0.0001", 340000, 60, 5000),    // 3400.00, 0.5 ETH a level
                 market("AZC", "0.0001", "0.01", 1250, 1, 100000)};    // 0.1250 (the demo book's price), 1000 AZC a level
    for (const char *asset : {"USDT", "BTC", "ETH", "AZC"})
        c.balances.insert(QString::fromLatin1(asset), Decimal());
    c.balances.insert(QStringLiteral("USDT"), Decimal::fromInteger(1000000));
    c.balances.insert(QStringLiteral("BTC"), Decimal::fromInteger(10));
    c.balances.insert(QStringLiteral("ETH"), Decimal::fromInteger(200));
    c.balances.insert(QStringLiteral("AZC"), Decimal::fromInteger(1000000));
    c.stepInterval = std::chrono::milliseconds(1000);
    c.fillLatency = std::chrono::milliseconds(150);
    c.rejectionPpm = 20000; // one in fifty
    return c;
}

SimulatedProvider::SimulatedProvider(SimulatedConfig config, QObject *parent)
    : LiquidityProvider(parent)
    , m_config(std::move(config))
    , m_rng(m_config.seed)
    , m_balances(m_config.balances)
{
    for (const SimulatedMarket &market : std::as_const(m_config.markets)) {
        MarketState state;
        state.rules = market;
        state.midTicks = std::max(market.startTicks, market.halfSpreadTicks + 1);
        state.quoteScale = market.tickSize.scale() + market.stepSize.scale();
        Q_ASSERT(state.quoteScale <= Decimal::kMaxScale);
        Q_ASSERT(!market.tickSize.isZero() && !market.stepSize.isZero());
        m_markets.insert(market.symbol, state);
    }
    connect(&m_stepTimer, &QTimer::timeout, this, &SimulatedProvider::step);
    if (m_config.stepInterval.count() > 0)
        m_stepTimer.start(m_config.stepInterval);
}

SimulatedProvider::~SimulatedProvider() = default;

quint64 SimulatedProvider::nextRandom()
{
    // splitmix64: tiny, fully specified, the same on every platform.
    quint64 z = (m_rng += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

template<typename T>
void SimulatedProvider::answerLater(Callback<T> done, Result<T> result,
                                    std::chrono::milliseconds delay)
{
    QTimer::singleShot(delay, this,
                       [done = std::move(done), result = std::move(result)] { done(result); });
}

void SimulatedProvider::step()
{
    for (MarketState &m : m_markets) {
        const qint64 span = 2 * m.rules.maxMoveTicks + 1;
        const qint64 move = qint64(randomBelow(quint64(span))) - m.rules.maxMoveTicks;
        // The best bid stays at least one tick above zero.
        m.midTicks = std::max(m.midTicks + move, m.rules.halfSpreadTicks + 1);
        ++m.updateId;
        if (m_subscribed.contains(m.rules.symbol))
            Q_EMIT priceUpdated(tickerOf(m));
    }
}

std::optional<qint64> SimulatedProvider::midTicks(const QString &symbol) const
{
    auto it = m_markets.constFind(symbol);
    if (it == m_markets.cend())
        return std::nullopt;
    return it->midTicks;
}

BookTicker SimulatedProvider::tickerOf(const MarketState &m) const
{
    const Depth d = depthNow(m.rules.symbol, 1);
    return BookTicker{m.rules.symbol,        m.updateId,
                      d.bids.value(0).price, d.bids.value(0).quantity,
                      d.asks.value(0).price, d.asks.value(0).quantity};
}

Depth SimulatedProvider::depthNow(const QString &symbol, int limit) const
{
    Depth d;
    d.symbol = symbol;
    auto it = m_markets.constFind(symbol);
    if (it == m_markets.cend())
        return d;
    const MarketState &m = *it;
    const SimulatedMarket &r = m.rules;
    d.lastUpdateId = m.updateId;
    const int levels = std::min(limit, r.levels);
    const int tickScale = r.tickSize.scale(), stepScale = r.stepSize.scale();
    for (int i = 0; i < levels; ++i) {
        const Decimal qty = at(Int128(r.levelLots) * (i + 1) * r.stepSize.mantissa(), stepScale);
        const qint64 bidTicks = m.midTicks - r.halfSpreadTicks - i;
        if (bidTicks > 0)
            d.bids.append(PriceLevel{at(Int128(bidTicks) * r.tickSize.mantissa(), tickScale), qty});
        const qint64 askTicks = m.midTicks + r.halfSpreadTicks + i;
        d.asks.append(PriceLevel{at(Int128(askTicks) * r.tickSize.mantissa(), tickScale), qty});
    }
    return d;
}

void SimulatedProvider::symbols(Callback<QList<SymbolRules>> done)
{
    QList<SymbolRules> out;
    for (const MarketState &m : std::as_const(m_markets)) {
        const SimulatedMarket &r = m.rules;
        SymbolRules s;
        s.symbol = r.symbol, s.baseAsset = r.baseAsset, s.quoteAsset = r.quoteAsset;
        s.trading = true;
        s.tickSize = r.tickSize, s.minPrice = r.tickSize;
        s.maxPrice = at(Int128(1000000000) * r.tickSize.mantissa(), r.tickSize.scale());
        s.stepSize = r.stepSize, s.minQty = r.stepSize;
        s.maxQty = at(Int128(r.levelLots) * r.levels * r.stepSize.mantissa(), r.stepSize.scale());
        s.minNotional = r.minNotional;
        out.append(s);
    }
    answerLater<QList<SymbolRules>>(std::move(done), out);
}

void SimulatedProvider::depth(const QString &symbol, int limit, Callback<Depth> done)
{
    if (!m_markets.contains(symbol))
        return answerLater<Depth>(
                std::move(done),
                fail("invalid_argument", QStringLiteral("unknown symbol %1").arg(symbol)));
    if (limit < 1)
        return answerLater<Depth>(
                std::move(done),
                fail("invalid_argument", QStringLiteral("depth limit is at least 1")));
    answerLater<Depth>(std::move(done), depthNow(symbol, limit));
}

void SimulatedProvider::balances(Callback<QList<Balance>> done)
{
    QList<Balance> out;
    for (auto it = m_balances.cbegin(); it != m_balances.cend(); ++it)
        out.append(Balance{it.key(), it.value(), Decimal()});
    answerLater<QList<Balance>>(std::move(done), out);
}

void SimulatedProvider::subscribePrices(const QStringList &symbols)
{
    const bool was = !m_subscribed.isEmpty();
    m_subscribed = symbols;
    if (was != !symbols.isEmpty())
        QTimer::singleShot(0, this, [this, on = !symbols.isEmpty()] {
            Q_EMIT priceStreamConnectedChanged(on);
        });
}

void SimulatedProvider::orderStatus(const QString &symbol, const QString &clientOrderId,
                                    Callback<OrderResult> done)
{
    auto it = m_orders.constFind(orderKey(symbol, clientOrderId));
    if (it == m_orders.cend())
        return answerLater<OrderResult>(
                std::move(done),
                fail("provider_order_not_found",
                     QStringLiteral("no order %1 on %2").arg(clientOrderId, symbol)));
    answerLater<OrderResult>(std::move(done), *it);
}

void SimulatedProvider::placeMarketOrder(const MarketOrderRequest &request,
                                         Callback<OrderResult> done)
{
    auto refuse = [&](Error e) { answerLater<OrderResult>(std::move(done), std::move(e)); };
    if (!m_markets.contains(request.symbol))
        return refuse(
                fail("invalid_argument", QStringLiteral("unknown symbol %1").arg(request.symbol)));
    if (request.quantity.has_value() == request.quoteQuantity.has_value())
        return refuse(fail("invalid_argument",
                           QStringLiteral("a market order has a quantity or a quote quantity")));
    const Decimal &amount = request.quantity ? *request.quantity : *request.quoteQuantity;
    if (amount.isNegative() || amount.isZero())
        return refuse(fail("invalid_argument", QStringLiteral("the quantity must be positive")));
    if (!isValidClientOrderId(request.clientOrderId))
        return refuse(fail("invalid_argument",
                           QStringLiteral("clientOrderId: 1..36 of [A-Za-z0-9._:/-]")));
    const QString key = orderKey(request.symbol, request.clientOrderId);
    if (m_orders.contains(key))
        return refuse(fail(
                "provider_duplicate_order",
                QStringLiteral("clientOrderId %1 was used already").arg(request.clientOrderId)));

    // Known at once, answered after the latency like everything else about the order.
    OrderResult pending;
    pending.symbol = request.symbol;
    pending.orderId = m_nextOrderId++;
    pending.clientOrderId = request.clientOrderId;
    pending.side = request.side;
    pending.status = OrderStatus::New;
    m_orders.insert(key, pending);

    if (m_config.rejectionPpm > 0 && randomBelow(1000000) < m_config.rejectionPpm) {
        pending.status = OrderStatus::Rejected;
        m_orders.insert(key, pending);
        return answerLater<OrderResult>(
                std::move(done),
                fail("provider_rejected",
                     QStringLiteral("the simulated provider rejected the order"),
                     QJsonObject{{QStringLiteral("simulated"), true}}),
                m_config.fillLatency);
    }
    QTimer::singleShot(m_config.fillLatency, this, [this, request, key, done = std::move(done)] {
        Result<OrderResult> r = fill(request);
        if (r) {
            OrderResult &stored = m_orders[key];
            const qint64 orderId = stored.orderId;
            stored = *r;
            stored.orderId = orderId;
            r.value().orderId = orderId;
        } else {
            m_orders[key].status = OrderStatus::Rejected;
        }
        done(std::move(r));
    });
}

Result<OrderResult> SimulatedProvider::fill(const MarketOrderRequest &request)
{
    const MarketState &m = m_markets[request.symbol];
    const SimulatedMarket &rules = m.rules;
    const bool buy = request.side == Side::Buy;
    const int tickScale = rules.tickSize.scale(), stepScale = rules.stepSize.scale();
    const Int128 tick = rules.tickSize.mantissa(), step = rules.stepSize.mantissa();

    // The order in whole steps, or its budget in units of price × quantity.
    Int128 wantLots = -1, budget = -1;
    if (request.quantity) {
        auto lots = request.quantity->multipleOf(rules.stepSize);
        if (!lots)
            return fail("provider_filter",
                        QStringLiteral("quantity is not a multiple of the step size"),
                        QJsonObject{{QStringLiteral("filter"), QStringLiteral("LOT_SIZE")}});
        wantLots = *lots;
    } else {
        auto units = request.quoteQuantity->unitsAt(m.quoteScale);
        if (!units)
            return fail("invalid_argument",
                        QStringLiteral("quote quantity finer than price × quantity can be"));
        budget = *units / (tick * step); // in tick-lots: one tick times one step
    }

    // Walk the ladder: level i has price best ± i ticks and (i + 1) × levelLots.
    Int128 lots = 0, tickLots = 0; // quote = tickLots × tick × step
    QList<Fill> fills;
    bool complete = false;
    for (int i = 0; i < rules.levels; ++i) {
        const qint64 priceTicks = buy ? m.midTicks + rules.halfSpreadTicks + i
                                      : m.midTicks - rules.halfSpreadTicks - i;
        if (priceTicks <= 0)
            break;
        const Int128 available = Int128(rules.levelLots) * (i + 1);
        Int128 take = 0;
        if (wantLots >= 0)
            take = std::min(available, wantLots - lots);
        else
            take = std::min(available, (budget - tickLots) / priceTicks);
        if (take > 0) {
            lots += take;
            tickLots += take * priceTicks;
            fills.append(Fill{at(Int128(priceTicks) * tick, tickScale), at(take * step, stepScale),
                              Decimal(), buy ? rules.baseAsset : rules.quoteAsset,
                              m_nextTradeId++});
        }
        if ((wantLots >= 0 && lots == wantLots) || (wantLots < 0 && take < available)) {
            complete = true;
            break;
        }
    }
    if (lots == 0)
        return fail("provider_filter",
                    QStringLiteral("the order is smaller than one step at this price"),
                    QJsonObject{{QStringLiteral("filter"), QStringLiteral("LOT_SIZE")}});

    const Decimal qty = at(lots * step, stepScale);
    const Decimal quote = at(tickLots * tick * step, m.quoteScale);
    if (quote < rules.minNotional)
        return fail("provider_filter", QStringLiteral("below the minimum notional"),
                    QJsonObject{{QStringLiteral("filter"), QStringLiteral("MIN_NOTIONAL")}});
    const QString payAsset = buy ? rules.quoteAsset : rules.baseAsset;
    const QString getAsset = buy ? rules.baseAsset : rules.quoteAsset;
    const Decimal pay = buy ? quote : qty;
    const Decimal get = buy ? qty : quote;
    const Decimal have = m_balances.value(payAsset);
    if (have < pay)
        return fail("provider_insufficient_balance",
                    QStringLiteral("the simulated account has %1 %2, the order needs %3")
                            .arg(have.toString(), payAsset, pay.toString()));
    auto newPay = have.checkedSub(pay);
    auto newGet = m_balances.value(getAsset).checkedAdd(get);
    if (!newPay || !newGet)
        return fail("invalid_argument", QStringLiteral("the order overflows the balances"));
    m_balances.insert(payAsset, *newPay);
    m_balances.insert(getAsset, *newGet);

    OrderResult r;
    r.symbol = request.symbol;
    r.clientOrderId = request.clientOrderId;
    r.side = request.side;
    r.status = complete ? OrderStatus::Filled : OrderStatus::Expired;
    r.executedQty = qty;
    r.cummulativeQuoteQty = quote;
    r.fills = fills;
    r.transactTimeMs = QDateTime::currentMSecsSinceEpoch();
    return r;
}

} // namespace azc::provider
