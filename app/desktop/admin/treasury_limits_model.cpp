#include "admin/treasury_limits_model.h"

#include "foundation/error_sink.h"

#include <QJsonArray>

#include <algorithm>

namespace azc {

TreasuryLimitsModel::TreasuryLimitsModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("asset"), QStringLiteral("tier"),
                       QStringLiteral("perTransfer"), QStringLiteral("daily"), QStringLiteral("twoFactorAbove")},
                      parent)
{
}

QJsonObject TreasuryLimitsModel::rowFrom(QJsonObject limit)
{
    limit.insert(QStringLiteral("id"), QString(limit.value(QStringLiteral("asset")).toString() + QLatin1Char('/')
                                           + QString::number(limit.value(QStringLiteral("tier")).toInt())));
    return limit;
}

void TreasuryLimitsModel::reload()
{
    request(QStringLiteral("treasury.limits"), {}, [this](const QJsonObject &result) {
        QList<QJsonObject> rows;
        for (const QJsonValue &v : result.value(QStringLiteral("limits")).toArray())
            rows.append(rowFrom(v.toObject()));
        std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
            const QString x = a.value(QStringLiteral("asset")).toString(), y = b.value(QStringLiteral("asset")).toString();
            return x != y ? x < y : a.value(QStringLiteral("tier")).toInt() < b.value(QStringLiteral("tier")).toInt();
        });
        setRows(rows);
    });
}

QVariantMap TreasuryLimitsModel::ruleFor(const QString &asset, int tier) const
{
    return get(rowOf(asset + QLatin1Char('/') + QString::number(tier)));
}

void TreasuryLimitsModel::setLimit(const QString &asset, int tier, const QString &perTransfer,
                                   const QString &daily, const QString &twoFactorAbove)
{
    const QJsonObject params{{QStringLiteral("asset"), asset}, {QStringLiteral("tier"), tier},
                             {QStringLiteral("perTransfer"), perTransfer.trimmed()},
                             {QStringLiteral("daily"), daily.trimmed()},
                             {QStringLiteral("twoFactorAbove"), twoFactorAbove.trimmed()}};
    request(QStringLiteral("treasury.setLimit"), params, [this](const QJsonObject &result) {
        const QJsonObject row = rowFrom(result.value(QStringLiteral("limit")).toObject());
        if (rowOf(row.value(QStringLiteral("id")).toString()) >= 0)
            replaceRow(row);
        else
            reload();
        errors()->inform(tr("Limits for %1 at level %2 saved.")
                             .arg(row.value(QStringLiteral("asset")).toString())
                             .arg(row.value(QStringLiteral("tier")).toInt()));
        emit saved();
    });
}

} // namespace azc
