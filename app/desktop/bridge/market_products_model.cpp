#include "bridge/market_products_model.h"

#include "foundation/event_hub.h"

#include <QJsonArray>

namespace azc {

QStringList MarketProductsModel::keys()
{
    return {QStringLiteral("id"), QStringLiteral("org"), QStringLiteral("orgName"), QStringLiteral("title"),
            QStringLiteral("description"), QStringLiteral("imageFileIds"), QStringLiteral("firstImage"),
            QStringLiteral("priceAsset"), QStringLiteral("priceDecimals"), QStringLiteral("price"), QStringLiteral("stock"),
            QStringLiteral("sold"), QStringLiteral("delivery"), QStringLiteral("active"), QStringLiteral("createdAt"),
            QStringLiteral("codesLeft"), QStringLiteral("inStock")};
}

MarketProductsModel::MarketProductsModel(QObject *parent) : PagedListModel(keys(), 24, 100, parent)
{
    m_typing.setSingleShot(true);
    m_typing.setInterval(300);
    connect(&m_typing, &QTimer::timeout, this, [this] {
        if (context())
            reload();
    });
}

QJsonObject MarketProductsModel::rowFrom(QJsonObject product)
{
    product.insert(QStringLiteral("orgName"), product.value(QStringLiteral("org")).toObject().value(QStringLiteral("name")));
    const QJsonArray images = product.value(QStringLiteral("imageFileIds")).toArray();
    product.insert(QStringLiteral("firstImage"), images.isEmpty() ? QString() : images.first().toString());
    product.insert(QStringLiteral("inStock"), product.value(QStringLiteral("stock")).toInteger() > 0);
    return product;
}

void MarketProductsModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    emit filterChanged();
    m_typing.start();
}

void MarketProductsModel::setOrgId(const QString &orgId)
{
    if (orgId == m_orgId)
        return;
    m_orgId = orgId;
    emit filterChanged();
    if (context())
        reload();
}

void MarketProductsModel::onAttached()
{
    events()->on(Topic::MarketChanged, this, [this](const ServerEvent &e) {
        if (e.params.value(QStringLiteral("kind")).toString() == QLatin1String("product") && !loading())
            reload();
    });
    events()->onResync(this, [this] { reload(); });
}

QJsonObject MarketProductsModel::pageParams(const QJsonValue &cursor, int limit) const
{
    QJsonObject params{{QStringLiteral("offset"), cursor.isNull() ? 0 : cursor.toInteger()}, {QStringLiteral("limit"), limit}};
    if (const QString q = m_query.trimmed(); !q.isEmpty())
        params.insert(QStringLiteral("query"), q);
    if (!m_orgId.isEmpty())
        params.insert(QStringLiteral("orgId"), m_orgId);
    return params;
}

PagedListModel::Page MarketProductsModel::pageFrom(const QJsonObject &result, const QJsonValue &cursor)
{
    Page page = offsetPage(result, "products", cursor);
    for (QJsonObject &row : page.rows)
        row = rowFrom(row);
    return page;
}

} // namespace azc
