// Ledger core throughput on SQLite with synchronous=FULL: LedgerService's
// group commit (many concurrent operations validated in memory, written in
// one transaction) against the baseline of ../shared/bench/README.md (one
// fsync'd commit per transfer: guarded debit update, credit update, a
// transfer row and two entry rows). Prints figures; never fails on speed.
//
// Not yet the full issue-3 benchmark: that one drives wallet.transfer over
// WebSockets; this measures the ledger underneath it.

#include "common/clock.h"
#include "ledger/ledger_service.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace azc;

namespace {

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const int baselineTransfers = 3000;
    const int clients = 1000;   // operations in flight at once, as from 1,000 sockets
    const int rounds = 50;      // 50,000 transfers in all

    const double baseline = baselinePerSecond(dir.filePath(QStringLiteral("baseline.db")), baselineTransfers);

    auto opened = storage::Database::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("ledger.db")));
    if (!opened)
        return 1;
    storage::Database &db = *opened.value();
    (void)db.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    (void)db.migrate(QStringLiteral("ledger"), ledger::LedgerService::migrations());
    Clock clock;
    ledger::LedgerService service(db, clock);
    (void)service.addAsset({QStringLiteral("USDT"), QStringLiteral("Tether USD"), 6, true});
    const QString world = service.account({{}, QStringLiteral("USDT"), ledger::AccountKind::World, {}})->id;
    std::vector<QString> users;
    for (int i = 0; i < 1000; ++i) {
        users.push_back(service.account({QStringLiteral("u%1").arg(i), QStringLiteral("USDT"), ledger::AccountKind::Available, {}})->id);
        (void)service.submitNow({QStringLiteral("system"), {}, {}, QStringLiteral("deposit"),
                                 {{world, users.back(), Amount::fromUnits(1'000'000'000), QStringLiteral("deposit")}}, {}});
    }

    std::vector<qint64> latencyNs;
    latencyNs.reserve(size_t(clients) * rounds);
    QElapsedTimer total;
    total.start();
    int done = 0;
    for (int round = 0; round < rounds; ++round) {
        for (int c = 0; c < clients; ++c) {
            const int n = round * clients + c;
            const qint64 submitted = total.nsecsElapsed();
            service.submit({QStringLiteral("u%1").arg(c), QStringLiteral("k%1").arg(n), QStringLiteral("f%1").arg(n),
                            QStringLiteral("wallet.transfer"),
                            {{users[size_t(c)], users[size_t((c * 7 + 1) % 1000)], Amount::fromUnits(5), QStringLiteral("transfer")}},
                            {}},
                           [&, submitted](const Result<QJsonObject> &r) {
                               done += r.ok();
                               latencyNs.push_back(total.nsecsElapsed() - submitted);
                           });
        }
        service.flush(); // what the zero-delay timer does once the event loop turns
    }
    const double seconds = total.nsecsElapsed() / 1e9;
    const double perSecond = done / seconds;
    std::sort(latencyNs.begin(), latencyNs.end());
    const double p99ms = latencyNs.empty() ? 0 : latencyNs[latencyNs.size() * 99 / 100] / 1e6;
    const bool consistent = service.verify().value().ok;
    std::printf("ledger core: %d transfers in %.2f s with %d in flight; baseline %d transfers; ledger verify %s\n",
                done, seconds, clients, baselineTransfers, consistent ? "ok" : "FAILED");
    std::printf("BENCH ledger_core transfers_per_s=%.0f baseline_per_s=%.0f ratio=%.1f p99_commit_ms=%.2f\n", perSecond,
                baseline, baseline > 0 ? perSecond / baseline : 0.0, p99ms);
    return consistent ? 0 : 1;
}
