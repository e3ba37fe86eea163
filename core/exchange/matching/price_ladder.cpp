#include "exchange/matching/price_ladder.h"

namespace azc::matching {

PriceLadder::PriceLadder()
    : m_window(kWindow)
{}

bool PriceLadder::nextWorse(LevelKey key, LevelKey &out) const
{
    bool found = false;
    if (key > m_base) {
        const std::uint64_t span = std::uint64_t(key) - std::uint64_t(m_base);
        const std::int64_t index =
                m_occupied.highestBelow(span < kWindow ? std::uint32_t(span) : kWindow);
        if (index >= 0) {
            out = m_base + index;
            found = true;
        }
    }
    if (!m_outside.empty()) {
        auto it = m_outside.lower_bound(key);
        if (it != m_outside.begin() && (!found || std::prev(it)->first > out)) {
            out = std::prev(it)->first;
            found = true;
        }
    }
    return found;
}

void PriceLadder::append(LevelKey key, std::uint32_t slot, OrderPool &pool)
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

void PriceLadder::unlink(LevelKey key, std::uint32_t slot, OrderPool &pool)
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

PriceLevel &PriceLadder::obtain(LevelKey key)
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

void PriceLadder::release(LevelKey key)
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

void PriceLadder::recentre(LevelKey key)
{
    // Keys are at most 2^62 in size, so the window's edges cannot overflow.
    m_base = key - LevelKey(kWindow / 2);
    auto it = m_outside.lower_bound(m_base);
    while (it != m_outside.end() && inWindow(it->first)) {
        const auto index = std::uint32_t(it->first - m_base);
        m_window[index] = it->second;
        m_occupied.set(index);
        it = m_outside.erase(it);
    }
}

} // namespace azc::matching
