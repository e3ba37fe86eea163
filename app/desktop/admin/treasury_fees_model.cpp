#include "admin/treasury_fees_model.h"

#include "foundation/error_sink.h"

#include "common/amount.h"

#include <QJsonArray>

namespace azc {

TreasuryFeesModel::TreasuryFeesModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("asset"), QStringLiteral("flow"),
                       QStringLiteral("fixed"), QStringLiteral("rate"), QStringLiteral("ratePercent"),
                       QStringLiteral("min"), QStringLiteral("max")},
                      parent)
{
}

QStringList TreasuryFeesModel::flows()
{
    return {QStringLiteral("transfer"), QStringLiteral("deposit"), QStringLiteral("withdrawal"),
            QStringLiteral("swap"), QStringLiteral("spot_maker"), QStringLiteral("spot_taker"),
            QStringLiteral("p2p"), QStringLiteral("payment")};
}

QJsonObject TreasuryFeesModel::rowFrom(QJsonObject fee)
{
    fee.insert(QStringLiteral("id"), QString(fee.value(QStringLiteral("asset")).toString() + QLatin1Char('/')
                                         + fee.value(QStringLiteral("flow")).toString()));
    // 0.001 at 8 decimals is 100000 units; as a percentage with 6 decimals
    // it is the same units: exact, no floating point.
    const auto rate = Amount::parse(fee.value(QStringLiteral("rate")).toString(), 8);
    fee.insert(QStringLiteral("ratePercent"), rate ? Amount::fromUnits(rate->units()).toString(6) : QString());
    return fee;
}

void TreasuryFeesModel::reload()
{
    request(QStringLiteral("treasury.fees"), {}, [this](const QJsonObject &result) {
        QList<QJsonObject> rows;
        for (const QJsonValue &v : result.value(QStringLiteral("fees")).toArray())
            rows.append(rowFrom(v.toObject()));
        setRows(rows);
    });
}

QVariantMap TreasuryFeesModel::ruleFor(const QString &asset, const QString &flow) const
{
    return get(rowOf(asset + QLatin1Char('/') + flow));
}

void TreasuryFeesModel::setFee(const QString &asset, const QString &flow, const QString &fixed,
                               const QString &rate, const QString &min, const QString &max)
{
    const auto orZero = [](const QString &s) { return s.trimmed().isEmpty() ? QStringLiteral("0") : s.trimmed(); };
    const QJsonObject params{{QStringLiteral("asset"), asset}, {QStringLiteral("flow"), flow},
                             {QStringLiteral("fixed"), orZero(fixed)}, {QStringLiteral("rate"), orZero(rate)},
                             {QStringLiteral("min"), orZero(min)}, {QStringLiteral("max"), orZero(max)}};
    request(QStringLiteral("treasury.setFee"), params, [this](const QJsonObject &result) {
        const QJsonObject row = rowFrom(result.value(QStringLiteral("fee")).toObject());
        if (rowOf(row.value(QStringLiteral("id")).toString()) >= 0)
            replaceRow(row);
        else
            reload();
        errors()->inform(tr("Fee for %1 %2 saved.").arg(row.value(QStringLiteral("asset")).toString(),
                                                        row.value(QStringLiteral("flow")).toString()));
        emit saved();
    });
}

} // namespace azc
