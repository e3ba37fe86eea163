#include "bridge/bridge_swaps_model.h"

#include "bridge/bridge_quote_flow.h"
#include "foundation/event_hub.h"

#include <QJsonArray>

namespace azc {

BridgeSwapsModel::BridgeSwapsModel(QObject *parent)
    : PagedListModel({QStringLiteral("id"), QStringLiteral("point"), QStringLiteral("pointName"),
                      QStringLiteral("pointDecimals"), QStringLiteral("coin"), QStringLiteral("coinDecimals"),
                      QStringLiteral("org"), QStringLiteral("direction"), QStringLiteral("points"),
                      QStringLiteral("coinAmount"), QStringLiteral("fee"), QStringLiteral("rate"), QStringLiteral("via"),
                      QStringLiteral("consentId"), QStringLiteral("user"), QStringLiteral("createdAt"), QStringLiteral("words")},
                     20, 100, parent)
{
}

void BridgeSwapsModel::setPoint(const QString &point)
{
    if (point == m_point)
        return;
    m_point = point;
    emit filterChanged();
    if (context())
        reload();
}

void BridgeSwapsModel::setOrgId(const QString &orgId)
{
    if (orgId == m_orgId)
        return;
    m_orgId = orgId;
    emit filterChanged();
    if (context())
        reload();
}

void BridgeSwapsModel::onAttached()
{
    events()->on(Topic::BridgeChanged, this, [this](const ServerEvent &e) {
        if (e.params.value(QStringLiteral("kind")).toString() == QLatin1String("swap")
            && (m_point.isEmpty() || e.objectId == m_point) && !loading())
            reload();
    });
    events()->onResync(this, [this] { reload(); });
}

QString BridgeSwapsModel::pageMethod() const
{
    return m_orgId.isEmpty() ? QStringLiteral("bridge.swaps") : QStringLiteral("bridge.orgSwaps");
}

QJsonObject BridgeSwapsModel::pageParams(const QJsonValue &cursor, int limit) const
{
    QJsonObject params{{QStringLiteral("limit"), limit}};
    if (!m_orgId.isEmpty())
        params.insert(QStringLiteral("orgId"), m_orgId);
    if (!m_point.isEmpty())
        params.insert(QStringLiteral("point"), m_point);
    if (!cursor.isNull())
        params.insert(QStringLiteral("cursor"), cursor);
    return params;
}

PagedListModel::Page BridgeSwapsModel::pageFrom(const QJsonObject &result, const QJsonValue &)
{
    Page page;
    for (const QJsonValue &v : result.value(QStringLiteral("swaps")).toArray()) {
        QJsonObject swap = v.toObject();
        swap.insert(QStringLiteral("words"), BridgeQuoteFlow::swapWords(swap));
        page.rows.append(swap);
    }
    const QJsonValue next = result.value(QStringLiteral("nextCursor"));
    if (result.value(QStringLiteral("hasMore")).toBool() && !next.isNull() && !next.isUndefined())
        page.next = next;
    return page;
}

} // namespace azc
