#pragma once
// Pre-allocated storage for live orders (resting and pending stops). Orders
// are addressed by 32-bit slot and linked intrusively into price-level
// queues, so placing, filling and cancelling never touch the heap.
//
// Each order is split in two: the node the matching loop reads for every
// maker (32 bytes, two to a cache line) and the terms only placing,
// cancelling, amending and dumping need. A maker's price is its level's, so
// the sweep never reads the terms. Deep books outgrow the caches, and half
// the bytes per maker is what keeps them fast.

#include "exchange/matching/large_array.h"
#include "exchange/matching/matching_types.h"

#include <cstdint>

namespace azc::matching {

inline constexpr std::uint32_t kNoSlot = 0xFFFF'FFFFu;

struct alignas(32) OrderNode
{
    OrderId id = 0;
    OwnerId owner = 0;
    Quantity remaining = 0;
    std::uint32_t prev = kNoSlot; // neighbours in the level (or stop level) queue
    std::uint32_t next = kNoSlot;
};

struct OrderTerms
{
    Price price = 0;     // limit price
    Price stopPrice = 0; // stop orders (kept after triggering, for reports)
    Side side = Side::Buy;
    TimeInForce timeInForce = TimeInForce::GoodTillCancel;
    SelfTradePrevention selfTrade = SelfTradePrevention::CancelTaker;
    bool isStop = false; // waiting for its trigger, not on the book
};

class OrderPool
{
public:
    explicit OrderPool(std::uint32_t capacity);

    bool full() const { return m_live == m_nodes.size(); }
    std::uint32_t live() const { return m_live; }
    std::uint32_t capacity() const { return std::uint32_t(m_nodes.size()); }

    std::uint32_t allocate() // the caller checks full() first
    {
        const std::uint32_t slot = m_freeHead;
        m_freeHead = m_nodes[slot].next;
        m_nodes[slot] = OrderNode{};
        m_terms[slot] = OrderTerms{};
        ++m_live;
        return slot;
    }
    void release(std::uint32_t slot)
    {
        m_nodes[slot].next = m_freeHead;
        m_freeHead = slot;
        --m_live;
    }

    OrderNode &operator[](std::uint32_t slot) { return m_nodes[slot]; }
    const OrderNode &operator[](std::uint32_t slot) const { return m_nodes[slot]; }
    OrderTerms &terms(std::uint32_t slot) { return m_terms[slot]; }
    const OrderTerms &terms(std::uint32_t slot) const { return m_terms[slot]; }

private:
    LargeArray<OrderNode> m_nodes;
    LargeArray<OrderTerms> m_terms;
    std::uint32_t m_freeHead = kNoSlot; // free nodes chained through `next`
    std::uint32_t m_live = 0;
};

} // namespace azc::matching
