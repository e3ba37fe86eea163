#include "identity/auth_service.h"

#include "audit/audit_log.h"
#include "crypto/secure_random.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QThread>

namespace azc::identity {

namespace {

Error fail(const char *reason, const QString &message, QJsonObject data = {})
{
    return Error::make(QString::fromLatin1(reason), message, std::move(data));
}

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
                         TwoFactor &twoFactor, audit::AuditLog &audit, const Clock &clock,
                         crypto::Argon2Params argon2)
    : m_db(db), m_users(users), m_sessions(sessions), m_twoFactor(twoFactor), m_audit(audit), m_clock(clock),
      m_hasher(argon2)
{
    m_dummyHash = m_hasher.hash(crypto::randomToken());
    m_hashPool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
}

Result<User> AuthService::registerUser(const Registration &r, server::Role role)
{
    static const QRegularExpression usernameRe(QStringLiteral("^[a-z0-9_.]{3,32}$"));
    const QString username = r.username.trimmed().toLower();
    if (!usernameRe.match(username).hasMatch())
        return fail("invalid_username", QStringLiteral("3–32 of a–z, 0–9, _ and ."));
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
    u.passwordHash = m_hasher.hash(r.password);
    u.role = role;
    u.createdAt = m_clock.nowMs();
    if (u.passwordHash.isEmpty())
        return fail("internal_error", QStringLiteral("could not hash the password"));
    storage::Transaction tx(m_db);
    if (auto s = m_users.insert(u); !s)
        return s.error();
    if (role != server::Role::User) {
        if (auto s = m_audit.record(QStringLiteral("system"), QStringLiteral("account.created"), u.id,
                                    {{QStringLiteral("role"), server::roleName(role)},
                                     {QStringLiteral("username"), username}});
            !s)
            return s.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return u;
}

Status AuthService::recordFailure(const User &user)
{
    const int failures = user.failedLogins + 1;
    if (failures >= kMaxFailures)
        return m_users.setLoginFailures(user.id, 0, m_clock.nowMs() + kLockoutMs);
    return m_users.setLoginFailures(user.id, failures, 0);
}

AuthService::~AuthService()
{
    // Pending hashes post back to m_context: let them finish before it goes.
    m_hashPool.waitForDone();
}

Result<LoginResult> AuthService::login(const QString &username, const QString &password, const QString &totpCode,
                                       const QString &device)
{
    auto found = m_users.byUsername(username.trimmed());
    if (!found)
        return found.error();
    if (!found.value()) {
        m_hasher.verify(password, m_dummyHash);
        return fail("invalid_credentials", QStringLiteral("wrong username or password"));
    }
    const User &user = *found.value();
    if (user.lockedUntil > m_clock.nowMs())
        return finishLogin(user.id, false, password, totpCode, device); // reports the lock, hashes nothing
    return finishLogin(user.id, m_hasher.verify(password, user.passwordHash), password, totpCode, device);
}

void AuthService::loginAsync(const QString &username, const QString &password, const QString &totpCode,
                             const QString &device, std::function<void(Result<LoginResult>)> done)
{
    auto found = m_users.byUsername(username.trimmed());
    if (!found)
        return done(found.error());
    const bool known = found.value().has_value();
    if (known && found.value()->lockedUntil > m_clock.nowMs())
        return done(finishLogin(found.value()->id, false, password, totpCode, device));
    const QString userId = known ? found.value()->id : QString();
    const QString hash = known ? found.value()->passwordHash : m_dummyHash;
    const crypto::PasswordHasher hasher = m_hasher;
    m_hashPool.start([this, hasher, hash, userId, password, totpCode, device, done = std::move(done)] {
        const bool ok = hasher.verify(password, hash);
        QMetaObject::invokeMethod(&m_context, [this, ok, userId, password, totpCode, device, done] {
            if (userId.isEmpty())
                return done(fail("invalid_credentials", QStringLiteral("wrong username or password")));
            done(finishLogin(userId, ok, password, totpCode, device));
        }, Qt::QueuedConnection);
    });
}

Result<LoginResult> AuthService::finishLogin(const QString &userId, bool passwordOk, const QString &password,
                                             const QString &totpCode, const QString &device)
{
    // Re-read: other requests ran while the hash was computed.
    auto fresh = m_users.require(userId);
    if (!fresh)
        return fresh.error();
    const User user = fresh.value();
    const qint64 now = m_clock.nowMs();
    if (user.lockedUntil > now)
        return fail("account_locked", QStringLiteral("too many failed attempts; try again later"),
                    {{QStringLiteral("retryAfterMs"), user.lockedUntil - now}});
    if (!passwordOk) {
        if (auto s = recordFailure(user); !s)
            return s.error();
        return fail("invalid_credentials", QStringLiteral("wrong username or password"));
    }
    if (user.frozen)
        return fail("account_frozen", QStringLiteral("this account is frozen; contact support"));
    if (!user.totpSecret.isEmpty()) {
        if (totpCode.isEmpty())
            return fail("totp_required", QStringLiteral("enter the code from your authenticator app"));
        if (auto s = m_twoFactor.verify(user, totpCode); !s) {
            auto again = m_users.require(user.id);
            if (again)
                (void)recordFailure(again.value());
            return s.error();
        }
    }
    storage::Transaction tx(m_db);
    if (user.failedLogins != 0)
        if (auto s = m_users.setLoginFailures(user.id, 0, 0); !s)
            return s.error();
    if (m_hasher.needsRehash(user.passwordHash))
        if (auto s = m_users.setPasswordHash(user.id, m_hasher.hash(password)); !s)
            return s.error();
    auto session = m_sessions.issue(user.id, device);
    if (!session)
        return session.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return LoginResult{user, session.value()};
}

Status AuthService::verifyPassword(const QString &userId, const QString &password)
{
    auto user = m_users.require(userId);
    if (!user)
        return user.error();
    if (m_hasher.verify(password, user->passwordHash))
        return okStatus();
    if (auto s = recordFailure(user.value()); !s)
        return s;
    return fail("invalid_credentials", QStringLiteral("the password is wrong"));
}

Status AuthService::changePassword(const QString &userId, const QString &sessionId, const QString &current,
                                   const QString &next)
{
    auto user = m_users.require(userId);
    if (!user)
        return user.error();
    if (auto s = verifyPassword(userId, current); !s)
        return s;
    if (auto s = m_policy.check(next, user->username); !s)
        return s;
    storage::Transaction tx(m_db);
    if (auto s = m_users.setPasswordHash(userId, m_hasher.hash(next)); !s)
        return s;
    auto revoked = m_sessions.revokeAllExcept(userId, sessionId);
    if (!revoked)
        return revoked.error();
    return tx.commit();
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
