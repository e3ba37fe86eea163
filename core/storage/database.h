#pragma once
// core/storage owns the connection to the database and the schema
// machinery; domains own their tables. One code path serves SQLite (WAL,
// the default) and PostgreSQL (QPSQL): SQL here and in the domains sticks to
// the common subset (TEXT, BIGINT, INTEGER, ON CONFLICT, positional `?`).
// A Database is used from the one backend thread only.

#include "common/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <memory>

namespace azc::storage {

enum class Dialect { Sqlite, Postgres };

// A numbered, append-only schema change of one domain. Never edit one that
// has shipped; add the next number instead.
struct Migration {
    int version;
    QString description;
    QStringList statements;
};

class Database
{
public:
    // "sqlite:/path/file.db", "postgresql://user[:pass]@host[:port]/db".
    static Result<std::unique_ptr<Database>> open(const QString &url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Dialect dialect() const { return m_dialect; }
    QSqlDatabase connection() const;

    // Applies the migrations of `domain` newer than what the database has,
    // each in its own transaction, recording (domain, version).
    Status migrate(const QString &domain, const QList<Migration> &migrations);
    int schemaVersion(const QString &domain);

    // Runs one statement with positional parameters. Errors are returned with
    // reason "storage_error"; the caller decides whether that is fatal.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &params = {});
    // The first row's first column, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &params = {});

    // Like exec(), for the few statements a hot path runs over and over: the
    // prepared statement is kept, keyed by its SQL text, so SQLite parses it
    // once and QPSQL PREPAREs it once (exec() does PREPARE, EXECUTE and
    // DEALLOCATE on every call). The query belongs to the cache: read its rows
    // before the next call with the same text, which resets it, and call
    // finish() when done reading so no read stays open.
    Result<QSqlQuery *> execPrepared(const QString &sql, const QVariantList &params);
    // Drops the kept statements (they are re-prepared on their next use).
    void clearPreparedStatements();

    bool beginTransaction();
    bool commit();
    bool rollback();
    int transactionDepth() const { return m_depth; }

    // Runs `fn` once the outermost transaction commits (at once when none is
    // open); dropped if it rolls back. For pushes to clients: nobody hears of
    // a change that did not happen.
    void afterCommit(std::function<void()> fn);

private:
    Database(QString connectionName, Dialect dialect);
    QString m_connectionName;
    Dialect m_dialect;
    int m_depth = 0;
    QList<std::function<void()>> m_afterCommit;
    QHash<QString, QSqlQuery *> m_prepared; // SQL text -> prepared query (owned)
};

// Commits when commit() is called; rolls back when it goes out of scope
// without one. Nested transactions join the outer one (savepoints are not
// needed yet: the backend is single-threaded and a domain call is one unit).
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Status commit();

private:
    Database &m_db;
    bool m_owner = false;
    bool m_done = false;
    bool m_failed = false; // BEGIN failed: nothing to commit or roll back
};

} // namespace azc::storage
