#include "merchant/merchant_invoices_model.h"

#include <QJsonArray>

namespace azc {

MerchantInvoicesModel::MerchantInvoicesModel(QObject *parent)
    : PagedListModel({QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("asset"), QStringLiteral("amount"),
                      QStringLiteral("amountRefunded"), QStringLiteral("fee"), QStringLiteral("net"),
                      QStringLiteral("description"), QStringLiteral("orderId"), QStringLiteral("createdAt"),
                      QStringLiteral("paidAt"), QStringLiteral("expiresAt"), QStringLiteral("uri"), QStringLiteral("payerName")},
                     30, 100, parent)
{
}

void MerchantInvoicesModel::setOrgId(const QString &orgId)
{
    if (m_orgId == orgId)
        return;
    m_orgId = orgId;
    emit filterChanged();
    reload();
}

void MerchantInvoicesModel::setStatusFilter(const QString &status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit filterChanged();
    reload();
}

QJsonObject MerchantInvoicesModel::pageParams(const QJsonValue &cursor, int limit) const
{
    QJsonObject p{{QStringLiteral("orgId"), m_orgId}, {QStringLiteral("limit"), limit}};
    if (!m_status.isEmpty())
        p.insert(QStringLiteral("status"), m_status);
    if (cursor.isString())
        p.insert(QStringLiteral("cursor"), cursor);
    return p;
}

PagedListModel::Page MerchantInvoicesModel::pageFrom(const QJsonObject &result, const QJsonValue &)
{
    Page page;
    for (const QJsonValue &v : result.value(QStringLiteral("invoices")).toArray()) {
        QJsonObject row = v.toObject();
        row.insert(QStringLiteral("payerName"), row.value(QStringLiteral("payer")).toObject().value(QStringLiteral("displayName")));
        page.rows.append(row);
    }
    const QString next = result.value(QStringLiteral("nextCursor")).toString();
    page.next = next.isEmpty() ? QJsonValue() : QJsonValue(next);
    return page;
}

} // namespace azc
