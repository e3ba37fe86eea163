#pragma once
// Message digests and MACs from OpenSSL.

#include <QByteArray>

namespace azc::crypto {

QByteArray sha256(const QByteArray &data);              // 32 raw bytes
QByteArray sha256Hex(const QByteArray &data);           // 64 lower-case hex characters
enum class HmacAlgorithm { Sha1, Sha256, Sha512 };
QByteArray hmac(HmacAlgorithm algorithm, const QByteArray &key, const QByteArray &message);
// Compares without leaking where the first difference is.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace azc::crypto
