#pragma once
// BIP32 hierarchical deterministic keys and BIP44 paths. Deposit addresses
// are derived from an account's extended public key (xpub) alone, so the
// service that hands out addresses never holds a private key.

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace azc::chain {

constexpr quint32 kHardened = 0x80000000u;

class DerivationPath
{
public:
    DerivationPath() = default; // "m"
    explicit DerivationPath(QList<quint32> indices)
        : m_indices(std::move(indices))
    {}
    // "m/44'/60'/0'/0/5"; hardened as ' or h or H. Reason "invalid_path".
    static Result<DerivationPath> parse(const QString &text);
    // BIP44: m/44'/coin'/account'/change/index.
    static DerivationPath bip44(quint32 coinType, quint32 account, quint32 change, quint32 index);
    static DerivationPath bip44Account(quint32 coinType, quint32 account); // m/44'/coin'/account'

    const QList<quint32> &indices() const { return m_indices; }
    DerivationPath child(quint32 index) const;
    QString toString() const;
    bool operator==(const DerivationPath &) const = default;

private:
    QList<quint32> m_indices;
};

constexpr quint32 kCoinTypeEthereum = 60; // SLIP-44

class ExtendedKey
{
public:
    // HMAC-SHA512("Bitcoin seed", seed); seed is 16…64 bytes.
    static Result<ExtendedKey> fromSeed(const QByteArray &seed);
    // xprv… / xpub… (mainnet versions). Reasons "invalid_base58", "bad_checksum",
    // "invalid_extended_key".
    static Result<ExtendedKey> fromBase58(const QString &text);

    bool isPrivate() const { return m_private; }
    // Hardened indices need a private key ("hardened_from_public").
    Result<ExtendedKey> derive(quint32 index) const;
    Result<ExtendedKey> derivePath(const DerivationPath &path) const; // relative to this key
    ExtendedKey neuter() const;                                       // the extended public key

    QByteArray privateKey() const { return m_private ? m_key : QByteArray(); } // 32 bytes or empty
    QByteArray publicKey() const; // 33 bytes, compressed
    QByteArray chainCode() const { return m_chainCode; }
    quint8 depth() const { return m_depth; }
    quint32 childNumber() const { return m_childNumber; }
    quint32 parentFingerprint() const { return m_parentFingerprint; }
    quint32 fingerprint() const; // first 4 bytes of HASH160(publicKey)
    QString toBase58() const;

private:
    QByteArray m_key; // 32-byte private key or 33-byte compressed public key
    QByteArray m_chainCode;
    QByteArray m_publicKey; // cached compressed public key
    quint32 m_parentFingerprint = 0;
    quint32 m_childNumber = 0;
    quint8 m_depth = 0;
    bool m_private = false;
};

} // namespace azc::chain
