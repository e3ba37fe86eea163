#include "exchange/desk/provider_router.h"

#include "exchange/provider/decimal.h"

#include <QPointer>
#include <QUuid>

namespace azc::desk {

using provider::Decimal;

ProviderRouter::ProviderRouter(provider::LiquidityProvider &provider, HedgeLog &hedges, QString providerName,
                               QObject *parent)
    : QObject(parent), m_provider(provider), m_hedges(hedges), m_name(std::move(providerName))
{
}

void ProviderRouter::start()
{
    QPointer<ProviderRouter> self(this);
    m_provider.symbols([self](Result<QList<provider::SymbolRules>> rules) {
        if (!self || !rules)
            return;
        for (const provider::SymbolRules &r : rules.value())
            self->m_rules.insert(r.symbol, r);
    });
}

void ProviderRouter::route(const spot::RouteRequest &r, std::function<void(Result<spot::RouteFill>)> done)
{
    const QString symbol = QString(r.market).remove(u'-');
    auto rules = m_rules.find(symbol);
    if (rules == m_rules.end() || !rules->trading)
        return done(fail("provider_filter", QStringLiteral("the provider does not trade %1").arg(symbol)));
    if (r.limitPrice.isZero())
        return place(r, *rules, std::move(done));
    // A limit is a promise to the user: route only while the provider's best price keeps it.
    QPointer<ProviderRouter> self(this);
    const provider::SymbolRules known = *rules;
    m_provider.depth(symbol, 5, [self, r, known, done](Result<provider::Depth> depth) {
        if (!self)
            return;
        if (!depth)
            return done(depth.error());
        // Every level the whole quantity would take must keep the limit.
        const bool buy = r.side == matching::Side::Buy;
        const QList<provider::PriceLevel> &side = buy ? depth->asks : depth->bids;
        Amount left = r.base;
        for (const provider::PriceLevel &level : side) {
            if (left.isZero())
                break;
            const auto price = provider::toAmount(level.price, r.quoteDecimals, buy ? Rounding::Up : Rounding::Down);
            if (!price || (buy ? *price > r.limitPrice : *price < r.limitPrice))
                return done(fail("price_outside_limit", QStringLiteral("the provider's price is beyond the order's limit")));
            const auto qty = provider::toAmount(level.quantity, r.baseDecimals, Rounding::Down);
            left = qty && *qty < left ? *left.checkedSub(*qty) : Amount();
        }
        if (!left.isZero())
            return done(fail("price_outside_limit", QStringLiteral("the provider's book is too thin within the limit")));
        self->place(r, known, done);
    });
}

void ProviderRouter::place(const spot::RouteRequest &r, const provider::SymbolRules &rules,
                           std::function<void(Result<spot::RouteFill>)> done)
{
    provider::MarketOrderRequest order;
    order.symbol = rules.symbol;
    order.side = r.side == matching::Side::Buy ? provider::Side::Buy : provider::Side::Sell;
    QString requested;
    if (!r.quoteBudget.isZero()) {
        order.quoteQuantity = provider::toDecimal(r.quoteBudget, r.quoteDecimals);
        requested = r.quoteBudget.toString(r.quoteDecimals) + u' ' + rules.quoteAsset;
    } else {
        // Whole steps only: the provider refuses anything finer.
        const Decimal wanted = provider::toDecimal(r.base, r.baseDecimals);
        Decimal steps = wanted;
        if (!rules.stepSize.isZero()) {
            const auto step = provider::toAmount(rules.stepSize, r.baseDecimals, Rounding::Up);
            if (!step || step->isZero())
                return done(fail("provider_filter", QStringLiteral("the provider's step size is finer than the asset")));
            steps = provider::toDecimal(Amount::fromUnits(r.base.units() / step->units() * step->units()), r.baseDecimals);
        }
        if (steps.isZero())
            return done(fail("provider_filter", QStringLiteral("less than one of the provider's steps")));
        order.quantity = steps;
        requested = steps.toString() + u' ' + rules.baseAsset;
    }
    order.clientOrderId = QStringLiteral("azr-") + QUuid::createUuid().toString(QUuid::Id128).left(32);
    auto hedge = m_hedges.open({QStringLiteral("route"), r.orderRef, r.userId, m_name, rules.symbol, order.side, requested});
    if (!hedge)
        return done(hedge.error());
    const QString hedgeId = hedge.value();
    const bool buy = r.side == matching::Side::Buy;
    QPointer<ProviderRouter> self(this);
    const QString name = m_name;
    auto booked = [self, hedgeId, buy, r, name, done](const provider::OrderResult &result) {
        self->m_hedges.finish(hedgeId, result);
        const auto base = provider::toAmount(result.executedQty, r.baseDecimals, buy ? Rounding::Down : Rounding::Up);
        const auto quote = provider::toAmount(result.cummulativeQuoteQty, r.quoteDecimals, buy ? Rounding::Up : Rounding::Down);
        if (!base || !quote)
            return done(fail("provider_bad_response", QStringLiteral("the provider's fill does not fit the ledger")));
        done(spot::RouteFill{name, *base, *quote});
    };
    const QString symbol = rules.symbol, clientOrderId = order.clientOrderId;
    m_provider.placeMarketOrder(order, [self, hedgeId, symbol, clientOrderId, booked, done](Result<provider::OrderResult> fill) {
        if (!self)
            return;
        if (fill)
            return booked(fill.value());
        if (fill.error().reason != QLatin1String("provider_unknown_outcome")) {
            self->m_hedges.fail(hedgeId, fill.error());
            return done(fill.error());
        }
        // It may have filled: ask under the same client order id, never resend.
        self->m_provider.orderStatus(symbol, clientOrderId, [self, booked, done](Result<provider::OrderResult> known) {
            if (!self)
                return;
            if (known)
                return booked(known.value());
            // Still unknown: the hedge stays "sent" for an operator; the user's hold comes back.
            done(known.error());
        });
    });
}


} // namespace azc::desk
