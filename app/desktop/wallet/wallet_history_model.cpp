#include "wallet/wallet_history_model.h"

#include "foundation/event_hub.h"
#include "foundation/app_context.h"
#include "foundation/money_display.h"
#include "foundation/session.h"

#include <QJsonArray>

#include <algorithm>

namespace azc {

WalletHistoryModel::WalletHistoryModel(QObject *parent)
    : PagedListModel({QStringLiteral("id"), QStringLiteral("seq"), QStringLiteral("operationId"),
                       QStringLiteral("code"), QStringLiteral("asset"), QStringLiteral("amount"),
                       QStringLiteral("signedAmount"), QStringLiteral("direction"), QStringLiteral("counterparty"),
                       QStringLiteral("counterpartyUsername"), QStringLiteral("memo"), QStringLiteral("createdAt"),
                       QStringLiteral("details")},
                     30, 100, parent)
{
}

void WalletHistoryModel::onAttached()
{
    events()->on(Topic::WalletChanged, this, [this](const ServerEvent &e) {
        if (e.objectId == m_asset)
            fetchNewest();
    });
}

void WalletHistoryModel::setAsset(const QString &asset)
{
    if (m_asset == asset)
        return;
    m_asset = asset;
    emit assetChanged();
    reload();
}

namespace {

// Entries whose receipt names both sides (who sent, who received): transfers
// between people and merchant payments, refunds and payouts. Anything else
// (adjustments, fees, trades) is shown as the house's doing.
bool movesBetweenParties(const QJsonObject &entry)
{
    const QString code = entry.value(QStringLiteral("code")).toString();
    return code == QLatin1String("wallet.transfer") || code.startsWith(QLatin1String("payments."));
}

} // namespace

QJsonObject WalletHistoryModel::rowFrom(const QJsonObject &entry) const
{
    QJsonObject row = entry;
    const QString amount = entry.value(QStringLiteral("amount")).toString();
    const QJsonObject details = entry.value(QStringLiteral("details")).toObject();
    const bool transfer = movesBetweenParties(entry);
    const bool out = money::isNegative(amount);
    QString direction = QStringLiteral("adjustment");
    QString memo = details.value(QStringLiteral("reason")).toString();
    if (transfer) {
        direction = out ? QStringLiteral("out") : QStringLiteral("in");
        const QJsonObject other = details.value(out ? QStringLiteral("to") : QStringLiteral("from")).toObject();
        row.insert(QStringLiteral("counterparty"), other.value(QStringLiteral("displayName")));
        row.insert(QStringLiteral("counterpartyUsername"), other.value(QStringLiteral("username")));
        memo = details.value(QStringLiteral("memo")).toString();
    } else {
        row.insert(QStringLiteral("counterparty"), tr("AZCoiner"));
        row.insert(QStringLiteral("counterpartyUsername"), QString());
    }
    row.insert(QStringLiteral("id"), entry.value(QStringLiteral("operationId")));
    row.insert(QStringLiteral("signedAmount"), money::withSign(amount));
    row.insert(QStringLiteral("direction"), direction);
    row.insert(QStringLiteral("memo"), memo);
    return row;
}

QList<QJsonObject> WalletHistoryModel::rowsFrom(const QJsonObject &page) const
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : page.value(QStringLiteral("entries")).toArray())
        out.append(rowFrom(v.toObject()));
    return out;
}

QJsonObject WalletHistoryModel::pageParams(const QJsonValue &cursor, int limit) const
{
    QJsonObject params{{QStringLiteral("asset"), m_asset}, {QStringLiteral("limit"), limit}};
    if (!cursor.isNull())
        params.insert(QStringLiteral("before"), cursor);
    return params;
}

PagedListModel::Page WalletHistoryModel::pageFrom(const QJsonObject &result, const QJsonValue &)
{
    const QJsonValue next = result.value(QStringLiteral("nextBefore"));
    return {rowsFrom(result), next.isDouble() && next.toInteger() > 0 ? next : QJsonValue()};
}

void WalletHistoryModel::fetchNewest()
{
    if (rows().isEmpty()) {
        reload();
        return;
    }
    const qint64 newestSeq = rows().first().value(QStringLiteral("seq")).toInteger();
    const int shownGeneration = generation();
    request(pageMethod(), pageParams(QJsonValue(), pageSize()), [this, shownGeneration, newestSeq](const QJsonObject &result) {
        if (shownGeneration != generation())
            return;
        QList<QJsonObject> fresh;
        for (const QJsonObject &row : rowsFrom(result)) {
            if (row.value(QStringLiteral("seq")).toInteger() > newestSeq)
                fresh.append(row);
        }
        // More new entries than a page: the gap cannot be stitched; start over.
        if (fresh.size() == pageSize())
            reload();
        else
            prependRows(fresh);
    });
}

void WalletHistoryModel::openReceipt(const QString &operationId)
{
    const int row = rowOf(operationId);
    if (row < 0)
        return;
    const QJsonObject entry = rows().at(row);
    if (!movesBetweenParties(entry)) {
        emit receiptReady({{QStringLiteral("kind"), QStringLiteral("adjustment")},
                           {QStringLiteral("operationId"), operationId},
                           {QStringLiteral("asset"), entry.value(QStringLiteral("asset")).toString()},
                           {QStringLiteral("amount"), entry.value(QStringLiteral("signedAmount")).toString()},
                           {QStringLiteral("memo"), entry.value(QStringLiteral("memo")).toString()},
                           {QStringLiteral("createdAt"), entry.value(QStringLiteral("createdAt")).toVariant()}});
        return;
    }
    request(QStringLiteral("wallet.receipt"), {{QStringLiteral("operationId"), operationId}},
            [this](const QJsonObject &result) {
                QVariantMap receipt = result.value(QStringLiteral("receipt")).toObject().toVariantMap();
                receipt.insert(QStringLiteral("kind"), QStringLiteral("transfer"));
                receipt.insert(QStringLiteral("outgoing"),
                               receipt.value(QStringLiteral("from")).toMap().value(QStringLiteral("userId")).toString()
                                   == context()->session()->userId());
                emit receiptReady(receipt);
            });
}

} // namespace azc
