#include "chaincrypto/bip32.h"

#include "chaincrypto/base58.h"
#include "chaincrypto/hashes.h"
#include "chaincrypto/secp256k1_keys.h"
#include "crypto/digest.h"

#include <QtEndian>

#include <algorithm>

namespace azc::chain {

namespace {
constexpr quint32 kVersionXprv = 0x0488ADE4;
constexpr quint32 kVersionXpub = 0x0488B21E;

QByteArray be32(quint32 v)
{
    QByteArray out(4, '\0');
    qToBigEndian(v, out.data());
    return out;
}

Error badPath(const QString &text)
{
    return fail("invalid_path", QStringLiteral("Not a derivation path: \"%1\"").arg(text));
}
} // namespace

Result<DerivationPath> DerivationPath::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    if (parts.isEmpty() || (parts[0] != QLatin1String("m") && parts[0] != QLatin1String("M")))
        return badPath(text);
    QList<quint32> indices;
    for (int i = 1; i < parts.size(); ++i) {
        QString part = parts[i];
        bool hardened = false;
        if (part.endsWith(QLatin1Char('\'')) || part.endsWith(QLatin1Char('h'))
            || part.endsWith(QLatin1Char('H'))) {
            hardened = true;
            part.chop(1);
        }
        bool ok = false;
        const quint32 n = part.toUInt(&ok, 10);
        // Digits only: toUInt accepts "+1" and " 1".
        if (!ok || part.isEmpty()
            || !std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c.isDigit(); })
            || n >= kHardened)
            return badPath(text);
        indices << (hardened ? n | kHardened : n);
    }
    return DerivationPath(indices);
}

DerivationPath DerivationPath::bip44(quint32 coinType, quint32 account, quint32 change,
                                     quint32 index)
{
    return bip44Account(coinType, account).child(change).child(index);
}

DerivationPath DerivationPath::bip44Account(quint32 coinType, quint32 account)
{
    return DerivationPath({44 | kHardened, coinType | kHardened, account | kHardened});
}

DerivationPath DerivationPath::child(quint32 index) const
{
    QList<quint32> next = m_indices;
    next << index;
    return DerivationPath(next);
}

QString DerivationPath::toString() const
{
    QString out = QStringLiteral("m");
    for (quint32 i : m_indices)
        out += QLatin1Char('/') + QString::number(i & ~kHardened)
                + (i & kHardened ? QStringLiteral("'") : QString());
    return out;
}

Result<ExtendedKey> ExtendedKey::fromSeed(const QByteArray &seed)
{
    if (seed.size() < 16 || seed.size() > 64)
        return fail("invalid_seed", QStringLiteral("A BIP32 seed has 16 to 64 bytes"));
    const QByteArray i =
            crypto::hmac(crypto::HmacAlgorithm::Sha512, QByteArrayLiteral("Bitcoin seed"), seed);
    ExtendedKey key;
    key.m_key = i.left(32);
    key.m_chainCode = i.mid(32);
    key.m_private = true;
    auto pub = secp256k1::publicKey(key.m_key, true);
    if (!pub) // probability below 2^-127: BIP32 says to use another seed
        return fail("invalid_seed", QStringLiteral("This seed gives an invalid master key"));
    key.m_publicKey = pub.value();
    return key;
}

QByteArray ExtendedKey::publicKey() const
{
    return m_private ? m_publicKey : m_key;
}

quint32 ExtendedKey::fingerprint() const
{
    return qFromBigEndian<quint32>(hash160(publicKey()).constData());
}

Result<ExtendedKey> ExtendedKey::derive(quint32 index) const
{
    if (m_depth == 255)
        return fail("invalid_path", QStringLiteral("BIP32 depth is at most 255"));
    QByteArray data;
    if (index & kHardened) {
        if (!m_private)
            return fail("hardened_from_public",
                        QStringLiteral("Hardened children need the private key"));
        data = QByteArray(1, '\0') + m_key;
    } else {
        data = publicKey();
    }
    data += be32(index);
    const QByteArray i = crypto::hmac(crypto::HmacAlgorithm::Sha512, m_chainCode, data);
    const QByteArray il = i.left(32);
    ExtendedKey child;
    child.m_chainCode = i.mid(32);
    child.m_depth = quint8(m_depth + 1);
    child.m_childNumber = index;
    child.m_parentFingerprint = fingerprint();
    child.m_private = m_private;
    // An invalid IL or a zero key (probability ~2^-127) is an error here; the
    // caller moves on to the next index, as BIP32 prescribes.
    if (m_private) {
        auto k = secp256k1::privateKeyTweakAdd(m_key, il);
        if (!k)
            return k.error();
        child.m_key = k.value();
        auto pub = secp256k1::publicKey(child.m_key, true);
        if (!pub)
            return pub.error();
        child.m_publicKey = pub.value();
    } else {
        auto k = secp256k1::publicKeyTweakAdd(m_key, il);
        if (!k)
            return k.error();
        child.m_key = k.value();
    }
    return child;
}

Result<ExtendedKey> ExtendedKey::derivePath(const DerivationPath &path) const
{
    ExtendedKey key = *this;
    for (quint32 index : path.indices()) {
        auto next = key.derive(index);
        if (!next)
            return next.error();
        key = std::move(next).value();
    }
    return key;
}

ExtendedKey ExtendedKey::neuter() const
{
    ExtendedKey pub = *this;
    if (m_private) {
        pub.m_key = m_publicKey;
        pub.m_publicKey.clear();
        pub.m_private = false;
    }
    return pub;
}

QString ExtendedKey::toBase58() const
{
    QByteArray data = be32(m_private ? kVersionXprv : kVersionXpub);
    data += char(m_depth);
    data += be32(m_parentFingerprint);
    data += be32(m_childNumber);
    data += m_chainCode;
    if (m_private)
        data += '\0';
    data += m_key;
    return base58::encodeCheck(data);
}

Result<ExtendedKey> ExtendedKey::fromBase58(const QString &text)
{
    auto decoded = base58::decodeCheck(text.trimmed());
    if (!decoded)
        return decoded.error();
    const QByteArray &d = decoded.value();
    const auto bad = [](const char *why) {
        return fail("invalid_extended_key",
                    QStringLiteral("Not an extended key: %1").arg(QLatin1String(why)));
    };
    if (d.size() != 78)
        return bad("wrong length");
    const quint32 version = qFromBigEndian<quint32>(d.constData());
    if (version != kVersionXprv && version != kVersionXpub)
        return bad("unknown version");
    ExtendedKey key;
    key.m_private = version == kVersionXprv;
    key.m_depth = quint8(d[4]);
    key.m_parentFingerprint = qFromBigEndian<quint32>(d.constData() + 5);
    key.m_childNumber = qFromBigEndian<quint32>(d.constData() + 9);
    key.m_chainCode = d.mid(13, 32);
    const QByteArray material = d.mid(45, 33);
    if (key.m_depth == 0 && (key.m_parentFingerprint != 0 || key.m_childNumber != 0))
        return bad("master key with a parent");
    if (key.m_private) {
        if (material[0] != '\0' || !secp256k1::isValidPrivateKey(material.mid(1)))
            return bad("invalid private key");
        key.m_key = material.mid(1);
        key.m_publicKey = secp256k1::publicKey(key.m_key, true).value();
    } else {
        if (material[0] != '\x02' && material[0] != '\x03')
            return bad("invalid public key");
        auto pub = secp256k1::normalisePublicKey(material, true);
        if (!pub)
            return bad("invalid public key");
        key.m_key = material;
    }
    return key;
}

} // namespace azc::chain
