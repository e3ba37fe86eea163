#include "bridge/market_orders_model.h"

#include "foundation/event_hub.h"
#include "foundation/party_name.h"

#include <QJsonArray>

namespace azc {

namespace {

QJsonObject marketOrderRow(QJsonObject order)
{
    order.insert(QStringLiteral("orgName"), order.value(QStringLiteral("org")).toObject().value(QStringLiteral("name")));
    order.insert(QStringLiteral("buyerName"), partyName(order.value(QStringLiteral("buyer")).toObject()));
    return order;
}

} // namespace

MarketOrdersModel::MarketOrdersModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("productId"), QStringLiteral("title"), QStringLiteral("org"),
                       QStringLiteral("orgName"), QStringLiteral("buyer"), QStringLiteral("buyerName"),
                       QStringLiteral("quantity"), QStringLiteral("priceAsset"), QStringLiteral("priceDecimals"),
                       QStringLiteral("total"), QStringLiteral("status"), QStringLiteral("code"), QStringLiteral("address"),
                       QStringLiteral("tracking"), QStringLiteral("dispute"), QStringLiteral("createdAt")},
                      parent)
{
    m_poll.setInterval(10'000);
    connect(&m_poll, &QTimer::timeout, this, &MarketOrdersModel::reload);
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(250);
    connect(&m_reloadSoon, &QTimer::timeout, this, &MarketOrdersModel::reload);
}

void MarketOrdersModel::setOrgId(const QString &orgId)
{
    if (orgId == m_orgId)
        return;
    m_orgId = orgId;
    setRows({});
    emit modeChanged();
    if (context())
        reload();
}

void MarketOrdersModel::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit modeChanged();
    if (context())
        reload();
}

void MarketOrdersModel::setDisputes(bool disputes)
{
    if (disputes == m_disputes)
        return;
    m_disputes = disputes;
    emit modeChanged();
    if (context()) {
        disputes ? m_poll.start() : m_poll.stop();
        reload();
    }
}

void MarketOrdersModel::onAttached()
{
    if (m_disputes)
        m_poll.start();
    events()->on(Topic::MarketChanged, this, [this](const ServerEvent &e) {
        if (e.params.value(QStringLiteral("kind")).toString() != QLatin1String("order"))
            return;
        const QString orgId = e.params.value(QStringLiteral("orgId")).toString();
        if (!m_orgId.isEmpty() && !orgId.isEmpty() && orgId != m_orgId)
            return; // another of the user's organisations
        if (!m_reloadSoon.isActive())
            m_reloadSoon.start();
    });
    events()->onResync(this, [this] { reload(); });
}

void MarketOrdersModel::reload()
{
    QString method = QStringLiteral("market.myOrders");
    QJsonObject params;
    if (m_disputes) {
        method = QStringLiteral("market.disputes");
    } else if (!m_orgId.isEmpty()) {
        method = QStringLiteral("market.orgOrders");
        params.insert(QStringLiteral("orgId"), m_orgId);
        if (!m_status.isEmpty())
            params.insert(QStringLiteral("status"), m_status);
    }
    request(method, params, [this, method, params](const QJsonObject &result) {
        // An answer for a mode or organisation left meanwhile is dropped.
        if (params.value(QStringLiteral("orgId")).toString() != (m_disputes ? QString() : m_orgId)
            || (method == QLatin1String("market.disputes")) != m_disputes)
            return;
        QList<QJsonObject> rows;
        for (const QJsonValue &v : result.value(QStringLiteral("orders")).toArray())
            rows.append(marketOrderRow(v.toObject()));
        setRows(rows);
    });
}

void MarketOrdersModel::act(const QString &action, const QString &method, QJsonObject params, BridgeErrors::Action kind)
{
    requestQuietly(method, params, [this, action](const QJsonObject &result) {
        const QJsonObject order = marketOrderRow(result.value(QStringLiteral("order")).toObject());
        if (m_disputes && order.value(QStringLiteral("status")).toString() != QLatin1String("disputed"))
            removeRowWithId(order.value(QStringLiteral("id")).toString());
        else
            replaceRow(order);
        emit acted(action, order.toVariantMap());
    }, [this, action, kind](const RpcReply &reply) { emit actionFailed(action, BridgeErrors::describe(reply, kind)); });
}

void MarketOrdersModel::confirmReceived(const QString &orderId)
{
    act(QStringLiteral("received"), QStringLiteral("market.confirmReceived"), {{QStringLiteral("orderId"), orderId}},
        BridgeErrors::Action::ConfirmReceived);
}

void MarketOrdersModel::openDispute(const QString &orderId, const QString &reason)
{
    act(QStringLiteral("dispute"), QStringLiteral("market.dispute"),
        {{QStringLiteral("orderId"), orderId}, {QStringLiteral("reason"), reason.trimmed()}}, BridgeErrors::Action::Dispute);
}

void MarketOrdersModel::ship(const QString &orderId, const QString &tracking)
{
    act(QStringLiteral("ship"), QStringLiteral("market.ship"),
        {{QStringLiteral("orgId"), m_orgId}, {QStringLiteral("orderId"), orderId}, {QStringLiteral("tracking"), tracking.trimmed()}},
        BridgeErrors::Action::Ship);
}

void MarketOrdersModel::refund(const QString &orderId, const QString &reason)
{
    act(QStringLiteral("refund"), QStringLiteral("market.refund"),
        {{QStringLiteral("orgId"), m_orgId}, {QStringLiteral("orderId"), orderId}, {QStringLiteral("reason"), reason.trimmed()}},
        BridgeErrors::Action::Refund);
}

void MarketOrdersModel::decideDispute(const QString &orderId, const QString &decision, const QString &note)
{
    act(QStringLiteral("decide"), QStringLiteral("market.decideDispute"),
        {{QStringLiteral("orderId"), orderId}, {QStringLiteral("decision"), decision}, {QStringLiteral("note"), note.trimmed()}},
        BridgeErrors::Action::DecideDispute);
}

} // namespace azc
