#pragma once
// core/exchange/matching: the in-memory matching engine of one market.
// It owns the order book (price-time priority), the pending stop orders, and
// the rules of every order type; it knows nothing of assets, balances or
// users beyond integer owner ids. The exchange layer above holds funds,
// converts amounts to ticks and lots, and journals the commands it applies
// (journal.h), so replaying the journal rebuilds the same book.
//
// Deterministic: the events depend only on the sequence of commands. Nothing
// on the hot path allocates: orders live in a pool sized at construction, and
// events go to a caller-owned buffer. docs/matching.md has the rules in full.

#include "exchange/matching/matching_types.h"
#include "exchange/matching/order_index.h"
#include "exchange/matching/order_pool.h"
#include "exchange/matching/price_ladder.h"

#include <cstdint>

namespace azc::matching {

class OrderBook
{
public:
    // At most `capacity` live orders (resting plus pending stops, at most
    // kMaxOrders); an order that could rest is rejected with BookFull beyond.
    explicit OrderBook(std::uint32_t capacity);
    OrderBook(const OrderBook &) = delete;
    OrderBook &operator=(const OrderBook &) = delete;

    // Each appends this command's events to `out` (it does not clear it).
    void apply(const Command &command, EventBuffer &out);
    void submit(const NewOrder &order, EventBuffer &out);
    void cancel(const CancelOrder &command, EventBuffer &out);
    void cancelAll(const CancelAllOrders &command, EventBuffer &out);
    void amend(const AmendOrder &command, EventBuffer &out);

    Price lastTradePrice() const { return m_lastTradePrice; } // 0 before any trade
    std::uint32_t liveOrders() const { return m_pool.live(); }

    // Market data: open lots resting at one price, and the best `count`
    // levels of a side (best first) appended to `out`. Off the hot path.
    Quantity restingAt(Side side, Price price) const { return restingSide(side).totalAt(bookKey(side, price)); }
    void topLevels(Side side, int count, std::vector<std::pair<Price, Quantity>> &out) const;

    // The whole state in canonical order, and a 64-bit digest of it: two
    // books that answer the same digest hold the same orders in the same
    // priority.
    BookDump dump() const;
    std::uint64_t digest() const;

private:
    // The incoming side of a match: a new order, an amended order that moved,
    // or a stop that has just triggered.
    struct Taker
    {
        OrderId id = 0;
        OwnerId owner = 0;
        Side side = Side::Buy;
        TimeInForce timeInForce = TimeInForce::GoodTillCancel;
        SelfTradePrevention selfTrade = SelfTradePrevention::CancelTaker;
        bool isMarket = false;
        bool hasBudget = false;
        bool cancelled = false; // by self-trade prevention
        Price limit = 0;
        Price stopPrice = 0;
        Quantity remaining = 0;
        Quote budget = 0;
    };

    static LevelKey bookKey(Side side, Price price) { return side == Side::Buy ? price : -price; }
    static Price priceOfBookKey(Side side, LevelKey key) { return side == Side::Buy ? key : -key; }
    static LevelKey stopKey(Side side, Price stop) { return side == Side::Buy ? -stop : stop; }
    PriceLadder &restingSide(Side side) { return side == Side::Buy ? m_bids : m_asks; }
    const PriceLadder &restingSide(Side side) const { return side == Side::Buy ? m_bids : m_asks; }
    PriceLadder &stopSide(Side side) { return side == Side::Buy ? m_buyStops : m_sellStops; }
    const PriceLadder &stopSide(Side side) const
    {
        return side == Side::Buy ? m_buyStops : m_sellStops;
    }

    // order_book.cpp: commands
    Reason validate(const NewOrder &order) const;
    static Taker takerFrom(const NewOrder &order);
    Taker takerFrom(std::uint32_t slot) const;
    void placeStop(const NewOrder &order);
    void retire(std::uint32_t slot); // forget a live order and free its node
    void cancelResting(std::uint32_t slot, Reason reason, EventBuffer &out);
    void cancelMatchingOwner(PriceLadder &ladder, OwnerId owner, EventBuffer &out);

    // order_book_matching.cpp: the taker side
    bool wouldCross(Side side, Price limit) const;
    bool canFillCompletely(const Taker &taker) const;
    void sweep(Taker &taker, EventBuffer &out);
    static void pushTakerCancelled(EventBuffer &out, const Taker &taker, Reason reason);
    void preventSelfTrade(Taker &taker, std::uint32_t makerSlot, EventBuffer &out);
    void settle(const Taker &taker, std::uint32_t slot, EventBuffer &out);

    // order_book_stops.cpp
    void runTriggeredStops(EventBuffer &out);
    void collectTriggered(Side side, EventBuffer &out);
    void enterTriggered(std::uint32_t slot, EventBuffer &out);

    OrderPool m_pool;
    OrderIndex m_index;
    PriceLadder m_bids;
    PriceLadder m_asks;
    PriceLadder m_buyStops;                  // keyed so the lowest stop triggers first
    PriceLadder m_sellStops;                 // keyed so the highest stop triggers first
    std::uint32_t m_triggeredHead = kNoSlot; // triggered, waiting to enter, FIFO
    std::uint32_t m_triggeredTail = kNoSlot;
    Price m_lastTradePrice = 0;
};

// The digest of any dump (the reference matcher in the tests uses it too).
std::uint64_t digestOf(const BookDump &dump);

// Shared by the engine's files. Events are built in place in the buffer:
// building them aside and copying them in costs more than the matching.
void pushCancelled(EventBuffer &out, const OrderPool &pool, std::uint32_t slot, Reason reason);

} // namespace azc::matching
