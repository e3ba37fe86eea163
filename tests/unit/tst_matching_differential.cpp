// The engine against the plain reference matcher (matching/reference_book.h):
// a million seeded random commands of every kind — all order types and times
// in force, stops and their cascades, cancels, cancel-alls, amends, self-trades,
// invalid input, prices far outside the engine's level window — must give
// identical event streams and identical books. An independent audit of the
// engine's stream checks that fills conserve quantity and quote and that no
// open quantity goes negative.

#include "exchange/matching/order_book.h"
#include "matching/event_text.h"
#include "matching/random_commands.h"
#include "matching/reference_book.h"

#include <QtTest>

#include <map>

using namespace azc::matching;
using azc::matching::testing::CommandGenerator;
using azc::matching::testing::describe;
using azc::matching::testing::ReferenceBook;

namespace {

// Replays the event stream independently: open quantities per order, quote
// and base balances per owner.
class EventAudit
{
public:
    void check(const Event &e)
    {
        switch (e.kind) {
        case EventKind::Accepted:
            m_open[e.orderId] = e.quantity > 0 ? e.quantity : kMaxQuantity;
            break;
        case EventKind::Fill: {
            QVERIFY(e.quantity > 0);
            QVERIFY(e.remaining >= 0 && e.makerRemaining >= 0);
            QCOMPARE(e.quote, Quote(e.price) * e.quantity);
            QCOMPARE(m_open.at(e.orderId) - e.quantity, e.remaining);
            QCOMPARE(m_open.at(e.makerId) - e.quantity, e.makerRemaining);
            QVERIFY(e.owner != e.makerOwner);
            const int sign = e.side == Side::Buy ? 1 : -1;
            m_base[e.owner] += sign * e.quantity;
            m_base[e.makerOwner] -= sign * e.quantity;
            m_quote[e.owner] -= sign * e.quote;
            m_quote[e.makerOwner] += sign * e.quote;
            settle(e.orderId, e.remaining);
            settle(e.makerId, e.makerRemaining);
            ++fills;
            break;
        }
        case EventKind::Cancelled:
            QCOMPARE(m_open.at(e.orderId), e.quantity);
            m_open.erase(e.orderId);
            break;
        case EventKind::Triggered: QCOMPARE(m_open.at(e.orderId), e.quantity); break;
        case EventKind::Amended: m_open[e.orderId] = e.quantity; break;
        case EventKind::Rejected: ++rejections; break;
        }
    }

    // Every owner's base and quote changes sum to zero: nothing made or lost.
    void checkConservation() const
    {
        Quantity base = 0;
        Quote quote = 0;
        for (const auto &[owner, b] : m_base)
            base += b;
        for (const auto &[owner, q] : m_quote)
            quote += q;
        QCOMPARE(base, Quantity(0));
        QVERIFY(quote == 0);
    }

    // What the stream says is open is exactly what the book holds.
    void checkAgainst(const BookDump &dump) const
    {
        QCOMPARE(m_open.size(), dump.entries.size());
        for (const BookEntry &entry : dump.entries)
            QCOMPARE(m_open.at(entry.id), entry.remaining);
    }

    std::uint64_t fills = 0;
    std::uint64_t rejections = 0;

private:
    void settle(OrderId id, Quantity remaining)
    {
        if (remaining == 0)
            m_open.erase(id);
        else
            m_open[id] = remaining;
    }

    std::map<OrderId, Quantity> m_open;
    std::map<OwnerId, Quantity> m_base;
    std::map<OwnerId, Quote> m_quote;
};

} // namespace

class TestMatchingDifferential : public QObject
{
    Q_OBJECT

private slots:
    void engineMatchesReference_data();
    void engineMatchesReference();
};

void TestMatchingDifferential::engineMatchesReference_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("operations");
    QTest::addColumn<int>("capacity");
    // The main run, and a short one with a tiny pool so BookFull happens.
    QTest::newRow("1M ops") << quint64(20261122) << 1'000'000 << 20'000;
    QTest::newRow("1M ops, another seed") << quint64(5) << 1'000'000 << 20'000;
    QTest::newRow("full book") << quint64(7) << 100'000 << 40;
}

void TestMatchingDifferential::engineMatchesReference()
{
    QFETCH(quint64, seed);
    QFETCH(int, operations);
    QFETCH(int, capacity);

    CommandGenerator generate(seed);
    OrderBook engine{std::uint32_t(capacity)};
    ReferenceBook reference{std::size_t(capacity)};
    EventAudit audit;
    EventBuffer engineEvents, referenceEvents;
    std::map<EventKind, std::uint64_t> kinds;
    std::map<Reason, std::uint64_t> rejections;
    std::size_t largestBook = 0;
    for (int i = 0; i < operations; ++i) {
        if (i > 0 && i % 250'000 == 0) { // clear the book, then trade far away
            engineEvents.clear();
            referenceEvents.clear();
            for (OwnerId owner = 1; owner <= CommandGenerator::kOwners; ++owner) {
                const Command clear = Command::of(CancelAllOrders{owner});
                engine.apply(clear, engineEvents);
                reference.apply(clear, referenceEvents);
            }
            QVERIFY(engineEvents == referenceEvents);
            for (const Event &e : engineEvents) {
                audit.check(e);
                generate.observe(e);
            }
            QCOMPARE(engine.liveOrders(), 0u);
            generate.jump();
        }
        const Command command = generate.next();
        engineEvents.clear();
        referenceEvents.clear();
        engine.apply(command, engineEvents);
        reference.apply(command, referenceEvents);
        if (engineEvents != referenceEvents) {
            std::string text =
                    "command " + std::to_string(i) + ": " + describe(command) + "\nengine:\n";
            for (const Event &e : engineEvents)
                text += "  " + describe(e) + "\n";
            text += "reference:\n";
            for (const Event &e : referenceEvents)
                text += "  " + describe(e) + "\n";
            QFAIL(text.c_str());
        }
        for (const Event &e : engineEvents) {
            audit.check(e);
            generate.observe(e);
            ++kinds[e.kind];
            if (e.kind == EventKind::Rejected)
                ++rejections[e.reason];
            if (QTest::currentTestFailed())
                QFAIL(("audit failed at command " + std::to_string(i) + ": " + describe(e))
                              .c_str());
        }
        if (i % 50'000 == 0)
            QCOMPARE(engine.digest(), digestOf(reference.dump()));
        largestBook = std::max<std::size_t>(largestBook, engine.liveOrders());
    }
    const BookDump engineBook = engine.dump();
    QVERIFY(engineBook == reference.dump());
    QCOMPARE(engine.digest(), digestOf(reference.dump()));
    audit.checkConservation();
    audit.checkAgainst(engineBook);
    qInfo("%d commands: %llu accepted, %llu rejected, %llu fills, %llu cancelled, %llu triggered, "
          "%llu amended; %zu orders live at the end",
          operations, (unsigned long long)kinds[EventKind::Accepted],
          (unsigned long long)kinds[EventKind::Rejected],
          (unsigned long long)kinds[EventKind::Fill],
          (unsigned long long)kinds[EventKind::Cancelled],
          (unsigned long long)kinds[EventKind::Triggered],
          (unsigned long long)kinds[EventKind::Amended], engineBook.entries.size());
    std::string reasons;
    for (const auto &[reason, count] : rejections)
        reasons += " " + std::to_string(int(reason)) + ":" + std::to_string(count);
    qInfo("rejections by reason:%s; largest book %zu orders", reasons.c_str(), largestBook);
}

QTEST_APPLESS_MAIN(TestMatchingDifferential)
#include "tst_matching_differential.moc"
