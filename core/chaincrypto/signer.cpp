#include "chaincrypto/signer.h"

#include "chaincrypto/eth_address.h"

namespace azc::chain {

Result<SeedSigner> SeedSigner::fromSeed(const QByteArray &seed)
{
    auto master = ExtendedKey::fromSeed(seed);
    if (!master)
        return master.error();
    return SeedSigner(std::move(master).value());
}

Result<Signature> SeedSigner::sign(const QByteArray &hash32, const DerivationPath &path)
{
    auto key = m_master.derivePath(path);
    if (!key)
        return key.error();
    return secp256k1::signRecoverable(hash32, key->privateKey());
}

Result<QByteArray> SeedSigner::address(const DerivationPath &path) const
{
    auto key = m_master.derivePath(path);
    if (!key)
        return key.error();
    return addressFromPublicKey(key->publicKey());
}

Result<QString> SeedSigner::accountXpub(const DerivationPath &accountPath) const
{
    auto key = m_master.derivePath(accountPath);
    if (!key)
        return key.error();
    return key->neuter().toBase58();
}

} // namespace azc::chain
