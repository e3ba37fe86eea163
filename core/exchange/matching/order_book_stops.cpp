// Stop-limit orders. They wait off-book, keyed so the first to trigger is the
// best key: buy stops trigger when the last trade price rises to their stop,
// sell stops when it falls to theirs.
//
// Trigger order is part of the contract: after a command has finished
// matching, every stop the last price now reaches is triggered (buy stops
// lowest stop first, then sell stops highest stop first, time priority among
// equal stops) and queued. The queue then enters the book one order at a
// time; each entry may trade, move the last price and trigger more stops,
// which join the back of the queue. A cascade is therefore breadth first and
// repeatable.

#include "exchange/matching/order_book.h"

namespace azc::matching {

void OrderBook::runTriggeredStops(EventBuffer &out)
{
    if (m_lastTradePrice == 0 || (m_buyStops.empty() && m_sellStops.empty()))
        return;
    collectTriggered(Side::Buy, out);
    collectTriggered(Side::Sell, out);
    while (m_triggeredHead != kNoSlot) {
        const std::uint32_t slot = m_triggeredHead;
        m_triggeredHead = m_pool[slot].next;
        if (m_triggeredHead == kNoSlot)
            m_triggeredTail = kNoSlot;
        enterTriggered(slot, out);
        collectTriggered(Side::Buy, out);
        collectTriggered(Side::Sell, out);
    }
}

void OrderBook::collectTriggered(Side side, EventBuffer &out)
{
    PriceLadder &stops = stopSide(side);
    const LevelKey reached = stopKey(side, m_lastTradePrice);
    while (!stops.empty() && stops.bestKey() >= reached) {
        const LevelKey key = stops.bestKey();
        const std::uint32_t slot = stops.level(key).head;
        stops.unlink(key, slot, m_pool);
        OrderNode &node = m_pool[slot];
        const OrderTerms &terms = m_pool.terms(slot);
        node.next = kNoSlot;
        if (m_triggeredTail != kNoSlot)
            m_pool[m_triggeredTail].next = slot;
        else
            m_triggeredHead = slot;
        m_triggeredTail = slot;

        Event &e = out.emplace_back();
        e.kind = EventKind::Triggered;
        e.orderId = node.id;
        e.owner = node.owner;
        e.side = terms.side;
        e.price = terms.price;
        e.stopPrice = terms.stopPrice;
        e.quantity = node.remaining;
    }
}

// A triggered stop enters as a limit order with its own time in force; its
// checks happen now, so failing them cancels it (it was accepted long ago).
void OrderBook::enterTriggered(std::uint32_t slot, EventBuffer &out)
{
    m_pool.terms(slot).isStop = false;
    Taker taker = takerFrom(slot);
    Reason refusal = Reason::None;
    if (taker.timeInForce == TimeInForce::PostOnly && wouldCross(taker.side, taker.limit))
        refusal = Reason::PostOnlyWouldCross;
    else if (taker.timeInForce == TimeInForce::FillOrKill && !canFillCompletely(taker))
        refusal = Reason::FillOrKillUnfillable;
    if (refusal != Reason::None) {
        pushCancelled(out, m_pool, slot, refusal);
        retire(slot);
        return;
    }
    sweep(taker, out);
    settle(taker, slot, out);
}

} // namespace azc::matching
