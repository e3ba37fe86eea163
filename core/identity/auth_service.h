#pragma once
// Registration, log-in (wrong guesses back off per source, AttemptThrottle), password changes and
// the admin actions on accounts (roles, freezes, the first admin).

#include "common/clock.h"
#include "common/result.h"
#include "crypto/password_hasher.h"
#include "identity/password_policy.h"
#include "identity/password_work.h"
#include "identity/session_manager.h"
#include "identity/two_factor.h"
#include "identity/user_directory.h"

#include <functional>

namespace azc::audit { class AuditLog; }

namespace azc::identity {

struct Registration {
    QString username;
    QString displayName;
    QString password;
    QString email;
    QString phone;
};

struct LoginResult {
    User user;
    IssuedSession session;
};

class AuthService
{
public:
    AuthService(storage::Database &db, UserDirectory &users, SessionManager &sessions, TwoFactor &twoFactor,
                AttemptThrottle &throttle, audit::AuditLog &audit, const Clock &clock,
                crypto::Argon2Params argon2 = {});

    // Synchronous: for operators and the demo seed, not for client requests.
    Result<User> registerUser(const Registration &r, server::Role role = server::Role::User);

    // The calls clients make. Each hashes off the backend thread (see
    // PasswordWork, which takes turns between `source`s) and runs `done`
    // back on it; none hashes while its AttemptKey waits, and each wrong
    // password or second factor counts for that key. `source` is the
    // client's address key (server::CallContext::source).
    void registerAsync(const Registration &r, const QString &source, std::function<void(Result<User>)> done);
    void loginAsync(const QString &username, const QString &password, const QString &totpCode,
                    const QString &device, const QString &source, std::function<void(Result<LoginResult>)> done);
    // Confirms a sensitive action (turning 2FA off) with the password; wrong
    // passwords count for this session only.
    void verifyPasswordAsync(const QString &userId, const QString &sessionId, const QString &password,
                             std::function<void(Status)> done);
    void changePasswordAsync(const QString &userId, const QString &sessionId, const QString &current,
                             const QString &next, std::function<void(Status)> done);
    Result<User> updateProfile(const QString &userId, const QString &displayName, const QString &email,
                               const QString &phone);

    Result<User> setRole(const QString &actorId, const QString &userId, server::Role role);
    Result<User> setFrozen(const QString &actorId, const QString &userId, bool frozen, const QString &reason);

    const PasswordPolicy &policy() const { return m_policy; }

private:
    Result<User> validateRegistration(const Registration &r, server::Role role);
    Result<User> insertUser(User user);
    // After the hash: re-reads the account (other requests ran meanwhile)
    // and refuses when the password changed since `checkedHash` was read.
    Result<User> afterPasswordCheck(const QString &userId, const QString &checkedHash, bool verified,
                                    const AttemptKey &key);
    Result<LoginResult> finishLogin(const User &user, const QString &password, const QString &totpCode,
                                    const QString &device, const AttemptKey &key);
    storage::Database &m_db;
    UserDirectory &m_users;
    SessionManager &m_sessions;
    TwoFactor &m_twoFactor;
    AttemptThrottle &m_throttle;
    audit::AuditLog &m_audit;
    const Clock &m_clock;
    PasswordPolicy m_policy;
    PasswordWork m_work;
    QString m_dummyHash; // verified against when the user does not exist: same timing
};

} // namespace azc::identity
