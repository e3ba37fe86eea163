#include "bridge/market_org_products_model.h"

#include "bridge/market_products_model.h"
#include "foundation/event_hub.h"

#include <QJsonArray>

namespace azc {

MarketOrgProductsModel::MarketOrgProductsModel(QObject *parent) : RemoteListModel(MarketProductsModel::keys(), parent)
{
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(250);
    connect(&m_reloadSoon, &QTimer::timeout, this, &MarketOrgProductsModel::reload);
}

void MarketOrgProductsModel::setOrgId(const QString &orgId)
{
    if (orgId == m_orgId)
        return;
    m_orgId = orgId;
    setRows({});
    emit orgIdChanged();
    if (context())
        reload();
}

void MarketOrgProductsModel::onAttached()
{
    events()->on(Topic::MarketChanged, this, [this](const ServerEvent &e) {
        if (e.params.value(QStringLiteral("orgId")).toString() == m_orgId && !m_reloadSoon.isActive())
            m_reloadSoon.start();
    });
    events()->onResync(this, [this] { reload(); });
}

void MarketOrgProductsModel::reload()
{
    if (m_orgId.isEmpty())
        return;
    const QString orgId = m_orgId;
    request(QStringLiteral("market.orgProducts"), {{QStringLiteral("orgId"), orgId}}, [this, orgId](const QJsonObject &result) {
        if (orgId != m_orgId)
            return;
        QList<QJsonObject> rows;
        for (const QJsonValue &v : result.value(QStringLiteral("products")).toArray())
            rows.append(MarketProductsModel::rowFrom(v.toObject()));
        setRows(rows);
    });
}

} // namespace azc
