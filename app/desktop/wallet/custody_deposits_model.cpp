#include "wallet/custody_deposits_model.h"

#include "foundation/event_hub.h"
#include "foundation/app_context.h"

#include <QJsonArray>

namespace azc {

CustodyDepositsModel::CustodyDepositsModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("network"), QStringLiteral("asset"),
                       QStringLiteral("decimals"), QStringLiteral("amount"), QStringLiteral("address"),
                       QStringLiteral("from"), QStringLiteral("txHash"), QStringLiteral("blockNumber"),
                       QStringLiteral("status"), QStringLiteral("confirmations"), QStringLiteral("required"),
                       QStringLiteral("createdAt"), QStringLiteral("creditedAt")},
                      parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CustodyDepositsModel::reload);
}

void CustodyDepositsModel::followConfirming()
{
    for (const QJsonObject &row : rows()) {
        if (row.value(QStringLiteral("status")).toString() == QLatin1String("seen")) {
            if (!m_timer.isActive() && m_refreshMs > 0)
                m_timer.start(m_refreshMs);
            return;
        }
    }
}

void CustodyDepositsModel::onAttached()
{
    events()->on(Topic::DepositChanged, this, [this](const ServerEvent &e) {
        const QJsonObject deposit = e.object("deposit");
        if (rowOf(deposit.value(QStringLiteral("id")).toString()) >= 0)
            replaceRow(deposit);
        else
            prependRow(deposit);
        emit depositChanged(deposit.toVariantMap());
        followConfirming();
    });
}

void CustodyDepositsModel::reload()
{
    requestQuietly(QStringLiteral("deposit.list"), {{QStringLiteral("limit"), 100}}, [this](const QJsonObject &result) {
        setRowsFrom(result.value(QStringLiteral("deposits")));
        followConfirming();
    }, [](const RpcReply &) {}); // "unavailable" without custody: the list stays empty
}

QVariantMap CustodyDepositsModel::byTxHash(const QString &txHash) const
{
    for (int i = 0; i < count(); ++i)
        if (rows().at(i).value(QStringLiteral("txHash")).toString().compare(txHash, Qt::CaseInsensitive) == 0)
            return get(i);
    return {};
}

} // namespace azc
