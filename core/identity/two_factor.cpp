#include "identity/two_factor.h"

#include "crypto/digest.h"
#include "crypto/secure_random.h"
#include "crypto/totp.h"
#include "storage/database.h"

namespace azc::identity {

namespace {

Error invalidTotp()
{
    return Error::make(QStringLiteral("invalid_totp"), QStringLiteral("the code is wrong or was already used"));
}

Error invalidState(const QString &message)
{
    return Error::make(QStringLiteral("invalid_state"), message);
}

QString recoveryHash(const QString &code)
{
    return QString::fromLatin1(crypto::sha256Hex(code.trimmed().toLower().remove(QLatin1Char('-')).toUtf8()));
}

} // namespace

TwoFactor::TwoFactor(storage::Database &db, UserDirectory &users, const crypto::SecretBox &box,
                     AttemptThrottle &throttle, const Clock &clock)
    : m_db(db), m_users(users), m_box(box), m_throttle(throttle), m_clock(clock)
{
}

Result<QJsonObject> TwoFactor::enroll(const QString &userId)
{
    auto user = m_users.require(userId);
    if (!user)
        return user.error();
    if (!user->totpSecret.isEmpty())
        return invalidState(QStringLiteral("two-factor authentication is already on"));
    const QString secret = crypto::base32Encode(crypto::randomBytes(20)); // 160 bits, as RFC 4226 recommends
    if (auto s = m_users.setTotp(userId, QString(), m_box.seal(secret.toLatin1()), -1); !s)
        return s.error();
    return QJsonObject{{QStringLiteral("secret"), secret},
                       {QStringLiteral("uri"), crypto::totpUri(QStringLiteral("AZCoiner"), user->username,
                                                               *crypto::base32Decode(secret))}};
}

Status TwoFactor::verifyTotp(const User &user, const QString &sealedSecret, const QString &code)
{
    const auto opened = m_box.open(sealedSecret);
    const auto secret = opened ? crypto::base32Decode(QString::fromLatin1(*opened)) : std::nullopt;
    if (!secret)
        return Error::make(QStringLiteral("internal_error"), QStringLiteral("the stored second factor cannot be read"));
    const auto step = crypto::totpVerify(*secret, code.trimmed(), m_clock.nowMs() / 1000, user.totpLastStep);
    if (!step)
        return invalidTotp();
    return m_users.setTotp(user.id, user.totpSecret, user.totpPending, *step);
}

Result<QStringList> TwoFactor::confirm(const QString &userId, const QString &code, const AttemptKey &key)
{
    auto user = m_users.require(userId);
    if (!user)
        return user.error();
    if (user->totpPending.isEmpty())
        return invalidState(QStringLiteral("start enrolment first"));
    if (auto s = m_throttle.check(key); !s)
        return s.error();
    storage::Transaction tx(m_db);
    if (auto s = verifyTotp(user.value(), user->totpPending, code); !s) {
        if (s.error().reason == QLatin1String("invalid_totp"))
            m_throttle.failed(key);
        return s.error();
    }
    m_throttle.succeeded(key);
    auto fresh = m_users.require(userId);
    if (!fresh)
        return fresh.error();
    if (auto s = m_users.setTotp(userId, user->totpPending, QString(), fresh->totpLastStep); !s)
        return s.error();
    if (auto d = m_db.exec(QStringLiteral("DELETE FROM recovery_codes WHERE user_id = ?"), {userId}); !d)
        return d.error();
    QStringList codes;
    for (int i = 0; i < 10; ++i) {
        const QString raw = QString::fromLatin1(crypto::randomBytes(5).toHex());
        const QString code10 = raw.left(5) + QLatin1Char('-') + raw.mid(5);
        codes.append(code10);
        auto ins = m_db.exec(QStringLiteral("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)"),
                             {userId, recoveryHash(code10)});
        if (!ins)
            return ins.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return codes;
}

Status TwoFactor::verify(const User &user, const QString &code)
{
    if (user.totpSecret.isEmpty())
        return invalidState(QStringLiteral("two-factor authentication is off"));
    const QString trimmed = code.trimmed();
    if (trimmed.size() == 6)
        return verifyTotp(user, user.totpSecret, trimmed);
    auto used = m_db.exec(QStringLiteral("UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ?"
                                         " AND used_at IS NULL"),
                          {m_clock.nowMs(), user.id, recoveryHash(trimmed)});
    if (!used)
        return used.error();
    return used.value().numRowsAffected() == 1 ? okStatus() : Status(invalidTotp());
}

Status TwoFactor::check(const User &user, const QString &code, const AttemptKey &key)
{
    if (auto s = m_throttle.check(key); !s)
        return s;
    auto verified = verify(user, code);
    if (verified)
        m_throttle.succeeded(key);
    else if (verified.error().reason == QLatin1String("invalid_totp"))
        m_throttle.failed(key);
    return verified;
}

Status TwoFactor::disable(const QString &userId, const QString &code, const AttemptKey &key)
{
    auto user = m_users.require(userId);
    if (!user)
        return user.error();
    if (user->totpSecret.isEmpty())
        return invalidState(QStringLiteral("two-factor authentication is off"));
    storage::Transaction tx(m_db);
    if (auto s = check(user.value(), code, key); !s)
        return s;
    if (auto s = m_users.setTotp(userId, QString(), QString(), -1); !s)
        return s;
    if (auto d = m_db.exec(QStringLiteral("DELETE FROM recovery_codes WHERE user_id = ?"), {userId}); !d)
        return d.error();
    return tx.commit();
}

} // namespace azc::identity
