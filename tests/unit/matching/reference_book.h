#pragma once
// A deliberately plain matcher for the differential test: std::map of price
// levels, std::deque queues, linear scans, no cleverness. It follows the
// rules written in docs/matching.md independently of the engine's code, so
// when the two disagree one of them misreads the rules.

#include "exchange/matching/matching_types.h"

#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <utility>

namespace azc::matching::testing {

class ReferenceBook
{
public:
    explicit ReferenceBook(std::size_t capacity)
        : m_capacity(capacity)
    {}

    void apply(const Command &command, EventBuffer &out);
    BookDump dump() const;

private:
    struct Order
    {
        OrderId id = 0;
        OwnerId owner = 0;
        Side side = Side::Buy;
        TimeInForce tif = TimeInForce::GoodTillCancel;
        SelfTradePrevention stp = SelfTradePrevention::CancelTaker;
        Price price = 0;
        Price stop = 0;
        Quantity remaining = 0;
        bool isStop = false;
    };
    struct Taker
    {
        Order order;
        bool isMarket = false;
        bool hasBudget = false;
        Quote budget = 0;
        bool cancelled = false;
    };
    using Queue = std::deque<OrderId>;
    using StopKey = std::pair<Price, unsigned long long>; // (ordering price, arrival)

    static Event cancelled(const Order &o, Reason reason, Quote unspentBudget);
    void submit(const NewOrder &o, EventBuffer &out);
    void cancel(OrderId id, EventBuffer &out);
    void cancelAll(OwnerId owner, EventBuffer &out);
    void amend(const AmendOrder &a, EventBuffer &out);

    Reason check(const NewOrder &o) const;
    bool crosses(Side takerSide, Price makerPrice, bool isMarket, Price limit) const;
    bool wouldCross(Side side, Price limit) const;
    bool fillable(const Taker &t) const;
    void match(Taker &t, EventBuffer &out);
    void finish(Taker &t, EventBuffer &out);
    void rest(const Order &o);
    void removeFromBook(const Order &o);
    void cancelOrder(OrderId id, Reason reason, EventBuffer &out);
    void runStops(EventBuffer &out);
    void collectStops(std::deque<OrderId> &queue, EventBuffer &out);

    std::size_t m_capacity;
    std::map<OrderId, Order> m_orders;
    std::map<Price, Queue, std::greater<>> m_bids;
    std::map<Price, Queue> m_asks;
    std::map<StopKey, OrderId> m_buyStops;  // by stop price, lowest first
    std::map<StopKey, OrderId> m_sellStops; // by negated stop price: highest first
    unsigned long long m_arrivals = 0;
    Price m_last = 0;
};

} // namespace azc::matching::testing
