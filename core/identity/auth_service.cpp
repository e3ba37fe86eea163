#include "identity/auth_service.h"

#include "audit/audit_log.h"
#include "crypto/secure_random.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QThread>

namespace azc::identity {

namespace {

Status checkContact(const QString &email, const QString &phone)
{
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$"));
    static const QRegularExpression phoneRe(QStringLiteral("^\\+?[0-9 ]{6,20}$"));
    if (!email.isEmpty() && (email.size() > 254 || !emailRe.match(email).hasMatch()))
        return fail("invalid_email", QStringLiteral("that does not look like an e-mail address"));
    if (!phone.isEmpty() && !phoneRe.match(phone).hasMatch())
        return fail("invalid_phone", QStringLiteral("use digits, optionally starting with +"));
    return okStatus();
}

} // namespace

AuthService::AuthService(storage::Database &db, UserDirectory &users, SessionManager &sessions,
                         TwoFactor &twoFactor, AttemptThrottle &throttle, audit::AuditLog &audit,
                         const Clock &clock, crypto::Argon2Params argon2)
    : m_db(db), m_users(users), m_sessions(sessions), m_twoFactor(twoFactor), m_throttle(throttle), m_audit(audit),
      m_clock(clock),
      m_work(crypto::PasswordHasher(argon2))
{
    m_dummyHash = m_work.hasher().hash(crypto::randomToken());
}

Result<User> AuthService::validateRegistration(const Registration &r, server::Role role)
{
    static const QRegularExpression usernameRe(QStringLiteral("^[a-z0-9_.]{3,32}$"));
    const QString username = r.username.trimmed().toLower();
    if (!usernameRe.match(username).hasMatch())
        return fail("invalid_params", QStringLiteral("3–32 of a–z, 0–9, _ and ."),
                    {{QStringLiteral("field"), QStringLiteral("username")}});
    const QString displayName = r.displayName.trimmed();
    if (displayName.isEmpty() || displayName.size() > 64)
        return fail("invalid_params", QStringLiteral("display name must be 1–64 characters"),
                    {{QStringLiteral("field"), QStringLiteral("displayName")}});
    if (auto s = checkContact(r.email, r.phone); !s)
        return s.error();
    if (auto s = m_policy.check(r.password, username); !s)
        return s.error();
    auto existing = m_users.byUsername(username);
    if (!existing)
        return existing.error();
    if (existing.value())
        return fail("username_taken", QStringLiteral("that username is taken"));
    User u;
    u.id = crypto::randomId();
    u.username = username;
    u.displayName = displayName;
    u.email = r.email.trimmed();
    u.phone = r.phone.trimmed();
    u.role = role;
    u.createdAt = m_clock.nowMs();
    return u;
}

Result<User> AuthService::insertUser(User u)
{
    if (u.passwordHash.isEmpty())
        return fail("internal_error", QStringLiteral("could not hash the password"));
    // Someone may have taken the name while the password was hashed.
    auto existing = m_users.byUsername(u.username);
    if (!existing)
        return existing.error();
    if (existing.value())
        return fail("username_taken", QStringLiteral("that username is taken"));
    storage::Transaction tx(m_db);
    if (auto s = m_users.insert(u); !s)
        return s.error();
    if (u.role != server::Role::User) {
        if (auto s = m_audit.record(QStringLiteral("system"), QStringLiteral("account.created"), u.id,
                                    {{QStringLiteral("role"), server::roleName(u.role)},
                                     {QStringLiteral("username"), u.username}});
            !s)
            return s.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return u;
}

Result<User> AuthService::registerUser(const Registration &r, server::Role role)
{
    auto u = validateRegistration(r, role);
    if (!u)
        return u;
    User user = u.value();
    user.passwordHash = m_work.hasher().hash(r.password);
    return insertUser(user);
}

Result<User> AuthService::updateProfile(const QString &userId, const QString &displayName, const QString &email,
                                        const QString &phone)
{
    auto user = m_users.require(userId);
    if (!user)
        return user.error();
    User u = user.value();
    if (!displayName.isNull())
        u.displayName = displayName.trimmed();
    if (!email.isNull())
        u.email = email.trimmed();
    if (!phone.isNull())
        u.phone = phone.trimmed();
    if (u.displayName.isEmpty())
        return fail("invalid_params", QStringLiteral("display name must not be empty"),
                    {{QStringLiteral("field"), QStringLiteral("displayName")}});
    if (auto s = checkContact(u.email, u.phone); !s)
        return s.error();
    if (auto s = m_users.setProfile(userId, u.displayName, u.email, u.phone); !s)
        return s.error();
    return u;
}

Result<User> AuthService::setRole(const QString &actorId, const QString &userId, server::Role role)
{
    if (actorId == userId)
        return fail("invalid_state", QStringLiteral("ask another admin to change your own role"));
    auto user = m_users.require(userId);
    if (!user)
        return user.error();
    if (user->role == role)
        return user;
    storage::Transaction tx(m_db);
    if (auto s = m_users.setRole(userId, role); !s)
        return s.error();
    if (auto s = m_audit.record(actorId, QStringLiteral("account.role_changed"), userId,
                                {{QStringLiteral("from"), server::roleName(user->role)},
                                 {QStringLiteral("to"), server::roleName(role)}});
        !s)
        return s.error();
    // A role change invalidates every token the user holds (a stolen token
    // must not gain the new role); live sockets get their replacement.
    if (auto s = m_sessions.rotateAll(userId); !s)
        return s.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return m_users.require(userId);
}

Result<User> AuthService::setFrozen(const QString &actorId, const QString &userId, bool frozen,
                                    const QString &reason)
{
    if (actorId == userId)
        return fail("invalid_state", QStringLiteral("you cannot freeze your own account"));
    auto user = m_users.require(userId);
    if (!user)
        return user.error();
    storage::Transaction tx(m_db);
    if (auto s = m_users.setFrozen(userId, frozen, reason); !s)
        return s.error();
    if (auto s = m_audit.record(actorId, frozen ? QStringLiteral("account.frozen") : QStringLiteral("account.unfrozen"),
                                userId, {{QStringLiteral("reason"), reason}});
        !s)
        return s.error();
    if (frozen) {
        auto revoked = m_sessions.revokeAllExcept(userId, QString());
        if (!revoked)
            return revoked.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return m_users.require(userId);
}

} // namespace azc::identity
