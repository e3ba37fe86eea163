#pragma once
// Registration, log-in (with throttling and lock-out), password changes and
// the admin actions on accounts (roles, freezes, the first admin).

#include "common/clock.h"
#include "common/result.h"
#include "crypto/password_hasher.h"
#include "identity/password_policy.h"
#include "identity/session_manager.h"
#include "identity/two_factor.h"
#include "identity/user_directory.h"

#include <QObject>
#include <QThreadPool>
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
    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kLockoutMs = 15 * 60 * 1000;

    AuthService(storage::Database &db, UserDirectory &users, SessionManager &sessions, TwoFactor &twoFactor,
                audit::AuditLog &audit, const Clock &clock, crypto::Argon2Params argon2 = {});

    Result<User> registerUser(const Registration &r, server::Role role = server::Role::User);
    // Checks credentials and (when on) the second factor; issues a new session.
    Result<LoginResult> login(const QString &username, const QString &password, const QString &totpCode,
                              const QString &device);
    // The same, with the Argon2id verification (~50 ms of CPU) on a worker
    // thread so the backend thread keeps serving everyone else meanwhile.
    // `done` runs on the thread that called loginAsync.
    void loginAsync(const QString &username, const QString &password, const QString &totpCode,
                    const QString &device, std::function<void(Result<LoginResult>)> done);
    // For confirming a sensitive action; counts towards the lock-out like a log-in.
    Status verifyPassword(const QString &userId, const QString &password);
    Status changePassword(const QString &userId, const QString &sessionId, const QString &current,
                          const QString &next);
    Result<User> updateProfile(const QString &userId, const QString &displayName, const QString &email,
                               const QString &phone);

    Result<User> setRole(const QString &actorId, const QString &userId, server::Role role);
    Result<User> setFrozen(const QString &actorId, const QString &userId, bool frozen, const QString &reason);

    const PasswordPolicy &policy() const { return m_policy; }

    ~AuthService();

private:
    Status recordFailure(const User &user);
    // Everything after the password check, on the backend thread.
    Result<LoginResult> finishLogin(const QString &userId, bool passwordOk, const QString &password,
                                    const QString &totpCode, const QString &device);
    storage::Database &m_db;
    UserDirectory &m_users;
    SessionManager &m_sessions;
    TwoFactor &m_twoFactor;
    audit::AuditLog &m_audit;
    const Clock &m_clock;
    crypto::PasswordHasher m_hasher;
    PasswordPolicy m_policy;
    QString m_dummyHash; // verified against when the user does not exist: same timing
    QThreadPool m_hashPool;
    QObject m_context; // receives the results of m_hashPool on the backend thread
};

} // namespace azc::identity
