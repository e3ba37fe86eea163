#pragma once
// Base58 and Base58Check (Bitcoin alphabet) for extended keys.

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace azc::chain::base58 {

QString encode(const QByteArray &data);
Result<QByteArray> decode(const QString &text); // reason "invalid_base58"
// Appends / checks the first 4 bytes of SHA-256 applied twice.
QString encodeCheck(const QByteArray &payload);
Result<QByteArray> decodeCheck(const QString &text); // "invalid_base58", "bad_checksum"

} // namespace azc::chain::base58
