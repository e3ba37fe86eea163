#pragma once
// Partner console › Products: the organisation's products, active or not
// (market.orgProducts, with codesLeft for vouchers), read again on a product
// or order push for the organisation (an order takes stock) and after a
// reconnect. Rows as MarketProductsModel's.

#include "foundation/remote_list_model.h"

#include <QTimer>

namespace azc {

class MarketOrgProductsModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString orgId READ orgId WRITE setOrgId NOTIFY orgIdChanged)
public:
    explicit MarketOrgProductsModel(QObject *parent = nullptr);

    QString orgId() const { return m_orgId; }
    void setOrgId(const QString &orgId);
    Q_INVOKABLE void reload() override;

signals:
    void orgIdChanged();

protected:
    void onAttached() override;

private:
    QString m_orgId;
    QTimer m_reloadSoon;
};

} // namespace azc
