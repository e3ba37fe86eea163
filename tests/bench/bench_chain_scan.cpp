// BENCH chain_scan: how fast custody follows a chain while watching 100,000
// deposit addresses. A private anvil gets a chain of blocks full of ETH and
// AZC transfers (a tenth of them to watched addresses); a real backend with
// 100,000 deposit addresses then scans it from the first block, end to end:
// JSON-RPC to the node, blocks with transactions, Transfer logs, receipts of
// matched payments, matching, and the deposits written to the database.
// Prints blocks/s and transactions/s; never fails on speed.

#include "anvil_node.h"
#include "backend/backend.h"
#include "chain/evm_quantity.h"
#include "chain/erc20_abi.h"
#include "crypto/secure_random.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace azc;

namespace {

constexpr int kWatched = 100000;
constexpr int kBlocks = 200;
constexpr int kTxsPerBlock = 40;
constexpr int kTokenTxsPerBlock = 10;
constexpr int kDevAccounts = 10;

QString hex(const QByteArray &b) { return QString::fromLatin1(b.toHex()); }

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_chain_scan: %s\n", qPrintable(why));
    return 1;
}

BackendConfig config(const QString &dir)
{
    BackendConfig c;
    c.dataDir = dir;
    c.databaseUrl = QStringLiteral("sqlite:") + dir + QStringLiteral("/bench.db");
    c.custody.passphrase = QStringLiteral("bench custody passphrase");
    c.custody.pollIntervalMs = 20;
    c.custody.scanBatch = qEnvironmentVariableIntValue("AZC_BENCH_SCAN_BATCH") > 0 ? qEnvironmentVariableIntValue("AZC_BENCH_SCAN_BATCH") : 16;
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    test::AnvilNode anvil;
    if (auto s = anvil.start(); !s)
        return fail(s.error().message);
    auto token = anvil.deployToken(0);
    if (!token)
        return fail(token.error().message);

    // The watched set: 100,000 addresses; every tenth payment goes to one of them.
    QList<QByteArray> watched;
    watched.reserve(kWatched);
    for (int i = 0; i < kWatched; ++i)
        watched.append(crypto::randomBytes(20));
    QList<QByteArray> devs;
    for (int i = 0; i < kDevAccounts; ++i)
        devs.append(anvil.devAccount(i).value());

    std::printf("building %d blocks of %d transactions on anvil...\n", kBlocks, kTxsPerBlock);
    std::fflush(stdout);
    if (auto s = anvil.setAutomine(false); !s)
        return fail(s.error().message);
    const quint64 firstBlock = anvil.blockNumber().value() + 1;
    auto *random = QRandomGenerator::global();
    int toWatched = 0;
    for (int b = 0; b < kBlocks; ++b) {
        for (int t = 0; t < kTxsPerBlock; ++t) {
            const bool watchedTarget = random->bounded(10) == 0;
            const QByteArray to = watchedTarget ? watched.at(random->bounded(kWatched)) : crypto::randomBytes(20);
            toWatched += watchedTarget ? 1 : 0;
            const int from = t % kDevAccounts;
            Result<QByteArray> sent = t < kTokenTxsPerBlock
                    ? anvil.tokenTransfer(token.value(), 0, to, chain::uint256(UInt128(1000000000000000000ULL)))
                    : anvil.sendEth(from, to, chain::uint256(UInt128(10000000000000000ULL)));
            if (!sent)
                return fail(sent.error().message);
        }
        if (auto s = anvil.mine(1); !s)
            return fail(s.error().message);
    }
    const quint64 lastBlock = anvil.blockNumber().value();

    QTemporaryDir dir;
    {
        // First start: the schema, the seed and the demo's assets (ETH, AZC). Then the
        // watched addresses and the network go in directly, scanning from the first bench block.
        BackendConfig seeded = config(dir.path());
        seeded.seedDemoData = true;
        Backend first(seeded);
        QString error;
        if (!first.start(&error))
            return fail(error);
        first.stop();
    }
    {
        auto db = storage::Database::open(config(dir.path()).databaseUrl);
        if (!db)
            return fail(db.error().message);
        storage::Database &d = *db.value();
        storage::Transaction tx(d);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (!d.exec(QStringLiteral("INSERT INTO chain_networks (id, name, chain_id, rpc_url, confirmations, native_asset,"
                                   " enabled, created_at) VALUES ('bench', 'Bench', 31337, ?, 3, 'ETH', 1, ?)"),
                    {anvil.url().toString(), now}))
            return fail(QStringLiteral("cannot add the network"));
        if (!d.exec(QStringLiteral("INSERT INTO chain_assets VALUES ('bench', 'ETH', '', '1', '1', '0', '0')"))
            || !d.exec(QStringLiteral("INSERT INTO chain_assets VALUES ('bench', 'AZC', ?, '1', '1', '0', '0')"),
                       {hex(token.value())}))
            return fail(QStringLiteral("cannot add the network's assets"));
        for (int i = 0; i < kWatched; ++i)
            if (!d.execPrepared(QStringLiteral("INSERT INTO chain_addresses (network_id, user_id, idx, address, created_at)"
                                               " VALUES ('bench', ?, ?, ?, ?)"),
                                {QStringLiteral("user%1").arg(i), i, hex(watched.at(i)), now}))
                return fail(QStringLiteral("cannot add the watched addresses"));
        if (!d.exec(QStringLiteral("INSERT INTO chain_scan (network_id, next_block) VALUES ('bench', ?)"),
                    {qint64(firstBlock)}))
            return fail(QStringLiteral("cannot set the scan start"));
        if (auto c = tx.commit(); !c)
            return fail(c.error().message);
    }
    auto probe = storage::Database::open(config(dir.path()).databaseUrl);
    if (!probe)
        return fail(probe.error().message);

    std::printf("scanning blocks %llu..%llu with %d watched addresses...\n", firstBlock, lastBlock, kWatched);
    std::fflush(stdout);
    Backend backend(config(dir.path()));
    QElapsedTimer clock;
    clock.start();
    QString error;
    if (!backend.start(&error))
        return fail(error);
    const qint64 startedMs = clock.elapsed(); // loading 100,000 addresses, unlocking the seed
    clock.restart();
    qint64 scanMs = -1;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto next = probe.value()->scalar(QStringLiteral("SELECT next_block FROM chain_scan WHERE network_id = 'bench'"));
        if (next && next->toULongLong() > lastBlock) {
            scanMs = clock.elapsed();
            app.quit();
        } else if (clock.elapsed() > 600000) {
            app.quit();
        }
    });
    poll.start(5);
    app.exec();
    backend.stop();
    if (scanMs < 0)
        return fail(QStringLiteral("the scan did not finish within 10 minutes"));
    auto found = probe.value()->scalar(QStringLiteral("SELECT COUNT(*) FROM chain_deposits"));
    const int deposits = found ? found->toInt() : -1;
    const quint64 blocks = lastBlock - firstBlock + 1;
    const qint64 txs = qint64(blocks) * kTxsPerBlock;
    // Integer rates: blocks per second with one decimal, from milliseconds.
    const qint64 blocksPerSecondTenths = qint64(blocks) * 10000 / qMax<qint64>(1, scanMs);
    const qint64 txsPerSecond = txs * 1000 / qMax<qint64>(1, scanMs);
    std::printf("start-up with %d addresses: %lld ms; scan: %lld ms; deposits found: %d of %d sent to watched addresses\n",
                kWatched, startedMs, scanMs, deposits, toWatched);
    std::printf("BENCH chain_scan watched=%d blocks=%llu txs=%lld deposits=%d ms=%lld blocks_per_s=%lld.%lld txs_per_s=%lld\n",
                kWatched, blocks, txs, deposits, scanMs, blocksPerSecondTenths / 10, blocksPerSecondTenths % 10,
                txsPerSecond);
    return deposits == toWatched ? 0 : fail(QStringLiteral("the scan missed deposits"));
}
