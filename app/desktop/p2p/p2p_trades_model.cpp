#include "p2p/p2p_trades_model.h"

#include "foundation/event_hub.h"

#include <QJsonArray>

namespace azc {

P2pTradesModel::P2pTradesModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("adId"), QStringLiteral("seller"), QStringLiteral("buyer"),
                       QStringLiteral("myRole"), QStringLiteral("asset"), QStringLiteral("amount"), QStringLiteral("fiat"),
                       QStringLiteral("price"), QStringLiteral("fiatAmount"), QStringLiteral("status"),
                       QStringLiteral("outcome"), QStringLiteral("paymentDeadline"), QStringLiteral("releaseDeadline"),
                       QStringLiteral("paidAt"), QStringLiteral("completedAt"), QStringLiteral("createdAt"),
                       QStringLiteral("chatId"), QStringLiteral("paymentMethods"), QStringLiteral("proofs"),
                       QStringLiteral("feedback"), QStringLiteral("timeline")},
                      parent)
{
    m_poll.setInterval(5000);
    connect(&m_poll, &QTimer::timeout, this, &P2pTradesModel::reload);
    connect(this, &QAbstractItemModel::modelReset, this, &P2pTradesModel::countsChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, &P2pTradesModel::countsChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &P2pTradesModel::countsChanged);
    connect(this, &QAbstractItemModel::dataChanged, this, &P2pTradesModel::countsChanged);
}

bool P2pTradesModel::isActive(const QString &status)
{
    return status == QLatin1String("pending_payment") || status == QLatin1String("paid") || status == QLatin1String("appealed");
}

int P2pTradesModel::activeCount() const
{
    int n = 0;
    for (const QJsonObject &row : rows())
        n += isActive(row.value(QStringLiteral("status")).toString()) ? 1 : 0;
    return n;
}

void P2pTradesModel::setDisputes(bool disputes)
{
    if (m_disputes == disputes)
        return;
    m_disputes = disputes;
    emit filterChanged();
    if (context()) {
        m_disputes ? m_poll.start() : m_poll.stop();
        reload();
    }
}

void P2pTradesModel::onAttached()
{
    events()->onResync(this, [this] { reload(); });
    events()->on(Topic::P2pTrade, this, [this](const ServerEvent &e) { onTrade(e.object("trade")); });
    if (m_disputes)
        m_poll.start();
}

void P2pTradesModel::onTrade(const QJsonObject &trade)
{
    if (m_disputes) // the queue is support's; a party's push only hints that it moved
        return reload();
    if (rowOf(trade.value(QStringLiteral("id")).toString()) >= 0)
        replaceRow(trade);
    else
        prependRow(trade);
}

void P2pTradesModel::reload()
{
    if (m_disputes) {
        request(QStringLiteral("p2p.disputes"), {}, [this](const QJsonObject &result) {
            QList<QJsonObject> queue;
            for (const QJsonValue &v : result.value(QStringLiteral("trades")).toArray())
                queue.append(v.toObject());
            // Polled: an unchanged queue must not reset the list under the reader's eyes.
            if (queue != rows())
                setRows(queue);
        });
        return;
    }
    request(QStringLiteral("p2p.trades"), {}, [this](const QJsonObject &result) { setRowsFrom(result.value(QStringLiteral("trades"))); });
}

} // namespace azc
