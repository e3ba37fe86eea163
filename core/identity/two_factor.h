#pragma once
// TOTP two-factor authentication: enrol (a pending secret), confirm with a
// first code (then it is on, and ten single-use recovery codes are issued),
// disable, and checking a code or recovery code at log-in.

#include "common/clock.h"
#include "common/result.h"
#include "crypto/secret_box.h"
#include "identity/attempt_throttle.h"
#include "identity/user_directory.h"

#include <QJsonObject>

namespace azc::identity {

class TwoFactor
{
public:
    // Secrets are stored sealed by `box` (encrypted at rest), never in the clear.
    TwoFactor(storage::Database &db, UserDirectory &users, const crypto::SecretBox &box, AttemptThrottle &throttle,
              const Clock &clock);

    Result<QJsonObject> enroll(const QString &userId);                      // {secret, uri}
    // Recovery codes. `key` throttles wrong codes (AttemptKey::session).
    Result<QStringList> confirm(const QString &userId, const QString &code, const AttemptKey &key);
    Status disable(const QString &userId, const QString &code, const AttemptKey &key);
    // The one check of a second factor, for every method that takes a code:
    // refused while `key` waits (too_many_attempts), then a TOTP code (each
    // step once) or an unused recovery code; a wrong one counts for `key`.
    // Callers that move money run it last, once everything else would
    // succeed (ledger::OperationRequest::lastGate), so a refusal for another
    // reason never tells whether the code was right.
    Status check(const User &user, const QString &code, const AttemptKey &key);

private:
    Status verify(const User &user, const QString &code);
    Status verifyTotp(const User &user, const QString &sealedSecret, const QString &code);
    storage::Database &m_db;
    UserDirectory &m_users;
    const crypto::SecretBox &m_box;
    AttemptThrottle &m_throttle;
    const Clock &m_clock;
};

} // namespace azc::identity
