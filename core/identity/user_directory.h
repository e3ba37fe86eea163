#pragma once
// core/identity owns accounts, credentials, sessions, two-factor
// authentication, roles, freezes and KYC. UserDirectory is the one place
// that reads and writes the users table.

#include "common/clock.h"
#include "common/result.h"
#include "server/role.h"

#include <QJsonObject>
#include <optional>

namespace azc::storage { class Database; struct Migration; }

namespace azc::identity {

struct User {
    QString id;
    QString username;
    QString displayName;
    QString email;
    QString phone;
    QString passwordHash;
    server::Role role = server::Role::User;
    int kycTier = 0;
    bool frozen = false;
    int failedLogins = 0;
    qint64 lockedUntil = 0;
    QString totpSecret;       // base32; empty when 2FA is off
    QString totpPending;      // enrolled but not yet confirmed
    qint64 totpLastStep = -1; // a TOTP step is accepted once
    qint64 createdAt = 0;

    QJsonObject toJson() const; // the protocol's User object: never secrets
    QJsonObject toParty() const; // the protocol's Party: {userId, username, displayName}
};

class UserDirectory
{
public:
    UserDirectory(storage::Database &db, const Clock &clock);
    static QList<storage::Migration> migrations();

    Result<std::optional<User>> byId(const QString &id);
    Result<std::optional<User>> byUsername(const QString &username);
    // "not_found" instead of an empty optional, for handlers.
    Result<User> require(const QString &id);
    // The Party of a user id; an unknown (or unreadable) one with empty names, for lists that must not fail.
    QJsonObject party(const QString &id);
    Status insert(const User &user);
    Result<QJsonObject> search(const QString &query, int offset, int limit);
    Result<qint64> count();

    Status setProfile(const QString &id, const QString &displayName, const QString &email, const QString &phone);
    Status setPasswordHash(const QString &id, const QString &hash);
    Status setRole(const QString &id, server::Role role);
    // Everyone with exactly this role who is not frozen (e.g. the support team).
    Result<QStringList> idsWithRole(server::Role role);
    Status setFrozen(const QString &id, bool frozen, const QString &reason);
    Status setKycTier(const QString &id, int tier);
    Status setTotp(const QString &id, const QString &secret, const QString &pending, qint64 lastStep);

private:
    Result<std::optional<User>> one(const QString &where, const QVariant &value);
    storage::Database &m_db;
    const Clock &m_clock;
};

} // namespace azc::identity
