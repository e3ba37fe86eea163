#include "chaincrypto/rlp.h"

namespace azc::chain::rlp {

namespace {

QByteArray lengthPrefix(qsizetype length, quint8 shortBase, quint8 longBase)
{
    if (length <= 55)
        return QByteArray(1, char(shortBase + length));
    const QByteArray len = minimalBigEndian(quint64(length));
    return QByteArray(1, char(longBase + len.size())) + len;
}

Error invalid(const char *why)
{
    return fail("invalid_rlp", QStringLiteral("Malformed RLP: %1").arg(QLatin1String(why)));
}

// Decodes one item at `pos`, advancing it.
Result<Item> decodeAt(const QByteArray &in, qsizetype &pos, int depth)
{
    if (depth > 64)
        return invalid("nested too deeply");
    if (pos >= in.size())
        return invalid("truncated");
    const quint8 b = quint8(in[pos++]);
    if (b < 0x80)
        return Item{false, QByteArray(1, char(b)), {}};
    const bool isList = b >= 0xc0;
    const quint8 base = isList ? 0xc0 : 0x80;
    qsizetype length = 0;
    if (b - base <= 55) {
        length = b - base;
    } else {
        const int lenOfLen = b - base - 55;
        if (pos + lenOfLen > in.size())
            return invalid("truncated length");
        if (in[pos] == '\0')
            return invalid("length with leading zero");
        quint64 l = 0;
        for (int i = 0; i < lenOfLen; ++i)
            l = (l << 8) | quint8(in[pos++]);
        if (l <= 55 || l > quint64(in.size()))
            return invalid("non-canonical or oversized length");
        length = qsizetype(l);
    }
    if (pos + length > in.size())
        return invalid("truncated payload");
    if (!isList) {
        const QByteArray bytes = in.mid(pos, length);
        pos += length;
        if (length == 1 && quint8(bytes[0]) < 0x80)
            return invalid("single byte not encoded as itself");
        return Item{false, bytes, {}};
    }
    Item list{true, {}, {}};
    const qsizetype end = pos + length;
    while (pos < end) {
        auto item = decodeAt(in, pos, depth + 1);
        if (!item)
            return item.error();
        if (pos > end)
            return invalid("item overruns its list");
        list.items << std::move(item).value();
    }
    return list;
}

} // namespace

QByteArray minimalBigEndian(quint64 value)
{
    QByteArray out;
    for (; value != 0; value >>= 8)
        out.prepend(char(value & 0xff));
    return out;
}

QByteArray stripLeadingZeros(const QByteArray &bigEndian)
{
    qsizetype i = 0;
    while (i < bigEndian.size() && bigEndian[i] == '\0')
        ++i;
    return bigEndian.mid(i);
}

QByteArray leftPad(const QByteArray &bigEndian, int size)
{
    return bigEndian.size() >= size ? bigEndian
                                    : QByteArray(size - bigEndian.size(), '\0') + bigEndian;
}

QByteArray encodeBytes(const QByteArray &bytes)
{
    if (bytes.size() == 1 && quint8(bytes[0]) < 0x80)
        return bytes;
    return lengthPrefix(bytes.size(), 0x80, 0xb7) + bytes;
}

QByteArray encodeList(const QList<QByteArray> &encodedItems)
{
    QByteArray payload;
    for (const QByteArray &item : encodedItems)
        payload += item;
    return lengthPrefix(payload.size(), 0xc0, 0xf7) + payload;
}

QByteArray encodeUint(quint64 value)
{
    return encodeBytes(minimalBigEndian(value));
}

QByteArray encodeUint(const QByteArray &bigEndian)
{
    return encodeBytes(stripLeadingZeros(bigEndian));
}

Result<Item> decode(const QByteArray &encoded)
{
    qsizetype pos = 0;
    auto item = decodeAt(encoded, pos, 0);
    if (!item)
        return item.error();
    if (pos != encoded.size())
        return invalid("trailing bytes");
    return item;
}

} // namespace azc::chain::rlp
