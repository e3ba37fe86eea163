#include "payments/payment_uri.h"

#include <QUrl>
#include <QUrlQuery>

namespace azc::payments {

bool isPaymentId(const QString &id, const QString &prefix)
{
    if (!id.startsWith(prefix) || id.size() < prefix.size() + 20 || id.size() > prefix.size() + 40)
        return false;
    for (qsizetype i = prefix.size(); i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_') && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

PaymentReference parsePaymentReference(const QString &text)
{
    const QString t = text.trimmed();
    const QString inv = QStringLiteral("inv_"), lnk = QStringLiteral("lnk_");
    if (isPaymentId(t, inv))
        return {PaymentReference::Kind::Invoice, t};
    if (isPaymentId(t, lnk))
        return {PaymentReference::Kind::Link, t};
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("azcoiner") || url.path() != QLatin1String("pay"))
        return {};
    const QUrlQuery q(url);
    const QString invoice = q.queryItemValue(QStringLiteral("invoice")), link = q.queryItemValue(QStringLiteral("link"));
    if (!invoice.isEmpty() && link.isEmpty() && isPaymentId(invoice, inv))
        return {PaymentReference::Kind::Invoice, invoice};
    if (!link.isEmpty() && invoice.isEmpty() && isPaymentId(link, lnk))
        return {PaymentReference::Kind::Link, link};
    return {};
}

QString invoiceUri(const QString &invoiceId)
{
    return QStringLiteral("azcoiner:pay?invoice=") + invoiceId;
}

QString linkUri(const QString &linkId)
{
    return QStringLiteral("azcoiner:pay?link=") + linkId;
}

} // namespace azc::payments
