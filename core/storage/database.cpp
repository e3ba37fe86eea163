#include "storage/database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <utility>

Q_LOGGING_CATEGORY(lcStorage, "azc.storage")

namespace azc::storage {

namespace {

QAtomicInt connectionCounter;

Error storageError(const QString &what, const QSqlError &e)
{
    qCWarning(lcStorage) << what << e.text();
    return Error::make(QStringLiteral("storage_error"), what + QStringLiteral(": ") + e.text());
}

} // namespace

Database::Database(QString connectionName, Dialect dialect)
    : m_connectionName(std::move(connectionName)), m_dialect(dialect)
{
}

Database::~Database()
{
    clearPreparedStatements(); // before the connection they belong to goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &url)
{
    const QString name = QStringLiteral("azc-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    if (url.startsWith(QLatin1String("sqlite:"))) {
        const QString path = url.mid(7);
        QDir().mkpath(QFileInfo(path).absolutePath());
        std::unique_ptr<Database> result(new Database(name, Dialect::Sqlite));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (!db.open()) {
                const QSqlError e = db.lastError();
                db = QSqlDatabase();
                return storageError(QStringLiteral("cannot open SQLite database ") + path, e);
            }
        }
        // WAL lets readers (backups, azcoinerd audit verify) run beside the
        // server. FULL sync fsyncs the WAL at every commit: NORMAL survives an
        // application crash but may lose the last commits on power loss, and
        // a ledger must not forget money it has acknowledged. The ledger's
        // group commit makes the fsync per commit affordable. A larger page
        // cache (32 MiB, allocated as used) keeps the indexes of the busy
        // tables out of the OS read path, and checkpoints every 10,000 pages
        // (40 MiB of WAL) rather than 1,000 run less often in a commit's path
        // and write a page changed by many commits once.
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                                   "PRAGMA cache_size=-32768", "PRAGMA wal_autocheckpoint=10000"}) {
            auto r = result->exec(QString::fromLatin1(pragma));
            if (!r)
                return r.error();
        }
        return result;
    }
    if (url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"))) {
        const QUrl u(url);
        std::unique_ptr<Database> result(new Database(name, Dialect::Postgres));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(u.host().isEmpty() ? QStringLiteral("127.0.0.1") : u.host());
            db.setPort(u.port(5432));
            db.setUserName(u.userName());
            db.setPassword(u.password());
            db.setDatabaseName(u.path().mid(1));
            if (!db.open()) {
                const QSqlError e = db.lastError();
                db = QSqlDatabase();
                return storageError(QStringLiteral("cannot open PostgreSQL database at ") + u.host(), e);
            }
        }
        auto r = result->exec(QStringLiteral("SET client_min_messages TO WARNING"));
        if (!r)
            return r.error();
        return result;
    }
    return Error::make(QStringLiteral("invalid_config"),
                       QStringLiteral("database URL must start with sqlite: or postgresql://"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &params)
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    // PostgreSQL cannot PREPARE DDL or SET; statements without parameters
    // run directly (they carry no user input to inject).
    if (params.isEmpty()) {
        if (!q.exec(sql))
            return storageError(QStringLiteral("query failed `%1`").arg(sql.left(80)), q.lastError());
        return q;
    }
    if (!q.prepare(sql))
        return storageError(QStringLiteral("prepare failed for `%1`").arg(sql.left(80)), q.lastError());
    for (const QVariant &p : params) {
        // A null QString would bind as SQL NULL; our text columns mean
        // "empty" by it, and NULL is always written as a literal in SQL.
        if (p.typeId() == QMetaType::QString && p.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(p);
    }
    if (!q.exec())
        return storageError(QStringLiteral("query failed `%1`").arg(sql.left(80)), q.lastError());
    return q;
}

Result<QSqlQuery *> Database::execPrepared(const QString &sql, const QVariantList &params)
{
    QSqlQuery *q = m_prepared.value(sql);
    if (q) {
        q->finish(); // resets a read left open by the previous use
    } else {
        auto owned = std::make_unique<QSqlQuery>(connection());
        owned->setForwardOnly(true);
        if (!owned->prepare(sql))
            return storageError(QStringLiteral("prepare failed for `%1`").arg(sql.left(80)), owned->lastError());
        q = owned.release();
        m_prepared.insert(sql, q);
    }
    for (int i = 0; i < params.size(); ++i) {
        const QVariant &p = params.at(i);
        // As in exec(): a null QString means "empty", never SQL NULL.
        if (p.typeId() == QMetaType::QString && p.toString().isNull())
            q->bindValue(i, QStringLiteral(""));
        else
            q->bindValue(i, p);
    }
    if (!q->exec()) {
        const QSqlError e = q->lastError();
        // A statement that failed (schema changed, connection lost) is
        // prepared afresh next time rather than trusted again.
        delete m_prepared.take(sql);
        return storageError(QStringLiteral("query failed `%1`").arg(sql.left(80)), e);
    }
    return q;
}

void Database::clearPreparedStatements()
{
    qDeleteAll(m_prepared);
    m_prepared.clear();
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &params)
{
    auto q = exec(sql, params);
    if (!q)
        return q.error();
    if (q.value().next())
        return q.value().value(0);
    return QVariant();
}

bool Database::beginTransaction()
{
    if (m_depth++ > 0)
        return true;
    if (connection().transaction())
        return true;
    m_depth = 0;
    return false;
}

bool Database::commit()
{
    if (m_depth == 0)
        return false;
    if (m_depth > 1) {
        --m_depth;
        return true;
    }
    if (!connection().commit()) {
        // Leave no half-open transaction behind for the next request.
        connection().rollback();
        m_depth = 0;
        m_afterCommit.clear();
        return false;
    }
    m_depth = 0;
    const auto hooks = std::exchange(m_afterCommit, {});
    for (const auto &fn : hooks)
        fn();
    return true;
}

bool Database::rollback()
{
    m_afterCommit.clear();
    if (m_depth == 0)
        return false;
    m_depth = 0;
    return connection().rollback();
}

void Database::afterCommit(std::function<void()> fn)
{
    if (m_depth == 0)
        fn();
    else
        m_afterCommit.append(std::move(fn));
}

Status Database::migrate(const QString &domain, const QList<Migration> &migrations)
{
    auto created = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                       " domain TEXT NOT NULL, version INTEGER NOT NULL,"
                                       " description TEXT NOT NULL, applied_at BIGINT NOT NULL,"
                                       " PRIMARY KEY (domain, version))"));
    if (!created)
        return created.error();
    const int current = schemaVersion(domain);
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        Transaction tx(*this);
        for (const QString &statement : m.statements) {
            auto r = exec(statement);
            if (!r)
                return Error::make(QStringLiteral("migration_failed"),
                                   QStringLiteral("%1 migration %2 (%3): %4")
                                       .arg(domain).arg(m.version).arg(m.description, r.error().message));
        }
        auto recorded = exec(QStringLiteral("INSERT INTO schema_migrations (domain, version, description, applied_at)"
                                            " VALUES (?, ?, ?, ?)"),
                             {domain, m.version, m.description, QDateTime::currentMSecsSinceEpoch()});
        if (!recorded)
            return recorded.error();
        if (auto c = tx.commit(); !c)
            return c.error();
        clearPreparedStatements(); // the schema they were prepared against changed
        qCInfo(lcStorage) << "applied" << domain << "migration" << m.version << m.description;
    }
    return okStatus();
}

int Database::schemaVersion(const QString &domain)
{
    auto v = scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations WHERE domain = ?"), {domain});
    return v && v.value().isValid() && !v.value().isNull() ? v.value().toInt() : 0;
}

Transaction::Transaction(Database &db) : m_db(db)
{
    m_owner = db.transactionDepth() == 0;
    if (!db.beginTransaction()) {
        qCWarning(lcStorage) << "BEGIN failed:" << db.connection().lastError().text();
        m_failed = true;
    }
}

Transaction::~Transaction()
{
    if (!m_done && !m_failed)
        m_db.rollback();
}

Status Transaction::commit()
{
    m_done = true;
    if (m_failed)
        return Error::make(QStringLiteral("storage_error"), QStringLiteral("the transaction never began"));
    if (!m_db.commit())
        return storageError(QStringLiteral("commit failed"), m_db.connection().lastError());
    return okStatus();
}

} // namespace azc::storage
