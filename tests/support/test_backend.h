#pragma once
// Starts a real Backend on a free port for a test, on SQLite or — when the
// test was registered with AZC_TEST_DB=pg — on a fresh PostgreSQL database
// created on the cluster at $AZC_TEST_PG_URL and dropped afterwards.

#include "backend/backend.h"

#include <QTemporaryDir>
#include <memory>

namespace azc::test {

class TestBackend
{
public:
    explicit TestBackend(BackendConfig config = {});
    // Started, with the demo accounts seeded; nullptr (and a warning) on failure.
    static std::unique_ptr<TestBackend> demo();
    ~TestBackend();
    bool start(); // QFAIL-friendly: logs why on failure
    Backend &backend() { return *m_backend; }
    QUrl url() const { return m_backend->url(); }
    QString dataDir() const { return m_dir.path(); }
    QString databaseUrl() const { return m_databaseUrl; } // what the backend opened
    bool onPostgres() const { return !m_pgDatabase.isEmpty(); }
    void stop();
    // A new Backend on the same data folder and database, as after a process restart.
    bool restart();
    // What the next restart() starts with (an operator changing the configuration).
    BackendConfig &config() { return m_config; }

private:
    QTemporaryDir m_dir;
    BackendConfig m_config;
    QString m_databaseUrl;
    QString m_pgDatabase;
    std::unique_ptr<Backend> m_backend;
};

// An empty database for one test: a SQLite file in a temporary folder, or
// (AZC_TEST_DB=pg) a fresh PostgreSQL database dropped again at the end.
class ScratchDatabase
{
public:
    ScratchDatabase();
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;
    QString url() const { return m_url; } // empty if PostgreSQL was unreachable
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_pgName;
    QString m_url;
};

// Creates a throwaway PostgreSQL database; returns its URL or empty on failure.
QString createPgDatabase(QString *name);
void dropPgDatabase(const QString &name);
bool wantPostgres();

} // namespace azc::test

// In a test's cleanup(): the ledger's invariants hold (sums to zero, no
// overdraft, replay equals balances, held = pending holds).
#define AZC_VERIFY_LEDGER(testBackend)                                                  \
    do {                                                                                \
        auto report_ = (testBackend).backend().verifyLedger();                          \
        QVERIFY(report_.ok());                                                          \
        QVERIFY2(report_->ok, qPrintable(report_->problems.join(QLatin1Char('\n'))));   \
    } while (false)
