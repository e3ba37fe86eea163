#include "chaincrypto/sealed_seed.h"

#include "crypto/secret_box.h"
#include "crypto/secure_random.h"

#include <QRegularExpression>

#include <argon2.h>

namespace azc::chain {

namespace {

constexpr int kSaltBytes = 16;
constexpr quint32 kMinMemoryKiB = 19456, kMinIterations = 2;
// Refuse to open values whose parameters would exhaust the machine.
constexpr quint32 kMaxMemoryKiB = 4u * 1024 * 1024, kMaxIterations = 64, kMaxParallelism = 16;

QByteArray deriveKey(const QString &passphrase, const QByteArray &salt,
                     const crypto::Argon2Params &p)
{
    QByteArray pwd = passphrase.toUtf8();
    QByteArray key(32, '\0');
    const int rc = argon2id_hash_raw(p.iterations, p.memoryKiB, p.parallelism, pwd.constData(),
                                     size_t(pwd.size()), salt.constData(), size_t(salt.size()),
                                     key.data(), size_t(key.size()));
    pwd.fill('\0');
    if (rc != ARGON2_OK)
        qFatal("argon2id_hash_raw failed: %s", argon2_error_message(rc));
    return key;
}

Error malformed()
{
    return fail("malformed_sealed_seed",
                QStringLiteral("Not a sealed seed in a format this version reads"));
}

} // namespace

QString sealSeed(const QByteArray &seed, const QString &passphrase, crypto::Argon2Params params)
{
    params.memoryKiB = std::max(params.memoryKiB, kMinMemoryKiB);
    params.iterations = std::max(params.iterations, kMinIterations);
    params.parallelism = std::max(params.parallelism, 1u);
    const QByteArray salt = crypto::randomBytes(kSaltBytes);
    QByteArray key = deriveKey(passphrase, salt, params);
    const QString box = crypto::SecretBox::withKey(key).seal(seed);
    key.fill('\0');
    return QStringLiteral("azcseed$v1$m=%1,t=%2,p=%3$%4$%5")
            .arg(params.memoryKiB)
            .arg(params.iterations)
            .arg(params.parallelism)
            .arg(QString::fromLatin1(salt.toBase64()), box);
}

Result<QByteArray> openSeed(const QString &sealed, const QString &passphrase)
{
    static const QRegularExpression format(
            QStringLiteral("^azcseed\\$v1\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,10})\\$([A-Za-z0-"
                           "9+/=]+)\\$(v1:[A-Za-z0-9+/=]+)$"));
    const auto m = format.match(sealed.trimmed());
    if (!m.hasMatch())
        return malformed();
    crypto::Argon2Params params;
    params.memoryKiB = m.captured(1).toUInt();
    params.iterations = m.captured(2).toUInt();
    params.parallelism = m.captured(3).toUInt();
    if (params.memoryKiB < kMinMemoryKiB || params.memoryKiB > kMaxMemoryKiB
        || params.iterations < kMinIterations || params.iterations > kMaxIterations
        || params.parallelism < 1 || params.parallelism > kMaxParallelism)
        return malformed();
    const QByteArray salt = QByteArray::fromBase64(m.captured(4).toLatin1());
    if (salt.size() != kSaltBytes)
        return malformed();
    QByteArray key = deriveKey(passphrase, salt, params);
    const auto seed = crypto::SecretBox::withKey(key).open(m.captured(5));
    key.fill('\0');
    if (!seed)
        return fail("wrong_passphrase",
                    QStringLiteral("Wrong passphrase, or the sealed seed was altered"));
    return *seed;
}

} // namespace azc::chain
