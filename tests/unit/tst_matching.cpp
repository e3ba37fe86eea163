// The matching engine's rules, one at a time, on small hand-made books:
// price-time priority, each time in force, market orders, stops and their
// cascades, self-trade prevention, amend and cancel semantics.

#include "exchange/matching/order_book.h"
#include "matching/event_text.h"

#include <QtTest>

using namespace azc::matching;
using azc::matching::testing::describe;

namespace {

using Tif = TimeInForce;
using Stp = SelfTradePrevention;

// A book plus the events of the last command, with terse order builders.
class Market
{
public:
    explicit Market(std::uint32_t capacity = 1024)
        : book(capacity)
    {}

    const EventBuffer &run(const Command &c)
    {
        events.clear();
        book.apply(c, events);
        return events;
    }
    const EventBuffer &limit(OrderId id, OwnerId owner, Side side, Price price, Quantity qty,
                             Tif tif = Tif::GoodTillCancel, Stp stp = Stp::CancelTaker)
    {
        NewOrder o;
        o.id = id;
        o.owner = owner;
        o.side = side;
        o.price = price;
        o.quantity = qty;
        o.timeInForce = tif;
        o.selfTrade = stp;
        return run(Command::of(o));
    }
    const EventBuffer &market(OrderId id, OwnerId owner, Side side, Quantity qty, Quote budget = 0)
    {
        NewOrder o;
        o.id = id;
        o.owner = owner;
        o.side = side;
        o.type = OrderType::Market;
        o.timeInForce = Tif::ImmediateOrCancel;
        o.quantity = qty;
        o.quoteBudget = budget;
        return run(Command::of(o));
    }
    const EventBuffer &stop(OrderId id, OwnerId owner, Side side, Price stopPrice, Price limitPrice,
                            Quantity qty)
    {
        NewOrder o;
        o.id = id;
        o.owner = owner;
        o.side = side;
        o.type = OrderType::StopLimit;
        o.stopPrice = stopPrice;
        o.price = limitPrice;
        o.quantity = qty;
        return run(Command::of(o));
    }
    const EventBuffer &cancel(OrderId id) { return run(Command::of(CancelOrder{id})); }
    const EventBuffer &amend(OrderId id, Price price, Quantity qty)
    {
        return run(Command::of(AmendOrder{id, price, qty}));
    }

    // Resting orders (and stops) as "id:remaining" in book order.
    QString bookText() const
    {
        QStringList parts;
        for (const BookEntry &e : book.dump().entries)
            parts << QStringLiteral("%1%2:%3")
                             .arg(e.isStop ? QStringLiteral("stop") : QString())
                             .arg(e.id)
                             .arg(e.remaining);
        return parts.join(QLatin1Char(' '));
    }
    // The fills of the last command as "maker:qty@price".
    QString fillsText() const
    {
        QStringList parts;
        for (const Event &e : events)
            if (e.kind == EventKind::Fill)
                parts << QStringLiteral("%1:%2@%3").arg(e.makerId).arg(e.quantity).arg(e.price);
        return parts.join(QLatin1Char(' '));
    }
    // Kinds of the last command's events, e.g. "accepted fill cancelled".
    QString kindsText() const
    {
        static const char *const names[] = {"accepted",  "rejected",  "fill",
                                            "cancelled", "triggered", "amended"};
        QStringList parts;
        for (const Event &e : events)
            parts << QString::fromLatin1(names[int(e.kind)]);
        return parts.join(QLatin1Char(' '));
    }
    const Event &last() const { return events.back(); }

    OrderBook book;
    EventBuffer events;
};

constexpr Side B = Side::Buy;
constexpr Side S = Side::Sell;

} // namespace

class TestMatching : public QObject
{
    Q_OBJECT

private slots:
    void bestPriceFirstThenTimePriority();
    void fillEventCarriesBothSides();
    void goodTillCancelRestsTheRemainder();
    void immediateOrCancelDropsTheRemainder();
    void fillOrKillIsAllOrNothing();
    void postOnlyRejectsWhatWouldCross();
    void marketOrderAgainstThinBook();
    void marketOrderByQuoteBudget();
    void marketOrderOnEmptyBook();
    void stopTriggersOnLastTradePrice();
    void stopAlreadyReachedTriggersAtOnce();
    void stopCascadeIsBreadthFirst();
    void stopCanBeCancelledNotAmended();
    void selfTradeCancelTaker();
    void selfTradeCancelMaker();
    void selfTradeCancelBoth();
    void fillOrKillCountsSelfTradePrevention();
    void amendReduceKeepsPriority();
    void amendIncreaseOrMoveLosesPriority();
    void amendThatCrossesTrades();
    void amendPostOnlyThatWouldCrossIsRejected();
    void cancelAndUnknownIds();
    void cancelAllTakesOnlyThatOwner();
    void invalidOrdersAreRejected();
    void fullBookRejectsRestingOrders();
    void farPricesOutsideTheWindow();
};

void TestMatching::bestPriceFirstThenTimePriority()
{
    Market m;
    m.limit(1, 1, S, 101, 10);
    m.limit(2, 2, S, 100, 5);
    m.limit(3, 3, S, 100, 5);
    m.limit(4, 4, S, 102, 5);
    m.limit(10, 9, B, 101, 17);
    QCOMPARE(m.fillsText(), QStringLiteral("2:5@100 3:5@100 1:7@101"));
    QCOMPARE(m.bookText(), QStringLiteral("1:3 4:5"));
    QCOMPARE(m.book.lastTradePrice(), Price(101));
}

void TestMatching::fillEventCarriesBothSides()
{
    Market m;
    m.limit(1, 7, S, 250, 10);
    m.limit(2, 8, B, 260, 4);
    QCOMPARE(m.kindsText(), QStringLiteral("accepted fill"));
    const Event &fill = m.events[1];
    QCOMPARE(fill.orderId, OrderId(2));
    QCOMPARE(fill.owner, OwnerId(8));
    QCOMPARE(fill.makerId, OrderId(1));
    QCOMPARE(fill.makerOwner, OwnerId(7));
    QCOMPARE(fill.price, Price(250)); // the maker's price
    QCOMPARE(fill.quantity, Quantity(4));
    QVERIFY(fill.quote == 1000);
    QCOMPARE(fill.remaining, Quantity(0));
    QCOMPARE(fill.makerRemaining, Quantity(6));
}

void TestMatching::goodTillCancelRestsTheRemainder()
{
    Market m;
    m.limit(1, 1, S, 100, 5);
    m.limit(2, 2, B, 100, 8);
    QCOMPARE(m.kindsText(), QStringLiteral("accepted fill"));
    QCOMPARE(m.bookText(), QStringLiteral("2:3"));
}

void TestMatching::immediateOrCancelDropsTheRemainder()
{
    Market m;
    m.limit(1, 1, S, 100, 5);
    m.limit(2, 2, B, 100, 8, Tif::ImmediateOrCancel);
    QCOMPARE(m.kindsText(), QStringLiteral("accepted fill cancelled"));
    QCOMPARE(m.last().reason, Reason::NotFilledImmediately);
    QCOMPARE(m.last().quantity, Quantity(3));
    QCOMPARE(m.bookText(), QString());
}

void TestMatching::fillOrKillIsAllOrNothing()
{
    Market m;
    m.limit(1, 1, S, 100, 5);
    m.limit(2, 1, S, 101, 5);
    m.limit(3, 1, S, 103, 5);
    const std::uint64_t before = m.book.digest();
    m.limit(10, 2, B, 102, 11, Tif::FillOrKill); // only 10 up to 102
    QCOMPARE(m.kindsText(), QStringLiteral("rejected"));
    QCOMPARE(m.last().reason, Reason::FillOrKillUnfillable);
    QCOMPARE(m.book.digest(), before);
    m.limit(11, 2, B, 102, 10, Tif::FillOrKill);
    QCOMPARE(m.fillsText(), QStringLiteral("1:5@100 2:5@101"));
    QCOMPARE(m.bookText(), QStringLiteral("3:5"));
}

void TestMatching::postOnlyRejectsWhatWouldCross()
{
    Market m;
    m.limit(1, 1, S, 100, 5);
    m.limit(2, 2, B, 100, 5, Tif::PostOnly);
    QCOMPARE(m.kindsText(), QStringLiteral("rejected"));
    QCOMPARE(m.last().reason, Reason::PostOnlyWouldCross);
    m.limit(3, 2, B, 99, 5, Tif::PostOnly);
    QCOMPARE(m.kindsText(), QStringLiteral("accepted"));
    QCOMPARE(m.bookText(), QStringLiteral("3:5 1:5"));
}

void TestMatching::marketOrderAgainstThinBook()
{
    Market m;
    m.limit(1, 1, S, 100, 10);
    m.limit(2, 1, S, 150, 20);
    m.market(3, 2, B, 100);
    QCOMPARE(m.fillsText(), QStringLiteral("1:10@100 2:20@150"));
    QCOMPARE(m.last().kind, EventKind::Cancelled);
    QCOMPARE(m.last().reason, Reason::NotFilledImmediately);
    QCOMPARE(m.last().quantity, Quantity(70));
    QCOMPARE(m.bookText(), QString());
}

void TestMatching::marketOrderByQuoteBudget()
{
    Market m;
    m.limit(1, 1, S, 100, 10);
    m.limit(2, 1, S, 101, 10);
    m.market(3, 2, B, 0, 1507); // 10 × 100, then 5 × 101 = 505, 2 left over
    QCOMPARE(m.fillsText(), QStringLiteral("1:10@100 2:5@101"));
    QCOMPARE(m.last().kind, EventKind::Cancelled);
    QVERIFY(m.last().quote == 2);
    QCOMPARE(m.bookText(), QStringLiteral("2:5"));
    // Quantity and budget together: whichever runs out first.
    m.market(4, 2, B, 2, 100'000);
    QCOMPARE(m.fillsText(), QStringLiteral("2:2@101"));
    QCOMPARE(m.kindsText(), QStringLiteral("accepted fill"));
}

void TestMatching::marketOrderOnEmptyBook()
{
    Market m;
    m.market(1, 1, S, 10);
    QCOMPARE(m.kindsText(), QStringLiteral("accepted cancelled"));
    QCOMPARE(m.book.liveOrders(), 0u);
}

void TestMatching::stopTriggersOnLastTradePrice()
{
    Market m;
    m.stop(1, 1, B, 105, 110, 5); // buy when the last trade is >= 105
    m.stop(2, 1, S, 95, 90, 5);   // sell when the last trade is <= 95
    QCOMPARE(m.bookText(), QStringLiteral("stop1:5 stop2:5"));
    m.limit(3, 2, S, 104, 1);
    m.limit(4, 3, B, 104, 1); // trades at 104: no trigger
    QCOMPARE(m.kindsText(), QStringLiteral("accepted fill"));
    m.limit(5, 2, S, 105, 8);
    m.limit(6, 3, B, 105, 1); // trades at 105: the buy stop triggers and takes 5 more
    QCOMPARE(m.kindsText(), QStringLiteral("accepted fill triggered fill"));
    QCOMPARE(m.events[2].orderId, OrderId(1));
    QCOMPARE(m.events[3].orderId, OrderId(1));
    QCOMPARE(m.bookText(), QStringLiteral("5:2 stop2:5"));
    m.limit(7, 3, B, 95, 3);
    m.limit(8, 2, S, 95, 1); // trades at 95: the sell stop triggers and rests at 90..95
    QCOMPARE(m.kindsText(), QStringLiteral("accepted fill triggered fill"));
    QCOMPARE(m.bookText(), QStringLiteral("2:3 5:2"));
}

void TestMatching::stopAlreadyReachedTriggersAtOnce()
{
    Market m;
    m.limit(1, 1, S, 100, 1);
    m.limit(2, 2, B, 100, 1);
    m.stop(3, 3, B, 99, 101, 4);
    QCOMPARE(m.kindsText(), QStringLiteral("accepted triggered"));
    QCOMPARE(m.bookText(), QStringLiteral("3:4"));
}

void TestMatching::stopCascadeIsBreadthFirst()
{
    Market m;
    m.limit(1, 1, S, 100, 1);
    m.limit(2, 1, S, 102, 1);
    m.limit(3, 1, S, 104, 1);
    m.stop(10, 2, B, 100, 102, 1); // triggered by a trade at 100, trades at 102
    m.stop(11, 3, B, 102, 104, 1); // triggered by that trade at 102, trades at 104
    m.stop(12, 4, B, 100, 101, 1); // triggered with 10, nothing left at 101: rests
    m.limit(20, 5, B, 100, 1);
    QCOMPARE(m.kindsText(),
             QStringLiteral("accepted fill triggered triggered fill triggered fill"));
    // Both stops reached by the first trade trigger in time order, then the
    // one reached by 10's trade joins the back of the queue, behind 12.
    QCOMPARE(m.events[2].orderId, OrderId(10));
    QCOMPARE(m.events[3].orderId, OrderId(12));
    QCOMPARE(m.events[4].orderId, OrderId(10));
    QCOMPARE(m.events[5].orderId, OrderId(11));
    QCOMPARE(m.events[6].orderId, OrderId(11));
    QCOMPARE(m.events[6].price, Price(104));
    QCOMPARE(m.bookText(), QStringLiteral("12:1"));
}

void TestMatching::stopCanBeCancelledNotAmended()
{
    Market m;
    m.stop(1, 1, S, 90, 89, 5);
    m.amend(1, 80, 5);
    QCOMPARE(m.last().reason, Reason::NotAmendable);
    m.cancel(1);
    QCOMPARE(m.last().kind, EventKind::Cancelled);
    QCOMPARE(m.last().stopPrice, Price(90));
    QCOMPARE(m.book.liveOrders(), 0u);
}

void TestMatching::selfTradeCancelTaker()
{
    Market m;
    m.limit(1, 1, S, 100, 5);
    m.limit(2, 2, S, 100, 5);
    m.limit(3, 1, B, 100, 3); // meets its own order first
    QCOMPARE(m.kindsText(), QStringLiteral("accepted cancelled"));
    QCOMPARE(m.last().orderId, OrderId(3));
    QCOMPARE(m.last().reason, Reason::SelfTradePrevention);
    QCOMPARE(m.bookText(), QStringLiteral("1:5 2:5"));
}

void TestMatching::selfTradeCancelMaker()
{
    Market m;
    m.limit(1, 1, S, 100, 5);
    m.limit(2, 2, S, 100, 5);
    m.limit(3, 1, B, 100, 3, Tif::GoodTillCancel, Stp::CancelMaker);
    QCOMPARE(m.kindsText(), QStringLiteral("accepted cancelled fill"));
    QCOMPARE(m.events[1].orderId, OrderId(1));
    QCOMPARE(m.fillsText(), QStringLiteral("2:3@100"));
    QCOMPARE(m.bookText(), QStringLiteral("2:2"));
}

void TestMatching::selfTradeCancelBoth()
{
    Market m;
    m.limit(1, 2, S, 99, 1);
    m.limit(2, 1, S, 100, 5);
    m.limit(3, 1, B, 100, 3, Tif::GoodTillCancel, Stp::CancelBoth);
    QCOMPARE(m.kindsText(), QStringLiteral("accepted fill cancelled cancelled"));
    QCOMPARE(m.events[2].orderId, OrderId(2)); // the maker first
    QCOMPARE(m.events[3].orderId, OrderId(3));
    QCOMPARE(m.events[3].quantity, Quantity(2));
    QCOMPARE(m.bookText(), QString());
}

void TestMatching::fillOrKillCountsSelfTradePrevention()
{
    Market m;
    m.limit(1, 1, S, 100, 5);
    m.limit(2, 2, S, 100, 5);
    // Cancel-taker would stop at its own order 1: nothing can fill.
    m.limit(3, 1, B, 100, 5, Tif::FillOrKill);
    QCOMPARE(m.last().reason, Reason::FillOrKillUnfillable);
    // Cancel-maker skips it: 5 lots from order 2 suffice.
    m.limit(4, 1, B, 100, 5, Tif::FillOrKill, Stp::CancelMaker);
    QCOMPARE(m.kindsText(), QStringLiteral("accepted cancelled fill"));
    QCOMPARE(m.bookText(), QString());
}

void TestMatching::amendReduceKeepsPriority()
{
    Market m;
    m.limit(1, 1, B, 100, 10);
    m.limit(2, 2, B, 100, 10);
    m.amend(1, 100, 4);
    QCOMPARE(m.kindsText(), QStringLiteral("amended"));
    QVERIFY(m.last().priorityKept);
    m.limit(3, 3, S, 100, 5);
    QCOMPARE(m.fillsText(), QStringLiteral("1:4@100 2:1@100"));
}

void TestMatching::amendIncreaseOrMoveLosesPriority()
{
    Market m;
    m.limit(1, 1, B, 100, 10);
    m.limit(2, 2, B, 100, 10);
    m.amend(1, 100, 11);
    QVERIFY(!m.last().priorityKept);
    QCOMPARE(m.bookText(), QStringLiteral("2:10 1:11"));
    m.amend(2, 99, AmendOrder::kKeepQuantity);  // move away, keeping the quantity
    m.amend(2, 100, AmendOrder::kKeepQuantity); // and back: now behind 1
    QCOMPARE(m.last().quantity, Quantity(10));
    QCOMPARE(m.bookText(), QStringLiteral("1:11 2:10"));
}

void TestMatching::amendThatCrossesTrades()
{
    Market m;
    m.limit(1, 1, S, 105, 3);
    m.limit(2, 2, B, 100, 10);
    m.amend(2, 105, AmendOrder::kKeepQuantity);
    QCOMPARE(m.kindsText(), QStringLiteral("amended fill"));
    QCOMPARE(m.bookText(), QStringLiteral("2:7"));
}

void TestMatching::amendPostOnlyThatWouldCrossIsRejected()
{
    Market m;
    m.limit(1, 1, S, 105, 3);
    m.limit(2, 2, B, 100, 10, Tif::PostOnly);
    m.amend(2, 105, AmendOrder::kKeepQuantity);
    QCOMPARE(m.last().reason, Reason::PostOnlyWouldCross);
    QCOMPARE(m.bookText(), QStringLiteral("2:10 1:3"));
}

void TestMatching::cancelAndUnknownIds()
{
    Market m;
    m.limit(1, 1, B, 100, 10);
    m.limit(1, 1, B, 101, 10);
    QCOMPARE(m.last().reason, Reason::DuplicateOrderId);
    m.cancel(1);
    QCOMPARE(m.last().reason, Reason::UserRequested);
    QCOMPARE(m.last().quantity, Quantity(10));
    m.cancel(1);
    QCOMPARE(m.last().reason, Reason::UnknownOrder);
    m.amend(1, 100, 5);
    QCOMPARE(m.last().reason, Reason::UnknownOrder);
    m.limit(1, 1, B, 101, 10); // a finished order's id may be used again
    QCOMPARE(m.kindsText(), QStringLiteral("accepted"));
}

void TestMatching::cancelAllTakesOnlyThatOwner()
{
    Market m;
    m.limit(1, 1, B, 99, 1);
    m.limit(2, 2, B, 100, 1);
    m.limit(3, 1, B, 100, 1);
    m.limit(4, 1, S, 110, 1);
    m.stop(5, 1, S, 90, 89, 1);
    m.limit(6, 2, S, 111, 1);
    m.run(Command::of(CancelAllOrders{1}));
    QStringList cancelled;
    for (const Event &e : m.events) {
        QCOMPARE(e.reason, Reason::CancelAll);
        cancelled << QString::number(e.orderId);
    }
    QCOMPARE(cancelled.join(QLatin1Char(' ')), QStringLiteral("3 1 4 5")); // book order
    QCOMPARE(m.bookText(), QStringLiteral("2:1 6:1"));
    m.run(Command::of(CancelAllOrders{1}));
    QVERIFY(m.events.empty());
}

void TestMatching::invalidOrdersAreRejected()
{
    Market m;
    m.limit(1, 1, B, 0, 10);
    QCOMPARE(m.last().reason, Reason::InvalidPrice);
    m.limit(2, 1, B, kMaxPrice + 1, 10);
    QCOMPARE(m.last().reason, Reason::InvalidPrice);
    m.limit(3, 1, B, 100, 0);
    QCOMPARE(m.last().reason, Reason::InvalidQuantity);
    m.market(4, 1, B, 0, 0);
    QCOMPARE(m.last().reason, Reason::InvalidQuantity);
    m.stop(5, 1, B, 0, 100, 1);
    QCOMPARE(m.last().reason, Reason::InvalidStopPrice);
    m.limit(6, 1, B, 100, 5);
    m.amend(6, 100, -1);
    QCOMPARE(m.last().reason, Reason::InvalidQuantity);
    QCOMPARE(m.book.liveOrders(), 1u);
}

void TestMatching::fullBookRejectsRestingOrders()
{
    Market m(2);
    m.limit(1, 1, B, 100, 1);
    m.stop(2, 1, B, 200, 200, 1);
    m.limit(3, 1, B, 100, 1);
    QCOMPARE(m.last().reason, Reason::BookFull);
    m.limit(4, 2, S, 100, 1, Tif::ImmediateOrCancel); // cannot rest, so it may still trade
    QCOMPARE(m.fillsText(), QStringLiteral("1:1@100"));
}

void TestMatching::farPricesOutsideTheWindow()
{
    Market m;
    m.limit(1, 1, B, 1000, 1);
    m.limit(2, 1, B, 1, 1);
    m.limit(3, 1, B, kMaxPrice - 5, 1); // on the book, far above everything
    m.limit(4, 1, B, 5'000'000, 1);
    m.limit(5, 1, B, 999, 1);
    QCOMPARE(m.bookText(), QStringLiteral("3:1 4:1 1:1 5:1 2:1"));
    m.cancel(3);
    m.cancel(1);
    m.cancel(5);
    m.cancel(4);
    m.limit(6, 2, S, 1, 5); // sweeps down to the only bid left, at 1
    QCOMPARE(m.fillsText(), QStringLiteral("2:1@1"));
    m.limit(7, 1, B, kMaxPrice, 10);
    QCOMPARE(m.fillsText(), QStringLiteral("6:4@1"));
    QCOMPARE(m.bookText(), QStringLiteral("7:6"));
    for (const Event &e : m.events)
        QVERIFY2(e.kind != EventKind::Rejected, describe(e).c_str());
}

QTEST_APPLESS_MAIN(TestMatching)
#include "tst_matching.moc"
