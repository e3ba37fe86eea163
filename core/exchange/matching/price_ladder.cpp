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
