#include "chaincrypto/eth_address.h"

#include "chaincrypto/hashes.h"
#include "chaincrypto/secp256k1_keys.h"

namespace azc::chain {

Result<QByteArray> addressFromPublicKey(const QByteArray &publicKey)
{
    QByteArray key = publicKey;
    if (key.size() == 64)
        key.prepend('\x04');
    auto full = secp256k1::normalisePublicKey(key, false);
    if (!full)
        return full.error();
    return keccak256(full.value().mid(1)).right(20);
}

QString toChecksumAddress(const QByteArray &address20)
{
    const QByteArray lower = address20.toHex();
    const QByteArray hash = keccak256(lower).toHex();
    QString out = QStringLiteral("0x");
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const char c = lower[i];
        // Upper-case a letter when its nibble of the hash of the lower-case hex is 8 or more.
        const bool upper = c >= 'a' && QByteArray::fromHex(QByteArray(1, '0') + hash[i]).at(0) >= 8;
        out += QLatin1Char(upper ? char(c - 'a' + 'A') : c);
    }
    return out;
}

Result<QByteArray> parseAddress(const QString &text)
{
    const auto invalid = [&] {
        return fail("invalid_address", QStringLiteral("Not an Ethereum address: \"%1\"").arg(text));
    };
    if (text.size() != 42 || !text.startsWith(QLatin1String("0x")))
        return invalid();
    const QString hex = text.mid(2);
    bool hasLower = false, hasUpper = false;
    for (QChar c : hex) {
        const char16_t u = c.unicode();
        if (u >= 'a' && u <= 'f')
            hasLower = true;
        else if (u >= 'A' && u <= 'F')
            hasUpper = true;
        else if (u < '0' || u > '9')
            return invalid();
    }
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    if (hasLower && hasUpper && toChecksumAddress(bytes) != text)
        return fail("bad_checksum",
                    QStringLiteral(
                            "The address's upper/lower case does not match its EIP-55 checksum"));
    return bytes;
}

} // namespace azc::chain
