#pragma once
// The hex encodings of Ethereum JSON-RPC, parsed strictly: a QUANTITY is
// "0x" + hex digits without leading zeros ("0x0" for zero), DATA is "0x" +
// an even number of hex digits. Integers only: no floating point anywhere.
// Reasons "bad_quantity", "bad_data".

#include "chaincrypto/eth_transaction.h"
#include "common/amount.h"
#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace azc::chain {

Result<quint64> parseQuantity64(const QString &text);
// Minimal big-endian, the encoding uint256() produces (zero is empty).
Result<UInt256> parseQuantity256(const QString &text);
// Exactly `length` bytes unless length is -1.
Result<QByteArray> parseData(const QString &text, int length = -1);

// A 256-bit quantity as a ledger amount; nullopt beyond what an Amount holds.
std::optional<Amount> toAmount(const UInt256 &bigEndian);
UInt256 fromAmount(Amount nonNegative);

QString toQuantity(quint64 value);
QString toQuantity(const UInt256 &bigEndian); // leading zero bytes allowed
QString toData(const QByteArray &bytes);

} // namespace azc::chain
