#pragma once
// Ethereum addresses: the last 20 bytes of Keccak-256 of the 64-byte public
// key, written with the EIP-55 mixed-case checksum.

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace azc::chain {

// Accepts a 33-byte compressed, 65-byte uncompressed or bare 64-byte key.
Result<QByteArray> addressFromPublicKey(const QByteArray &publicKey); // 20 bytes
QString toChecksumAddress(const QByteArray &address20);               // "0x" + EIP-55
// "0x" + 40 hex digits. All lower or all upper case is accepted as
// unchecksummed; mixed case must match EIP-55. Reasons "invalid_address",
// "bad_checksum".
Result<QByteArray> parseAddress(const QString &text);

} // namespace azc::chain
