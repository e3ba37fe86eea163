#include "admin/treasury_revenue_model.h"

#include "foundation/money_display.h"

#include "common/amount.h"

#include <QJsonArray>

#include <algorithm>

namespace azc {

TreasuryRevenueModel::TreasuryRevenueModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("day"), QStringLiteral("total"),
                       QStringLiteral("byFlow"), QStringLiteral("barFraction")},
                      parent)
{
}

void TreasuryRevenueModel::setAsset(const QString &asset)
{
    if (m_asset == asset)
        return;
    m_asset = asset;
    emit assetChanged();
    reload();
}

void TreasuryRevenueModel::setDays(int days)
{
    days = std::clamp(days, 1, 90);
    if (m_days == days)
        return;
    m_days = days;
    emit assetChanged();
    reload();
}

void TreasuryRevenueModel::reload()
{
    if (m_asset.isEmpty())
        return;
    const QString asset = m_asset;
    const QJsonObject params{{QStringLiteral("asset"), asset}, {QStringLiteral("days"), m_days}};
    request(QStringLiteral("treasury.revenue"), params, [this, asset](const QJsonObject &result) {
        if (asset != m_asset)
            return;
        const int decimals = result.value(QStringLiteral("decimals")).toInt();
        const QJsonArray days = result.value(QStringLiteral("days")).toArray();
        // The largest day, compared exactly; bars are sized against it.
        Amount largest;
        QString largestText = QStringLiteral("0");
        for (const QJsonValue &v : days) {
            const QString total = v.toObject().value(QStringLiteral("total")).toString();
            const auto amount = Amount::parse(total, decimals);
            if (amount && amount.value() > largest) {
                largest = amount.value();
                largestText = total;
            }
        }
        QList<QJsonObject> rows;
        for (const QJsonValue &v : days) {
            QJsonObject row = v.toObject();
            row.insert(QStringLiteral("id"), row.value(QStringLiteral("day")));
            row.insert(QStringLiteral("barFraction"),
                       money::barFraction(row.value(QStringLiteral("total")).toString(), largestText, decimals));
            rows.append(row);
        }
        setRows(rows);
        m_total = result.value(QStringLiteral("total")).toString();
        m_largest = largestText;
        m_byFlow = result.value(QStringLiteral("byFlow")).toObject().toVariantMap();
        emit summaryChanged();
    });
}

} // namespace azc
