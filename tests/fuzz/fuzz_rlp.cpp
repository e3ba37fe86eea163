// Fuzz target for RLP (chaincrypto/rlp): the strict decoder on arbitrary
// bytes, and encode -> decode of items built from the input. Built like
// fuzz_amount_parse.cpp (see there).
//
// Properties: never crashes; the decoder accepts only canonical encodings, so
// whatever decodes re-encodes to exactly the input; every refusal is
// "invalid_rlp"; an item tree built from the input (strings and nested lists
// of any length) encodes, decodes to the same tree and re-encodes to the same
// bytes; the integer encodings decode to the minimal big-endian value;
// stripLeadingZeros / leftPad / minimalBigEndian agree with each other.

#include "chaincrypto/rlp.h"

#include <QByteArray>
#include <QList>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace azc::chain;

void check(bool ok)
{
    if (!ok)
        std::abort();
}

QByteArray encode(const rlp::Item &item)
{
    if (!item.isList)
        return rlp::encodeBytes(item.bytes);
    QList<QByteArray> encoded;
    for (const rlp::Item &child : item.items)
        encoded.append(encode(child));
    return rlp::encodeList(encoded);
}

bool same(const rlp::Item &a, const rlp::Item &b)
{
    if (a.isList != b.isList)
        return false;
    if (!a.isList)
        return a.bytes == b.bytes && b.items.isEmpty();
    if (a.items.size() != b.items.size() || !b.bytes.isEmpty())
        return false;
    for (qsizetype i = 0; i < a.items.size(); ++i)
        if (!same(a.items[i], b.items[i]))
            return false;
    return true;
}

int depthOf(const rlp::Item &item)
{
    int deepest = 0;
    for (const rlp::Item &child : item.items)
        deepest = qMax(deepest, depthOf(child));
    return item.isList ? deepest + 1 : 0;
}

// Reads the input as a recipe for an item tree: each byte opens a list,
// closes one, or adds a string whose length the byte (and for long strings
// the next two bytes) gives, filled from the following bytes.
class Builder
{
public:
    Builder(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {}

    rlp::Item build()
    {
        rlp::Item root{true, {}, {}};
        QList<rlp::Item> stack{root};
        while (m_pos < m_size) {
            const std::uint8_t op = m_data[m_pos++];
            if (op < 0x20 && stack.size() < 40) {
                stack.append(rlp::Item{true, {}, {}});
            } else if (op < 0x40) {
                if (stack.size() > 1) {
                    rlp::Item done = stack.takeLast();
                    stack.last().items.append(done);
                }
            } else {
                qsizetype length = op - 0x40; // 0..191
                if (op >= 0xf0 && m_pos + 2 <= m_size) {
                    length = 56 + (qsizetype(m_data[m_pos]) << 8 | m_data[m_pos + 1]) % 2048;
                    m_pos += 2;
                }
                length = qMin(length, m_budget); // a few long strings, not megabytes of them
                m_budget -= length;
                QByteArray bytes;
                for (qsizetype i = 0; i < length; ++i)
                    bytes.append(char(m_pos < m_size ? m_data[m_pos++] : std::uint8_t(i * 31)));
                stack.last().items.append(rlp::Item{false, bytes, {}});
            }
        }
        while (stack.size() > 1) {
            rlp::Item done = stack.takeLast();
            stack.last().items.append(done);
        }
        return stack.first();
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
    qsizetype m_budget = 16 * 1024;
};

void checkDecode(const QByteArray &input)
{
    const auto decoded = rlp::decode(input);
    if (!decoded) {
        check(decoded.error().reason == QLatin1String("invalid_rlp"));
        return;
    }
    check(depthOf(*decoded) <= 65);
    check(encode(*decoded) == input); // canonical only
}

void checkRoundTrip(const rlp::Item &item)
{
    const QByteArray encoded = encode(item);
    const auto decoded = rlp::decode(encoded);
    check(decoded.ok() && same(item, *decoded));
    check(encode(*decoded) == encoded);
    // One item is all the decoder accepts: anything after it is refused.
    check(!rlp::decode(encoded + QByteArray(1, '\0')).ok());
    if (encoded.size() > 1)
        check(!rlp::decode(encoded.left(encoded.size() - 1)).ok());
}

void checkIntegers(const QByteArray &input)
{
    quint64 value = 0;
    for (qsizetype i = 0; i < qMin<qsizetype>(8, input.size()); ++i)
        value = value << 8 | quint8(input[i]);
    const QByteArray minimal = rlp::minimalBigEndian(value);
    check(minimal.isEmpty() == (value == 0) && (minimal.isEmpty() || minimal[0] != '\0'));
    check(rlp::stripLeadingZeros(rlp::leftPad(minimal, 8)) == minimal);
    check(rlp::leftPad(minimal, 8).size() == 8);
    const auto asUint = rlp::decode(rlp::encodeUint(value));
    check(asUint.ok() && !asUint->isList && asUint->bytes == minimal);

    const QByteArray big = input.left(40); // up to 320 bits, leading zeros allowed
    const QByteArray stripped = rlp::stripLeadingZeros(big);
    check(stripped.isEmpty() || stripped[0] != '\0');
    check(big.endsWith(stripped) && rlp::leftPad(stripped, int(big.size())) == big);
    const auto asBig = rlp::decode(rlp::encodeUint(big));
    check(asBig.ok() && !asBig->isList && asBig->bytes == stripped);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    checkDecode(input);
    checkRoundTrip(Builder(data, size).build());
    checkIntegers(input);
    return 0;
}
