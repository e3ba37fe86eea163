#pragma once
// chaincrypto: the chain layer's keys and signatures (issue 4, "Crypto").
// hashes.h holds the digests that OpenSSL 3 does not offer by default:
// Keccak-256 (Ethereum's pre-standard SHA-3 padding, not FIPS SHA3-256) and
// RIPEMD-160 (legacy provider only in OpenSSL 3), both from Crypto++.

#include <QByteArray>

namespace azc::chain {

QByteArray keccak256(const QByteArray &data);    // 32 raw bytes
QByteArray doubleSha256(const QByteArray &data); // SHA-256(SHA-256(data)), 32 bytes
QByteArray hash160(const QByteArray &data);      // RIPEMD-160(SHA-256(data)), 20 bytes

} // namespace azc::chain
