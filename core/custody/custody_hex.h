#pragma once
// Addresses, hashes and raw transactions are stored as lower-case hex text.

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace azc::custody {

inline QString hexText(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

inline QByteArray bytesFromHex(const QVariant &v)
{
    return QByteArray::fromHex(v.toString().toLatin1());
}

} // namespace azc::custody
