#pragma once
// BIP39 mnemonics with the official English wordlist (embedded resource
// :/chaincrypto/bip39_english.txt, SHA-256 2f5eed53…24dbda).

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace azc::chain::bip39 {

// 16, 20, 24, 28 or 32 bytes of entropy → 12…24 words (reason "invalid_entropy").
Result<QString> mnemonicFromEntropy(const QByteArray &entropy);
// A fresh mnemonic from the secure random source; bits is 128…256, a multiple of 32.
Result<QString> generateMnemonic(int bits = 256);
// The entropy back; refuses with "invalid_length" (word count not 12/15/18/21/24),
// "unknown_word" (data.word, data.position) or "bad_checksum".
Result<QByteArray> entropyFromMnemonic(const QString &mnemonic);
Status validateMnemonic(const QString &mnemonic);
// PBKDF2-HMAC-SHA512, 2048 rounds, salt "mnemonic" + passphrase, both NFKD → 64 bytes.
// Does not validate the mnemonic (BIP39 defines the seed for any sentence).
QByteArray seedFromMnemonic(const QString &mnemonic, const QString &passphrase = {});

} // namespace azc::chain::bip39
