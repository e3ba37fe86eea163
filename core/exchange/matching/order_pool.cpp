#include "exchange/matching/order_pool.h"

namespace azc::matching {

OrderPool::OrderPool(std::uint32_t capacity)
    : m_nodes(capacity)
    , m_terms(capacity)
{
    // Chained so the first allocations come out in slot order: orders placed
    // together sit together in memory.
    for (std::uint32_t slot = capacity; slot-- > 0;) {
        m_nodes[slot].next = m_freeHead;
        m_freeHead = slot;
    }
}

} // namespace azc::matching
