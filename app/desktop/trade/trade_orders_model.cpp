#include "trade/trade_orders_model.h"

#include "foundation/event_hub.h"
#include "foundation/error_sink.h"
#include "trade/trade_errors.h"


#include <QJsonArray>

namespace azc {

TradeOrdersModel::TradeOrdersModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("market"), QStringLiteral("side"), QStringLiteral("type"),
                       QStringLiteral("timeInForce"), QStringLiteral("price"), QStringLiteral("stopPrice"),
                       QStringLiteral("quantity"), QStringLiteral("budget"), QStringLiteral("filled"),
                       QStringLiteral("filledQuote"), QStringLiteral("status"), QStringLiteral("reason"),
                       QStringLiteral("createdAt"), QStringLiteral("updatedAt")},
                      parent)
{
}

bool TradeOrdersModel::isOpen(const QString &status)
{
    return status == QLatin1String("new") || status == QLatin1String("open") || status == QLatin1String("pending_stop");
}

void TradeOrdersModel::setMarket(const QString &market)
{
    if (m_market == market)
        return;
    m_market = market;
    emit filterChanged();
    reload();
}

void TradeOrdersModel::setOpenOnly(bool openOnly)
{
    if (m_openOnly == openOnly)
        return;
    m_openOnly = openOnly;
    emit filterChanged();
    reload();
}

void TradeOrdersModel::onAttached()
{
    // Pushes missed while the connection was down: read the list again.
    events()->onResync(this, [this] { reload(); });
    events()->on(Topic::SpotOrder, this, [this](const ServerEvent &e) { onOrder(e.object("order")); });
}

void TradeOrdersModel::onOrder(QJsonObject order)
{
    emit orderUpdated(order.value(QStringLiteral("id")).toString(), order.value(QStringLiteral("status")).toString());
    if (!m_market.isEmpty() && order.value(QStringLiteral("market")).toString() != m_market)
        return;
    const QString id = order.value(QStringLiteral("id")).toString();
    const bool wanted = !m_openOnly || isOpen(order.value(QStringLiteral("status")).toString());
    if (!wanted)
        removeRowWithId(id);
    else if (rowOf(id) >= 0)
        replaceRow(order);
    else
        prependRow(order);
}

void TradeOrdersModel::reload()
{
    QJsonObject params{{QStringLiteral("openOnly"), m_openOnly}, {QStringLiteral("limit"), 100}};
    if (!m_market.isEmpty())
        params.insert(QStringLiteral("market"), m_market);
    request(QStringLiteral("spot.orders"), params, [this](const QJsonObject &result) {
        setRowsFrom(result.value(QStringLiteral("orders")));
    });
}

void TradeOrdersModel::cancel(const QString &orderId, const QString &market)
{
    const QJsonObject params{{QStringLiteral("market"), market}, {QStringLiteral("orderId"), orderId}};
    requestQuietly(QStringLiteral("spot.cancel"), params, [this](const QJsonObject &result) {
        onOrder(result.value(QStringLiteral("order")).toObject());
    }, [this](const RpcReply &reply) { errors()->reportText(TradeErrors::describe(reply)); });
}

void TradeOrdersModel::cancelAll(const QString &market)
{
    QJsonObject params;
    if (!market.isEmpty())
        params.insert(QStringLiteral("market"), market);
    requestQuietly(QStringLiteral("spot.cancelAll"), params, [this](const QJsonObject &result) {
        emit cancelledAll(result.value(QStringLiteral("cancelled")).toInt());
        emit orderUpdated({}, QStringLiteral("cancelled"));
        reload();
    }, [this, market](const RpcReply &reply) {
        if (!TradeErrors::isMissingMethod(reply))
            return errors()->reportText(TradeErrors::describe(reply));
        // An older server: cancel the open orders one by one.
        for (const QJsonObject &row : rows()) {
            if (isOpen(row.value(QStringLiteral("status")).toString())
                && (market.isEmpty() || row.value(QStringLiteral("market")).toString() == market))
                cancel(row.value(QStringLiteral("id")).toString(), row.value(QStringLiteral("market")).toString());
        }
    });
}

} // namespace azc
