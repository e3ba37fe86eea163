#include "bridge/bridge_points_model.h"

#include "bridge/bridge_amounts.h"
#include "foundation/event_hub.h"

#include <QJsonArray>

namespace azc {

BridgePointsModel::BridgePointsModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("decimals"),
                       QStringLiteral("iconFileId"), QStringLiteral("kind"), QStringLiteral("network"),
                       QStringLiteral("contract"), QStringLiteral("org"), QStringLiteral("orgName"), QStringLiteral("coin"),
                       QStringLiteral("coinDecimals"), QStringLiteral("status"), QStringLiteral("policy"),
                       QStringLiteral("balance"), QStringLiteral("outstanding"), QStringLiteral("reserve"),
                       QStringLiteral("requiredReserve"), QStringLiteral("coverageBps"), QStringLiteral("holders"),
                       QStringLiteral("initials"), QStringLiteral("spreadPercent"), QStringLiteral("feePercent"),
                       QStringLiteral("policyCoveragePercent"), QStringLiteral("coveragePercent"), QStringLiteral("covered")},
                      parent)
{
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(250);
    connect(&m_reloadSoon, &QTimer::timeout, this, &BridgePointsModel::reload);
}

QJsonObject BridgePointsModel::rowFrom(QJsonObject point)
{
    point.insert(QStringLiteral("id"), point.value(QStringLiteral("code")));
    point.insert(QStringLiteral("orgName"), point.value(QStringLiteral("org")).toObject().value(QStringLiteral("name")));
    point.insert(QStringLiteral("initials"), bridge::initials(bridge::text(point, "name")));
    const QJsonObject policy = point.value(QStringLiteral("policy")).toObject();
    if (!policy.isEmpty()) {
        point.insert(QStringLiteral("spreadPercent"), bridge::percentFromBps(bridge::bpsOf(policy.value(QStringLiteral("spreadBps")))));
        point.insert(QStringLiteral("feePercent"), bridge::percentFromBps(bridge::bpsOf(policy.value(QStringLiteral("feeBps")))));
        point.insert(QStringLiteral("policyCoveragePercent"),
                     bridge::percentFromBps(bridge::bpsOf(policy.value(QStringLiteral("coverageBps")))));
    }
    point.insert(QStringLiteral("coveragePercent"), bridge::percentFromBps(bridge::bpsOf(point.value(QStringLiteral("coverageBps")))));
    point.insert(QStringLiteral("covered"), bridge::covers(bridge::text(point, "reserve"), bridge::text(point, "requiredReserve")));
    return point;
}

void BridgePointsModel::onAttached()
{
    events()->on(Topic::BridgeChanged, this, [this](const ServerEvent &e) {
        if (e.params.value(QStringLiteral("kind")).toString() != QLatin1String("consent") && !m_reloadSoon.isActive())
            m_reloadSoon.start();
    });
    events()->on(Topic::WalletChanged, this, [this](const ServerEvent &e) {
        if (rowOf(e.objectId) >= 0 && !m_reloadSoon.isActive())
            m_reloadSoon.start();
    });
    events()->onResync(this, [this] { reload(); });
}

void BridgePointsModel::reload()
{
    request(QStringLiteral("bridge.points"), {}, [this](const QJsonObject &result) {
        QList<QJsonObject> rows;
        for (const QJsonValue &v : result.value(QStringLiteral("points")).toArray())
            rows.append(rowFrom(v.toObject()));
        setRows(rows);
        ++m_revision;
        emit revisionChanged();
    });
}

QVariantMap BridgePointsModel::byCode(const QString &code) const
{
    return get(rowOf(code));
}

} // namespace azc
