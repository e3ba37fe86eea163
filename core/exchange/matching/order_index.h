#pragma once
// Order id -> pool slot, for cancels, amends and duplicate checks.
//
// Robin Hood open addressing, sized once for the pool. The exchange numbers
// orders sequentially, so the live ids are a sliding window; hashing them
// nearly as they are puts them in consecutive buckets (orders placed together
// share cache lines; a scrambling hash cost a cache miss per lookup on deep
// books). Dense ids then form long runs of occupied buckets, which plain
// linear probing would have to scan on every deletion; Robin Hood's ordering
// lets a deletion stop at the first entry sitting in its home bucket. Keys
// are kept in the buckets so probing never touches the orders themselves.

#include "exchange/matching/large_array.h"
#include "exchange/matching/order_pool.h"

#include <cstdint>

namespace azc::matching {

class OrderIndex
{
public:
    explicit OrderIndex(std::uint32_t capacity);

    std::uint32_t find(OrderId id) const;        // kNoSlot when the id is not live
    void insert(OrderId id, std::uint32_t slot); // id must not be live
    void erase(OrderId id);                      // id must be live

private:
    struct Bucket
    {
        OrderId id = 0;
        std::uint32_t slot = kNoSlot;
    };

    std::uint64_t home(OrderId id) const
    {
        // Bits above the table size are folded in, so ids that differ only
        // there still spread.
        return (id ^ (id >> m_bits) ^ (id >> (2 * m_bits))) & m_mask;
    }
    std::uint64_t distanceFromHome(std::uint64_t bucket) const
    {
        return (bucket - home(m_buckets[bucket].id)) & m_mask;
    }

    LargeArray<Bucket> m_buckets;
    std::uint64_t m_mask = 0;
    int m_bits = 0;
};

} // namespace azc::matching
