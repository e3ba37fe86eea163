#include "payments/signing.h"

#include "crypto/digest.h"

#include <QList>

namespace azc::payments {

QByteArray requestSignature(const QByteArray &secret, const QByteArray &method, const QByteArray &pathAndQuery,
                            const QByteArray &timestamp, const QByteArray &nonce, const QByteArray &body)
{
    const QByteArray message = method + '\n' + pathAndQuery + '\n' + timestamp + '\n' + nonce + '\n' + body;
    return crypto::hmac(crypto::HmacAlgorithm::Sha256, secret, message).toHex();
}

QByteArray webhookSignatureHeader(const QByteArray &secret, qint64 timestampSeconds, const QByteArray &body)
{
    const QByteArray t = QByteArray::number(timestampSeconds);
    return "t=" + t + ",v1=" + crypto::hmac(crypto::HmacAlgorithm::Sha256, secret, t + '.' + body).toHex();
}

bool verifyWebhookSignature(const QByteArray &secret, const QByteArray &header, const QByteArray &body, qint64 nowSeconds,
                            int toleranceSeconds)
{
    QByteArray t, v1;
    for (const QByteArray &part : header.split(',')) {
        if (part.startsWith("t="))
            t = part.mid(2);
        else if (part.startsWith("v1="))
            v1 = part.mid(3);
    }
    bool ok = false;
    const qint64 ts = t.toLongLong(&ok);
    if (!ok || v1.isEmpty() || qAbs(nowSeconds - ts) > toleranceSeconds)
        return false;
    const QByteArray expected = crypto::hmac(crypto::HmacAlgorithm::Sha256, secret, t + '.' + body).toHex();
    return crypto::constantTimeEquals(expected, v1);
}

} // namespace azc::payments
