// The engine's containers against standard ones, on seeded random
// operations: the order index against std::unordered_map (sequential,
// strided and scattered ids, so Robin Hood deletions run through long
// clusters), the level bitmap against a linear scan, and the price ladder
// against std::map as levels move in and out of its window.

#include "exchange/matching/level_bitmap.h"
#include "exchange/matching/order_index.h"
#include "exchange/matching/price_ladder.h"

#include <QtTest>

#include <deque>
#include <map>
#include <random>
#include <unordered_map>
#include <vector>

using namespace azc::matching;

class TestMatchingStructures : public QObject
{
    Q_OBJECT

private slots:
    void orderIndexAgreesWithAMap_data();
    void orderIndexAgreesWithAMap();
    void bitmapFindsTheHighestBelow();
    void ladderAgreesWithAMap();
};

void TestMatchingStructures::orderIndexAgreesWithAMap_data()
{
    QTest::addColumn<int>("pattern");
    QTest::newRow("sequential") << 0;
    QTest::newRow("stride 2^20") << 1;
    QTest::newRow("stride of the table size") << 2;
    QTest::newRow("random 64-bit") << 3;
}

void TestMatchingStructures::orderIndexAgreesWithAMap()
{
    QFETCH(int, pattern);
    constexpr std::uint32_t kCapacity = 4096;
    std::mt19937_64 rng(std::uint64_t(pattern) + 1);
    const auto idOf = [&](std::uint64_t n) -> OrderId {
        switch (pattern) {
        case 0: return n;
        case 1: return n << 20;
        case 2: return n * 8192; // the index has 8,192 buckets for 4,096 orders
        default: return rng();
        }
    };
    OrderIndex index(kCapacity);
    std::unordered_map<OrderId, std::uint32_t> expected;
    std::vector<OrderId> live;
    std::uint64_t next = 0;
    for (int step = 0; step < 200'000; ++step) {
        const bool add = live.empty() || (live.size() < kCapacity && rng() % 100 < 55);
        if (add) {
            const OrderId id = idOf(next++);
            if (expected.count(id))
                continue;
            const auto slot = std::uint32_t(rng() % kCapacity);
            index.insert(id, slot);
            expected[id] = slot;
            live.push_back(id);
        } else {
            // Mostly the oldest, like a FIFO book, sometimes any.
            const std::size_t at = rng() % 4 == 0 ? rng() % live.size() : 0;
            const OrderId id = live[at];
            live.erase(live.begin() + std::ptrdiff_t(at));
            index.erase(id);
            expected.erase(id);
            QCOMPARE(index.find(id), kNoSlot);
        }
        if (step % 97 == 0) {
            for (const auto &[id, slot] : expected)
                QCOMPARE(index.find(id), slot);
            QCOMPARE(index.find(idOf(next + 7)), kNoSlot);
        }
    }
}

void TestMatchingStructures::bitmapFindsTheHighestBelow()
{
    std::mt19937_64 rng(3);
    LevelBitmap bitmap;
    std::vector<bool> set(LevelBitmap::kSize);
    for (int step = 0; step < 20'000; ++step) {
        // Clustered bits, so whole words and word groups empty and refill.
        const auto i = std::uint32_t((rng() % 8) * 8192 + rng() % 300) % LevelBitmap::kSize;
        if (rng() % 2) {
            bitmap.set(i);
            set[i] = true;
        } else if (set[i]) {
            bitmap.clear(i);
            set[i] = false;
        }
        const auto limit = std::uint32_t(rng() % (LevelBitmap::kSize + 1));
        std::int64_t expected = -1;
        for (std::int64_t j = std::int64_t(limit) - 1; j >= 0; --j) {
            if (set[std::size_t(j)]) {
                expected = j;
                break;
            }
        }
        QCOMPARE(bitmap.highestBelow(limit), expected);
    }
}

void TestMatchingStructures::ladderAgreesWithAMap()
{
    std::mt19937_64 rng(11);
    OrderPool pool(20'000);
    PriceLadder ladder;
    std::map<LevelKey, std::deque<std::uint32_t>, std::greater<>> expected;
    std::map<std::uint32_t, LevelKey> keyOf;
    // Keys in clusters further apart than the window, drifting, so levels
    // land outside it, the window empties and re-centres, and map levels move in.
    const auto randomKey = [&]() -> LevelKey {
        static const LevelKey centres[] = {
                -(LevelKey(1) << 62), -5'000'000,       -70'000, -3, 1, 40'000, 100'000,
                9'000'000'000,        LevelKey(1) << 62};
        const LevelKey centre = centres[rng() % std::size(centres)];
        return centre + LevelKey(rng() % 200) - (centre > 0 ? 200 : 0);
    };
    for (int step = 0; step < 100'000; ++step) {
        if (keyOf.empty() || (rng() % 100 < 50 && !pool.full())) {
            const std::uint32_t slot = pool.allocate();
            pool[slot].remaining = 1 + Quantity(rng() % 10);
            const LevelKey key = randomKey();
            ladder.append(key, slot, pool);
            expected[key].push_back(slot);
            keyOf[slot] = key;
        } else {
            auto it = keyOf.begin();
            std::advance(it, std::ptrdiff_t(rng() % std::min<std::size_t>(keyOf.size(), 50)));
            const auto [slot, key] = *it;
            ladder.unlink(key, slot, pool);
            auto &queue = expected[key];
            queue.erase(std::find(queue.begin(), queue.end(), slot));
            if (queue.empty())
                expected.erase(key);
            keyOf.erase(it);
            pool.release(slot);
        }
        QCOMPARE(ladder.empty(), expected.empty());
        if (expected.empty())
            continue;
        QCOMPARE(ladder.bestKey(), expected.begin()->first);
        if (step % 101 != 0)
            continue;
        // Walk the whole ladder: every level, in order, with its queue and total.
        LevelKey key = ladder.bestKey();
        auto want = expected.begin();
        do {
            QVERIFY(want != expected.end());
            QCOMPARE(key, want->first);
            Quantity total = 0;
            std::uint32_t slot = ladder.level(key).head;
            for (std::uint32_t s : want->second) {
                QCOMPARE(slot, s);
                total += pool[s].remaining;
                slot = pool[s].next;
            }
            QCOMPARE(slot, kNoSlot);
            QCOMPARE(ladder.level(key).total, total);
            ++want;
        } while (ladder.nextWorse(key, key));
        QVERIFY(want == expected.end());
    }
}

QTEST_APPLESS_MAIN(TestMatchingStructures)
#include "tst_matching_structures.moc"
