#pragma once
// Readable one-line forms of events and commands for test failure messages.

#include "exchange/matching/matching_types.h"

#include <string>

namespace azc::matching::testing {

inline std::string quoteText(Quote q)
{
    if (q == 0)
        return "0";
    const bool negative = q < 0;
    std::string digits;
    for (; q != 0; q /= 10)
        digits.insert(digits.begin(), char('0' + int(negative ? -(q % 10) : q % 10)));
    return negative ? "-" + digits : digits;
}

inline std::string describe(const Event &e)
{
    static const char *const kinds[] = {"accepted",  "rejected",  "fill",
                                        "cancelled", "triggered", "amended"};
    return std::string(kinds[int(e.kind)]) + " reason=" + std::to_string(int(e.reason))
            + " side=" + (e.side == Side::Buy ? "B" : "S") + " id=" + std::to_string(e.orderId)
            + " owner=" + std::to_string(e.owner) + " maker=" + std::to_string(e.makerId) + "/"
            + std::to_string(e.makerOwner) + " price=" + std::to_string(e.price) + " stop="
            + std::to_string(e.stopPrice) + " qty=" + std::to_string(e.quantity) + " rem="
            + std::to_string(e.remaining) + " makerRem=" + std::to_string(e.makerRemaining)
            + " quote=" + quoteText(e.quote) + (e.priorityKept ? " kept" : "");
}

inline std::string describe(const Command &c)
{
    switch (c.kind) {
    case CommandKind::New: {
        const NewOrder &o = c.newOrder;
        return "new id=" + std::to_string(o.id) + " owner=" + std::to_string(o.owner) + " side="
                + (o.side == Side::Buy ? "B" : "S") + " type=" + std::to_string(int(o.type))
                + " tif=" + std::to_string(int(o.timeInForce))
                + " stp=" + std::to_string(int(o.selfTrade)) + " price=" + std::to_string(o.price)
                + " stop=" + std::to_string(o.stopPrice) + " qty=" + std::to_string(o.quantity)
                + " budget=" + quoteText(o.quoteBudget);
    }
    case CommandKind::Cancel: return "cancel id=" + std::to_string(c.cancel.id);
    case CommandKind::CancelAll: return "cancelAll owner=" + std::to_string(c.cancelAll.owner);
    case CommandKind::Amend:
        return "amend id=" + std::to_string(c.amend.id) + " price=" + std::to_string(c.amend.price)
                + " qty=" + std::to_string(c.amend.quantity);
    }
    return "?";
}

} // namespace azc::matching::testing
