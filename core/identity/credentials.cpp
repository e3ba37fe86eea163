// AuthService's credential checks: every path that runs Argon2id does so
// through PasswordWork (off the backend thread), respects the lock-out
// before hashing, counts wrong passwords, and re-reads the account after
// the hash because other requests ran in between.

#include "identity/auth_service.h"

#include "storage/database.h"

namespace azc::identity {

namespace {

Error badCredentials()
{
    return fail("invalid_credentials", QStringLiteral("wrong username or password"));
}

} // namespace

Status AuthService::notLocked(const User &user) const
{
    const qint64 now = m_clock.nowMs();
    if (user.lockedUntil > now)
        return fail("account_locked", QStringLiteral("too many failed attempts; try again later"),
                    {{QStringLiteral("retryAfterMs"), user.lockedUntil - now}});
    return okStatus();
}

Status AuthService::recordFailure(const QString &userId)
{
    auto user = m_users.require(userId);
    if (!user)
        return user.error();
    const int failures = user->failedLogins + 1;
    if (failures >= kMaxFailures)
        return m_users.setLoginFailures(userId, 0, m_clock.nowMs() + kLockoutMs);
    return m_users.setLoginFailures(userId, failures, 0);
}

Result<User> AuthService::afterPasswordCheck(const QString &userId, const QString &checkedHash, bool verified)
{
    auto fresh = m_users.require(userId);
    if (!fresh)
        return fresh.error();
    if (auto s = notLocked(fresh.value()); !s)
        return s.error();
    // Changed while we hashed: what was checked is no longer the password.
    if (fresh->passwordHash != checkedHash)
        return badCredentials();
    if (!verified) {
        if (auto s = recordFailure(userId); !s)
            return s.error();
        return badCredentials();
    }
    return fresh;
}

void AuthService::registerAsync(const Registration &r, std::function<void(Result<User>)> done)
{
    auto user = validateRegistration(r, server::Role::User);
    if (!user)
        return done(user.error());
    const auto started = m_work.run({}, {}, r.password, [this, u = user.value(), done](PasswordWork::Outcome o) mutable {
        u.passwordHash = o.newHash;
        done(insertUser(u));
    });
    if (!started)
        done(started.error());
}

void AuthService::loginAsync(const QString &username, const QString &password, const QString &totpCode,
                             const QString &device, std::function<void(Result<LoginResult>)> done)
{
    auto found = m_users.byUsername(username.trimmed());
    if (!found)
        return done(found.error());
    if (!found.value()) {
        // Same work as for a real account, so timing does not tell who exists.
        const auto started = m_work.run(password, m_dummyHash, {}, [done](PasswordWork::Outcome) { done(badCredentials()); });
        if (!started)
            done(started.error());
        return;
    }
    const User user = *found.value();
    if (auto s = notLocked(user); !s)
        return done(s.error());
    const auto started = m_work.run(password, user.passwordHash, {},
                                    [this, user, password, totpCode, device, done](PasswordWork::Outcome o) {
                                        auto checked = afterPasswordCheck(user.id, user.passwordHash, o.verified);
                                        if (!checked)
                                            return done(checked.error());
                                        done(finishLogin(checked.value(), password, totpCode, device));
                                    });
    if (!started)
        done(started.error());
}

Result<LoginResult> AuthService::finishLogin(const User &user, const QString &password, const QString &totpCode,
                                             const QString &device)
{
    if (user.frozen)
        return fail("account_frozen", QStringLiteral("this account is frozen; contact support"));
    if (!user.totpSecret.isEmpty()) {
        if (totpCode.isEmpty())
            return fail("totp_required", QStringLiteral("enter the code from your authenticator app"));
        if (auto s = m_twoFactor.verify(user, totpCode); !s) {
            (void)recordFailure(user.id);
            return s.error();
        }
    }
    storage::Transaction tx(m_db);
    if (user.failedLogins != 0)
        if (auto s = m_users.setLoginFailures(user.id, 0, 0); !s)
            return s.error();
    if (m_work.hasher().needsRehash(user.passwordHash)) {
        // Rare (parameters were raised): hashing here once is acceptable.
        const QString stronger = m_work.hasher().hash(password);
        if (!stronger.isEmpty())
            if (auto s = m_users.setPasswordHash(user.id, stronger); !s)
                return s.error();
    }
    auto session = m_sessions.issue(user.id, device);
    if (!session)
        return session.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return LoginResult{user, session.value()};
}

void AuthService::verifyPasswordAsync(const QString &userId, const QString &password, std::function<void(Status)> done)
{
    auto user = m_users.require(userId);
    if (!user)
        return done(user.error());
    if (auto s = notLocked(user.value()); !s)
        return done(s);
    const QString checked = user->passwordHash;
    const auto started = m_work.run(password, checked, {}, [this, userId, checked, done](PasswordWork::Outcome o) {
        auto ok = afterPasswordCheck(userId, checked, o.verified);
        done(ok ? okStatus() : Status(ok.error()));
    });
    if (!started)
        done(started);
}

void AuthService::changePasswordAsync(const QString &userId, const QString &sessionId, const QString &current,
                                      const QString &next, std::function<void(Status)> done)
{
    auto user = m_users.require(userId);
    if (!user)
        return done(user.error());
    if (auto s = notLocked(user.value()); !s)
        return done(s);
    if (auto s = m_policy.check(next, user->username); !s)
        return done(s);
    const QString checked = user->passwordHash;
    const auto started = m_work.run(current, checked, next, [this, userId, sessionId, checked, done](PasswordWork::Outcome o) {
        auto ok = afterPasswordCheck(userId, checked, o.verified);
        if (!ok)
            return done(ok.error());
        if (o.newHash.isEmpty())
            return done(fail("internal_error", QStringLiteral("could not hash the password")));
        storage::Transaction tx(m_db);
        if (auto s = m_users.setPasswordHash(userId, o.newHash); !s)
            return done(s);
        auto revoked = m_sessions.revokeAllExcept(userId, sessionId);
        if (!revoked)
            return done(revoked.error());
        done(tx.commit());
    });
    if (!started)
        done(started);
}

} // namespace azc::identity
