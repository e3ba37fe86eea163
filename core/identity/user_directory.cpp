#include "identity/user_directory.h"

#include "storage/database.h"

#include <QJsonArray>

namespace azc::identity {

namespace {

const QString kColumns = QStringLiteral("id, username, display_name, email, phone, password_hash, role, kyc_tier,"
                                        " frozen, failed_logins, locked_until, totp_secret, totp_pending,"
                                        " totp_last_step, created_at");

User fromRow(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.email = q.value(3).toString();
    u.phone = q.value(4).toString();
    u.passwordHash = q.value(5).toString();
    u.role = server::roleFromName(q.value(6).toString()).value_or(server::Role::User);
    u.kycTier = q.value(7).toInt();
    u.frozen = q.value(8).toInt() != 0;
    u.failedLogins = q.value(9).toInt();
    u.lockedUntil = q.value(10).toLongLong();
    u.totpSecret = q.value(11).toString();
    u.totpPending = q.value(12).toString();
    u.totpLastStep = q.value(13).toLongLong();
    u.createdAt = q.value(14).toLongLong();
    return u;
}

Status asStatus(const Result<QSqlQuery> &r)
{
    return r ? okStatus() : Status(r.error());
}

} // namespace

QJsonObject User::toParty() const
{
    return {{QStringLiteral("userId"), id}, {QStringLiteral("username"), username}, {QStringLiteral("displayName"), displayName}};
}

QJsonObject User::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), username},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("email"), email},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("role"), server::roleName(role)},
            {QStringLiteral("kycTier"), kycTier},
            {QStringLiteral("frozen"), frozen},
            {QStringLiteral("totpEnabled"), !totpSecret.isEmpty()},
            {QStringLiteral("createdAt"), createdAt}};
}

UserDirectory::UserDirectory(storage::Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QList<storage::Migration> UserDirectory::migrations()
{
    return {{1, QStringLiteral("users, sessions, recovery codes"),
             {QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE,"
                             " display_name TEXT NOT NULL, email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',"
                             " password_hash TEXT NOT NULL, role TEXT NOT NULL, kyc_tier INTEGER NOT NULL DEFAULT 0,"
                             " frozen INTEGER NOT NULL DEFAULT 0, frozen_reason TEXT NOT NULL DEFAULT '',"
                             " failed_logins INTEGER NOT NULL DEFAULT 0, locked_until BIGINT NOT NULL DEFAULT 0,"
                             " totp_secret TEXT NOT NULL DEFAULT '', totp_pending TEXT NOT NULL DEFAULT '',"
                             " totp_last_step BIGINT NOT NULL DEFAULT -1, created_at BIGINT NOT NULL)"),
              QStringLiteral("CREATE TABLE sessions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),"
                             " token_hash TEXT NOT NULL UNIQUE, device TEXT NOT NULL, created_at BIGINT NOT NULL,"
                             " last_seen_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, revoked_at BIGINT)"),
              QStringLiteral("CREATE INDEX sessions_user ON sessions (user_id)"),
              QStringLiteral("CREATE TABLE recovery_codes (user_id TEXT NOT NULL REFERENCES users(id),"
                             " code_hash TEXT NOT NULL, used_at BIGINT, PRIMARY KEY (user_id, code_hash))")}}};
}

Result<std::optional<User>> UserDirectory::one(const QString &where, const QVariant &value)
{
    // Prepared once: every request's authorisation reads its user by id.
    auto q = m_db.execPrepared(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE ") + where, {value});
    if (!q)
        return q.error();
    QSqlQuery &row = *q.value();
    std::optional<User> user;
    if (row.next())
        user = fromRow(row);
    row.finish();
    return user;
}

Result<std::optional<User>> UserDirectory::byId(const QString &id)
{
    return one(QStringLiteral("id = ?"), id);
}

Result<std::optional<User>> UserDirectory::byUsername(const QString &username)
{
    return one(QStringLiteral("username = ?"), username.toLower());
}

Result<User> UserDirectory::require(const QString &id)
{
    auto u = byId(id);
    if (!u)
        return u.error();
    if (!u.value())
        return Error::make(QStringLiteral("not_found"), QStringLiteral("no such user"));
    return *u.value();
}

QJsonObject UserDirectory::party(const QString &id)
{
    if (auto u = byId(id); u && u.value())
        return u.value()->toParty();
    User unknown;
    unknown.id = id;
    return unknown.toParty();
}

Status UserDirectory::insert(const User &u)
{
    return asStatus(m_db.exec(
        QStringLiteral("INSERT INTO users (id, username, display_name, email, phone, password_hash, role, kyc_tier,"
                       " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {u.id, u.username, u.displayName, u.email, u.phone, u.passwordHash, server::roleName(u.role), u.kycTier,
         u.createdAt ? u.createdAt : m_clock.nowMs()}));
}

Result<QJsonObject> UserDirectory::search(const QString &query, int offset, int limit)
{
    const QString pattern = QLatin1Char('%') + query.toLower() + QLatin1Char('%');
    const QString where = QStringLiteral(" FROM users WHERE LOWER(username) LIKE ? OR LOWER(display_name) LIKE ?"
                                         " OR LOWER(email) LIKE ?");
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + where + QStringLiteral(" ORDER BY username LIMIT ? OFFSET ?"),
                       {pattern, pattern, pattern, limit, offset});
    if (!q)
        return q.error();
    QJsonArray users;
    while (q.value().next())
        users.append(fromRow(q.value()).toJson());
    auto total = m_db.scalar(QStringLiteral("SELECT COUNT(*)") + where, {pattern, pattern, pattern});
    if (!total)
        return total.error();
    return QJsonObject{{QStringLiteral("users"), users}, {QStringLiteral("total"), total.value().toLongLong()}};
}

Result<qint64> UserDirectory::count()
{
    auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!n)
        return n.error();
    return n.value().toLongLong();
}

Status UserDirectory::setProfile(const QString &id, const QString &displayName, const QString &email,
                                 const QString &phone)
{
    return asStatus(m_db.exec(QStringLiteral("UPDATE users SET display_name = ?, email = ?, phone = ? WHERE id = ?"),
                              {displayName, email, phone, id}));
}

Status UserDirectory::setPasswordHash(const QString &id, const QString &hash)
{
    return asStatus(m_db.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {hash, id}));
}

Result<QStringList> UserDirectory::idsWithRole(server::Role role)
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM users WHERE role = ? AND frozen = 0 ORDER BY created_at"),
                       {server::roleName(role)});
    if (!q)
        return q.error();
    QStringList out;
    while (q.value().next())
        out.append(q.value().value(0).toString());
    return out;
}

Status UserDirectory::setRole(const QString &id, server::Role role)
{
    return asStatus(m_db.exec(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {server::roleName(role), id}));
}

Status UserDirectory::setFrozen(const QString &id, bool frozen, const QString &reason)
{
    return asStatus(m_db.exec(QStringLiteral("UPDATE users SET frozen = ?, frozen_reason = ? WHERE id = ?"),
                              {frozen ? 1 : 0, reason, id}));
}

Status UserDirectory::setKycTier(const QString &id, int tier)
{
    return asStatus(m_db.exec(QStringLiteral("UPDATE users SET kyc_tier = ? WHERE id = ?"), {tier, id}));
}

Status UserDirectory::setTotp(const QString &id, const QString &secret, const QString &pending, qint64 lastStep)
{
    return asStatus(m_db.exec(
        QStringLiteral("UPDATE users SET totp_secret = ?, totp_pending = ?, totp_last_step = ? WHERE id = ?"),
        {secret, pending, lastStep, id}));
}

} // namespace azc::identity
