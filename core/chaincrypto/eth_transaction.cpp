#include "chaincrypto/eth_transaction.h"

#include "chaincrypto/hashes.h"
#include "chaincrypto/rlp.h"
#include "chaincrypto/signer.h"

#include <optional>

namespace azc::chain {

namespace {

Error invalid(const QString &why)
{
    return fail("invalid_transaction", QStringLiteral("Invalid transaction: ") + why);
}

std::optional<Error> checkCommon(const QByteArray &to, const QList<const UInt256 *> &quantities)
{
    if (!to.isEmpty() && to.size() != 20)
        return invalid(QStringLiteral("the recipient must be 20 bytes"));
    for (const UInt256 *q : quantities)
        if (rlp::stripLeadingZeros(*q).size() > 32)
            return invalid(QStringLiteral("a quantity exceeds 256 bits"));
    return std::nullopt;
}

QList<QByteArray> legacyFields(const LegacyTransaction &tx)
{
    return {rlp::encodeUint(tx.nonce), rlp::encodeUint(tx.gasPrice), rlp::encodeUint(tx.gasLimit),
            rlp::encodeBytes(tx.to),   rlp::encodeUint(tx.value),    rlp::encodeBytes(tx.data)};
}

QList<QByteArray> eip1559Fields(const Eip1559Transaction &tx)
{
    return {rlp::encodeUint(tx.chainId),
            rlp::encodeUint(tx.nonce),
            rlp::encodeUint(tx.maxPriorityFeePerGas),
            rlp::encodeUint(tx.maxFeePerGas),
            rlp::encodeUint(tx.gasLimit),
            rlp::encodeBytes(tx.to),
            rlp::encodeUint(tx.value),
            rlp::encodeBytes(tx.data),
            rlp::encodeList({}) /* access list */};
}

QList<QByteArray> signatureFields(quint64 v, const Signature &sig)
{
    return {rlp::encodeUint(v), rlp::encodeUint(sig.r), rlp::encodeUint(sig.s)};
}

// v = chainId * 2 + 35 + recoveryId must fit in 64 bits.
constexpr quint64 kMaxChainId = (quint64(1) << 62);

} // namespace

UInt256 uint256(azc::UInt128 value)
{
    QByteArray out;
    for (; value != 0; value >>= 8)
        out.prepend(char(quint8(value & 0xff)));
    return out;
}

Result<QByteArray> signingPayload(const LegacyTransaction &tx)
{
    if (auto e = checkCommon(tx.to, {&tx.gasPrice, &tx.value}))
        return *e;
    if (tx.chainId == 0 || tx.chainId >= kMaxChainId)
        return invalid(QStringLiteral("chain id out of range"));
    // EIP-155: the six fields, then chainId, 0, 0.
    return rlp::encodeList(legacyFields(tx)
                           << rlp::encodeUint(tx.chainId) << rlp::encodeUint(quint64(0))
                           << rlp::encodeUint(quint64(0)));
}

Result<QByteArray> signingPayload(const Eip1559Transaction &tx)
{
    if (auto e = checkCommon(tx.to, {&tx.maxPriorityFeePerGas, &tx.maxFeePerGas, &tx.value}))
        return *e;
    if (tx.chainId == 0)
        return invalid(QStringLiteral("chain id out of range"));
    return QByteArray(QByteArray(1, '\x02') + rlp::encodeList(eip1559Fields(tx)));
}

Result<QByteArray> signingHash(const LegacyTransaction &tx)
{
    auto payload = signingPayload(tx);
    if (!payload)
        return payload.error();
    return keccak256(payload.value());
}

Result<QByteArray> signingHash(const Eip1559Transaction &tx)
{
    auto payload = signingPayload(tx);
    if (!payload)
        return payload.error();
    return keccak256(payload.value());
}

Result<SignedTransaction> encodeSigned(const LegacyTransaction &tx, const Signature &signature)
{
    if (auto e = checkCommon(tx.to, {&tx.gasPrice, &tx.value}))
        return *e;
    if (tx.chainId == 0 || tx.chainId >= kMaxChainId || signature.recoveryId < 0
        || signature.recoveryId > 1)
        return invalid(QStringLiteral("chain id or recovery id out of range"));
    const quint64 v = tx.chainId * 2 + 35 + quint64(signature.recoveryId);
    const QByteArray raw = rlp::encodeList(legacyFields(tx) << signatureFields(v, signature));
    return SignedTransaction{raw, keccak256(raw)};
}

Result<SignedTransaction> encodeSigned(const Eip1559Transaction &tx, const Signature &signature)
{
    if (auto e = checkCommon(tx.to, {&tx.maxPriorityFeePerGas, &tx.maxFeePerGas, &tx.value}))
        return *e;
    if (signature.recoveryId < 0 || signature.recoveryId > 1)
        return invalid(QStringLiteral("recovery id out of range"));
    const QByteArray raw = QByteArray(1, '\x02')
            + rlp::encodeList(eip1559Fields(tx)
                              << signatureFields(quint64(signature.recoveryId), signature));
    return SignedTransaction{raw, keccak256(raw)};
}

namespace {
template<typename Tx>
Result<SignedTransaction> signWith(const Tx &tx, Signer &signer, const DerivationPath &path)
{
    auto hash = signingHash(tx);
    if (!hash)
        return hash.error();
    auto sig = signer.sign(hash.value(), path);
    if (!sig)
        return sig.error();
    return encodeSigned(tx, sig.value());
}
} // namespace

Result<SignedTransaction> signTransaction(const LegacyTransaction &tx, Signer &signer,
                                          const DerivationPath &path)
{
    return signWith(tx, signer, path);
}

Result<SignedTransaction> signTransaction(const Eip1559Transaction &tx, Signer &signer,
                                          const DerivationPath &path)
{
    return signWith(tx, signer, path);
}

} // namespace azc::chain
