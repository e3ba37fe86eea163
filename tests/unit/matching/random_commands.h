#pragma once
// Seeded random commands for the matching tests (differential and journal).

#include "exchange/matching/matching_types.h"

#include <algorithm>
#include <random>
#include <unordered_map>
#include <vector>

namespace azc::matching::testing {

// Commands with enough collisions to be interesting: few owners (self-trades),
// prices in a narrow band (most orders meet), targets among recent ids (many
// hit live orders), and now and then something odd.
class CommandGenerator
{
public:
    explicit CommandGenerator(std::uint64_t seed)
        : m_rng(seed)
    {}

    Command next()
    {
        const int roll = int(below(1000));
        if (roll < 330)
            return Command::of(limit(TimeInForce::GoodTillCancel));
        if (roll < 390)
            return Command::of(limit(TimeInForce::ImmediateOrCancel));
        if (roll < 420)
            return Command::of(limit(TimeInForce::FillOrKill));
        if (roll < 460)
            return Command::of(limit(TimeInForce::PostOnly));
        if (roll < 500)
            return Command::of(market());
        if (roll < 550)
            return Command::of(stop());
        if (roll < 650)
            return Command::of(CancelOrder{target()});
        if (roll < 652)
            return Command::of(CancelAllOrders{owner()});
        if (roll < 990)
            return Command::of(amend());
        return odd();
    }

    // A new regime: prices jump far away; with the book cleared first, the
    // engine's window must move with them.
    void jump() { m_mid = 100 + Price(below(1'000'000'000)); }
    OwnerId owner() { return 1 + below(kOwners); }
    static constexpr std::uint64_t kOwners = 6;

    // Feedback from the events, so cancels and amends mostly aim at orders
    // that are still live.
    void observe(const Event &e)
    {
        switch (e.kind) {
        case EventKind::Accepted: remember(e.orderId); break;
        case EventKind::Cancelled: forget(e.orderId); break;
        case EventKind::Fill:
            if (e.remaining == 0)
                forget(e.orderId);
            if (e.makerRemaining == 0)
                forget(e.makerId);
            break;
        default: break;
        }
    }

private:
    std::uint64_t below(std::uint64_t n) { return m_rng() % n; }
    bool chance(int percent) { return int(below(100)) < percent; }

    // Buyers bid a little below the mid and sellers ask a little above, so
    // some orders trade at once and the rest build a book.
    Price price(Side side)
    {
        if (chance(1)) // outside a 65,536-tick window around the mid
            return std::max<Price>(1,
                                   m_mid + (chance(50) ? 1 : -1) * Price(40'000 + below(200'000)));
        if (below(10'000) == 0)
            return chance(50) ? 1 : kMaxPrice;
        m_mid = std::max<Price>(30, m_mid + Price(below(3)) - 1);
        const Price offset = Price(below(60)) - 5;
        return side == Side::Buy ? m_mid - offset : m_mid + offset;
    }
    Price price()
    {
        if (chance(1)) // outside a 65,536-tick window around the mid
            return std::max<Price>(1,
                                   m_mid + (chance(50) ? 1 : -1) * Price(40'000 + below(200'000)));
        if (below(10'000) == 0)
            return chance(50) ? 1 : kMaxPrice;
        m_mid = std::max<Price>(30, m_mid + Price(below(3)) - 1);
        return m_mid - 15 + Price(below(31));
    }
    Quantity quantity() { return 1 + Quantity(below(chance(5) ? 5000 : 100)); }
    SelfTradePrevention selfTrade()
    {
        const int r = int(below(10));
        return r < 6    ? SelfTradePrevention::CancelTaker
                : r < 8 ? SelfTradePrevention::CancelMaker
                        : SelfTradePrevention::CancelBoth;
    }
    OrderId freshId()
    {
        if (chance(1) && m_nextId > 0) // a duplicate, if it is still live
            return m_nextId - 1 - below(std::min<std::uint64_t>(m_nextId, 50));
        return m_nextId++;
    }
    OrderId target()
    {
        if (!m_live.empty() && chance(85))
            return m_live[below(m_live.size())];
        if (m_nextId == 0 || chance(10))
            return m_nextId + 1'000'000;
        return m_nextId - 1 - below(std::min<std::uint64_t>(m_nextId, 400));
    }
    void remember(OrderId id)
    {
        if (m_livePosition.emplace(id, m_live.size()).second)
            m_live.push_back(id);
    }
    void forget(OrderId id)
    {
        const auto it = m_livePosition.find(id);
        if (it == m_livePosition.end())
            return;
        const std::size_t position = it->second;
        m_livePosition.erase(it);
        if (position + 1 != m_live.size()) {
            m_live[position] = m_live.back();
            m_livePosition[m_live[position]] = position;
        }
        m_live.pop_back();
    }
    NewOrder base()
    {
        NewOrder o;
        o.id = freshId();
        o.owner = owner();
        o.side = chance(50) ? Side::Buy : Side::Sell;
        o.selfTrade = selfTrade();
        return o;
    }
    NewOrder limit(TimeInForce tif)
    {
        NewOrder o = base();
        o.timeInForce = tif;
        o.price = price(o.side);
        o.quantity = quantity();
        return o;
    }
    NewOrder market()
    {
        NewOrder o = base();
        o.type = OrderType::Market;
        o.timeInForce = chance(20) ? TimeInForce::FillOrKill : TimeInForce::ImmediateOrCancel;
        const int r = int(below(10));
        if (r < 6 || o.timeInForce == TimeInForce::FillOrKill)
            o.quantity = quantity();
        if (r >= 6 && o.timeInForce != TimeInForce::FillOrKill)
            o.quoteBudget = Quote(m_mid) * Quote(1 + below(300));
        if (r == 9)
            o.quantity = quantity();
        return o;
    }
    NewOrder stop()
    {
        NewOrder o = base();
        o.type = OrderType::StopLimit;
        const int r = int(below(10));
        o.timeInForce = r < 6 ? TimeInForce::GoodTillCancel
                : r < 8       ? TimeInForce::ImmediateOrCancel
                : r < 9       ? TimeInForce::FillOrKill
                              : TimeInForce::PostOnly;
        o.stopPrice = std::max<Price>(1, m_mid - 12 + Price(below(25)));
        o.price =
                std::max<Price>(1, o.stopPrice + (o.side == Side::Buy ? 1 : -1) * Price(below(8)));
        o.quantity = quantity();
        return o;
    }
    AmendOrder amend()
    {
        AmendOrder a;
        a.id = target();
        a.price = price();
        const int r = int(below(10));
        a.quantity = r < 5 ? AmendOrder::kKeepQuantity : Quantity(1 + below(r < 8 ? 20 : 200));
        return a;
    }
    Command odd()
    {
        NewOrder o = limit(TimeInForce::GoodTillCancel);
        switch (below(7)) {
        case 0: o.quantity = 0; break;
        case 1: o.price = -Price(below(5)); break;
        case 2: o.quantity = kMaxQuantity + 1; break;
        case 3: o.type = OrderType::Market; break; // a market order with a price
        case 4:
            o.type = OrderType::StopLimit;
            o.stopPrice = 0;
            break;
        case 5: o.quoteBudget = 100; break; // a budget on a limit order
        default: {
            AmendOrder a = amend();
            a.quantity = -1;
            return Command::of(a);
        }
        }
        return Command::of(o);
    }

    std::mt19937_64 m_rng;
    std::vector<OrderId> m_live;
    std::unordered_map<OrderId, std::size_t> m_livePosition;
    OrderId m_nextId = 0;
    Price m_mid = 1000;
};

} // namespace azc::matching::testing
