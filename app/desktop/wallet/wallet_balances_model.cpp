#include "wallet/wallet_balances_model.h"

#include "foundation/event_hub.h"
#include "foundation/app_context.h"

#include <QJsonArray>

namespace azc {

WalletBalancesModel::WalletBalancesModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("asset"), QStringLiteral("decimals"),
                       QStringLiteral("available"), QStringLiteral("held"), QStringLiteral("total")},
                      parent)
{
}

QJsonObject WalletBalancesModel::rowFrom(QJsonObject balance)
{
    balance.insert(QStringLiteral("id"), balance.value(QStringLiteral("asset")));
    return balance;
}

void WalletBalancesModel::onAttached()
{
    events()->on(Topic::WalletChanged, this, [this](const ServerEvent &e) {
        const QJsonObject row = rowFrom(e.object("balance"));
        const QString asset = row.value(QStringLiteral("asset")).toString();
        if (rowOf(asset) < 0) {
            reload(); // an asset we did not list yet (enabled meanwhile)
            return;
        }
        replaceRow(row);
        emit balanceChanged(asset);
    });
}

void WalletBalancesModel::reload()
{
    request(QStringLiteral("wallet.balances"), {}, [this](const QJsonObject &result) {
        QList<QJsonObject> rows;
        for (const QJsonValue &v : result.value(QStringLiteral("balances")).toArray())
            rows.append(rowFrom(v.toObject()));
        setRows(rows);
        for (const QJsonObject &row : std::as_const(rows))
            emit balanceChanged(row.value(QStringLiteral("asset")).toString());
    });
}

QVariantMap WalletBalancesModel::balanceOf(const QString &asset) const
{
    return get(rowOf(asset));
}

} // namespace azc
