#include "crypto/password_hasher.h"

#include "crypto/secure_random.h"

#include <QStringList>
#include <QtGlobal>
#include <algorithm>
#include <argon2.h>
#include <openssl/crypto.h>

namespace azc::crypto {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
constexpr Argon2Params kMinimum; // the header's defaults are OWASP's floor

// Wipes the UTF-8 copy of the password once libargon2 is done with it.
struct Utf8Secret
{
    explicit Utf8Secret(const QString &s) : bytes(s.toUtf8()) {}
    ~Utf8Secret() { OPENSSL_cleanse(bytes.data(), size_t(bytes.size())); }
    Utf8Secret(const Utf8Secret &) = delete;
    Utf8Secret &operator=(const Utf8Secret &) = delete;
    QByteArray bytes;
};

} // namespace

PasswordHasher::PasswordHasher(Argon2Params params)
    : m_params{std::max(params.memoryKiB, kMinimum.memoryKiB),
               std::max(params.iterations, kMinimum.iterations),
               std::max(params.parallelism, kMinimum.parallelism)}
{
}

QString PasswordHasher::hash(const QString &password) const
{
    const Utf8Secret pwd(password);
    const QByteArray salt = randomBytes(kSaltBytes);
    const size_t len = argon2_encodedlen(m_params.iterations, m_params.memoryKiB,
                                         m_params.parallelism, kSaltBytes, kHashBytes, Argon2_id);
    QByteArray encoded(qsizetype(len) + 1, '\0');
    const int rc = argon2id_hash_encoded(m_params.iterations, m_params.memoryKiB,
                                         m_params.parallelism, pwd.bytes.constData(),
                                         size_t(pwd.bytes.size()), salt.constData(), kSaltBytes,
                                         kHashBytes, encoded.data(), size_t(encoded.size()));
    // Failure is almost always a refused memory allocation: an empty result lets
    // the caller refuse the request instead of taking the whole process down.
    if (rc != ARGON2_OK) {
        qWarning("argon2id_hash_encoded failed: %s", argon2_error_message(rc));
        return {};
    }
    return QString::fromLatin1(encoded.constData());
}

bool PasswordHasher::verify(const QString &password, const QString &phc) const
{
    if (!phc.startsWith(QLatin1String("$argon2id$")))
        return false;
    const Utf8Secret pwd(password);
    const QByteArray encoded = phc.toLatin1();
    return argon2id_verify(encoded.constData(), pwd.bytes.constData(), size_t(pwd.bytes.size()))
        == ARGON2_OK;
}

bool PasswordHasher::needsRehash(const QString &phc) const
{
    // $argon2id$v=19$m=...,t=...,p=...$salt$hash
    const QStringList parts = phc.split(QLatin1Char('$'));
    if (parts.size() != 6 || !parts[0].isEmpty() || parts[1] != QLatin1String("argon2id"))
        return true;
    // Missing fields count as weaker: a string we cannot read is replaced.
    quint32 m = 0, t = 0, p = 0;
    for (const QString &kv : parts[3].split(QLatin1Char(','))) {
        bool ok = false;
        const quint32 value = kv.mid(2).toUInt(&ok);
        if (!ok)
            return true;
        if (kv.startsWith(QLatin1String("m=")))
            m = value;
        else if (kv.startsWith(QLatin1String("t=")))
            t = value;
        else if (kv.startsWith(QLatin1String("p=")))
            p = value;
    }
    return m < m_params.memoryKiB || t < m_params.iterations || p < m_params.parallelism;
}

} // namespace azc::crypto
