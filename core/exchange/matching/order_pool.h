#pragma once
// Pre-allocated storage for live orders (resting and pending stops). Nodes are
// addressed by 32-bit slot and linked intrusively into price-level queues, so
// placing, filling and cancelling never touch the heap.

#include "exchange/matching/matching_types.h"

#include <cstdint>
#include <vector>

namespace azc::matching {

inline constexpr std::uint32_t kNoSlot = 0xFFFF'FFFFu;

struct OrderNode
{
    OrderId id = 0;
    OwnerId owner = 0;
    Price price = 0;
    Price stopPrice = 0;
    Quantity remaining = 0;
    std::uint32_t prev = kNoSlot; // neighbours in the level (or stop level) queue
    std::uint32_t next = kNoSlot;
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

    std::uint32_t allocate(); // the caller checks full() first
    void release(std::uint32_t slot);

    OrderNode &operator[](std::uint32_t slot) { return m_nodes[slot]; }
    const OrderNode &operator[](std::uint32_t slot) const { return m_nodes[slot]; }

private:
    std::vector<OrderNode> m_nodes;
    std::uint32_t m_freeHead = kNoSlot; // free nodes chained through `next`
    std::uint32_t m_live = 0;
};

} // namespace azc::matching
