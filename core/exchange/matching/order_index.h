#pragma once
// Order id -> pool slot, for cancels and amends. Open addressing with linear
// probing over a table of slots sized once for the pool (load at most one
// half); keys are read from the pool, so a bucket is four bytes. Deletion
// shifts the cluster back instead of leaving tombstones, so a long-running
// book never degrades.

#include "exchange/matching/order_pool.h"

#include <cstdint>
#include <vector>

namespace azc::matching {

class OrderIndex
{
public:
    OrderIndex(std::uint32_t capacity, const OrderPool &pool);

    std::uint32_t find(OrderId id) const;        // kNoSlot when the id is not live
    void insert(OrderId id, std::uint32_t slot); // id must not be live
    void erase(OrderId id);                      // id must be live, its node intact

private:
    std::uint64_t home(OrderId id) const
    {
        // Fibonacci hashing: dense and strided ids both spread evenly.
        return (id * 0x9E37'79B9'7F4A'7C15ull) >> m_shift;
    }

    const OrderPool &m_pool;
    std::vector<std::uint32_t> m_buckets;
    std::uint64_t m_mask = 0;
    int m_shift = 0;
};

} // namespace azc::matching
