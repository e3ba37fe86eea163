#include "reference_book.h"

#include <algorithm>
#include <vector>

namespace azc::matching::testing {

namespace {

Event event(EventKind kind, Reason reason, OrderId id, OwnerId owner, Side side)
{
    Event e;
    e.kind = kind;
    e.reason = reason;
    e.orderId = id;
    e.owner = owner;
    e.side = side;
    return e;
}

} // namespace

Event ReferenceBook::cancelled(const Order &o, Reason reason, Quote unspentBudget)
{
    Event e = event(EventKind::Cancelled, reason, o.id, o.owner, o.side);
    e.price = o.price;
    e.stopPrice = o.stop;
    e.quantity = o.remaining;
    e.quote = unspentBudget;
    return e;
}

namespace {

bool okPrice(Price p)
{
    return p >= 1 && p <= kMaxPrice;
}
bool okQuantity(Quantity q)
{
    return q >= 1 && q <= kMaxQuantity;
}

} // namespace

void ReferenceBook::apply(const Command &command, EventBuffer &out)
{
    switch (command.kind) {
    case CommandKind::New: submit(command.newOrder, out); break;
    case CommandKind::Cancel: cancel(command.cancel.id, out); break;
    case CommandKind::CancelAll: cancelAll(command.cancelAll.owner, out); break;
    case CommandKind::Amend: amend(command.amend, out); break;
    }
}

Reason ReferenceBook::check(const NewOrder &o) const
{
    if (m_orders.count(o.id))
        return Reason::DuplicateOrderId;
    if (o.type == OrderType::StopLimit && !okPrice(o.stopPrice))
        return Reason::InvalidStopPrice;
    if (o.type == OrderType::Market) {
        if (o.price != 0)
            return Reason::InvalidPrice;
        if (o.quantity < 0 || o.quantity > kMaxQuantity || o.quoteBudget < 0)
            return Reason::InvalidQuantity;
        if (o.quantity == 0 && o.quoteBudget == 0)
            return Reason::InvalidQuantity;
        bool tifOk = o.timeInForce == TimeInForce::ImmediateOrCancel;
        if (o.timeInForce == TimeInForce::FillOrKill && o.quoteBudget == 0)
            tifOk = true;
        if (!tifOk)
            return Reason::InvalidTimeInForce;
    } else {
        if (!okPrice(o.price))
            return Reason::InvalidPrice;
        if (!okQuantity(o.quantity) || o.quoteBudget != 0)
            return Reason::InvalidQuantity;
    }
    bool mayRest = o.type == OrderType::StopLimit;
    if (o.type == OrderType::Limit
        && (o.timeInForce == TimeInForce::GoodTillCancel || o.timeInForce == TimeInForce::PostOnly))
        mayRest = true;
    if (mayRest && m_orders.size() >= m_capacity)
        return Reason::BookFull;
    if (o.type == OrderType::StopLimit)
        return Reason::None;
    if (o.timeInForce == TimeInForce::PostOnly && wouldCross(o.side, o.price))
        return Reason::PostOnlyWouldCross;
    if (o.timeInForce == TimeInForce::FillOrKill) {
        Taker t;
        t.order.owner = o.owner;
        t.order.side = o.side;
        t.order.stp = o.selfTrade;
        t.order.price = o.price;
        t.order.remaining = o.quantity;
        t.isMarket = o.type == OrderType::Market;
        if (!fillable(t))
            return Reason::FillOrKillUnfillable;
    }
    return Reason::None;
}

bool ReferenceBook::crosses(Side takerSide, Price makerPrice, bool isMarket, Price limit) const
{
    if (isMarket)
        return true;
    return takerSide == Side::Buy ? makerPrice <= limit : makerPrice >= limit;
}

bool ReferenceBook::wouldCross(Side side, Price limit) const
{
    if (side == Side::Buy)
        return !m_asks.empty() && m_asks.begin()->first <= limit;
    return !m_bids.empty() && m_bids.begin()->first >= limit;
}

// Which resting orders would the taker meet, in order? Collect them, then count.
bool ReferenceBook::fillable(const Taker &t) const
{
    std::vector<OrderId> makers;
    if (t.order.side == Side::Buy) {
        for (const auto &[price, queue] : m_asks)
            if (crosses(Side::Buy, price, t.isMarket, t.order.price))
                makers.insert(makers.end(), queue.begin(), queue.end());
    } else {
        for (const auto &[price, queue] : m_bids)
            if (crosses(Side::Sell, price, t.isMarket, t.order.price))
                makers.insert(makers.end(), queue.begin(), queue.end());
    }
    Quantity got = 0;
    for (OrderId id : makers) {
        const Order &m = m_orders.at(id);
        if (m.owner == t.order.owner) {
            if (t.order.stp == SelfTradePrevention::CancelMaker)
                continue;
            break;
        }
        got += m.remaining;
        if (got >= t.order.remaining)
            return true;
    }
    return false;
}

void ReferenceBook::submit(const NewOrder &o, EventBuffer &out)
{
    const Reason reason = check(o);
    if (reason != Reason::None) {
        out.push_back(event(EventKind::Rejected, reason, o.id, o.owner, o.side));
        return;
    }
    Event accepted = event(EventKind::Accepted, Reason::None, o.id, o.owner, o.side);
    accepted.price = o.price;
    accepted.stopPrice = o.stopPrice;
    accepted.quantity = o.quantity;
    accepted.quote = o.quoteBudget;
    out.push_back(accepted);

    Order order;
    order.id = o.id;
    order.owner = o.owner;
    order.side = o.side;
    order.tif = o.timeInForce;
    order.stp = o.selfTrade;
    order.price = o.price;
    order.stop = o.stopPrice;
    order.remaining = o.quantity;
    if (o.type == OrderType::StopLimit) {
        order.isStop = true;
        m_orders[o.id] = order;
        const unsigned long long arrival = m_arrivals++;
        if (o.side == Side::Buy)
            m_buyStops[{o.stopPrice, arrival}] = o.id;
        else
            m_sellStops[{-o.stopPrice, arrival}] = o.id;
    } else {
        Taker t;
        t.order = order;
        t.isMarket = o.type == OrderType::Market;
        if (t.isMarket && o.quantity == 0)
            t.order.remaining = kMaxQuantity;
        t.hasBudget = o.quoteBudget > 0;
        t.budget = o.quoteBudget;
        match(t, out);
        finish(t, out);
    }
    runStops(out);
}

void ReferenceBook::match(Taker &t, EventBuffer &out)
{
    while (t.order.remaining > 0) {
        OrderId makerId = 0;
        if (t.order.side == Side::Buy) {
            if (m_asks.empty()
                || !crosses(Side::Buy, m_asks.begin()->first, t.isMarket, t.order.price))
                return;
            makerId = m_asks.begin()->second.front();
        } else {
            if (m_bids.empty()
                || !crosses(Side::Sell, m_bids.begin()->first, t.isMarket, t.order.price))
                return;
            makerId = m_bids.begin()->second.front();
        }
        Order &maker = m_orders.at(makerId);
        if (maker.owner == t.order.owner) {
            const SelfTradePrevention mode = t.order.stp;
            if (mode == SelfTradePrevention::CancelMaker || mode == SelfTradePrevention::CancelBoth)
                cancelOrder(makerId, Reason::SelfTradePrevention, out);
            if (mode == SelfTradePrevention::CancelTaker
                || mode == SelfTradePrevention::CancelBoth) {
                out.push_back(cancelled(t.order, Reason::SelfTradePrevention, t.budget));
                t.cancelled = true;
                return;
            }
            continue;
        }
        Quantity lots = std::min(t.order.remaining, maker.remaining);
        if (t.hasBudget) {
            const Quote canPay = t.budget / maker.price;
            if (canPay < lots)
                lots = Quantity(canPay);
            if (lots == 0)
                return;
            t.budget -= Quote(maker.price) * lots;
        }
        t.order.remaining -= lots;
        maker.remaining -= lots;
        m_last = maker.price;
        Event fill = event(EventKind::Fill, Reason::None, t.order.id, t.order.owner, t.order.side);
        fill.makerId = maker.id;
        fill.makerOwner = maker.owner;
        fill.price = maker.price;
        fill.quantity = lots;
        fill.quote = Quote(maker.price) * lots;
        fill.remaining = t.order.remaining;
        fill.makerRemaining = maker.remaining;
        out.push_back(fill);
        if (maker.remaining == 0) {
            removeFromBook(maker);
            m_orders.erase(makerId);
        }
    }
}

void ReferenceBook::finish(Taker &t, EventBuffer &out)
{
    const bool immediate = t.isMarket || t.order.tif == TimeInForce::ImmediateOrCancel
            || t.order.tif == TimeInForce::FillOrKill;
    if (t.cancelled || t.order.remaining == 0) {
        m_orders.erase(t.order.id);
        return;
    }
    if (immediate) {
        out.push_back(cancelled(t.order, Reason::NotFilledImmediately, t.budget));
        m_orders.erase(t.order.id);
        return;
    }
    t.order.isStop = false;
    rest(t.order);
}

void ReferenceBook::rest(const Order &o)
{
    m_orders[o.id] = o;
    if (o.side == Side::Buy)
        m_bids[o.price].push_back(o.id);
    else
        m_asks[o.price].push_back(o.id);
}

void ReferenceBook::removeFromBook(const Order &o)
{
    if (o.isStop) {
        auto &stops = o.side == Side::Buy ? m_buyStops : m_sellStops;
        for (auto it = stops.begin(); it != stops.end(); ++it) {
            if (it->second == o.id) {
                stops.erase(it);
                return;
            }
        }
        return;
    }
    auto eraseFrom = [&](auto &levels) {
        Queue &q = levels.at(o.price);
        q.erase(std::find(q.begin(), q.end(), o.id));
        if (q.empty())
            levels.erase(o.price);
    };
    if (o.side == Side::Buy)
        eraseFrom(m_bids);
    else
        eraseFrom(m_asks);
}

void ReferenceBook::cancelOrder(OrderId id, Reason reason, EventBuffer &out)
{
    const Order o = m_orders.at(id);
    out.push_back(cancelled(o, reason, 0));
    removeFromBook(o);
    m_orders.erase(id);
}

void ReferenceBook::cancel(OrderId id, EventBuffer &out)
{
    if (!m_orders.count(id)) {
        out.push_back(event(EventKind::Rejected, Reason::UnknownOrder, id, 0, Side::Buy));
        return;
    }
    cancelOrder(id, Reason::UserRequested, out);
}

void ReferenceBook::cancelAll(OwnerId owner, EventBuffer &out)
{
    std::vector<OrderId> ids;
    for (const auto &[price, queue] : m_bids)
        ids.insert(ids.end(), queue.begin(), queue.end());
    for (const auto &[price, queue] : m_asks)
        ids.insert(ids.end(), queue.begin(), queue.end());
    for (const auto &[key, id] : m_buyStops)
        ids.push_back(id);
    for (const auto &[key, id] : m_sellStops)
        ids.push_back(id);
    for (OrderId id : ids)
        if (m_orders.at(id).owner == owner)
            cancelOrder(id, Reason::CancelAll, out);
}

void ReferenceBook::amend(const AmendOrder &a, EventBuffer &out)
{
    if (!m_orders.count(a.id)) {
        out.push_back(event(EventKind::Rejected, Reason::UnknownOrder, a.id, 0, Side::Buy));
        return;
    }
    Order &o = m_orders.at(a.id);
    Reason reason = Reason::None;
    if (o.isStop)
        reason = Reason::NotAmendable;
    else if (!okPrice(a.price))
        reason = Reason::InvalidPrice;
    else if (a.quantity < 0 || a.quantity > kMaxQuantity)
        reason = Reason::InvalidQuantity;
    else if (o.tif == TimeInForce::PostOnly && wouldCross(o.side, a.price))
        reason = Reason::PostOnlyWouldCross;
    if (reason != Reason::None) {
        out.push_back(event(EventKind::Rejected, reason, o.id, o.owner, o.side));
        return;
    }
    const Quantity quantity = a.quantity == 0 ? o.remaining : a.quantity;
    Event e = event(EventKind::Amended, Reason::None, o.id, o.owner, o.side);
    e.price = a.price;
    e.quantity = quantity;
    if (a.price == o.price && quantity <= o.remaining) {
        o.remaining = quantity;
        e.priorityKept = true;
        out.push_back(e);
        return;
    }
    out.push_back(e);
    removeFromBook(o);
    Taker t;
    t.order = o;
    t.order.price = a.price;
    t.order.remaining = quantity;
    m_orders.erase(a.id);
    m_orders[a.id] = t.order; // still live while it matches
    match(t, out);
    finish(t, out);
    runStops(out);
}

void ReferenceBook::collectStops(std::deque<OrderId> &queue, EventBuffer &out)
{
    auto trigger = [&](OrderId id) {
        const Order &o = m_orders.at(id);
        Event e = event(EventKind::Triggered, Reason::None, o.id, o.owner, o.side);
        e.price = o.price;
        e.stopPrice = o.stop;
        e.quantity = o.remaining;
        out.push_back(e);
        queue.push_back(id);
    };
    while (!m_buyStops.empty() && m_buyStops.begin()->first.first <= m_last) {
        const OrderId id = m_buyStops.begin()->second;
        m_buyStops.erase(m_buyStops.begin());
        trigger(id);
    }
    while (!m_sellStops.empty() && -m_sellStops.begin()->first.first >= m_last) {
        const OrderId id = m_sellStops.begin()->second;
        m_sellStops.erase(m_sellStops.begin());
        trigger(id);
    }
}

void ReferenceBook::runStops(EventBuffer &out)
{
    if (m_last == 0)
        return;
    std::deque<OrderId> queue;
    collectStops(queue, out);
    while (!queue.empty()) {
        const OrderId id = queue.front();
        queue.pop_front();
        Order &o = m_orders.at(id);
        o.isStop = false;
        Taker t;
        t.order = o;
        Reason refusal = Reason::None;
        if (o.tif == TimeInForce::PostOnly && wouldCross(o.side, o.price))
            refusal = Reason::PostOnlyWouldCross;
        else if (o.tif == TimeInForce::FillOrKill && !fillable(t))
            refusal = Reason::FillOrKillUnfillable;
        if (refusal != Reason::None) {
            out.push_back(cancelled(o, refusal, 0));
            m_orders.erase(id);
        } else {
            match(t, out);
            finish(t, out);
        }
        collectStops(queue, out);
    }
}

BookDump ReferenceBook::dump() const
{
    BookDump d;
    auto add = [&](OrderId id) {
        const Order &o = m_orders.at(id);
        d.entries.push_back(
                {o.isStop, o.side, o.id, o.owner, o.price, o.stop, o.remaining, o.tif, o.stp});
    };
    for (const auto &[price, queue] : m_bids)
        for (OrderId id : queue)
            add(id);
    for (const auto &[price, queue] : m_asks)
        for (OrderId id : queue)
            add(id);
    for (const auto &[key, id] : m_buyStops)
        add(id);
    for (const auto &[key, id] : m_sellStops)
        add(id);
    d.lastTradePrice = m_last;
    return d;
}

} // namespace azc::matching::testing
