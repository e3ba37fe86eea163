#include "exchange/matching/order_pool.h"

namespace azc::matching {

OrderPool::OrderPool(std::uint32_t capacity)
    : m_nodes(capacity)
{
    // Chained so the first allocations come out in slot order: orders placed
    // together sit together in memory.
    for (std::uint32_t slot = capacity; slot-- > 0;) {
        m_nodes[slot].next = m_freeHead;
        m_freeHead = slot;
    }
}

std::uint32_t OrderPool::allocate()
{
    const std::uint32_t slot = m_freeHead;
    m_freeHead = m_nodes[slot].next;
    m_nodes[slot] = OrderNode{};
    ++m_live;
    return slot;
}

void OrderPool::release(std::uint32_t slot)
{
    m_nodes[slot].next = m_freeHead;
    m_freeHead = slot;
    --m_live;
}

} // namespace azc::matching
