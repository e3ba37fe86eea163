#include "bridge/bridge_overview.h"

#include "bridge/bridge_amounts.h"
#include "bridge/bridge_errors.h"
#include "foundation/event_hub.h"

#include <QJsonArray>

namespace azc {

BridgeOverview::BridgeOverview(QObject *parent) : RemoteObject(parent)
{
    m_poll.setInterval(15'000);
    connect(&m_poll, &QTimer::timeout, this, &BridgeOverview::reload);
}

void BridgeOverview::onAttached()
{
    events()->on(Topic::BridgeChanged, this, [this](const ServerEvent &) { reload(); });
    events()->onResync(this, [this] { reload(); });
    m_poll.start();
    reload();
}

void BridgeOverview::reload()
{
    if (busy())
        return;
    request(QStringLiteral("bridge.overview"), {}, [this](const QJsonObject &result) {
        m_partners.clear();
        m_paused = 0;
        for (const QJsonValue &v : result.value(QStringLiteral("partners")).toArray()) {
            QJsonObject partner = v.toObject();
            QJsonArray points;
            for (const QJsonValue &pv : partner.value(QStringLiteral("points")).toArray()) {
                QJsonObject p = pv.toObject();
                p.insert(QStringLiteral("coveragePercent"), bridge::percentFromBps(bridge::bpsOf(p.value(QStringLiteral("coverageBps")))));
                p.insert(QStringLiteral("covered"), bridge::covers(bridge::text(p, "reserve"), bridge::text(p, "requiredReserve")));
                if (bridge::text(p, "status") == QLatin1String("paused"))
                    ++m_paused;
                points.append(p);
            }
            partner.insert(QStringLiteral("points"), points);
            m_partners.append(partner.toVariantMap());
        }
        m_totals.clear();
        for (const QJsonValue &v : result.value(QStringLiteral("totals")).toArray()) {
            QJsonObject t = v.toObject();
            t.insert(QStringLiteral("covered"), bridge::covers(bridge::text(t, "reserves"), bridge::text(t, "required")));
            m_totals.append(t.toVariantMap());
        }
        emit loaded();
    });
}

void BridgeOverview::resume(const QString &point)
{
    const QJsonObject params{{QStringLiteral("point"), point}, {QStringLiteral("paused"), false}};
    request(QStringLiteral("bridge.setPaused"), params, [this, point](const QJsonObject &) {
        emit resumed(point);
        reload();
    }, [this](const RpcReply &reply) { emit failed(BridgeErrors::describe(reply, BridgeErrors::Action::Resume)); });
}

} // namespace azc
