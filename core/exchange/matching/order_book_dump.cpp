// The canonical dump and its digest: what replay and differential tests
// compare.

#include "exchange/matching/order_book.h"

namespace azc::matching {

namespace {

void appendLadder(const PriceLadder &ladder, const OrderPool &pool, std::vector<BookEntry> &out)
{
    if (ladder.empty())
        return;
    LevelKey key = ladder.bestKey();
    do {
        for (std::uint32_t slot = ladder.level(key).head; slot != kNoSlot; slot = pool[slot].next) {
            const OrderNode &node = pool[slot];
            const OrderTerms &terms = pool.terms(slot);
            out.push_back({terms.isStop, terms.side, node.id, node.owner, terms.price,
                           terms.stopPrice, node.remaining, terms.timeInForce, terms.selfTrade});
        }
    } while (ladder.nextWorse(key, key));
}

// FNV-1a over 64-bit words: simple, stable across builds and platforms.
struct Fnv1a
{
    std::uint64_t state = 0xcbf2'9ce4'8422'2325ull;
    void add(std::uint64_t word)
    {
        for (int i = 0; i < 8; ++i) {
            state ^= (word >> (8 * i)) & 0xff;
            state *= 0x100'0000'01b3ull;
        }
    }
};

} // namespace

BookDump OrderBook::dump() const
{
    BookDump d;
    d.entries.reserve(m_pool.live());
    appendLadder(m_bids, m_pool, d.entries);
    appendLadder(m_asks, m_pool, d.entries);
    appendLadder(m_buyStops, m_pool, d.entries);
    appendLadder(m_sellStops, m_pool, d.entries);
    d.lastTradePrice = m_lastTradePrice;
    return d;
}

std::uint64_t OrderBook::digest() const
{
    return digestOf(dump());
}

std::uint64_t digestOf(const BookDump &dump)
{
    Fnv1a h;
    h.add(std::uint64_t(dump.lastTradePrice));
    h.add(dump.entries.size());
    for (const BookEntry &e : dump.entries) {
        h.add(std::uint64_t(e.isStop) | std::uint64_t(e.side) << 8
              | std::uint64_t(e.timeInForce) << 16 | std::uint64_t(e.selfTrade) << 24);
        h.add(e.id);
        h.add(e.owner);
        h.add(std::uint64_t(e.price));
        h.add(std::uint64_t(e.stopPrice));
        h.add(std::uint64_t(e.remaining));
    }
    return h.state;
}

void OrderBook::topLevels(Side side, int count, std::vector<std::pair<Price, Quantity>> &out) const
{
    const PriceLadder &ladder = restingSide(side);
    if (ladder.empty())
        return;
    LevelKey key = ladder.bestKey();
    for (int i = 0; i < count; ++i) {
        out.emplace_back(priceOfBookKey(side, key), ladder.level(key).total);
        if (!ladder.nextWorse(key, key))
            break;
    }
}

} // namespace azc::matching
