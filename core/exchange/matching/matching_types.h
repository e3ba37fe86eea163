#pragma once
// The vocabulary of the matching engine: commands in, events out. Prices are
// integer ticks and quantities integer lots; the exchange layer above converts
// them to and from asset amounts. Everything here is plain data so a command
// can be journalled byte for byte and an event stream compared field by field.

#include <cstdint>
#include <vector>

namespace azc::matching {

__extension__ using Quote = __int128; // price × quantity, ticks·lots: needs more than 64 bits

using OrderId = std::uint64_t;
using OwnerId = std::uint64_t;
using Price = std::int64_t;    // ticks, 1 ..= kMaxPrice
using Quantity = std::int64_t; // lots, 1 ..= kMaxQuantity

// Bounds that keep every sum in range: a level holds at most kMaxOrders orders
// of at most kMaxQuantity lots, which fits in 63 bits; price keys are negated
// for the ask side, which needs headroom below 2^63.
inline constexpr Price kMaxPrice = Price(1) << 62;
inline constexpr Quantity kMaxQuantity = 1'000'000'000'000; // 10^12 lots
inline constexpr std::uint32_t kMaxOrders = 1u << 23;

enum class Side : std::uint8_t {
    Buy,
    Sell
};

enum class OrderType : std::uint8_t {
    Limit,
    Market,    // no price limit; by quantity, by quote budget, or both
    StopLimit, // rests off-book until the last trade price reaches stopPrice
};

enum class TimeInForce : std::uint8_t {
    GoodTillCancel,
    ImmediateOrCancel,
    FillOrKill, // all of it now, or nothing (rejected, book untouched)
    PostOnly,   // rests only; rejected if any of it would trade on entry
};

// What happens when a taker meets a resting order of the same owner. The
// taker's mode decides.
enum class SelfTradePrevention : std::uint8_t {
    CancelTaker, // the incoming order's remainder is cancelled (default)
    CancelMaker, // the resting order is cancelled and matching goes on
    CancelBoth,
};

enum class Reason : std::uint8_t {
    None,
    // rejections
    DuplicateOrderId,
    UnknownOrder,
    InvalidPrice,
    InvalidStopPrice,
    InvalidQuantity,
    InvalidTimeInForce,
    BookFull,
    PostOnlyWouldCross,
    FillOrKillUnfillable,
    NotAmendable, // a stop order that has not triggered yet
    // cancellations
    UserRequested,
    CancelAll,
    SelfTradePrevention,
    NotFilledImmediately, // the unfilled rest of an IOC or market order
};

struct NewOrder
{
    OrderId id = 0;
    OwnerId owner = 0;
    Side side = Side::Buy;
    OrderType type = OrderType::Limit;
    TimeInForce timeInForce = TimeInForce::GoodTillCancel;
    SelfTradePrevention selfTrade = SelfTradePrevention::CancelTaker;
    Price price = 0;     // limit price; 0 for market orders
    Price stopPrice = 0; // StopLimit only
    Quantity quantity = 0;
    // Market orders only: the most quote to spend (buy) or receive (sell).
    // A market order with quantity 0 takes as many lots as the budget buys.
    Quote quoteBudget = 0;

    friend bool operator==(const NewOrder &, const NewOrder &) = default;
};

struct CancelOrder
{
    OrderId id = 0;
    friend bool operator==(const CancelOrder &, const CancelOrder &) = default;
};

struct CancelAllOrders
{
    OwnerId owner = 0;
    friend bool operator==(const CancelAllOrders &, const CancelAllOrders &) = default;
};

// quantity is the new open quantity; kKeepQuantity keeps it (a "move").
// Reducing at the same price keeps time priority; any price change or
// increase goes to the back of the queue at the new price.
struct AmendOrder
{
    static constexpr Quantity kKeepQuantity = 0;
    OrderId id = 0;
    Price price = 0;
    Quantity quantity = kKeepQuantity;
    friend bool operator==(const AmendOrder &, const AmendOrder &) = default;
};

enum class CommandKind : std::uint8_t {
    New = 1,
    Cancel = 2,
    CancelAll = 3,
    Amend = 4
};

// One input of the engine, the unit the journal stores. A tagged struct
// rather than std::variant so it stays trivially copyable.
struct Command
{
    CommandKind kind = CommandKind::New;
    NewOrder newOrder;
    CancelOrder cancel;
    CancelAllOrders cancelAll;
    AmendOrder amend;

    static Command of(const NewOrder &c) { return {CommandKind::New, c, {}, {}, {}}; }
    static Command of(const CancelOrder &c) { return {CommandKind::Cancel, {}, c, {}, {}}; }
    static Command of(const CancelAllOrders &c) { return {CommandKind::CancelAll, {}, {}, c, {}}; }
    static Command of(const AmendOrder &c) { return {CommandKind::Amend, {}, {}, {}, c}; }
    friend bool operator==(const Command &, const Command &) = default;
};

enum class EventKind : std::uint8_t {
    Accepted,
    Rejected,
    Fill,
    Cancelled,
    Triggered,
    Amended
};

// One flat record for every kind; fields a kind does not use stay zero, so
// two streams compare with ==.
//   Accepted:  orderId, owner, side, price (0 for market), quantity
//   Rejected:  orderId (the command's target), owner (0 if unknown), reason
//   Fill:      orderId/owner = taker, makerId/makerOwner, price (the maker's),
//              quantity, quote = price × quantity, remaining (taker's),
//              makerRemaining
//   Cancelled: orderId, owner, side, price, quantity (lots cancelled), reason;
//              quote = unspent budget of a market order
//   Triggered: orderId, owner, side, price (limit), stopPrice, quantity
//   Amended:   orderId, owner, side, price, quantity (new open quantity),
//              priorityKept
struct Event
{
    EventKind kind = EventKind::Accepted;
    Reason reason = Reason::None;
    Side side = Side::Buy;
    bool priorityKept = false;
    OrderId orderId = 0;
    OwnerId owner = 0;
    OrderId makerId = 0;
    OwnerId makerOwner = 0;
    Price price = 0;
    Price stopPrice = 0;
    Quantity quantity = 0;
    Quantity remaining = 0;
    Quantity makerRemaining = 0;
    Quote quote = 0;

    friend bool operator==(const Event &, const Event &) = default;
};

// The caller owns the buffer and clears it between commands; after warm-up
// appending never allocates.
using EventBuffer = std::vector<Event>;

// One line of the canonical book dump: resting orders best price first and
// in time priority, then stop orders in trigger order.
struct BookEntry
{
    bool isStop = false;
    Side side = Side::Buy;
    OrderId id = 0;
    OwnerId owner = 0;
    Price price = 0;
    Price stopPrice = 0;
    Quantity remaining = 0;
    TimeInForce timeInForce = TimeInForce::GoodTillCancel;
    SelfTradePrevention selfTrade = SelfTradePrevention::CancelTaker;

    friend bool operator==(const BookEntry &, const BookEntry &) = default;
};

struct BookDump
{
    std::vector<BookEntry> entries;
    Price lastTradePrice = 0; // 0 before the first trade

    friend bool operator==(const BookDump &, const BookDump &) = default;
};

} // namespace azc::matching
