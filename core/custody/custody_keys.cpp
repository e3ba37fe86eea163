#include "custody/custody_keys.h"

#include "chaincrypto/bip39.h"
#include "chaincrypto/eth_address.h"
#include "chaincrypto/sealed_seed.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace azc::custody {

using chain::DerivationPath;
using chain::kCoinTypeEthereum;

chain::DerivationPath CustodyKeys::depositPath(quint32 index)
{
    return DerivationPath::bip44(kCoinTypeEthereum, 0, 0, index);
}

chain::DerivationPath CustodyKeys::hotWalletPath()
{
    return DerivationPath::bip44(kCoinTypeEthereum, 1, 0, 0);
}

namespace {

Result<QByteArray> loadOrCreateSeed(const QString &secretsDir, const QString &passphrase)
{
    const QString path = secretsDir + QStringLiteral("/custody-seed.sealed");
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return fail("storage_error", QStringLiteral("cannot read %1: %2").arg(path, existing.errorString()));
        return chain::openSeed(QString::fromLatin1(existing.readAll()).trimmed(), passphrase);
    }
    // A mnemonic-based seed, so the operator can back it up in the usual way.
    auto mnemonic = chain::bip39::generateMnemonic(256);
    if (!mnemonic)
        return mnemonic.error();
    const QByteArray seed = chain::bip39::seedFromMnemonic(mnemonic.value());
    QDir().mkpath(secretsDir);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail("storage_error", QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(chain::sealSeed(seed, passphrase).toLatin1());
    if (!out.commit())
        return fail("storage_error", QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    return seed;
}

} // namespace

Result<std::unique_ptr<CustodyKeys>> CustodyKeys::openOrCreate(const QString &secretsDir, const QString &passphrase)
{
    if (passphrase.size() < 8)
        return fail("invalid_config", QStringLiteral("the custody passphrase needs at least 8 characters"));
    auto seed = loadOrCreateSeed(secretsDir, passphrase);
    if (!seed)
        return seed.error();
    auto signer = chain::SeedSigner::fromSeed(seed.value());
    if (!signer)
        return signer.error();
    auto keys = std::unique_ptr<CustodyKeys>(new CustodyKeys);
    keys->m_signer = std::make_unique<chain::SeedSigner>(std::move(signer).value());
    // The xpub of m/44'/60'/0'/0: deposit i is its child i.
    auto xpub = keys->m_signer->accountXpub(DerivationPath::bip44Account(kCoinTypeEthereum, 0).child(0));
    if (!xpub)
        return xpub.error();
    keys->m_depositXpub = xpub.value();
    auto hot = keys->m_signer->address(hotWalletPath());
    if (!hot)
        return hot.error();
    keys->m_hotWallet = hot.value();
    return keys;
}

Result<QByteArray> depositAddressAt(const QString &depositXpub, quint32 index)
{
    auto parent = chain::ExtendedKey::fromBase58(depositXpub);
    if (!parent)
        return parent.error();
    auto child = parent->derive(index);
    if (!child)
        return child.error();
    return chain::addressFromPublicKey(child->publicKey());
}

} // namespace azc::custody
