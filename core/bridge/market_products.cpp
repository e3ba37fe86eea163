// Products partners list, and the catalogue buyers browse.

#include "bridge/bridge_internal.h"
#include "bridge/market_service.h"

#include "audit/audit_log.h"
#include "ledger/ledger_service.h"
#include "notify/event_bus.h"
#include "storage/database.h"
#include "storage/stored_amount.h"
#include "wallet/money_text.h"
#include "wallet/wallet_service.h"

#include <QJsonDocument>

namespace azc::bridge {

using detail::invalidField;

MarketService::MarketService(BridgeService &bridge, QObject *parent) : QObject(parent), m_bridge(bridge), s(bridge.services()) {}

qint64 MarketService::nextSeq(const QString &table) { return ++m_seq[table]; }

Result<QList<QJsonObject>> MarketService::productRows(const QString &where, const QVariantList &params, bool forMembers)
{
    auto q = s.db.exec(QStringLiteral("SELECT id, org_id, title, description, images, price_asset, price, stock, sold, delivery, active, created_at"
                                      " FROM mk_products WHERE %1").arg(where), params);
    if (!q)
        return q.error();
    struct Row { QString id, orgId, title, description, images, asset, price, delivery; qint64 stock, sold, createdAt; bool active; };
    QList<Row> rows;
    while (q->next())
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                     q->value(5).toString(), q->value(6).toString(), q->value(9).toString(), q->value(7).toLongLong(), q->value(8).toLongLong(),
                     q->value(11).toLongLong(), q->value(10).toInt() != 0});
    QList<QJsonObject> out;
    for (const Row &r : rows) {
        auto asset = s.ledger.asset(r.asset);
        const int d = asset ? asset->decimals : 0;
        QJsonObject o{{QStringLiteral("id"), r.id},
                      {QStringLiteral("org"), m_bridge.orgJson(r.orgId)},
                      {QStringLiteral("title"), r.title},
                      {QStringLiteral("description"), r.description},
                      {QStringLiteral("imageFileIds"), QJsonDocument::fromJson(r.images.toUtf8()).array()},
                      {QStringLiteral("priceAsset"), r.asset},
                      {QStringLiteral("priceDecimals"), d},
                      {QStringLiteral("price"), storage::storedAmount(r.price).toString(d)},
                      {QStringLiteral("stock"), r.stock},
                      {QStringLiteral("sold"), r.sold},
                      {QStringLiteral("delivery"), r.delivery},
                      {QStringLiteral("active"), r.active},
                      {QStringLiteral("createdAt"), r.createdAt}};
        if (forMembers) {
            auto left = s.db.scalar(QStringLiteral("SELECT COUNT(*) FROM mk_codes WHERE product_id = ? AND order_id IS NULL"), {r.id});
            o.insert(QStringLiteral("codesLeft"), left ? left->toLongLong() : 0);
        }
        out.append(o);
    }
    return out;
}

Result<QJsonObject> MarketService::products(const QString &query, const QString &orgId, int offset, int limit)
{
    QString where = QStringLiteral("active = 1");
    QVariantList params;
    if (!query.trimmed().isEmpty()) {
        // Case-insensitive on both databases; the pattern's own wildcards are taken literally.
        QString escaped = query.trimmed().toLower();
        escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        where += QStringLiteral(" AND (LOWER(title) LIKE ? ESCAPE '\\' OR LOWER(description) LIKE ? ESCAPE '\\')");
        const QString pattern = QStringLiteral("%") + escaped + QStringLiteral("%");
        params << pattern << pattern;
    }
    if (!orgId.isEmpty()) {
        where += QStringLiteral(" AND org_id = ?");
        params << orgId;
    }
    auto total = s.db.scalar(QStringLiteral("SELECT COUNT(*) FROM mk_products WHERE ") + where, params);
    if (!total)
        return total.error();
    params << std::clamp(limit, 1, 100) << std::max(0, offset);
    auto rows = productRows(where + QStringLiteral(" ORDER BY seq DESC LIMIT ? OFFSET ?"), params, false);
    if (!rows)
        return rows.error();
    QJsonArray list;
    for (const QJsonObject &o : *rows)
        list.append(o);
    return QJsonObject{{QStringLiteral("products"), list}, {QStringLiteral("total"), total->toLongLong()}};
}

Result<QJsonObject> MarketService::product(const QString &productId)
{
    auto rows = productRows(QStringLiteral("id = ? AND active = 1"), {productId}, false);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return fail("not_found", QStringLiteral("no such product"), {{QStringLiteral("field"), QStringLiteral("productId")}});
    return QJsonObject{{QStringLiteral("product"), rows->first()}};
}

Result<QJsonObject> MarketService::saveProduct(const payments::Actor &actor, const QJsonObject &p)
{
    if (auto st = m_bridge.requireOrg(actor, payments::Permission::Market); !st)
        return st.error();
    const QString title = p.value(QStringLiteral("title")).toString().trimmed();
    const QString description = p.value(QStringLiteral("description")).toString().trimmed();
    const QString asset = p.value(QStringLiteral("priceAsset")).toString();
    const QString delivery = p.value(QStringLiteral("delivery")).toString();
    const QJsonArray images = p.value(QStringLiteral("imageFileIds")).toArray();
    const QJsonArray codes = p.value(QStringLiteral("codes")).toArray();
    QStringList imageIds;
    for (const QJsonValue &v : images)
        imageIds.append(v.toString());
    if (auto st = m_bridge.requireOwnFiles(actor, imageIds); !st)
        return st.error();
    if (title.size() < 2 || title.size() > 80)
        return invalidField(QStringLiteral("title"), QStringLiteral("a title has 2 to 80 characters"));
    if (delivery != QLatin1String("code") && delivery != QLatin1String("shipped"))
        return invalidField(QStringLiteral("delivery"), QStringLiteral("delivery is \"code\" (a voucher revealed on purchase) or \"shipped\""));
    // AZC, or the partner's own points.
    if (asset != QLatin1String("AZC")) {
        auto pt = m_bridge.point(asset);
        if (!pt || pt->orgId != actor.orgId || pt->isToken())
            return invalidField(QStringLiteral("priceAsset"), QStringLiteral("a price is in AZC or in one of your points"));
    }
    auto a = s.ledger.asset(asset);
    if (!a)
        return a.error();
    auto price = wallet::parseAmount(p.value(QStringLiteral("price")).toString(), a->decimals, wallet::Sign::Positive, QStringLiteral("price"));
    if (!price)
        return price.error();
    for (const QJsonValue &v : codes)
        if (!v.isString() || v.toString().trimmed().isEmpty() || v.toString().size() > 200)
            return invalidField(QStringLiteral("codes"), QStringLiteral("each voucher code is 1 to 200 characters"));
    if (delivery == QLatin1String("shipped") && !codes.isEmpty())
        return invalidField(QStringLiteral("codes"), QStringLiteral("shipped goods have no voucher codes"));
    QString id = p.value(QStringLiteral("productId")).toString();
    const qint64 now = s.clock.nowMs();
    storage::Transaction tx(s.db);
    qint64 stock = p.value(QStringLiteral("stock")).toInteger();
    if (id.isEmpty()) {
        id = payments::PaymentsService::newId("prd_");
        auto last = s.db.scalar(QStringLiteral("SELECT MAX(seq) FROM mk_products"));
        if (!last)
            return last.error();
        auto q = s.db.exec(QStringLiteral("INSERT INTO mk_products (id, seq, org_id, title, description, images, price_asset, price, stock, sold,"
                                          " delivery, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?)"),
                           {id, last->toLongLong() + 1, actor.orgId, title, description,
                            QString::fromUtf8(QJsonDocument(images).toJson(QJsonDocument::Compact)), asset, price->unitsText(), delivery,
                            p.value(QStringLiteral("active")).toBool(true) ? 1 : 0, now, now});
        if (!q)
            return q.error();
    } else {
        auto owner = s.db.scalar(QStringLiteral("SELECT org_id FROM mk_products WHERE id = ?"), {id});
        if (!owner)
            return owner.error();
        if (owner->toString() != actor.orgId)
            return fail("not_found", QStringLiteral("no such product"), {{QStringLiteral("field"), QStringLiteral("productId")}});
        auto q = s.db.exec(QStringLiteral("UPDATE mk_products SET title = ?, description = ?, images = ?, price_asset = ?, price = ?, delivery = ?,"
                                          " active = ?, updated_at = ? WHERE id = ?"),
                           {title, description, QString::fromUtf8(QJsonDocument(images).toJson(QJsonDocument::Compact)), asset,
                            price->unitsText(), delivery, p.value(QStringLiteral("active")).toBool(true) ? 1 : 0, now, id});
        if (!q)
            return q.error();
    }
    if (auto d = s.db.exec(QStringLiteral("DELETE FROM mk_images WHERE product_id = ?"), {id}); !d)
        return d.error();
    for (const QJsonValue &v : images)
        if (auto q = s.db.exec(QStringLiteral("INSERT INTO mk_images (file_id, product_id) VALUES (?, ?) ON CONFLICT DO NOTHING"), {v.toString(), id}); !q)
            return q.error();
    if (delivery == QLatin1String("code")) {
        // Vouchers: the stock is the number of unsold codes.
        auto last = s.db.scalar(QStringLiteral("SELECT MAX(id) FROM mk_codes"));
        if (!last)
            return last.error();
        qint64 next = last->toLongLong();
        for (const QJsonValue &v : codes)
            if (auto q = s.db.exec(QStringLiteral("INSERT INTO mk_codes (id, product_id, sealed, order_id, created_at) VALUES (?, ?, ?, NULL, ?)"),
                                   {++next, id, s.payments.secrets().seal(v.toString().trimmed().toUtf8()), now});
                !q)
                return q.error();
        auto left = s.db.scalar(QStringLiteral("SELECT COUNT(*) FROM mk_codes WHERE product_id = ? AND order_id IS NULL"), {id});
        if (!left)
            return left.error();
        stock = left->toLongLong();
    } else if (stock < 0 || stock > 1'000'000) {
        return invalidField(QStringLiteral("stock"), QStringLiteral("stock is 0 to 1,000,000"));
    }
    // Orders on their way took their stock already: the partner sets what is left to sell.
    if (auto q = s.db.exec(QStringLiteral("UPDATE mk_products SET stock = ? WHERE id = ?"), {stock, id}); !q)
        return q.error();
    if (auto st = s.audit.record(actor.label(), QStringLiteral("market.saveProduct"), id, {{QStringLiteral("orgId"), actor.orgId}}); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    s.bus.publishToUsers(s.payments.memberIds(actor.orgId), QStringLiteral("event.market.changed"),
                         {{QStringLiteral("kind"), QStringLiteral("product")}, {QStringLiteral("id"), id}, {QStringLiteral("orgId"), actor.orgId}});
    auto rows = productRows(QStringLiteral("id = ?"), {id}, true);
    if (!rows)
        return rows.error();
    return QJsonObject{{QStringLiteral("product"), rows->first()}};
}

Result<QJsonObject> MarketService::orgProducts(const payments::Actor &actor)
{
    if (auto st = m_bridge.requireOrg(actor, payments::Permission::Read, false); !st)
        return st.error();
    auto rows = productRows(QStringLiteral("org_id = ? ORDER BY seq DESC"), {actor.orgId}, true);
    if (!rows)
        return rows.error();
    QJsonArray list;
    for (const QJsonObject &o : *rows)
        list.append(o);
    return QJsonObject{{QStringLiteral("products"), list}};
}

} // namespace azc::bridge
