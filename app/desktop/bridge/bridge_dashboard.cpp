#include "bridge/bridge_dashboard.h"

#include "bridge/bridge_amounts.h"
#include "foundation/event_hub.h"

#include <QFile>
#include <QJsonArray>

#include <algorithm>

namespace azc {

BridgeDashboard::BridgeDashboard(QObject *parent) : RemoteObject(parent)
{
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(500);
    connect(&m_reloadSoon, &QTimer::timeout, this, &BridgeDashboard::reload);
}

void BridgeDashboard::setOrgId(const QString &orgId)
{
    if (orgId == m_orgId)
        return;
    m_orgId = orgId;
    m_answer = {};
    emit orgIdChanged();
    emit loaded();
    if (context())
        reload();
}

void BridgeDashboard::setDays(int days)
{
    days = std::clamp(days, 1, 366);
    if (days == m_days)
        return;
    m_days = days;
    emit orgIdChanged();
    if (context())
        reload();
}

void BridgeDashboard::onAttached()
{
    events()->on(Topic::BridgeChanged | Topic::MarketChanged, this, [this](const ServerEvent &e) {
        bool ours = e.params.value(QStringLiteral("orgId")).toString() == m_orgId;
        for (const QJsonValue &p : m_answer.value(QStringLiteral("points")).toArray())
            ours = ours || p.toObject().value(QStringLiteral("code")).toString() == e.objectId;
        if (ours && !m_reloadSoon.isActive())
            m_reloadSoon.start();
    });
    events()->onResync(this, [this] { reload(); });
    reload();
}

void BridgeDashboard::reload()
{
    if (m_orgId.isEmpty())
        return;
    const QString orgId = m_orgId;
    request(QStringLiteral("bridge.dashboard"), {{QStringLiteral("orgId"), orgId}, {QStringLiteral("days"), m_days}},
            [this, orgId](const QJsonObject &result) {
                if (orgId != m_orgId)
                    return;
                m_answer = result;
                emit loaded();
            });
}

QVariantList BridgeDashboard::points() const
{
    QVariantList out;
    for (const QJsonValue &v : m_answer.value(QStringLiteral("points")).toArray()) {
        QJsonObject p = v.toObject();
        p.insert(QStringLiteral("coveragePercent"), bridge::percentFromBps(bridge::bpsOf(p.value(QStringLiteral("coverageBps")))));
        p.insert(QStringLiteral("covered"), bridge::covers(bridge::text(p, "reserve"), bridge::text(p, "requiredReserve")));
        out.append(p.toVariantMap());
    }
    return out;
}

QStringList BridgeDashboard::marketAssets() const
{
    QStringList assets;
    for (const QJsonValue &v : m_answer.value(QStringLiteral("marketSeries")).toArray()) {
        const QString asset = v.toObject().value(QStringLiteral("asset")).toString();
        if (!asset.isEmpty() && !assets.contains(asset))
            assets.append(asset);
    }
    return assets;
}

bool BridgeDashboard::hasSeries() const
{
    return !m_answer.value(QStringLiteral("series")).toArray().isEmpty()
           || !m_answer.value(QStringLiteral("marketSeries")).toArray().isEmpty();
}

QString BridgeDashboard::csv() const
{
    return bridge::dashboardCsv(m_answer);
}

bool BridgeDashboard::saveCsv(const QUrl &file) const
{
    QFile out(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray bytes = csv().toUtf8();
    return out.write(bytes) == bytes.size();
}

} // namespace azc
