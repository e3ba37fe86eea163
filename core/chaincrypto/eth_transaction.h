#pragma once
// Ethereum transactions: EIP-155 legacy (replay-protected by chain id) and
// EIP-1559 type-2, encoded with RLP and signed through a Signer.
//
// 256-bit quantities (wei values, gas prices and fees) are UInt256: a
// big-endian byte string of at most 32 bytes, leading zeros allowed. Ledger
// amounts (azc::Int128) fit in it; uint256() builds one from an integer.
// Nonces, gas limits and chain ids are quint64.

#include "chaincrypto/bip32.h"
#include "chaincrypto/secp256k1_keys.h"
#include "common/amount.h"
#include "common/result.h"

#include <QByteArray>

namespace azc::chain {

class Signer;

using UInt256 = QByteArray;
UInt256 uint256(azc::UInt128 value); // minimal big-endian

struct LegacyTransaction
{
    quint64 nonce = 0;
    UInt256 gasPrice;
    quint64 gasLimit = 0;
    QByteArray to; // 20 bytes, or empty to create a contract
    UInt256 value;
    QByteArray data;
    quint64 chainId = 1;
};

// Type 2 with an empty access list.
struct Eip1559Transaction
{
    quint64 chainId = 1;
    quint64 nonce = 0;
    UInt256 maxPriorityFeePerGas;
    UInt256 maxFeePerGas;
    quint64 gasLimit = 0;
    QByteArray to;
    UInt256 value;
    QByteArray data;
};

struct SignedTransaction
{
    QByteArray raw;  // for eth_sendRawTransaction
    QByteArray hash; // Keccak-256 of raw: the transaction hash
};

// What gets hashed and signed. Reason "invalid_transaction" for a bad
// address length or a quantity over 256 bits.
Result<QByteArray> signingPayload(const LegacyTransaction &tx);
Result<QByteArray> signingPayload(const Eip1559Transaction &tx);
Result<QByteArray> signingHash(const LegacyTransaction &tx);
Result<QByteArray> signingHash(const Eip1559Transaction &tx);

Result<SignedTransaction> encodeSigned(const LegacyTransaction &tx, const Signature &signature);
Result<SignedTransaction> encodeSigned(const Eip1559Transaction &tx, const Signature &signature);

Result<SignedTransaction> signTransaction(const LegacyTransaction &tx, Signer &signer,
                                          const DerivationPath &path);
Result<SignedTransaction> signTransaction(const Eip1559Transaction &tx, Signer &signer,
                                          const DerivationPath &path);

} // namespace azc::chain
