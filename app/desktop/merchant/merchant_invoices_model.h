#pragma once
// An organisation's invoices, newest first, in cursor pages
// (payments.invoices), filtered by status. Its owner reloads it when the
// organisation's invoices change (MerchantConsole::invoicesChanged, which
// also follows the server's pushes). Rows: id, status, asset, amount,
// amountRefunded, fee, net, description, orderId, createdAt, paidAt,
// expiresAt, uri, payerName.

#include "foundation/paged_list_model.h"

namespace azc {

class MerchantInvoicesModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString orgId READ orgId WRITE setOrgId NOTIFY filterChanged)
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)
public:
    explicit MerchantInvoicesModel(QObject *parent = nullptr);

    QString orgId() const { return m_orgId; }
    void setOrgId(const QString &orgId);
    QString statusFilter() const { return m_status; }
    void setStatusFilter(const QString &status);

signals:
    void filterChanged();

protected:
    bool ready() const override { return !m_orgId.isEmpty(); }
    QString pageMethod() const override { return QStringLiteral("payments.invoices"); }
    QJsonObject pageParams(const QJsonValue &cursor, int limit) const override;
    Page pageFrom(const QJsonObject &result, const QJsonValue &cursor) override;

private:
    QString m_orgId;
    QString m_status;
};

} // namespace azc
