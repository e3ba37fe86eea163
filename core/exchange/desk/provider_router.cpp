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
        const QList<provider::PriceLevel> &side = r.side == matching::Side::Buy ? depth->asks : depth->bids;
        if (side.isEmpty())
            return done(fail("provider_rejected", QStringLiteral("the provider's book is empty")));
        const auto best = provider::toAmount(side.first().price, r.quoteDecimals,
                                             r.side == matching::Side::Buy ? Rounding::Up : Rounding::Down);
        const bool within = best && (r.side == matching::Side::Buy ? *best <= r.limitPrice : *best >= r.limitPrice);
        if (!within)
            return done(fail("price_outside_limit", QStringLiteral("the provider's price is beyond the order's limit")));
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
    m_provider.placeMarketOrder(order, [self, hedgeId, buy, r, name, done](Result<provider::OrderResult> fill) {
        if (!self)
            return;
        if (!fill) {
            // An unknown outcome stays "sent" in the log for an operator: the hold comes back to the user.
            if (fill.error().reason != QLatin1String("provider_unknown_outcome"))
                self->m_hedges.fail(hedgeId, fill.error());
            return done(fill.error());
        }
        self->m_hedges.finish(hedgeId, fill.value());
        const auto base = provider::toAmount(fill->executedQty, r.baseDecimals, buy ? Rounding::Down : Rounding::Up);
        const auto quote = provider::toAmount(fill->cummulativeQuoteQty, r.quoteDecimals, buy ? Rounding::Up : Rounding::Down);
        if (!base || !quote)
            return done(fail("provider_bad_response", QStringLiteral("the provider's fill does not fit the ledger")));
        done(spot::RouteFill{name, *base, *quote});
    });
}

} // namespace azc::desk
