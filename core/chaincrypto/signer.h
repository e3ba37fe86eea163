#pragma once
// Signing behind an interface: the withdrawal path asks a Signer for a
// signature over a 32-byte hash with the key at a derivation path, and
// never sees the key. SeedSigner keeps the master seed in process; an HSM
// or an offline signer can implement the same interface.

#include "chaincrypto/bip32.h"
#include "chaincrypto/secp256k1_keys.h"
#include "common/result.h"

#include <QByteArray>

namespace azc::chain {

class Signer
{
public:
    virtual ~Signer() = default;
    virtual Result<Signature> sign(const QByteArray &hash32, const DerivationPath &path) = 0;
};

class SeedSigner final : public Signer
{
public:
    static Result<SeedSigner> fromSeed(const QByteArray &seed);

    Result<Signature> sign(const QByteArray &hash32, const DerivationPath &path) override;
    // The address whose key signs for `path` (20 bytes).
    Result<QByteArray> address(const DerivationPath &path) const;
    // The extended public key of an account (e.g. m/44'/60'/0'), for the
    // address service that must not hold private keys.
    Result<QString> accountXpub(const DerivationPath &accountPath) const;

private:
    explicit SeedSigner(ExtendedKey master)
        : m_master(std::move(master))
    {}
    ExtendedKey m_master;
};

} // namespace azc::chain
