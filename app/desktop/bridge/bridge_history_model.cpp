#include "bridge/bridge_history_model.h"

#include "foundation/event_hub.h"
#include "foundation/money_display.h"

#include <QJsonArray>

namespace azc {

BridgeHistoryModel::BridgeHistoryModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("seq"), QStringLiteral("operationId"), QStringLiteral("code"),
                       QStringLiteral("asset"), QStringLiteral("amount"), QStringLiteral("createdAt"),
                       QStringLiteral("details"), QStringLiteral("signedAmount"), QStringLiteral("incoming")},
                      parent)
{
}

void BridgeHistoryModel::setPoint(const QString &point)
{
    if (point == m_point)
        return;
    m_point = point;
    setRows({});
    emit pointChanged();
    if (context())
        reload();
}

void BridgeHistoryModel::onAttached()
{
    events()->on(Topic::WalletChanged | Topic::BridgeChanged, this, [this](const ServerEvent &e) {
        if (!m_point.isEmpty() && e.objectId == m_point)
            reload();
    });
    events()->onResync(this, [this] { reload(); });
}

void BridgeHistoryModel::reload()
{
    if (m_point.isEmpty())
        return;
    const QString point = m_point;
    request(QStringLiteral("bridge.history"), {{QStringLiteral("point"), point}}, [this, point](const QJsonObject &result) {
        if (point != m_point)
            return;
        QList<QJsonObject> rows;
        for (const QJsonValue &v : result.value(QStringLiteral("entries")).toArray()) {
            QJsonObject e = v.toObject();
            const QString amount = e.value(QStringLiteral("amount")).toString();
            e.insert(QStringLiteral("id"), QString::number(e.value(QStringLiteral("seq")).toInteger()));
            e.insert(QStringLiteral("signedAmount"), money::withSign(amount));
            e.insert(QStringLiteral("incoming"), !money::isNegative(amount));
            rows.append(e);
        }
        setRows(rows);
    });
}

} // namespace azc
