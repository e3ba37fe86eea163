// The taker side of the book: crossing checks, the sweep through the
// opposite side in price-time priority, self-trade prevention, and what
// becomes of the remainder.

#include "exchange/matching/order_book.h"

#include <algorithm>
#include <limits>

namespace azc::matching {

namespace {

Side opposite(Side side)
{
    return side == Side::Buy ? Side::Sell : Side::Buy;
}

constexpr LevelKey kNoLimit = std::numeric_limits<LevelKey>::min();

} // namespace

bool OrderBook::wouldCross(Side side, Price limit) const
{
    const Side makerSide = opposite(side);
    const PriceLadder &book = restingSide(makerSide);
    return !book.empty() && book.bestKey() >= bookKey(makerSide, limit);
}

// Mirrors sweep() without touching anything: makers of the same owner are
// skipped when the taker would cancel them, and end the walk when the taker
// would be cancelled itself.
bool OrderBook::canFillCompletely(const Taker &taker) const
{
    const Side makerSide = opposite(taker.side);
    const PriceLadder &book = restingSide(makerSide);
    if (book.empty())
        return false;
    const LevelKey threshold = taker.isMarket ? kNoLimit : bookKey(makerSide, taker.limit);
    Quantity needed = taker.remaining;
    LevelKey key = book.bestKey();
    do {
        if (key < threshold)
            return false;
        for (std::uint32_t slot = book.level(key).head; slot != kNoSlot; slot = m_pool[slot].next) {
            const OrderNode &maker = m_pool[slot];
            if (maker.owner == taker.owner) {
                if (taker.selfTrade == SelfTradePrevention::CancelMaker)
                    continue;
                return false;
            }
            if (maker.remaining >= needed)
                return true;
            needed -= maker.remaining;
        }
    } while (book.nextWorse(key, key));
    return false;
}

void OrderBook::sweep(Taker &taker, EventBuffer &out)
{
    const Side makerSide = opposite(taker.side);
    PriceLadder &book = restingSide(makerSide);
    const LevelKey threshold = taker.isMarket ? kNoLimit : bookKey(makerSide, taker.limit);
    while (taker.remaining > 0 && !book.empty() && book.bestKey() >= threshold) {
        const LevelKey key = book.bestKey();
        PriceLevel &level = book.level(key);
        const std::uint32_t makerSlot = level.head;
        OrderNode &maker = m_pool[makerSlot];
        if (maker.owner == taker.owner) {
            preventSelfTrade(taker, makerSlot, out);
            if (taker.cancelled)
                return;
            continue;
        }
        const Price price = priceOfBookKey(makerSide, key); // the maker's: its level's
        Quantity lots = std::min(taker.remaining, maker.remaining);
        if (taker.hasBudget) {
            const Quote affordable = taker.budget / price;
            if (affordable < lots)
                lots = Quantity(affordable);
            if (lots == 0)
                return; // the budget does not buy one more lot here
            taker.budget -= Quote(price) * lots;
        }
        maker.remaining -= lots;
        level.total -= lots;
        taker.remaining -= lots;
        m_lastTradePrice = price;

        Event &fill = out.emplace_back();
        fill.kind = EventKind::Fill;
        fill.side = taker.side;
        fill.orderId = taker.id;
        fill.owner = taker.owner;
        fill.makerId = maker.id;
        fill.makerOwner = maker.owner;
        fill.price = price;
        fill.quantity = lots;
        fill.quote = Quote(price) * lots;
        fill.remaining = taker.remaining;
        fill.makerRemaining = maker.remaining;

        if (maker.remaining == 0) {
            const std::uint32_t nextMaker = maker.next;
            book.unlink(key, makerSlot, m_pool);
            retire(makerSlot);
            // Queues are long and their heads old: start fetching the next
            // maker now, for this sweep or the next one.
            if (nextMaker != kNoSlot)
                __builtin_prefetch(&m_pool[nextMaker]);
        }
    }
}

void OrderBook::pushTakerCancelled(EventBuffer &out, const Taker &taker, Reason reason)
{
    Event &e = out.emplace_back();
    e.kind = EventKind::Cancelled;
    e.reason = reason;
    e.orderId = taker.id;
    e.owner = taker.owner;
    e.side = taker.side;
    e.price = taker.limit;
    e.stopPrice = taker.stopPrice;
    e.quantity = taker.remaining;
    e.quote = taker.budget;
}

void OrderBook::preventSelfTrade(Taker &taker, std::uint32_t makerSlot, EventBuffer &out)
{
    if (taker.selfTrade != SelfTradePrevention::CancelTaker)
        cancelResting(makerSlot, Reason::SelfTradePrevention, out);
    if (taker.selfTrade == SelfTradePrevention::CancelMaker)
        return;
    pushTakerCancelled(out, taker, Reason::SelfTradePrevention);
    taker.cancelled = true;
}

// `slot` is the taker's node when it already has one (an amended order or a
// triggered stop), kNoSlot for a new order, which gets a node only if it rests.
void OrderBook::settle(const Taker &taker, std::uint32_t slot, EventBuffer &out)
{
    const bool immediateOnly = taker.isMarket || taker.timeInForce == TimeInForce::ImmediateOrCancel
            || taker.timeInForce == TimeInForce::FillOrKill;
    const bool done = taker.cancelled || taker.remaining == 0;
    if (!done && immediateOnly)
        pushTakerCancelled(out, taker, Reason::NotFilledImmediately);
    if (done || immediateOnly) {
        if (slot != kNoSlot)
            retire(slot);
        return;
    }
    if (slot == kNoSlot) {
        slot = m_pool.allocate();
        m_pool[slot].id = taker.id;
        m_pool[slot].owner = taker.owner;
        OrderTerms &terms = m_pool.terms(slot);
        terms.side = taker.side;
        terms.timeInForce = taker.timeInForce;
        terms.selfTrade = taker.selfTrade;
        terms.stopPrice = taker.stopPrice;
        m_index.insert(taker.id, slot);
    }
    m_pool[slot].remaining = taker.remaining;
    m_pool.terms(slot).price = taker.limit;
    m_pool.terms(slot).isStop = false;
    restingSide(taker.side).append(bookKey(taker.side, taker.limit), slot, m_pool);
}

} // namespace azc::matching
