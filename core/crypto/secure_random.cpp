#include "crypto/secure_random.h"

#include <QtGlobal>
#include <openssl/rand.h>

namespace azc::crypto {

QByteArray randomBytes(int count)
{
    if (count <= 0)
        return {};
    QByteArray out(count, Qt::Uninitialized);
    // Returning predictable bytes would silently weaken every secret built on
    // them, so a failing CSPRNG is fatal.
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        qFatal("RAND_bytes failed: no secure randomness available");
    return out;
}

QString randomToken()
{
    return QString::fromLatin1(randomBytes(32).toBase64(QByteArray::Base64UrlEncoding
                                                        | QByteArray::OmitTrailingEquals));
}

QString randomId()
{
    return QString::fromLatin1(randomBytes(16).toHex());
}

} // namespace azc::crypto
