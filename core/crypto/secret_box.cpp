#include "crypto/secret_box.h"

#include "crypto/secure_random.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <memory>
#include <openssl/evp.h>

namespace azc::crypto {

namespace {

constexpr int kKeySize = 32;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
const QString kPrefix = QStringLiteral("v1:");

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

} // namespace

Result<QByteArray> loadOrCreateKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return Error::make(QStringLiteral("invalid_config"), QStringLiteral("cannot create the key file ") + path);
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        out.write(randomBytes(kKeySize));
        if (!out.commit())
            return Error::make(QStringLiteral("invalid_config"), QStringLiteral("cannot write the key file ") + path);
    }
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("invalid_config"), QStringLiteral("cannot read the key file ") + path);
    const QByteArray key = file.readAll();
    if (key.size() != kKeySize)
        return Error::make(QStringLiteral("invalid_config"), QStringLiteral("the key file %1 is damaged").arg(path));
    return key;
}

Result<SecretBox> SecretBox::loadOrCreate(const QString &path)
{
    auto key = loadOrCreateKeyFile(path);
    if (!key)
        return key.error();
    return SecretBox(key.value());
}

SecretBox SecretBox::withKey(const QByteArray &key32)
{
    Q_ASSERT(key32.size() == kKeySize);
    return SecretBox(key32);
}

QString SecretBox::seal(const QByteArray &plain) const
{
    const QByteArray nonce = randomBytes(kNonceSize);
    QByteArray out(kNonceSize + plain.size() + kTagSize, Qt::Uninitialized);
    std::copy(nonce.begin(), nonce.end(), out.begin());
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0;
    auto *cipherText = reinterpret_cast<unsigned char *>(out.data() + kNonceSize);
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                                   reinterpret_cast<const unsigned char *>(m_key.constData()),
                                   reinterpret_cast<const unsigned char *>(nonce.constData())) != 1
        || EVP_EncryptUpdate(ctx.get(), cipherText, &len, reinterpret_cast<const unsigned char *>(plain.constData()),
                             int(plain.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), cipherText + len, &len) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize,
                               out.data() + kNonceSize + plain.size()) != 1)
        qFatal("AES-256-GCM encryption failed");
    return kPrefix + QString::fromLatin1(out.toBase64());
}

std::optional<QByteArray> SecretBox::open(const QString &sealed) const
{
    if (!sealed.startsWith(kPrefix))
        return std::nullopt;
    const QByteArray raw = QByteArray::fromBase64(sealed.mid(kPrefix.size()).toLatin1());
    if (raw.size() < kNonceSize + kTagSize)
        return std::nullopt;
    const int textSize = int(raw.size()) - kNonceSize - kTagSize;
    QByteArray plain(textSize, Qt::Uninitialized);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0;
    QByteArray tag = raw.right(kTagSize);
    if (!ctx
        || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                              reinterpret_cast<const unsigned char *>(m_key.constData()),
                              reinterpret_cast<const unsigned char *>(raw.constData())) != 1
        || EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &len,
                             reinterpret_cast<const unsigned char *>(raw.constData() + kNonceSize), textSize) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + len, &len) != 1)
        return std::nullopt; // wrong key, or the value was altered
    return plain;
}

} // namespace azc::crypto
