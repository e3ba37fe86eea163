// AuthService's credential checks: every path that runs Argon2id does so
// through PasswordWork (off the backend thread, by turns per source),
// respects the AttemptThrottle before hashing, counts wrong passwords for
// the caller's own key, and re-reads the account after the hash because
// other requests ran in between.

#include "identity/auth_service.h"

#include "storage/database.h"

namespace azc::identity {

namespace {

Error badCredentials()
{
    return fail("invalid_credentials", QStringLiteral("wrong username or password"));
}

} // namespace

Result<User> AuthService::afterPasswordCheck(const QString &userId, const QString &checkedHash, bool verified,
                                             const AttemptKey &key)
{
    auto fresh = m_users.require(userId);
    if (!fresh)
        return fresh.error();
    // Changed while we hashed: what was checked is no longer the password.
    if (fresh->passwordHash != checkedHash)
        return badCredentials();
    if (!verified) {
        m_throttle.failed(key);
        return badCredentials();
    }
    return fresh;
}

void AuthService::registerAsync(const Registration &r, const QString &source, std::function<void(Result<User>)> done)
{
    auto user = validateRegistration(r, server::Role::User);
    if (!user)
        return done(user.error());
    const auto started = m_work.run(source, {}, {}, r.password, [this, u = user.value(), done](PasswordWork::Outcome o) mutable {
        u.passwordHash = o.newHash;
        done(insertUser(u));
    });
    if (!started)
        done(started.error());
}

void AuthService::loginAsync(const QString &username, const QString &password, const QString &totpCode,
                             const QString &device, const QString &source,
                             std::function<void(Result<LoginResult>)> done)
{
    // Keyed by the name typed, not the account: a name nobody has waits
    // exactly like a real one, so the answers never tell who exists.
    const AttemptKey key = AttemptKey::login(username, source);
    if (auto s = m_throttle.check(key); !s)
        return done(s.error());
    auto found = m_users.byUsername(username.trimmed());
    if (!found)
        return done(found.error());
    if (!found.value()) {
        // Same work as for a real account, so timing does not tell who exists.
        const auto started = m_work.run(source, password, m_dummyHash, {}, [this, key, done](PasswordWork::Outcome) {
            if (auto s = m_throttle.check(key); !s)
                return done(s.error()); // the same answer a real account gives here
            m_throttle.failed(key);
            done(badCredentials());
        });
        if (!started)
            done(started.error());
        return;
    }
    const User user = *found.value();
    const auto started = m_work.run(source, password, user.passwordHash, {},
                                    [this, user, password, totpCode, device, key, done](PasswordWork::Outcome o) {
                                        // Guesses sent together all pass the check above; once the key
                                        // waits, the rest are answered alike, right or wrong.
                                        if (auto s = m_throttle.check(key); !s)
                                            return done(s.error());
                                        auto checked = afterPasswordCheck(user.id, user.passwordHash, o.verified, key);
                                        if (!checked)
                                            return done(checked.error());
                                        done(finishLogin(checked.value(), password, totpCode, device, key));
                                    });
    if (!started)
        done(started.error());
}

Result<LoginResult> AuthService::finishLogin(const User &user, const QString &password, const QString &totpCode,
                                             const QString &device, const AttemptKey &key)
{
    if (user.frozen)
        return fail("account_frozen", QStringLiteral("this account is frozen; contact support"));
    if (!user.totpSecret.isEmpty()) {
        if (totpCode.isEmpty())
            return fail("totp_required", QStringLiteral("enter the code from your authenticator app"));
        // The same key as the password: from this address, wrong codes and
        // wrong passwords add up.
        if (auto s = m_twoFactor.check(user, totpCode, key); !s)
            return s.error();
    }
    m_throttle.succeeded(key);
    storage::Transaction tx(m_db);
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

void AuthService::verifyPasswordAsync(const QString &userId, const QString &sessionId, const QString &password,
                                      std::function<void(Status)> done)
{
    const AttemptKey key = AttemptKey::session(userId, sessionId);
    if (auto s = m_throttle.check(key); !s)
        return done(s);
    auto user = m_users.require(userId);
    if (!user)
        return done(user.error());
    const QString checked = user->passwordHash;
    const auto started = m_work.run(key.source, password, checked, {},
                                    [this, userId, checked, key, done](PasswordWork::Outcome o) {
                                        auto ok = afterPasswordCheck(userId, checked, o.verified, key);
                                        done(ok ? okStatus() : Status(ok.error()));
                                    });
    if (!started)
        done(started);
}

void AuthService::changePasswordAsync(const QString &userId, const QString &sessionId, const QString &current,
                                      const QString &next, std::function<void(Status)> done)
{
    const AttemptKey key = AttemptKey::session(userId, sessionId);
    if (auto s = m_throttle.check(key); !s)
        return done(s);
    auto user = m_users.require(userId);
    if (!user)
        return done(user.error());
    if (auto s = m_policy.check(next, user->username); !s)
        return done(s);
    const QString checked = user->passwordHash;
    const auto started = m_work.run(key.source, current, checked, next,
                                    [this, userId, sessionId, checked, key, done](PasswordWork::Outcome o) {
        auto ok = afterPasswordCheck(userId, checked, o.verified, key);
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
