#include "test_backend.h"

#include "crypto/secure_random.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

namespace azc::test {

bool wantPostgres()
{
    return qEnvironmentVariable("AZC_TEST_DB") == QLatin1String("pg");
}

namespace {

template<typename Fn>
bool withAdminConnection(Fn fn)
{
    const QString url = qEnvironmentVariable("AZC_TEST_PG_URL");
    if (url.isEmpty()) {
        qWarning("AZC_TEST_DB=pg needs AZC_TEST_PG_URL (scripts/test.sh starts a cluster and sets it)");
        return false;
    }
    const QUrl u(url);
    const QString name = QStringLiteral("azc-test-admin-") + crypto::randomId();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        if (!db.open()) {
            qWarning() << "cannot reach PostgreSQL at" << url << db.lastError().text();
        } else {
            ok = fn(db, u);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString createPgDatabase(QString *name)
{
    *name = QStringLiteral("azc_t_") + crypto::randomId().left(16);
    QString result;
    withAdminConnection([&](QSqlDatabase &db, const QUrl &u) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE DATABASE ") + *name)) {
            qWarning() << "CREATE DATABASE failed" << q.lastError().text();
            return false;
        }
        QUrl target(u);
        target.setPath(QLatin1Char('/') + *name);
        result = target.toString();
        return true;
    });
    return result;
}

void dropPgDatabase(const QString &name)
{
    withAdminConnection([&](QSqlDatabase &db, const QUrl &) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name + QStringLiteral(" WITH (FORCE)"));
    });
}

ScratchDatabase::ScratchDatabase()
{
    m_url = wantPostgres() ? createPgDatabase(&m_pgName) : QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("t.db"));
}

ScratchDatabase::~ScratchDatabase()
{
    if (!m_pgName.isEmpty())
        dropPgDatabase(m_pgName);
}

TestBackend::TestBackend(BackendConfig config) : m_config(std::move(config))
{
    m_config.dataDir = m_dir.path();
    m_config.listenAddress = QHostAddress::LocalHost;
    m_config.port = 0;
    // Named explicitly, so tests can open the same database beside the backend.
    m_config.databaseUrl = wantPostgres() ? createPgDatabase(&m_pgDatabase)
                                          : QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("azcoiner.db"));
    m_databaseUrl = m_config.databaseUrl;
    m_backend = std::make_unique<Backend>(m_config);
}

std::unique_ptr<TestBackend> TestBackend::demo()
{
    BackendConfig config;
    config.seedDemoData = true;
    auto backend = std::make_unique<TestBackend>(config);
    return backend->start() ? std::move(backend) : nullptr;
}

TestBackend::~TestBackend()
{
    stop();
    m_backend.reset();
    if (!m_pgDatabase.isEmpty())
        dropPgDatabase(m_pgDatabase);
}

bool TestBackend::start()
{
    if (m_config.databaseUrl.isEmpty()) {
        qWarning("no PostgreSQL database to test against");
        return false;
    }
    QString error;
    if (!m_backend->start(&error)) {
        qWarning() << "backend did not start:" << error;
        return false;
    }
    return true;
}

void TestBackend::stop()
{
    if (m_backend)
        m_backend->stop();
}

bool TestBackend::restart()
{
    stop();
    m_backend.reset();
    m_backend = std::make_unique<Backend>(m_config);
    return start();
}

} // namespace azc::test
