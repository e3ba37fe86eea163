#include "chaincrypto/base58.h"

#include "chaincrypto/hashes.h"

#include <string>
#include <vector>

namespace azc::chain::base58 {

namespace {
constexpr char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
}

QString encode(const QByteArray &data)
{
    int zeros = 0;
    while (zeros < data.size() && data[zeros] == '\0')
        ++zeros;
    // Base-58 digits, least significant first; repeated multiply-and-add.
    std::vector<quint8> digits;
    for (int i = zeros; i < data.size(); ++i) {
        quint32 carry = quint8(data[i]);
        for (quint8 &d : digits) {
            carry += quint32(d) << 8;
            d = quint8(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.push_back(quint8(carry % 58));
            carry /= 58;
        }
    }
    QString out(zeros, QLatin1Char('1'));
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        out += QLatin1Char(kAlphabet[*it]);
    return out;
}

Result<QByteArray> decode(const QString &text)
{
    int zeros = 0;
    while (zeros < text.size() && text[zeros] == QLatin1Char('1'))
        ++zeros;
    std::vector<quint8> bytes; // least significant first
    for (int i = zeros; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const char *pos =
                c < 128 && c != 0 ? std::char_traits<char>::find(kAlphabet, 58, char(c)) : nullptr;
        if (!pos)
            return fail("invalid_base58",
                        QStringLiteral("Not a Base58 character at position %1").arg(i));
        quint32 carry = quint32(pos - kAlphabet);
        for (quint8 &b : bytes) {
            carry += quint32(b) * 58;
            b = quint8(carry & 0xff);
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.push_back(quint8(carry & 0xff));
            carry >>= 8;
        }
    }
    QByteArray out(zeros, '\0');
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it)
        out.append(char(*it));
    return out;
}

QString encodeCheck(const QByteArray &payload)
{
    return encode(payload + doubleSha256(payload).left(4));
}

Result<QByteArray> decodeCheck(const QString &text)
{
    auto raw = decode(text);
    if (!raw)
        return raw.error();
    const QByteArray &bytes = raw.value();
    if (bytes.size() < 4)
        return fail("invalid_base58", QStringLiteral("Too short for Base58Check"));
    const QByteArray payload = bytes.left(bytes.size() - 4);
    if (doubleSha256(payload).left(4) != bytes.right(4))
        return fail("bad_checksum", QStringLiteral("Base58Check checksum does not match"));
    return payload;
}

} // namespace azc::chain::base58
