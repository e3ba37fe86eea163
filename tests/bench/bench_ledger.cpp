// Durable ledger throughput: wallet transfers committed per second with
// SQLite at synchronous=FULL (and PostgreSQL when AZC_BENCH_PG_URL is set),
// from many clients sending concurrently through LedgerService, the code
// path the server uses. Each client submits its next transfer when the
// previous one is acknowledged (`done`, after the group commit is durable),
// so commit latency here is what a client waits for. In such a closed loop
// the mean latency is clients / throughput (Little's law): 1,000 clients at
// 100,000 transfers/s wait 10 ms on average.
//
// A transfer is what wallet.transfer posts: one operation with an
// idempotency key, a fingerprint and a small result, holding two transfers
// (sender -> recipient "transfer", sender -> fee revenue "fee.transfer").
//
// In the same run it measures the baseline of ../shared/bench/README.md: one
// fsync'd commit per transfer (guarded debit update, credit update, a
// transfer row and two entry rows). Prints figures; never fails on speed,
// only when the ledger's own verify() finds it inconsistent.
//
// Knobs: AZC_BENCH_CLIENTS (default 1000), AZC_BENCH_USERS (10000),
// AZC_BENCH_SECONDS (5), AZC_BENCH_PG_URL (postgresql://..., a server where
// a scratch database may be created and dropped).

#include "common/clock.h"
#include "crypto/secure_random.h"
#include "ledger/ledger_service.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace azc;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

double baselinePerSecond(const QString &path, int transfers)
{
    auto db = storage::Database::open(QStringLiteral("sqlite:") + path);
    if (!db)
        return 0;
    storage::Database &d = *db.value();
    (void)d.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    (void)d.exec(QStringLiteral("CREATE TABLE acc (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL)"));
    (void)d.exec(QStringLiteral("CREATE TABLE xfer (id INTEGER PRIMARY KEY, debit INTEGER, credit INTEGER, amount INTEGER)"));
    (void)d.exec(QStringLiteral("CREATE TABLE entry (xfer INTEGER, account INTEGER, delta INTEGER)"));
    for (int i = 0; i < 1000; ++i)
        (void)d.exec(QStringLiteral("INSERT INTO acc (id, balance) VALUES (?, ?)"), {i, 1000000000});
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < transfers; ++i) {
        const int from = i % 1000, to = (i * 7 + 1) % 1000;
        storage::Transaction tx(d);
        (void)d.exec(QStringLiteral("UPDATE acc SET balance = balance - ? WHERE id = ? AND balance >= ?"), {5, from, 5});
        (void)d.exec(QStringLiteral("UPDATE acc SET balance = balance + ? WHERE id = ?"), {5, to});
        (void)d.exec(QStringLiteral("INSERT INTO xfer (id, debit, credit, amount) VALUES (?, ?, ?, ?)"), {i, from, to, 5});
        (void)d.exec(QStringLiteral("INSERT INTO entry (xfer, account, delta) VALUES (?, ?, ?)"), {i, from, -5});
        (void)d.exec(QStringLiteral("INSERT INTO entry (xfer, account, delta) VALUES (?, ?, ?)"), {i, to, 5});
        (void)tx.commit();
    }
    return transfers / (t.nsecsElapsed() / 1e9);
}

struct Figures {
    qint64 transfers = 0;  // acknowledged operations (each two ledger transfers)
    qint64 refused = 0;
    double seconds = 0;
    double perSecond = 0;
    double p50ms = 0;
    double p99ms = 0;
    bool consistent = false;
};

// 1,000 clients, each with its own senders (so nobody overdraws), sending to
// recipients spread over all users, until `seconds` have passed.
Figures runLedger(const QString &url, int clients, int users, int seconds)
{
    Figures f;
    auto opened = storage::Database::open(url);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(url), qPrintable(opened.error().message));
        return f;
    }
    storage::Database &db = *opened.value();
    if (db.dialect() == storage::Dialect::Sqlite) {
        const int sync = db.scalar(QStringLiteral("PRAGMA synchronous")).value().toInt();
        if (sync != 2)
            std::fprintf(stderr, "warning: SQLite synchronous=%d, not FULL (2)\n", sync);
    }
    if (!db.migrate(QStringLiteral("ledger"), ledger::LedgerService::migrations()).ok())
        return f;
    Clock clock;
    ledger::LedgerService service(db, clock);
    const QString usdt = QStringLiteral("USDT");
    (void)service.addAsset({usdt, QStringLiteral("Tether USD"), 6, true});
    const QString world = service.account({{}, usdt, ledger::AccountKind::World, {}})->id;
    const QString fees = service.account({{}, usdt, ledger::AccountKind::FeeRevenue, QStringLiteral("transfer")})->id;
    std::vector<QString> owners, accounts;
    std::optional<storage::Transaction> setup; // accounts are created in a few commits, not one each
    for (int i = 0; i < users; ++i) {
        if (!setup)
            setup.emplace(db);
        owners.push_back(QStringLiteral("u%1").arg(i));
        accounts.push_back(service.account({owners.back(), usdt, ledger::AccountKind::Available, {}})->id);
        service.submit({QStringLiteral("system"), {}, {}, QStringLiteral("deposit"),
                        {{world, accounts.back(), Amount::fromUnits(1'000'000'000'000), QStringLiteral("deposit")}}, {}},
                       [](const Result<QJsonObject> &) {});
        if (i % 1000 == 999) {
            (void)setup->commit();
            setup.reset();
            service.flush();
        }
    }
    if (setup)
        (void)setup->commit();
    setup.reset();
    service.flush();

    const Amount amount = Amount::fromUnits(5'000'000), fee = Amount::fromUnits(10'000);
    const QString amountText = QStringLiteral("5.000000"), feeText = QStringLiteral("0.010000");
    const QString run = crypto::randomId().left(8); // keys unique across runs on one database
    std::vector<qint64> latencyNs;
    latencyNs.reserve(size_t(clients) * 200 * size_t(seconds));
    std::vector<qint64> sent(size_t(clients), 0);
    quint32 rng = 12345;
    QElapsedTimer clock0;
    int active = clients;

    std::function<void(int)> sendNext = [&](int c) {
        if (clock0.nsecsElapsed() >= qint64(seconds) * 1'000'000'000) {
            if (--active == 0)
                QCoreApplication::quit();
            return;
        }
        const qint64 n = sent[size_t(c)]++;
        // Clients own disjoint senders; recipients are anyone else.
        const int sendersPerClient = std::max(1, users / clients);
        const int from = int((c + clients * (n % sendersPerClient)) % users);
        rng = rng * 1664525u + 1013904223u;
        int to = int((rng >> 8) % quint32(users));
        if (to == from)
            to = (to + 1) % users;
        const QString key = QStringLiteral("t-%1-%2-%3").arg(run).arg(c).arg(n);
        const QString &toId = accounts[size_t(to)];
        ledger::OperationRequest request{owners[size_t(from)],
                                         key,
                                         QStringLiteral("wallet.transfer\n") + toId + QLatin1Char('\n') + amountText
                                             + QLatin1Char('\n') + feeText,
                                         QStringLiteral("wallet.transfer"),
                                         {{accounts[size_t(from)], toId, amount, QStringLiteral("transfer")},
                                          {accounts[size_t(from)], fees, fee, QStringLiteral("fee.transfer")}},
                                         QJsonObject{{QStringLiteral("to"), toId},
                                                     {QStringLiteral("amount"), amountText},
                                                     {QStringLiteral("fee"), feeText}}};
        const qint64 submitted = clock0.nsecsElapsed();
        service.submit(std::move(request), [&, c, submitted](const Result<QJsonObject> &r) {
            if (r.ok()) {
                ++f.transfers;
                latencyNs.push_back(clock0.nsecsElapsed() - submitted);
            } else {
                ++f.refused;
            }
            sendNext(c);
        });
    };
    QTimer::singleShot(0, [&] {
        clock0.start();
        for (int c = 0; c < clients; ++c)
            sendNext(c);
    });
    QCoreApplication::exec();
    f.seconds = clock0.nsecsElapsed() / 1e9;
    f.perSecond = f.transfers / f.seconds;
    std::sort(latencyNs.begin(), latencyNs.end());
    if (!latencyNs.empty()) {
        f.p50ms = latencyNs[latencyNs.size() / 2] / 1e6;
        f.p99ms = latencyNs[latencyNs.size() * 99 / 100] / 1e6;
    }
    auto report = service.verify();
    f.consistent = report.ok() && report->ok;
    if (report.ok() && !report->ok)
        std::fprintf(stderr, "verify: %s\n", qPrintable(report->problems.mid(0, 5).join(QLatin1Char('\n'))));
    return f;
}

// A scratch database on the server of `url`, dropped again at the end.
struct PgScratch {
    QString adminUrl, name, url;
    explicit PgScratch(const QString &admin) : adminUrl(admin)
    {
        auto db = storage::Database::open(admin);
        if (!db) {
            std::fprintf(stderr, "cannot reach PostgreSQL: %s\n", qPrintable(db.error().message));
            return;
        }
        name = QStringLiteral("azc_bench_") + crypto::randomId().left(12);
        if (!db.value()->exec(QStringLiteral("CREATE DATABASE ") + name))
            return;
        QUrl u(admin);
        u.setPath(QLatin1Char('/') + name);
        url = u.toString();
    }
    ~PgScratch()
    {
        if (url.isEmpty())
            return;
        if (auto db = storage::Database::open(adminUrl))
            (void)db.value()->exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name + QStringLiteral(" WITH (FORCE)"));
    }
};

void printDetail(const char *engine, const Figures &f, int clients, int users)
{
    std::printf("%s: %lld wallet transfers (%lld ledger transfers) in %.2f s, %d clients over %d users, "
                "%lld refused, commit latency p50 %.2f ms p99 %.2f ms; ledger verify %s\n",
                engine, static_cast<long long>(f.transfers), static_cast<long long>(2 * f.transfers), f.seconds, clients,
                users, static_cast<long long>(f.refused), f.p50ms, f.p99ms, f.consistent ? "ok" : "FAILED");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const int clients = envInt("AZC_BENCH_CLIENTS", 1000);
    const int users = envInt("AZC_BENCH_USERS", 10000);
    const int seconds = envInt("AZC_BENCH_SECONDS", 5);
    const int baselineTransfers = 3000;

    const double baseline = baselinePerSecond(dir.filePath(QStringLiteral("baseline.db")), baselineTransfers);
    std::printf("baseline: %d transfers, one fsync'd commit each (SQLite WAL, synchronous=FULL)\n", baselineTransfers);

    const Figures sqlite = runLedger(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("ledger.db")), clients, users, seconds);
    printDetail("sqlite", sqlite, clients, users);
    std::printf("BENCH ledger transfers_per_s=%.0f baseline_per_s=%.0f ratio=%.1f p99_commit_ms=%.2f\n", sqlite.perSecond,
                baseline, baseline > 0 ? sqlite.perSecond / baseline : 0.0, sqlite.p99ms);
    bool consistent = sqlite.consistent;

    const QString pgUrl = qEnvironmentVariable("AZC_BENCH_PG_URL");
    if (!pgUrl.isEmpty()) {
        PgScratch scratch(pgUrl);
        if (scratch.url.isEmpty()) {
            consistent = false;
        } else {
            const Figures pg = runLedger(scratch.url, clients, users, seconds);
            printDetail("postgresql", pg, clients, users);
            std::printf("BENCH ledger_pg transfers_per_s=%.0f p99_commit_ms=%.2f\n", pg.perSecond, pg.p99ms);
            consistent = consistent && pg.consistent;
        }
    } else {
        std::printf("postgresql: skipped (set AZC_BENCH_PG_URL=postgresql://... to measure it)\n");
    }
    std::fflush(stdout);
    return consistent ? 0 : 1;
}
