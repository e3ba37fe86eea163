#pragma once
// The price levels of one side of a book (or of the pending stops), each a
// FIFO queue of pool nodes. Levels are addressed by a key ordered so that a
// larger key is always the better level (the matching code never asks which
// side it is on): bids use the price, asks the negated price.
//
// Books crowd around the last price, so levels live in a flat window of
// 65,536 consecutive keys with a bitmap tracking the non-empty ones. Keys
// outside the window go to an ordered map (the only allocation, off the hot
// path); when the window runs empty it is re-centred on the next key and the
// map's levels that fall inside move in.

#include "exchange/matching/level_bitmap.h"
#include "exchange/matching/order_pool.h"

#include <cstdint>
#include <map>
#include <vector>

namespace azc::matching {

using LevelKey = std::int64_t;

struct PriceLevel
{
    std::uint32_t head = kNoSlot;
    std::uint32_t tail = kNoSlot;
    Quantity total = 0; // open lots of all orders in the queue
};

class PriceLadder
{
public:
    static constexpr std::uint32_t kWindow = LevelBitmap::kSize;

    PriceLadder();

    bool empty() const { return !m_hasBest; }
    LevelKey bestKey() const { return m_bestKey; } // only when !empty()

    // The non-empty level at `key`; the key must hold orders.
    PriceLevel &level(LevelKey key)
    {
        return inWindow(key) ? m_window[std::size_t(key - m_base)] : m_outside.find(key)->second;
    }
    const PriceLevel &level(LevelKey key) const
    {
        return inWindow(key) ? m_window[std::size_t(key - m_base)] : m_outside.find(key)->second;
    }

    // Open lots at `key`, 0 when no order rests there.
    Quantity totalAt(LevelKey key) const
    {
        if (inWindow(key))
            return m_window[std::size_t(key - m_base)].total;
        const auto it = m_outside.find(key);
        return it == m_outside.end() ? 0 : it->second.total;
    }

    // Largest non-empty key strictly below `key`; false when there is none.
    bool nextWorse(LevelKey key, LevelKey &out) const;

    void append(LevelKey key, std::uint32_t slot, OrderPool &pool);
    // Takes the node out of its queue (its open lots out of the level's
    // total); an emptied level disappears, which may move the best key.
    void unlink(LevelKey key, std::uint32_t slot, OrderPool &pool);

private:
    bool inWindow(LevelKey key) const
    {
        // Unsigned, so a far key wraps to a large distance instead of overflowing.
        return std::uint64_t(key) - std::uint64_t(m_base) < kWindow;
    }
    PriceLevel &obtain(LevelKey key);
    void release(LevelKey key); // the level at `key` has just run empty
    void recentre(LevelKey key);

    LevelKey m_base = 0;
    std::vector<PriceLevel> m_window;
    LevelBitmap m_occupied;
    std::map<LevelKey, PriceLevel> m_outside;
    LevelKey m_bestKey = 0;
    bool m_hasBest = false;
};

// The per-order operations are inline: they run several times per command.

inline void PriceLadder::append(LevelKey key, std::uint32_t slot, OrderPool &pool)
{
    PriceLevel &lvl = obtain(key);
    OrderNode &node = pool[slot];
    node.prev = lvl.tail;
    node.next = kNoSlot;
    if (lvl.tail != kNoSlot)
        pool[lvl.tail].next = slot;
    else
        lvl.head = slot;
    lvl.tail = slot;
    lvl.total += node.remaining;
}

inline void PriceLadder::unlink(LevelKey key, std::uint32_t slot, OrderPool &pool)
{
    PriceLevel &lvl = level(key);
    const OrderNode &node = pool[slot];
    if (node.prev != kNoSlot)
        pool[node.prev].next = node.next;
    else
        lvl.head = node.next;
    if (node.next != kNoSlot)
        pool[node.next].prev = node.prev;
    else
        lvl.tail = node.prev;
    lvl.total -= node.remaining;
    if (lvl.head == kNoSlot)
        release(key);
}

inline PriceLevel &PriceLadder::obtain(LevelKey key)
{
    if (!inWindow(key) && m_occupied.empty())
        recentre(key);
    if (!m_hasBest || key > m_bestKey) {
        m_bestKey = key;
        m_hasBest = true;
    }
    if (!inWindow(key))
        return m_outside[key];
    const auto index = std::uint32_t(key - m_base);
    if (m_window[index].head == kNoSlot)
        m_occupied.set(index);
    return m_window[index];
}

inline void PriceLadder::release(LevelKey key)
{
    if (inWindow(key)) {
        const auto index = std::uint32_t(key - m_base);
        m_window[index] = PriceLevel{};
        m_occupied.clear(index);
    } else {
        m_outside.erase(key);
    }
    if (key == m_bestKey)
        m_hasBest = nextWorse(key, m_bestKey);
}

} // namespace azc::matching
