#include "exchange/matching/order_index.h"

#include <bit>
#include <utility>

namespace azc::matching {

namespace {

// Load at most two thirds: Robin Hood probes stay short well beyond that.
std::uint64_t bucketsFor(std::uint32_t capacity)
{
    return std::bit_ceil(std::uint64_t(capacity) * 3 / 2 + 2);
}

} // namespace

OrderIndex::OrderIndex(std::uint32_t capacity)
    : m_buckets(bucketsFor(capacity))
    , m_mask(bucketsFor(capacity) - 1)
    , m_bits(std::countr_zero(bucketsFor(capacity)))
{}

std::uint32_t OrderIndex::find(OrderId id) const
{
    for (std::uint64_t i = home(id), distance = 0;; i = (i + 1) & m_mask, ++distance) {
        const Bucket &b = m_buckets[i];
        if (b.slot == kNoSlot || distanceFromHome(i) < distance)
            return kNoSlot; // the id would have displaced this entry
        if (b.id == id)
            return b.slot;
    }
}

void OrderIndex::insert(OrderId id, std::uint32_t slot)
{
    Bucket carried{id, slot};
    for (std::uint64_t i = home(id), distance = 0;; i = (i + 1) & m_mask, ++distance) {
        if (m_buckets[i].slot == kNoSlot) {
            m_buckets[i] = carried;
            return;
        }
        // Take the bucket from an entry nearer its home; carry that one on.
        const std::uint64_t residentDistance = distanceFromHome(i);
        if (residentDistance < distance) {
            std::swap(carried, m_buckets[i]);
            distance = residentDistance;
        }
    }
}

void OrderIndex::erase(OrderId id)
{
    std::uint64_t hole = home(id);
    while (m_buckets[hole].slot == kNoSlot || m_buckets[hole].id != id)
        hole = (hole + 1) & m_mask;
    // Shift the following entries back one until one is at home (or a gap).
    for (std::uint64_t next = (hole + 1) & m_mask;
         m_buckets[next].slot != kNoSlot && distanceFromHome(next) > 0;
         next = (next + 1) & m_mask) {
        m_buckets[hole] = m_buckets[next];
        hole = next;
    }
    m_buckets[hole] = Bucket{};
}

} // namespace azc::matching
