// Matching engine throughput and latency on the shared order streams
// (../shared/bench/README.md): each stream is decompressed and parsed up
// front, then replayed through a fresh OrderBook several times for
// operations per second (median and best run), and once more with every
// operation timed by the TSC for p50/p99/p99.9 (less the cost of reading the
// TSC itself). Prints figures and one BENCH line per stream; never fails on
// speed, only when the streams cannot be read or two replays disagree.
//
// Usage: bench_matching [STREAMS_DIR [STREAM]]  (default: AZC_BENCH_STREAMS_DIR, both streams)

#include "exchange/matching/order_book.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>
#include <x86intrin.h>
#include <zlib.h>

using namespace azc::matching;

namespace {

__extension__ using Wide = unsigned __int128;

enum class Outcome {
    Measured,
    Skipped,
    Failed
};

struct StreamOp
{
    char op = 0; // L, I, C, M
    Side side = Side::Buy;
    OrderId id = 0;
    OrderId target = 0;
    Price price = 0;
    Quantity quantity = 0;
};

// "op,id,side,price,qty,target" lines after a header; false if unreadable.
bool readStream(const std::string &path, std::vector<StreamOp> &ops)
{
    gzFile file = gzopen(path.c_str(), "rb");
    if (!file)
        return false;
    gzbuffer(file, 1 << 20);
    char line[256];
    bool header = true;
    while (gzgets(file, line, sizeof line)) {
        if (header) {
            header = false;
            continue;
        }
        StreamOp o;
        char side = 0;
        unsigned long long id = 0, target = 0;
        long long price = 0, quantity = 0;
        if (std::sscanf(line, "%c,%llu,%c,%lld,%lld,%llu", &o.op, &id, &side, &price, &quantity,
                        &target)
            != 6) {
            gzclose(file);
            return false;
        }
        o.side = side == 'B' ? Side::Buy : Side::Sell;
        o.id = id;
        o.target = target;
        o.price = price;
        o.quantity = quantity;
        ops.push_back(o);
    }
    gzclose(file);
    return !ops.empty();
}

// Each order its own owner: the streams have none, and a shared owner would
// turn every cross into a self-trade.
inline void replayOne(OrderBook &book, const StreamOp &o, EventBuffer &events)
{
    events.clear();
    switch (o.op) {
    case 'L':
    case 'I': {
        NewOrder order;
        order.id = o.id;
        order.owner = o.id + 1;
        order.side = o.side;
        order.timeInForce =
                o.op == 'L' ? TimeInForce::GoodTillCancel : TimeInForce::ImmediateOrCancel;
        order.price = o.price;
        order.quantity = o.quantity;
        book.submit(order, events);
        break;
    }
    case 'C': book.cancel(CancelOrder{o.target}, events); break;
    case 'M': book.amend(AmendOrder{o.target, o.price, AmendOrder::kKeepQuantity}, events); break;
    }
}

std::uint32_t ordersIn(const std::vector<StreamOp> &ops)
{
    return std::uint32_t(std::count_if(
            ops.begin(), ops.end(), [](const StreamOp &o) { return o.op == 'L' || o.op == 'I'; }));
}

std::int64_t nanosSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now()
                                                                - start)
            .count();
}

struct Throughput
{
    std::int64_t nanos = 0;
    std::uint64_t digest = 0;
    std::uint64_t fills = 0;
};

Throughput timedReplay(const std::vector<StreamOp> &ops)
{
    OrderBook book(ordersIn(ops) + 1);
    EventBuffer events;
    events.reserve(1 << 16);
    Throughput t;
    const auto start = std::chrono::steady_clock::now();
    for (const StreamOp &o : ops) {
        replayOne(book, o, events);
        for (const Event &e : events)
            t.fills += e.kind == EventKind::Fill;
    }
    t.nanos = nanosSince(start);
    t.digest = book.digest();
    return t;
}

// The cheapest observable gap between two TSC reads.
std::uint64_t tscOverhead()
{
    std::uint64_t best = ~0ull;
    for (int i = 0; i < 10'000; ++i) {
        const std::uint64_t a = __rdtsc();
        const std::uint64_t b = __rdtsc();
        best = std::min(best, b - a);
    }
    return best;
}

struct Latency
{
    std::int64_t p50 = 0, p99 = 0, p999 = 0, max = 0;
    std::uint64_t digest = 0;
};

Latency timedEachOp(const std::vector<StreamOp> &ops)
{
    OrderBook book(ordersIn(ops) + 1);
    EventBuffer events;
    events.reserve(1 << 16);
    std::vector<std::uint64_t> cycles(ops.size());
    const std::uint64_t overhead = tscOverhead();
    const auto start = std::chrono::steady_clock::now();
    const std::uint64_t tscStart = __rdtsc();
    for (std::size_t i = 0; i < ops.size(); ++i) {
        const std::uint64_t before = __rdtsc();
        replayOne(book, ops[i], events);
        const std::uint64_t spent = __rdtsc() - before;
        cycles[i] = spent > overhead ? spent - overhead : 0;
    }
    const std::uint64_t tscTotal = __rdtsc() - tscStart;
    const std::int64_t nanos = nanosSince(start);

    // Cycles to nanoseconds at the rate the TSC ran against the steady clock.
    const auto toNanos = [&](std::uint64_t c) {
        return std::int64_t(Wide(c) * std::uint64_t(nanos) / tscTotal);
    };
    const auto percentile = [&](std::size_t perMille) {
        const std::size_t k = std::min(cycles.size() - 1, cycles.size() * perMille / 1000);
        std::nth_element(cycles.begin(), cycles.begin() + std::ptrdiff_t(k), cycles.end());
        return toNanos(cycles[k]);
    };
    Latency l;
    l.p50 = percentile(500);
    l.p99 = percentile(990);
    const std::size_t k999 = std::min(cycles.size() - 1, cycles.size() * 999 / 1000);
    std::nth_element(cycles.begin(), cycles.begin() + std::ptrdiff_t(k999), cycles.end());
    l.p999 = toNanos(cycles[k999]);
    l.max = toNanos(*std::max_element(cycles.begin(), cycles.end()));
    l.digest = book.digest();
    return l;
}

Outcome benchStream(const std::string &dir, const char *name)
{
    const std::string path = dir + "/stream_" + name + "_1M.csv.gz";
    std::vector<StreamOp> ops;
    ops.reserve(1'000'000);
    if (!readStream(path, ops)) {
        std::printf("bench_matching: cannot read %s; skipping stream %s\n", path.c_str(), name);
        return Outcome::Skipped;
    }
    constexpr int kRuns = 9;
    std::vector<std::int64_t> nanos;
    Throughput first;
    for (int run = 0; run < kRuns; ++run) {
        const Throughput t = timedReplay(ops);
        if (run == 0)
            first = t;
        else if (t.digest != first.digest || t.fills != first.fills) {
            std::printf("bench_matching: replays of %s disagree\n", name);
            return Outcome::Failed;
        }
        nanos.push_back(t.nanos);
        std::printf("  %s run %d: %lld ms\n", name, run + 1, (long long)(t.nanos / 1'000'000));
    }
    std::sort(nanos.begin(), nanos.end());
    const auto perSecond = [&](std::int64_t ns) {
        return (long long)(Wide(ops.size()) * 1'000'000'000u / std::uint64_t(ns));
    };
    const Latency l = timedEachOp(ops);
    if (l.digest != first.digest) {
        std::printf("bench_matching: the timed replay of %s disagrees\n", name);
        return Outcome::Failed;
    }
    std::printf("  %s: %zu ops, %llu fills, book digest %016llx, slowest op %lld ns\n", name,
                ops.size(), (unsigned long long)first.fills, (unsigned long long)first.digest,
                (long long)l.max);
    std::printf(
            "BENCH matching stream=%s ops=%zu ops_per_s=%lld p50_ns=%lld p99_ns=%lld p999_ns=%lld "
            "best_ops_per_s=%lld runs=%d\n",
            name, ops.size(), perSecond(nanos[kRuns / 2]), (long long)l.p50, (long long)l.p99,
            (long long)l.p999, perSecond(nanos.front()), kRuns);
    return Outcome::Measured;
}

} // namespace

int main(int argc, char **argv)
{
    const std::string dir = argc > 1 ? argv[1] : AZC_BENCH_STREAMS_DIR;
    // Missing streams are skipped (the workloads live outside the
    // repository); only replays that disagree with each other fail.
    bool failed = false;
    for (const char *name : {"mixed", "insert"})
        if (argc <= 2 || std::string(argv[2]) == name)
            failed |= benchStream(dir, name) == Outcome::Failed;
    return failed ? 1 : 0;
}
