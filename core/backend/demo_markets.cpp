// The demo's spot markets, configured the way an admin would (spot.setMarket),
// and a few resting orders so the books are not empty on first start.

#include "backend/demo_seed.h"

#include "exchange/spot/spot_exchange.h"
#include "identity/user_directory.h"

namespace azc {

namespace {

struct DemoMarket {
    const char *base, *quote, *tick, *lot, *minNotional, *maker, *taker;
};

const DemoMarket kMarkets[] = {
    {"BTC", "USDT", "0.01", "0.0001", "5", "0.001", "0.002"},
    {"ETH", "USDT", "0.01", "0.001", "5", "0.001", "0.002"},
    {"AZC", "USDT", "0.0001", "1", "1", "0.001", "0.002"},
};

struct DemoOrder {
    const char *user, *market, *side, *price, *quantity;
};

const DemoOrder kOrders[] = {
    {"carol", "BTC-USDT", "sell", "67250", "0.02"}, {"carol", "BTC-USDT", "sell", "67300", "0.03"},
    {"carol", "BTC-USDT", "buy", "66900", "0.01"},  {"bob", "ETH-USDT", "sell", "3450", "0.1"},
    {"alice", "AZC-USDT", "sell", "0.1250", "400"},
};

} // namespace

Status seedDemoMarkets(DemoServices &d)
{
    auto admin = d.users->byUsername(QStringLiteral("admin"));
    if (!admin || !admin.value())
        return Error::make(QStringLiteral("internal_error"), QStringLiteral("the demo admin is missing"));
    const identity::User &a = *admin.value();
    const server::Caller adminCaller = demoCaller(a);
    for (const DemoMarket &m : kMarkets) {
        auto set = d.spot->setMarket(adminCaller, {{QStringLiteral("base"), text(m.base)},
                                                   {QStringLiteral("quote"), text(m.quote)},
                                                   {QStringLiteral("tickSize"), text(m.tick)},
                                                   {QStringLiteral("lotSize"), text(m.lot)},
                                                   {QStringLiteral("minNotional"), text(m.minNotional)},
                                                   {QStringLiteral("makerFee"), text(m.maker)},
                                                   {QStringLiteral("takerFee"), text(m.taker)}});
        if (!set)
            return set.error();
    }
    int n = 0;
    for (const DemoOrder &o : kOrders) {
        auto user = d.users->byUsername(text(o.user));
        if (!user || !user.value())
            return Error::make(QStringLiteral("internal_error"), QStringLiteral("a demo user is missing"));
        const identity::User &u = *user.value();
        auto placed = runToEnd(d, [&](server::Reply reply) {
            d.spot->place(demoCaller(u), {text(o.market), text(o.side), QStringLiteral("limit"), QStringLiteral("gtc"), text(o.price),
                                          text(o.quantity), QString(), QStringLiteral("demo-order-%1").arg(++n)},
                          std::move(reply));
        });
        if (!placed)
            return placed.error();
    }
    return okStatus();
}

} // namespace azc
