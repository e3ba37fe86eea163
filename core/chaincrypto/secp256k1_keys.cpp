#include "chaincrypto/secp256k1_keys.h"

#include "crypto/secure_random.h"

#include <secp256k1.h>
#include <secp256k1_recovery.h>

namespace azc::chain::secp256k1 {

namespace {

const secp256k1_context *context()
{
    static const secp256k1_context *ctx = [] {
        secp256k1_context *c = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        const QByteArray seed = crypto::randomBytes(32);
        if (!secp256k1_context_randomize(c,
                                         reinterpret_cast<const unsigned char *>(seed.constData())))
            qFatal("secp256k1_context_randomize failed");
        return c;
    }();
    return ctx;
}

const unsigned char *u8(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

Result<secp256k1_pubkey> parsePublic(const QByteArray &publicKey)
{
    secp256k1_pubkey pub;
    if ((publicKey.size() != 33 && publicKey.size() != 65)
        || !secp256k1_ec_pubkey_parse(context(), &pub, u8(publicKey), size_t(publicKey.size())))
        return fail("invalid_public_key", QStringLiteral("Not a secp256k1 public key"));
    return pub;
}

QByteArray serialise(const secp256k1_pubkey &pub, bool compressed)
{
    QByteArray out(compressed ? 33 : 65, '\0');
    size_t len = size_t(out.size());
    secp256k1_ec_pubkey_serialize(context(), reinterpret_cast<unsigned char *>(out.data()), &len,
                                  &pub,
                                  compressed ? SECP256K1_EC_COMPRESSED : SECP256K1_EC_UNCOMPRESSED);
    return out;
}

} // namespace

bool isValidPrivateKey(const QByteArray &key32)
{
    return key32.size() == 32 && secp256k1_ec_seckey_verify(context(), u8(key32)) == 1;
}

Result<QByteArray> publicKey(const QByteArray &privateKey32, bool compressed)
{
    secp256k1_pubkey pub;
    if (privateKey32.size() != 32 || !secp256k1_ec_pubkey_create(context(), &pub, u8(privateKey32)))
        return fail("invalid_private_key", QStringLiteral("Not a secp256k1 private key"));
    return serialise(pub, compressed);
}

Result<QByteArray> normalisePublicKey(const QByteArray &publicKey, bool compressed)
{
    auto pub = parsePublic(publicKey);
    if (!pub)
        return pub.error();
    return serialise(pub.value(), compressed);
}

Result<QByteArray> privateKeyTweakAdd(const QByteArray &privateKey32, const QByteArray &tweak32)
{
    if (!isValidPrivateKey(privateKey32) || tweak32.size() != 32)
        return fail("invalid_private_key", QStringLiteral("Not a secp256k1 private key"));
    QByteArray out = privateKey32;
    out.detach();
    if (!secp256k1_ec_seckey_tweak_add(context(), reinterpret_cast<unsigned char *>(out.data()),
                                       u8(tweak32)))
        return fail("invalid_child_key", QStringLiteral("Tweak out of range or zero result"));
    return out;
}

Result<QByteArray> publicKeyTweakAdd(const QByteArray &publicKey, const QByteArray &tweak32)
{
    auto pub = parsePublic(publicKey);
    if (!pub)
        return pub.error();
    if (tweak32.size() != 32
        || !secp256k1_ec_pubkey_tweak_add(context(), &pub.value(), u8(tweak32)))
        return fail("invalid_child_key", QStringLiteral("Tweak out of range or point at infinity"));
    return serialise(pub.value(), true);
}

Result<Signature> signRecoverable(const QByteArray &hash32, const QByteArray &privateKey32)
{
    if (hash32.size() != 32)
        return fail("invalid_hash", QStringLiteral("Signing needs a 32-byte hash"));
    if (!isValidPrivateKey(privateKey32))
        return fail("invalid_private_key", QStringLiteral("Not a secp256k1 private key"));
    secp256k1_ecdsa_recoverable_signature sig;
    // The default nonce function is RFC 6979: the same key and hash always
    // give the same signature, which the published vectors rely on.
    if (!secp256k1_ecdsa_sign_recoverable(context(), &sig, u8(hash32), u8(privateKey32), nullptr,
                                          nullptr))
        return fail("signing_failed", QStringLiteral("secp256k1 could not sign"));
    QByteArray compact(64, '\0');
    int recid = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(
            context(), reinterpret_cast<unsigned char *>(compact.data()), &recid, &sig);
    return Signature{compact.left(32), compact.mid(32), recid};
}

Result<QByteArray> recover(const QByteArray &hash32, const Signature &signature)
{
    if (hash32.size() != 32 || signature.r.size() != 32 || signature.s.size() != 32
        || signature.recoveryId < 0 || signature.recoveryId > 3)
        return fail("invalid_signature", QStringLiteral("Malformed signature"));
    secp256k1_ecdsa_recoverable_signature sig;
    const QByteArray compact = signature.r + signature.s;
    if (!secp256k1_ecdsa_recoverable_signature_parse_compact(context(), &sig, u8(compact),
                                                             signature.recoveryId))
        return fail("invalid_signature", QStringLiteral("Malformed signature"));
    secp256k1_pubkey pub;
    if (!secp256k1_ecdsa_recover(context(), &pub, &sig, u8(hash32)))
        return fail("invalid_signature", QStringLiteral("Signature does not recover to a key"));
    return serialise(pub, false);
}

} // namespace azc::chain::secp256k1
