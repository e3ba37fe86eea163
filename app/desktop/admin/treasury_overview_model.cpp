#include "admin/treasury_overview_model.h"

#include "foundation/error_sink.h"
#include "foundation/money_display.h"

#include <QJsonArray>

namespace azc {

TreasuryOverviewModel::TreasuryOverviewModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("asset"), QStringLiteral("decimals"),
                       QStringLiteral("enabled"), QStringLiteral("available"), QStringLiteral("held"),
                       QStringLiteral("owed"), QStringLiteral("holders"), QStringLiteral("revenue"),
                       QStringLiteral("treasury"), QStringLiteral("hotWallet"), QStringLiteral("provider"),
                       QStringLiteral("holdingsTotal"), QStringLiteral("solvency"), QStringLiteral("solvencyPercent"),
                       QStringLiteral("solvencyTone")},
                      parent)
{
}

QJsonObject TreasuryOverviewModel::rowFrom(const QJsonObject &a)
{
    const QJsonObject owed = a.value(QStringLiteral("liabilities")).toObject();
    const QJsonObject house = a.value(QStringLiteral("house")).toObject();
    const QJsonObject holdings = a.value(QStringLiteral("holdings")).toObject();
    const QJsonValue solvency = a.value(QStringLiteral("solvency"));
    QString percent;
    QString tone = QStringLiteral("neutral");
    if (solvency.isString()) {
        percent = money::percentOfRatio(solvency.toString()).value_or(QString());
        tone = money::ratioAtLeastOne(solvency.toString()) ? QStringLiteral("success") : QStringLiteral("warning");
    }
    return {{QStringLiteral("id"), a.value(QStringLiteral("asset"))},
            {QStringLiteral("asset"), a.value(QStringLiteral("asset"))},
            {QStringLiteral("decimals"), a.value(QStringLiteral("decimals"))},
            {QStringLiteral("enabled"), a.value(QStringLiteral("enabled"))},
            {QStringLiteral("available"), owed.value(QStringLiteral("available"))},
            {QStringLiteral("held"), owed.value(QStringLiteral("held"))},
            {QStringLiteral("owed"), owed.value(QStringLiteral("total"))},
            {QStringLiteral("holders"), owed.value(QStringLiteral("holders"))},
            {QStringLiteral("revenue"), house.value(QStringLiteral("revenue"))},
            {QStringLiteral("treasury"), house.value(QStringLiteral("treasury"))},
            {QStringLiteral("hotWallet"), holdings.value(QStringLiteral("hotWallet"))},
            {QStringLiteral("provider"), holdings.value(QStringLiteral("provider"))},
            {QStringLiteral("holdingsTotal"), holdings.value(QStringLiteral("total"))},
            {QStringLiteral("solvency"), solvency},
            {QStringLiteral("solvencyPercent"), percent},
            {QStringLiteral("solvencyTone"), tone}};
}

void TreasuryOverviewModel::reload()
{
    request(QStringLiteral("treasury.overview"), {}, [this](const QJsonObject &result) {
        QList<QJsonObject> rows;
        for (const QJsonValue &v : result.value(QStringLiteral("assets")).toArray())
            rows.append(rowFrom(v.toObject()));
        setRows(rows);
    });
}

void TreasuryOverviewModel::publishReserves()
{
    if (m_publishing)
        return;
    m_publishing = true;
    emit publishedChanged();
    request(QStringLiteral("reserves.publish"), {}, [this](const QJsonObject &result) {
        m_publishing = false;
        m_published = result.value(QStringLiteral("snapshot")).toObject().toVariantMap();
        emit publishedChanged();
        errors()->inform(tr("Proof of reserves published. Users can now check that they are included."));
    }, [this](const RpcReply &) {
        m_publishing = false;
        emit publishedChanged();
    });
}

} // namespace azc
