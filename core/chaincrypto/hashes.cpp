#include "chaincrypto/hashes.h"

#include "crypto/digest.h"

#include <cryptopp/keccak.h>
#include <cryptopp/ripemd.h>

namespace azc::chain {

namespace {
template<typename Hash>
QByteArray digest(const QByteArray &data)
{
    Hash hash;
    QByteArray out(int(Hash::DIGESTSIZE), '\0');
    hash.CalculateDigest(reinterpret_cast<CryptoPP::byte *>(out.data()),
                         reinterpret_cast<const CryptoPP::byte *>(data.constData()),
                         size_t(data.size()));
    return out;
}
} // namespace

QByteArray keccak256(const QByteArray &data)
{
    return digest<CryptoPP::Keccak_256>(data);
}

QByteArray doubleSha256(const QByteArray &data)
{
    return crypto::sha256(crypto::sha256(data));
}

QByteArray hash160(const QByteArray &data)
{
    return digest<CryptoPP::RIPEMD160>(crypto::sha256(data));
}

} // namespace azc::chain
