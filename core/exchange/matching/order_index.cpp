#include "exchange/matching/order_index.h"

#include <bit>

namespace azc::matching {

OrderIndex::OrderIndex(std::uint32_t capacity, const OrderPool &pool)
    : m_pool(pool)
{
    const std::uint64_t size = std::bit_ceil(std::uint64_t(capacity) * 2 + 2);
    m_buckets.assign(size, kNoSlot);
    m_mask = size - 1;
    m_shift = 64 - std::countr_zero(size);
}

std::uint32_t OrderIndex::find(OrderId id) const
{
    for (std::uint64_t i = home(id);; i = (i + 1) & m_mask) {
        const std::uint32_t slot = m_buckets[i];
        if (slot == kNoSlot || m_pool[slot].id == id)
            return slot;
    }
}

void OrderIndex::insert(OrderId id, std::uint32_t slot)
{
    std::uint64_t i = home(id);
    while (m_buckets[i] != kNoSlot)
        i = (i + 1) & m_mask;
    m_buckets[i] = slot;
}

void OrderIndex::erase(OrderId id)
{
    std::uint64_t hole = home(id);
    while (m_pool[m_buckets[hole]].id != id)
        hole = (hole + 1) & m_mask;
    // Pull later members of the cluster back into the hole when the hole lies
    // between their home bucket and where they sit now.
    for (std::uint64_t j = (hole + 1) & m_mask;; j = (j + 1) & m_mask) {
        const std::uint32_t slot = m_buckets[j];
        if (slot == kNoSlot)
            break;
        const std::uint64_t distanceFromHome = (j - home(m_pool[slot].id)) & m_mask;
        const std::uint64_t distanceFromHole = (j - hole) & m_mask;
        if (distanceFromHome >= distanceFromHole) {
            m_buckets[hole] = slot;
            hole = j;
        }
    }
    m_buckets[hole] = kNoSlot;
}

} // namespace azc::matching
