#pragma once
// TOTP two-factor authentication: enrol (a pending secret), confirm with a
// first code (then it is on, and ten single-use recovery codes are issued),
// disable, and checking a code or recovery code at log-in.

#include "common/clock.h"
#include "common/result.h"
#include "crypto/secret_box.h"
#include "identity/user_directory.h"

#include <QJsonObject>

namespace azc::identity {

class TwoFactor
{
public:
    // Secrets are stored sealed by `box` (encrypted at rest), never in the clear.
    TwoFactor(storage::Database &db, UserDirectory &users, const crypto::SecretBox &box, const Clock &clock);

    Result<QJsonObject> enroll(const QString &userId);                      // {secret, uri}
    Result<QStringList> confirm(const QString &userId, const QString &code); // recovery codes
    Status disable(const QString &userId, const QString &code);
    // A TOTP code (each step once) or an unused recovery code.
    Status verify(const User &user, const QString &code);

private:
    Status verifyTotp(const User &user, const QString &sealedSecret, const QString &code);
    storage::Database &m_db;
    UserDirectory &m_users;
    const crypto::SecretBox &m_box;
    const Clock &m_clock;
};

} // namespace azc::identity
