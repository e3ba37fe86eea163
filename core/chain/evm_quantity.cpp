#include "chain/evm_quantity.h"

namespace azc::chain {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// The digits after "0x", checked against the QUANTITY rules.
Result<QString> quantityDigits(const QString &text, int maxDigits)
{
    auto bad = [&](const QString &why) {
        return fail("bad_quantity",
                    QStringLiteral("bad hex quantity \"%1\": %2").arg(text.left(80), why));
    };
    if (!text.startsWith(QLatin1String("0x")))
        return bad(QStringLiteral("no 0x prefix"));
    const QString digits = text.mid(2);
    if (digits.isEmpty())
        return bad(QStringLiteral("no digits"));
    if (digits.size() > 1 && digits.front() == u'0')
        return bad(QStringLiteral("leading zero"));
    if (digits.size() > maxDigits)
        return bad(QStringLiteral("too large"));
    for (QChar c : digits) {
        if (!isHexDigit(c))
            return bad(QStringLiteral("not a hex digit"));
    }
    return digits;
}

} // namespace

Result<quint64> parseQuantity64(const QString &text)
{
    auto digits = quantityDigits(text, 16);
    if (!digits)
        return digits.error();
    bool ok = false;
    const quint64 value = digits->toULongLong(&ok, 16);
    if (!ok)
        return fail("bad_quantity", QStringLiteral("bad hex quantity \"%1\"").arg(text));
    return value;
}

Result<UInt256> parseQuantity256(const QString &text)
{
    auto digits = quantityDigits(text, 64);
    if (!digits)
        return digits.error();
    QString even = *digits;
    if (even.size() % 2)
        even.prepend(u'0');
    QByteArray bytes = QByteArray::fromHex(even.toLatin1());
    while (!bytes.isEmpty() && bytes.front() == '\0')
        bytes.remove(0, 1);
    return bytes;
}

Result<QByteArray> parseData(const QString &text, int length)
{
    auto bad = [&](const QString &why) {
        return fail("bad_data", QStringLiteral("bad hex data \"%1\": %2").arg(text.left(80), why));
    };
    if (!text.startsWith(QLatin1String("0x")))
        return bad(QStringLiteral("no 0x prefix"));
    const QString digits = text.mid(2);
    if (digits.size() % 2)
        return bad(QStringLiteral("odd number of digits"));
    for (QChar c : digits) {
        if (!isHexDigit(c))
            return bad(QStringLiteral("not a hex digit"));
    }
    if (length >= 0 && digits.size() != 2 * length)
        return bad(QStringLiteral("expected %1 bytes").arg(length));
    return QByteArray::fromHex(digits.toLatin1());
}

QString toQuantity(quint64 value)
{
    return QStringLiteral("0x") + QString::number(value, 16);
}

QString toQuantity(const UInt256 &bigEndian)
{
    QString hex = QString::fromLatin1(bigEndian.toHex());
    while (hex.size() > 1 && hex.front() == u'0')
        hex.remove(0, 1);
    return QStringLiteral("0x") + (hex.isEmpty() ? QStringLiteral("0") : hex);
}

QString toData(const QByteArray &bytes)
{
    return QStringLiteral("0x") + QString::fromLatin1(bytes.toHex());
}

std::optional<Amount> toAmount(const UInt256 &bigEndian)
{
    UInt128 value = 0;
    for (int i = 0; i < bigEndian.size(); ++i) {
        if (value >> 120) // the next shift would lose bits
            return std::nullopt;
        value = (value << 8) | quint8(bigEndian.at(i));
    }
    if (value > UInt128(Amount::max().units()))
        return std::nullopt;
    return Amount::fromUnits(Int128(value));
}

UInt256 fromAmount(Amount nonNegative)
{
    return uint256(UInt128(nonNegative.units()));
}

} // namespace azc::chain
