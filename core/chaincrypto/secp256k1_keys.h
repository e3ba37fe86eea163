#pragma once
// secp256k1 through Debian's libsecp256k1: key checks, public keys, the
// tweak-add steps of BIP32, and recoverable ECDSA (RFC 6979 nonces, low S)
// as Ethereum uses it. One process-wide context, randomized once against
// side channels; libsecp256k1 allows concurrent use of a context that is
// no longer being modified.

#include "common/result.h"

#include <QByteArray>

namespace azc::chain {

// An Ethereum-style signature: r and s as 32 big-endian bytes each, and the
// recovery id (0 or 1; v = 27 + id, or chainId * 2 + 35 + id, or id itself
// for typed transactions).
struct Signature
{
    QByteArray r;
    QByteArray s;
    int recoveryId = 0;
};

namespace secp256k1 {

bool isValidPrivateKey(const QByteArray &key32);
// Compressed (33 bytes) or uncompressed (65 bytes, 0x04 prefix).
Result<QByteArray> publicKey(const QByteArray &privateKey32, bool compressed);
// Re-serialises any valid public key (33 or 65 bytes).
Result<QByteArray> normalisePublicKey(const QByteArray &publicKey, bool compressed);
// key + tweak mod n; fails for an invalid tweak (>= n) or a zero result.
Result<QByteArray> privateKeyTweakAdd(const QByteArray &privateKey32, const QByteArray &tweak32);
// P + tweak*G, compressed.
Result<QByteArray> publicKeyTweakAdd(const QByteArray &publicKey, const QByteArray &tweak32);
Result<Signature> signRecoverable(const QByteArray &hash32, const QByteArray &privateKey32);
// The signer's uncompressed public key (65 bytes).
Result<QByteArray> recover(const QByteArray &hash32, const Signature &signature);

} // namespace secp256k1
} // namespace azc::chain
