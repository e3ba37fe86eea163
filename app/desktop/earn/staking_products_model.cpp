#include "earn/staking_products_model.h"

#include "earn/earn_amounts.h"
#include "foundation/event_hub.h"

#include <QJsonArray>

namespace azc {

StakingProductsModel::StakingProductsModel(QObject *parent)
    : StakingProductsModel(QStringLiteral("staking.products"), parent)
{
}

StakingProductsModel::StakingProductsModel(QString method, QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("asset"), QStringLiteral("name"), QStringLiteral("kind"),
                       QStringLiteral("lockDays"), QStringLiteral("rateBps"), QStringLiteral("ratePercent"),
                       QStringLiteral("cap"), QStringLiteral("minAmount"), QStringLiteral("unbondingSeconds"),
                       QStringLiteral("unbondingHours"), QStringLiteral("status"), QStringLiteral("staked"),
                       QStringLiteral("myStake"), QStringLiteral("marginBps"), QStringLiteral("marginPercent"),
                       QStringLiteral("filledPermille")},
                      parent),
      m_method(std::move(method))
{
}

void StakingProductsModel::onAttached()
{
    events()->onResync(this, [this] { reload(); });
    events()->on(Topic::StakingProducts | Topic::StakingChanged, this, [this](const ServerEvent &) { reload(); });
}

QJsonObject StakingProductsModel::rowFrom(QJsonObject product)
{
    product.insert(QStringLiteral("ratePercent"), earn::percentFromBps(product.value(QStringLiteral("rateBps")).toInt()));
    if (product.contains(QStringLiteral("marginBps")))
        product.insert(QStringLiteral("marginPercent"), earn::percentFromBps(product.value(QStringLiteral("marginBps")).toInt()));
    product.insert(QStringLiteral("unbondingHours"), product.value(QStringLiteral("unbondingSeconds")).toInteger() / 3600);
    product.insert(QStringLiteral("filledPermille"),
                   earn::permille(product.value(QStringLiteral("staked")).toString(), product.value(QStringLiteral("cap")).toString()));
    return product;
}

void StakingProductsModel::reload()
{
    request(m_method, {}, [this](const QJsonObject &result) {
        QList<QJsonObject> products;
        for (const QJsonValue &v : result.value(QStringLiteral("products")).toArray())
            products.append(rowFrom(v.toObject()));
        setRows(products);
        emit loaded();
    });
}

QVariantMap StakingProductsModel::byId(const QString &productId) const
{
    const int row = rowOf(productId);
    return row < 0 ? QVariantMap() : get(row);
}

QString StakingProductsModel::dailyReward(const QString &amount, int rateBps, int decimals)
{
    return earn::dailyReward(amount, rateBps, decimals);
}

} // namespace azc
