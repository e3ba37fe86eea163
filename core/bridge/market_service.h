#pragma once
// The partner Market: products and services partners list (priced in AZC or
// in their own points), bought from the wallet, with vouchers revealed on
// purchase or goods shipped to an address; refunds by the partner, disputes
// decided by support.
//
// Stock is never oversold: an order's row takes the stock with a guarded
// UPDATE (stock >= quantity) before its payment is sent to the ledger, and
// a refused payment gives it back. The payment runs under a key derived
// from the order (mk-order:<id>), so start() can finish a payment a crash
// interrupted without paying twice.

#include "bridge/bridge_service.h"

namespace azc::bridge {

class MarketService : public QObject
{
    Q_OBJECT
public:
    MarketService(BridgeService &bridge, QObject *parent = nullptr);

    Status start();

    // --- buyers
    Result<QJsonObject> products(const QString &query, const QString &orgId, int offset, int limit);
    Result<QJsonObject> product(const QString &productId);
    void buy(const server::Caller &caller, const QString &productId, int quantity, const QString &address, const QString &key,
             server::Reply reply);
    Result<QJsonObject> myOrders(const QString &userId);
    Result<QJsonObject> confirmReceived(const QString &userId, const QString &orderId);
    Result<QJsonObject> dispute(const QString &userId, const QString &orderId, const QString &reason);

    // --- partners
    Result<QJsonObject> saveProduct(const payments::Actor &actor, const QJsonObject &params);
    Result<QJsonObject> orgProducts(const payments::Actor &actor);
    Result<QJsonObject> orgOrders(const payments::Actor &actor, const QString &status);
    Result<QJsonObject> ship(const payments::Actor &actor, const QString &orderId, const QString &tracking);
    void refund(const payments::Actor &actor, const QString &orderId, const QString &reason, server::Reply reply);

    // --- support
    Result<QJsonObject> disputes();
    void decideDispute(const server::Caller &agent, const QString &orderId, const QString &decision, const QString &note,
                       server::Reply reply);

private:
    struct Order {
        QString id, productId, orgId, buyerId, priceAsset, status, address, tracking, disputeReason, decision, decisionNote, clientKey, title;
        int quantity = 0;
        Amount total;
        qint64 seq = 0, disputedAt = 0, decidedAt = 0, createdAt = 0;
    };
    Result<QList<QJsonObject>> productRows(const QString &where, const QVariantList &params, bool forMembers);
    Result<std::optional<Order>> order(const QString &where, const QVariantList &params);
    Result<QList<Order>> orders(const QString &where, const QVariantList &params);
    QJsonObject orderJson(const Order &o, bool withCode);
    void pay(const Order &o, server::Reply reply);
    // Refund paid money back to the buyer (partner or support), once per order.
    void payBack(const Order &o, const QString &actorId, const QString &reason, const QString &decision, server::Reply reply);
    void changed(const Order &o);
    // After money moved for an order: the order as stored now (else `o`), its change pushed, the buyer's balance too.
    Order moneyMoved(const Order &o);
    Status giveBack(const Order &o);
    qint64 nextSeq(const QString &table);

    BridgeService &m_bridge;
    BridgeServices &s;
    QHash<QString, qint64> m_seq;
    QSet<QString> m_paying; // orders whose payment is on its way
};

} // namespace azc::bridge
