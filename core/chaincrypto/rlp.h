#pragma once
// Recursive Length Prefix encoding (Ethereum yellow paper, appendix B) and a
// strict decoder: non-canonical lengths and trailing bytes are refused.
//
// Integers: quint64, or big-endian byte strings for 256-bit values (wei
// amounts, fees). Either way they are encoded without leading zeros, and
// zero is the empty string.

#include "common/result.h"

#include <QByteArray>
#include <QList>

namespace azc::chain::rlp {

QByteArray encodeBytes(const QByteArray &bytes);
QByteArray encodeList(const QList<QByteArray> &encodedItems); // items already encoded
QByteArray encodeUint(quint64 value);
QByteArray encodeUint(const QByteArray &bigEndian); // leading zeros are dropped

// Big-endian helpers.
QByteArray minimalBigEndian(quint64 value); // 0 → empty
QByteArray stripLeadingZeros(const QByteArray &bigEndian);
QByteArray leftPad(const QByteArray &bigEndian, int size); // no-op if already longer

struct Item
{
    bool isList = false;
    QByteArray bytes;  // when !isList
    QList<Item> items; // when isList
};
Result<Item> decode(const QByteArray &encoded); // reason "invalid_rlp"

} // namespace azc::chain::rlp
