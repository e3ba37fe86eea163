// Fuzz target for EVM addresses (chaincrypto/eth_address): parseAddress on
// arbitrary text, the EIP-55 checksum round trip, and addressFromPublicKey on
// arbitrary bytes. Built like fuzz_amount_parse.cpp (see there).
//
// Properties: never crashes; whatever parses is 20 bytes and parses again,
// to the same bytes, from its checksum, lower-case and upper-case forms; a
// mixed-case address that parses is exactly its checksum form; a refusal is
// "invalid_address" or "bad_checksum", and a "bad_checksum" address parses
// once lower-cased. For the first 20 input bytes as an address: the checksum
// form parses back, and changing the case of one letter of it is caught
// unless that leaves all letters in one case. A public key gives the same
// address in its compressed and uncompressed forms.

#include "chaincrypto/eth_address.h"
#include "chaincrypto/secp256k1_keys.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace azc::chain;

void check(bool ok)
{
    if (!ok)
        std::abort();
}

bool hasCase(const QString &hex, bool upper)
{
    for (QChar c : hex)
        if (upper ? (c >= u'A' && c <= u'F') : (c >= u'a' && c <= u'f'))
            return true;
    return false;
}

void checkParsesTo(const QString &text, const QByteArray &bytes)
{
    const auto parsed = parseAddress(text);
    check(parsed.ok() && *parsed == bytes);
}

void checkText(const QString &text)
{
    const auto parsed = parseAddress(text);
    if (!parsed) {
        const QString &reason = parsed.error().reason;
        check(reason == QLatin1String("invalid_address") || reason == QLatin1String("bad_checksum"));
        if (reason == QLatin1String("bad_checksum")) {
            check(hasCase(text.mid(2), true) && hasCase(text.mid(2), false));
            check(parseAddress(text.toLower()).ok());
        }
        return;
    }
    const QByteArray bytes = *parsed;
    check(bytes.size() == 20);
    check(text.size() == 42 && text.startsWith(QLatin1String("0x")));
    check(QString::fromLatin1(bytes.toHex()) == text.mid(2).toLower());
    const QString checksummed = toChecksumAddress(bytes);
    if (hasCase(text.mid(2), true) && hasCase(text.mid(2), false))
        check(checksummed == text);
    checkParsesTo(checksummed, bytes);
    checkParsesTo(QStringLiteral("0x") + QString::fromLatin1(bytes.toHex()), bytes);
    checkParsesTo(QStringLiteral("0x") + QString::fromLatin1(bytes.toHex().toUpper()), bytes);
}

void checkAddressBytes(const QByteArray &address, std::uint8_t flipAt)
{
    const QString checksummed = toChecksumAddress(address);
    check(checksummed.size() == 42 && checksummed.startsWith(QLatin1String("0x")));
    check(checksummed.mid(2).toLower() == QString::fromLatin1(address.toHex()));
    checkParsesTo(checksummed, address);

    QString flipped = checksummed;
    const qsizetype i = 2 + flipAt % 40;
    const QChar c = flipped.at(i);
    if (c.isDigit())
        return;
    flipped[i] = c.isUpper() ? c.toLower() : c.toUpper();
    const auto parsed = parseAddress(flipped);
    const bool oneCase = !hasCase(flipped.mid(2), true) || !hasCase(flipped.mid(2), false);
    if (oneCase)
        check(parsed.ok() && *parsed == address); // unchecksummed form
    else
        check(!parsed.ok() && parsed.error().reason == QLatin1String("bad_checksum"));
}

void checkPublicKey(const QByteArray &key)
{
    const auto address = addressFromPublicKey(key);
    if (!address)
        return;
    check(address->size() == 20);
    QByteArray full = key;
    if (full.size() == 64)
        full.prepend('\x04');
    for (const bool compressed : {true, false}) {
        const auto normal = secp256k1::normalisePublicKey(full, compressed);
        check(normal.ok() && normal->size() == (compressed ? 33 : 65));
        const auto again = addressFromPublicKey(*normal);
        check(again.ok() && *again == *address);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkText(QString::fromUtf8(bytes));
    checkText(QString::fromLatin1(bytes));
    if (size >= 20)
        checkAddressBytes(bytes.left(20), size > 20 ? data[20] : 0);
    checkPublicKey(bytes);
    return 0;
}
