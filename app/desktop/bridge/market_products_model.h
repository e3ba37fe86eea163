#pragma once
// bridge/ Market: the products on sale (market.products, newest first), in
// pages by offset, filtered by a search text (typing waits a moment before
// asking) and optionally by one partner. A product push
// (event.market.changed kind "product") or a reconnect reads the first page
// again. MarketOrgProductsModel lists a partner's own products.
// Rows: itemId, org {orgId, name}, orgName, title, description,
// imageFileIds, firstImage, priceAsset, priceDecimals, price, stock, sold,
// delivery (code, shipped), active, createdAt, codesLeft (members), inStock.

#include "foundation/paged_list_model.h"

#include <QTimer>

namespace azc {

class MarketProductsModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY filterChanged)
    Q_PROPERTY(QString orgId READ orgId WRITE setOrgId NOTIFY filterChanged)
public:
    explicit MarketProductsModel(QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QString orgId() const { return m_orgId; }
    void setOrgId(const QString &orgId);
    Q_INVOKABLE QVariantMap byId(const QString &productId) const { return get(rowOf(productId)); }

    // A Product as the screens use it (shared with the partner's list).
    static QJsonObject rowFrom(QJsonObject product);
    static QStringList keys();

signals:
    void filterChanged();

protected:
    void onAttached() override;
    QString pageMethod() const override { return QStringLiteral("market.products"); }
    QJsonObject pageParams(const QJsonValue &cursor, int limit) const override;
    Page pageFrom(const QJsonObject &result, const QJsonValue &cursor) override;

private:
    QString m_query;
    QString m_orgId;
    QTimer m_typing;
};

} // namespace azc
