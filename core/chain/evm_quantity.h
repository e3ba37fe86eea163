#pragma once
// The hex encodings of Ethereum JSON-RPC, parsed strictly: a QUANTITY is
// "0x" + hex digits without leading zeros ("0x0" for zero), DATA is "0x" +
// an even number of hex digits. Integers only: no floating point anywhere.
// Reasons "bad_quantity", "bad_data".

#include "chaincrypto/eth_transaction.h"
#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace azc::chain {

Result<quint64> parseQuantity64(const QString &text);
// Minimal big-endian, the encoding uint256() produces (zero is empty).
Result<UInt256> parseQuantity256(const QString &text);
// Exactly `length` bytes unless length is -1.
Result<QByteArray> parseData(const QString &text, int length = -1);

QString toQuantity(quint64 value);
QString toQuantity(const UInt256 &bigEndian); // leading zero bytes allowed
QString toData(const QByteArray &bytes);

} // namespace azc::chain
