#include "crypto/digest.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace azc::crypto {

namespace {

const EVP_MD *mdFor(HmacAlgorithm algorithm)
{
    switch (algorithm) {
    case HmacAlgorithm::Sha1: return EVP_sha1();
    case HmacAlgorithm::Sha256: return EVP_sha256();
    case HmacAlgorithm::Sha512: return EVP_sha512();
    }
    return EVP_sha256();
}

} // namespace

QByteArray sha256(const QByteArray &data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()),
                   &len, EVP_sha256(), nullptr) != 1)
        qFatal("EVP_Digest(SHA-256) failed");
    return out;
}

QByteArray sha256Hex(const QByteArray &data)
{
    return sha256(data).toHex();
}

QByteArray hmac(HmacAlgorithm algorithm, const QByteArray &key, const QByteArray &message)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int len = 0;
    // HMAC() with an empty key needs a non-null pointer on some OpenSSL builds.
    static const unsigned char emptyKey = 0;
    const void *keyData = key.isEmpty() ? static_cast<const void *>(&emptyKey) : key.constData();
    if (!HMAC(mdFor(algorithm), keyData, int(key.size()),
              reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
              reinterpret_cast<unsigned char *>(out.data()), &len))
        qFatal("HMAC failed");
    out.truncate(int(len));
    return out;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Lengths are not secret here (codes and MACs have fixed public sizes).
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace azc::crypto
