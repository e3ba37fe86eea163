#pragma once
// Cryptographically secure randomness (OpenSSL RAND_bytes). Aborts rather
// than return weak bytes: every caller uses these for secrets.

#include <QByteArray>
#include <QString>

namespace azc::crypto {

QByteArray randomBytes(int count);
// 256 random bits as unpadded base64url (43 characters): session tokens, secrets.
QString randomToken();
// A random identifier for database rows: 16 random bytes as 32 lower-case hex characters.
QString randomId();

} // namespace azc::crypto
