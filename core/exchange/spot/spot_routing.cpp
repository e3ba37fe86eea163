// Routing: what the book could not fill of a market or IOC order, on a market
// with routing on, goes to the liquidity provider, so a user's trade never
// waits for a counterparty. The provider's fill is booked like a trade with
// the exchange's inventory there, in one ledger operation:
//   buy   hold(quote) → Provider(quote) → World(provider:P)   what it cost
//         World(provider:P) → Provider(base) → user(base)     less the taker fee
//                                        → FeeRevenue(spot_routing)
//   sell  the same the other way round.
// The user pays at most what the hold reserved (a slip beyond it is the
// exchange's, visible as a smaller Provider balance) and receives what the
// provider filled rounded down; the rest of the hold comes back. A refused or
// failed route releases the hold and says why in the order's reason.
// Routed fills are not trades of this book: they are not in its tape or candles.

#include "exchange/spot/spot_book.h"
#include "exchange/spot/spot_exchange.h"
#include "ledger/ledger_service.h"
#include "notify/event_bus.h"
#include "wallet/wallet_service.h"

namespace azc::spot {

using matching::Side;

bool SpotExchange::wantsRoute(const Book &b, const matching::Command &command, const OrderState &o) const
{
    if (!m_router || !b.market.routing || command.kind != matching::CommandKind::New
        || qint64(command.newOrder.id) != o.id || o.reason != QLatin1String("not_filled_immediately"))
        return false;
    return o.type == matching::OrderType::Market || o.timeInForce == matching::TimeInForce::ImmediateOrCancel;
}

void SpotExchange::routeRest(const QString &market, qint64 id, const QString &keyPrefix, std::function<void(Status)> done)
{
    auto found = book(market);
    if (!found)
        return done(found.error());
    const Book &b = *found.value();
    const Market &m = b.market;
    const OrderState &o = b.orders[id];
    auto hold = s.ledger.hold(o.holdId);
    if (!hold)
        return done(hold.error());
    RouteRequest r;
    r.market = market;
    r.orderRef = market + u':' + QString::number(id);
    r.userId = o.userId;
    r.side = o.side;
    r.baseDecimals = m.baseDecimals;
    r.quoteDecimals = m.quoteDecimals;
    if (o.side == Side::Buy && o.type == matching::OrderType::Market)
        r.quoteBudget = hold->remaining;
    else
        r.base = m.baseAmount(o.quantity - o.filled).value_or(Amount());
    if (o.type == matching::OrderType::Limit)
        r.limitPrice = m.tickSize.checkedMul(Int128(o.price)).value_or(Amount());
    m_router(r, [this, market, id, keyPrefix, done](Result<RouteFill> fill) {
        if (!fill)
            return endRoute(market, id, keyPrefix, QStringLiteral("route_failed:") + fill.error().reason, done);
        if (fill->base.isZero() || fill->quote.isZero())
            return endRoute(market, id, keyPrefix, QStringLiteral("route_unfilled"), done);
        bookRoute(market, id, keyPrefix, fill.value(), done);
    });
}

void SpotExchange::bookRoute(const QString &market, qint64 id, const QString &keyPrefix, const RouteFill &fill,
                             std::function<void(Status)> done)
{
    auto found = book(market);
    if (!found)
        return done(found.error());
    Book &b = *found.value();
    const Market &m = b.market;
    OrderState &o = b.orders[id];
    auto hold = s.ledger.hold(o.holdId);
    if (!hold)
        return done(hold.error());
    const bool buy = o.side == Side::Buy;
    // The user gives at most what is held; gets what came in less the taker fee.
    Amount gives = std::min(buy ? fill.quote : fill.base, hold->remaining);
    if (buy && o.type == matching::OrderType::Limit) {
        // Never above the limit, whatever the provider charged (a slip is the exchange's).
        const Amount limitPrice = m.tickSize.checkedMul(Int128(o.price)).value_or(Amount::max());
        if (auto cap = limitPrice.mulDiv(fill.base.units(), powerOfTen(m.baseDecimals), Rounding::Down))
            gives = std::min(gives, *cap);
    }
    const Amount came = buy ? fill.base : fill.quote;
    const Amount fee = Market::fee(came, m.takerFee).value_or(Amount());
    const QString &givenAsset = buy ? m.quote : m.base;
    const QString &gotAsset = buy ? m.base : m.quote;
    auto account = [this](const QString &owner, const QString &asset, ledger::AccountKind kind, const QString &sub) {
        return s.ledger.account({owner, asset, kind, sub});
    };
    auto providerGiven = account({}, givenAsset, ledger::AccountKind::Provider, fill.provider);
    auto providerGot = account({}, gotAsset, ledger::AccountKind::Provider, fill.provider);
    auto worldGiven = account({}, givenAsset, ledger::AccountKind::World, QStringLiteral("provider:") + fill.provider);
    auto worldGot = account({}, gotAsset, ledger::AccountKind::World, QStringLiteral("provider:") + fill.provider);
    auto user = account(o.userId, gotAsset, ledger::AccountKind::Available, {});
    auto fees = account({}, gotAsset, ledger::AccountKind::FeeRevenue, QStringLiteral("spot_routing"));
    if (!providerGiven || !providerGot || !worldGiven || !worldGot || !user || !fees)
        return endRoute(market, id, keyPrefix, QStringLiteral("route_unbookable"), done);
    QList<ledger::TransferSpec> extra{
            {providerGiven->id, worldGiven->id, buy ? fill.quote : fill.base, QStringLiteral("spot.route.hedge")},
            {worldGot->id, providerGot->id, came, QStringLiteral("spot.route.hedge")}};
    if (came > fee)
        extra.append({providerGot->id, user->id, *came.checkedSub(fee), QStringLiteral("spot.route")});
    if (!fee.isZero())
        extra.append({providerGot->id, fees->id, fee, QStringLiteral("fee.spot")});
    ledger::OperationRequest op{QStringLiteral("spot"), keyPrefix + QStringLiteral("route:") + QString::number(id),
                                QString::number(id), QStringLiteral("spot.route"), {}, {}};
    const QString userId = o.userId;
    const Amount base = fill.base, quote = buy ? gives : fill.quote;
    // The order's row says what was routed in the same commit as the money.
    OrderState before = o;
    o.routedBase = base;
    o.routedQuote = quote;
    o.filledQuote = o.filledQuote.checkedAdd(quote).value_or(Amount::max());
    const Amount wanted = m.baseAmount(o.quantity).value_or(Amount());
    const Amount had = m.baseAmount(o.filled).value_or(Amount());
    // A market buy by budget is done when its money is spent.
    o.status = o.quantity == 0 || had.checkedAdd(base).value_or(Amount()) >= wanted ? QStringLiteral("filled")
                                                                                   : QStringLiteral("partially_filled");
    o.reason = QStringLiteral("routed");
    o.updatedAt = s.clock.nowMs();
    queueOrderUpdate(b, o);
    s.ledger.settleHolds(std::move(op), {{o.holdId, {{gives, providerGiven->id, QStringLiteral("spot.route")}}, true}}, extra,
                         [this, market, id, before, userId, givenAsset, gotAsset, done](const Result<QJsonObject> &r) {
                             auto again = book(market);
                             if (!again)
                                 return done(again.error());
                             Book &bk = *again.value();
                             OrderState &ord = bk.orders[id];
                             if (!r) {
                                 qCritical("spot: the provider filled order %lld but booking failed: %s", id,
                                           qPrintable(r.error().message));
                                 ord = before;
                                 ord.status = QStringLiteral("routing_unbooked");
                                 queueOrderUpdate(bk, ord);
                                 return done(r.error());
                             }
                             s.ledger.whenDurable([this, market, id, userId, givenAsset, gotAsset, done](Status st) {
                                 s.wallet.announceBalance(userId, givenAsset);
                                 s.wallet.announceBalance(userId, gotAsset);
                                 if (auto bk2 = book(market))
                                     s.bus.publishToUser(userId, QStringLiteral("event.spot.order"),
                                                         {{QStringLiteral("order"), orderJson(*bk2.value(), id)}});
                                 done(st);
                             });
                         });
}

void SpotExchange::endRoute(const QString &market, qint64 id, const QString &keyPrefix, const QString &why,
                            std::function<void(Status)> done)
{
    auto found = book(market);
    if (!found)
        return done(found.error());
    Book &b = *found.value();
    OrderState &o = b.orders[id];
    o.status = o.filled > 0 ? QStringLiteral("partially_filled") : QStringLiteral("cancelled");
    o.reason = why;
    o.updatedAt = s.clock.nowMs();
    queueOrderUpdate(b, o);
    const QString userId = o.userId;
    const QString asset = o.side == Side::Buy ? b.market.quote : b.market.base;
    ledger::OperationRequest op{QStringLiteral("spot"), keyPrefix + QStringLiteral("end:") + QString::number(id),
                                QString::number(id), QStringLiteral("spot.release"), {}, {}};
    s.ledger.settleHolds(std::move(op), {{o.holdId, {}, true}}, {},
                         [this, market, id, userId, asset, done](const Result<QJsonObject> &r) {
                             s.wallet.announceBalance(userId, asset);
                             if (auto bk = book(market))
                                 s.bus.publishToUser(userId, QStringLiteral("event.spot.order"),
                                                     {{QStringLiteral("order"), orderJson(*bk.value(), id)}});
                             done(r ? okStatus() : Status(r.error()));
                         });
}

} // namespace azc::spot
