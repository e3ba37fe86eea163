#pragma once
// The exchange's keys: one BIP39 master seed, sealed at rest with the
// operator's passphrase (chaincrypto's sealed seed: Argon2id + AES-256-GCM).
//   m/44'/60'/0'/0/i  user deposit address i (derived for addresses from the
//                     extended public key only)
//   m/44'/60'/1'/0/0  the hot wallet
// Signing goes through the Signer interface, so an HSM or an offline signer
// can take the seed's place without touching custody.

#include "chaincrypto/bip32.h"
#include "chaincrypto/signer.h"
#include "common/result.h"

#include <QString>
#include <memory>

namespace azc::custody {

class CustodyKeys
{
public:
    // Opens <secretsDir>/custody-seed.sealed, or creates a new seed there on
    // first start. Reasons: "wrong_passphrase", "malformed_sealed_seed".
    static Result<std::unique_ptr<CustodyKeys>> openOrCreate(const QString &secretsDir, const QString &passphrase);

    chain::Signer &signer() { return *m_signer; }
    // Extended public key of m/44'/60'/0'/0: everything address allocation needs.
    QString depositXpub() const { return m_depositXpub; }
    QByteArray hotWalletAddress() const { return m_hotWallet; } // 20 bytes

    static chain::DerivationPath depositPath(quint32 index);
    static chain::DerivationPath hotWalletPath();

private:
    std::unique_ptr<chain::SeedSigner> m_signer;
    QString m_depositXpub;
    QByteArray m_hotWallet;
};

// The address of deposit index `index` under a deposit xpub (public derivation only).
Result<QByteArray> depositAddressAt(const QString &depositXpub, quint32 index);

} // namespace azc::custody
