#include "crypto/totp.h"

#include <QUrl>
#include <QtEndian>

namespace azc::crypto {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

bool validParams(const TotpParams &params)
{
    return (params.digits == 6 || params.digits == 8) && params.stepSeconds > 0;
}

qint64 stepAt(qint64 unixSeconds, qint64 stepSeconds)
{
    // Floor, not truncation, so times before 1970 land in the right step.
    qint64 q = unixSeconds / stepSeconds;
    if (unixSeconds % stepSeconds != 0 && unixSeconds < 0)
        --q;
    return q;
}

} // namespace

QString base32Encode(const QByteArray &data)
{
    QString out;
    out.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : data) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += QLatin1Char(kAlphabet[(buffer >> bits) & 0x1f]);
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

std::optional<QByteArray> base32Decode(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar ch : text) {
        // Authenticator apps show secrets in groups and in either case.
        if (ch.isSpace() || ch == QLatin1Char('='))
            continue;
        const char16_t c = QChar::toUpper(ch.unicode());
        quint32 value;
        if (c >= u'A' && c <= u'Z')
            value = c - u'A';
        else if (c >= u'2' && c <= u'7')
            value = c - u'2' + 26;
        else
            return std::nullopt;
        buffer = (buffer << 5) | value;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out += char((buffer >> bits) & 0xff);
        }
    }
    return out;
}

QString hotp(const QByteArray &secret, qint64 counter, const TotpParams &params)
{
    if (!validParams(params))
        return {};
    QByteArray message(8, Qt::Uninitialized);
    qToBigEndian(quint64(counter), message.data());
    const QByteArray mac = hmac(params.algorithm, secret, message);
    // Dynamic truncation, RFC 4226 section 5.3.
    const int offset = quint8(mac.back()) & 0x0f;
    const quint32 binary = (quint32(quint8(mac[offset]) & 0x7f) << 24)
        | (quint32(quint8(mac[offset + 1])) << 16) | (quint32(quint8(mac[offset + 2])) << 8)
        | quint32(quint8(mac[offset + 3]));
    const quint32 modulus = params.digits == 8 ? 100000000u : 1000000u;
    return QStringLiteral("%1").arg(binary % modulus, params.digits, 10, QLatin1Char('0'));
}

QString totpAt(const QByteArray &secret, qint64 unixSeconds, const TotpParams &params)
{
    if (!validParams(params))
        return {};
    return hotp(secret, stepAt(unixSeconds, params.stepSeconds), params);
}

std::optional<qint64> totpVerify(const QByteArray &secret, const QString &code, qint64 unixSeconds,
                                 qint64 lastUsedStep, const TotpParams &params)
{
    if (!validParams(params) || code.size() != params.digits)
        return std::nullopt;
    for (const QChar ch : code) {
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return std::nullopt;
    }
    const QByteArray given = code.toLatin1();
    const qint64 now = stepAt(unixSeconds, params.stepSeconds);
    std::optional<qint64> match;
    // Every candidate is compared, and the latest match wins, so timing does not
    // reveal which step matched and a rare collision cannot reopen a used step.
    for (qint64 step = now - 1; step <= now + 1; ++step) {
        if (step <= lastUsedStep || step < 0)
            continue;
        if (constantTimeEquals(hotp(secret, step, params).toLatin1(), given))
            match = step;
    }
    return match;
}

QString totpUri(const QString &issuer, const QString &account, const QByteArray &secret)
{
    const QString encodedIssuer = QString::fromLatin1(QUrl::toPercentEncoding(issuer));
    const QString encodedAccount = QString::fromLatin1(QUrl::toPercentEncoding(account));
    return QLatin1String("otpauth://totp/") + encodedIssuer + QLatin1Char(':') + encodedAccount
        + QLatin1String("?secret=") + base32Encode(secret) + QLatin1String("&issuer=") + encodedIssuer
        + QLatin1String("&algorithm=SHA1&digits=6&period=30");
}

} // namespace azc::crypto
