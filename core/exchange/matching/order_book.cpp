// The commands: validation, placing, cancelling, amending. Matching itself is
// in order_book_matching.cpp, stop triggering in order_book_stops.cpp.

#include "exchange/matching/order_book.h"

namespace azc::matching {

namespace {

bool validPrice(Price p)
{
    return p > 0 && p <= kMaxPrice;
}
bool validQuantity(Quantity q)
{
    return q > 0 && q <= kMaxQuantity;
}

void pushRejected(EventBuffer &out, OrderId id, OwnerId owner, Side side, Reason reason)
{
    Event &e = out.emplace_back();
    e.kind = EventKind::Rejected;
    e.reason = reason;
    e.orderId = id;
    e.owner = owner;
    e.side = side;
}

Reason shapeError(const NewOrder &o)
{
    switch (o.type) {
    case OrderType::StopLimit:
        if (!validPrice(o.stopPrice))
            return Reason::InvalidStopPrice;
        [[fallthrough]];
    case OrderType::Limit:
        if (!validPrice(o.price))
            return Reason::InvalidPrice;
        if (!validQuantity(o.quantity) || o.quoteBudget != 0)
            return Reason::InvalidQuantity;
        return Reason::None;
    case OrderType::Market:
        if (o.price != 0)
            return Reason::InvalidPrice;
        if (o.quantity < 0 || o.quantity > kMaxQuantity || o.quoteBudget < 0
            || (o.quantity == 0 && o.quoteBudget == 0))
            return Reason::InvalidQuantity;
        // A budget makes the filled quantity unknowable in advance, so it
        // cannot be all-or-nothing.
        if (o.timeInForce == TimeInForce::ImmediateOrCancel
            || (o.timeInForce == TimeInForce::FillOrKill && o.quoteBudget == 0))
            return Reason::None;
        return Reason::InvalidTimeInForce;
    }
    return Reason::InvalidPrice; // an order type outside the enum: no price rule fits
}

} // namespace

void pushCancelled(EventBuffer &out, const OrderPool &pool, std::uint32_t slot, Reason reason)
{
    const OrderNode &node = pool[slot];
    const OrderTerms &terms = pool.terms(slot);
    Event &e = out.emplace_back();
    e.kind = EventKind::Cancelled;
    e.reason = reason;
    e.orderId = node.id;
    e.owner = node.owner;
    e.side = terms.side;
    e.price = terms.price;
    e.stopPrice = terms.stopPrice;
    e.quantity = node.remaining;
}

OrderBook::OrderBook(std::uint32_t capacity)
    : m_pool(capacity < kMaxOrders ? capacity : kMaxOrders)
    , m_index(m_pool.capacity())
{}

void OrderBook::apply(const Command &command, EventBuffer &out)
{
    switch (command.kind) {
    case CommandKind::New: return submit(command.newOrder, out);
    case CommandKind::Cancel: return cancel(command.cancel, out);
    case CommandKind::CancelAll: return cancelAll(command.cancelAll, out);
    case CommandKind::Amend: return amend(command.amend, out);
    }
}

// The first failing check names the rejection; the order of checks is part
// of the engine's contract (the reference matcher in the tests follows it).
Reason OrderBook::validate(const NewOrder &order) const
{
    if (m_index.find(order.id) != kNoSlot)
        return Reason::DuplicateOrderId;
    if (const Reason shape = shapeError(order); shape != Reason::None)
        return shape;
    const bool mayRest = order.type == OrderType::StopLimit
            || (order.type == OrderType::Limit
                && (order.timeInForce == TimeInForce::GoodTillCancel
                    || order.timeInForce == TimeInForce::PostOnly));
    if (mayRest && m_pool.full())
        return Reason::BookFull;
    if (order.type == OrderType::StopLimit)
        return Reason::None; // its time in force applies when it triggers
    if (order.timeInForce == TimeInForce::PostOnly && wouldCross(order.side, order.price))
        return Reason::PostOnlyWouldCross;
    if (order.timeInForce == TimeInForce::FillOrKill && !canFillCompletely(takerFrom(order)))
        return Reason::FillOrKillUnfillable;
    return Reason::None;
}

OrderBook::Taker OrderBook::takerFrom(const NewOrder &order)
{
    Taker t;
    t.id = order.id;
    t.owner = order.owner;
    t.side = order.side;
    t.timeInForce = order.timeInForce;
    t.selfTrade = order.selfTrade;
    t.isMarket = order.type == OrderType::Market;
    t.limit = order.price;
    t.stopPrice = order.stopPrice;
    // A budget-only market order is bounded by its budget, not by lots.
    t.remaining = order.quantity > 0 ? order.quantity : kMaxQuantity;
    t.hasBudget = order.quoteBudget > 0;
    t.budget = order.quoteBudget;
    return t;
}

OrderBook::Taker OrderBook::takerFrom(std::uint32_t slot) const
{
    const OrderNode &node = m_pool[slot];
    const OrderTerms &terms = m_pool.terms(slot);
    Taker t;
    t.id = node.id;
    t.owner = node.owner;
    t.side = terms.side;
    t.timeInForce = terms.timeInForce;
    t.selfTrade = terms.selfTrade;
    t.limit = terms.price;
    t.stopPrice = terms.stopPrice;
    t.remaining = node.remaining;
    return t;
}

void OrderBook::submit(const NewOrder &order, EventBuffer &out)
{
    if (const Reason reason = validate(order); reason != Reason::None) {
        pushRejected(out, order.id, order.owner, order.side, reason);
        return;
    }
    Event &accepted = out.emplace_back();
    accepted.kind = EventKind::Accepted;
    accepted.orderId = order.id;
    accepted.owner = order.owner;
    accepted.side = order.side;
    accepted.price = order.price;
    accepted.stopPrice = order.stopPrice;
    accepted.quantity = order.quantity;
    accepted.quote = order.quoteBudget;

    if (order.type == OrderType::StopLimit) {
        placeStop(order);
    } else {
        Taker taker = takerFrom(order);
        sweep(taker, out);
        settle(taker, kNoSlot, out);
    }
    runTriggeredStops(out);
}

void OrderBook::placeStop(const NewOrder &order)
{
    const std::uint32_t slot = m_pool.allocate();
    OrderNode &node = m_pool[slot];
    node.id = order.id;
    node.owner = order.owner;
    node.remaining = order.quantity;
    OrderTerms &terms = m_pool.terms(slot);
    terms.side = order.side;
    terms.timeInForce = order.timeInForce;
    terms.selfTrade = order.selfTrade;
    terms.price = order.price;
    terms.stopPrice = order.stopPrice;
    terms.isStop = true;
    m_index.insert(order.id, slot);
    stopSide(order.side).append(stopKey(order.side, order.stopPrice), slot, m_pool);
}

void OrderBook::retire(std::uint32_t slot)
{
    m_index.erase(m_pool[slot].id);
    m_pool.release(slot);
}

void OrderBook::cancelResting(std::uint32_t slot, Reason reason, EventBuffer &out)
{
    const OrderTerms &terms = m_pool.terms(slot);
    pushCancelled(out, m_pool, slot, reason);
    if (terms.isStop)
        stopSide(terms.side).unlink(stopKey(terms.side, terms.stopPrice), slot, m_pool);
    else
        restingSide(terms.side).unlink(bookKey(terms.side, terms.price), slot, m_pool);
    retire(slot);
}

void OrderBook::cancel(const CancelOrder &command, EventBuffer &out)
{
    const std::uint32_t slot = m_index.find(command.id);
    if (slot == kNoSlot) {
        pushRejected(out, command.id, 0, Side::Buy, Reason::UnknownOrder);
        return;
    }
    cancelResting(slot, Reason::UserRequested, out);
}

// Cancels in the order of the book dump: bids, asks, buy stops, sell stops,
// each best first and in time priority.
void OrderBook::cancelAll(const CancelAllOrders &command, EventBuffer &out)
{
    cancelMatchingOwner(m_bids, command.owner, out);
    cancelMatchingOwner(m_asks, command.owner, out);
    cancelMatchingOwner(m_buyStops, command.owner, out);
    cancelMatchingOwner(m_sellStops, command.owner, out);
}

void OrderBook::cancelMatchingOwner(PriceLadder &ladder, OwnerId owner, EventBuffer &out)
{
    if (ladder.empty())
        return;
    LevelKey key = ladder.bestKey();
    do {
        for (std::uint32_t slot = ladder.level(key).head; slot != kNoSlot;) {
            const std::uint32_t next = m_pool[slot].next;
            if (m_pool[slot].owner == owner)
                cancelResting(slot, Reason::CancelAll, out);
            slot = next;
        }
    } while (ladder.nextWorse(key, key));
}

void OrderBook::amend(const AmendOrder &command, EventBuffer &out)
{
    const std::uint32_t slot = m_index.find(command.id);
    if (slot == kNoSlot) {
        pushRejected(out, command.id, 0, Side::Buy, Reason::UnknownOrder);
        return;
    }
    OrderNode &node = m_pool[slot];
    OrderTerms &terms = m_pool.terms(slot);
    const auto reject = [&](Reason reason) {
        pushRejected(out, node.id, node.owner, terms.side, reason);
    };
    if (terms.isStop)
        return reject(Reason::NotAmendable);
    if (!validPrice(command.price))
        return reject(Reason::InvalidPrice);
    if (command.quantity < 0 || command.quantity > kMaxQuantity)
        return reject(Reason::InvalidQuantity);
    const Quantity quantity =
            command.quantity == AmendOrder::kKeepQuantity ? node.remaining : command.quantity;
    if (terms.timeInForce == TimeInForce::PostOnly && wouldCross(terms.side, command.price))
        return reject(Reason::PostOnlyWouldCross);

    PriceLadder &side = restingSide(terms.side);
    const LevelKey key = bookKey(terms.side, terms.price);
    // Shrinking in place leaves nobody behind it worse off, so it keeps its
    // place; a new price or more lots is a new bid for the queue: it goes to
    // the back, and it may trade on the way like any incoming order.
    const bool keepsPriority = command.price == terms.price && quantity <= node.remaining;
    Event &amended = out.emplace_back();
    amended.kind = EventKind::Amended;
    amended.orderId = node.id;
    amended.owner = node.owner;
    amended.side = terms.side;
    amended.price = command.price;
    amended.quantity = quantity;
    amended.priorityKept = keepsPriority;
    if (keepsPriority) {
        side.level(key).total -= node.remaining - quantity;
        node.remaining = quantity;
        return;
    }
    side.unlink(key, slot, m_pool);
    terms.price = command.price;
    node.remaining = quantity;
    Taker taker = takerFrom(slot);
    sweep(taker, out);
    settle(taker, slot, out);
    runTriggeredStops(out);
}

} // namespace azc::matching
