#pragma once
// bridge/ Market, the Buy dialog: a quantity (1–100, at most the stock), a
// shipping address when the product is shipped, the total computed exactly
// (price × quantity at the price's decimals), then market.buy with one
// idempotency key per confirmed purchase — the same key again after a lost
// answer, a new one for a new purchase. The order comes back with its
// voucher code, shown at once.

#include "bridge/bridge_errors.h"
#include "foundation/intent_key.h"
#include "foundation/remote_object.h"

#include <QVariantMap>

namespace azc {

class MarketPurchase : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantMap product READ product NOTIFY productChanged)
    Q_PROPERTY(int quantity READ quantity WRITE setQuantity NOTIFY formChanged)
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY formChanged)
    Q_PROPERTY(int maxQuantity READ maxQuantity NOTIFY productChanged)
    Q_PROPERTY(bool needsAddress READ needsAddress NOTIFY productChanged)
    Q_PROPERTY(QString total READ total NOTIFY formChanged)
    // Every field filled as the server wants it.
    Q_PROPERTY(bool ready READ ready NOTIFY formChanged)
    Q_PROPERTY(bool sending READ sending NOTIFY stateChanged)
    Q_PROPERTY(bool canRetry READ canRetry NOTIFY stateChanged)
    Q_PROPERTY(QVariantMap order READ order NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
public:
    static constexpr int kMaxQuantity = 100;
    static constexpr int kMaxAddress = 300;

    explicit MarketPurchase(QObject *parent = nullptr);

    QVariantMap product() const { return m_product.toVariantMap(); }
    int quantity() const { return m_quantity; }
    void setQuantity(int quantity);
    QString address() const { return m_address; }
    void setAddress(const QString &address);
    int maxQuantity() const;
    bool needsAddress() const;
    QString total() const;
    bool ready() const;
    bool sending() const { return m_sending; }
    bool canRetry() const { return m_canRetry; }
    QVariantMap order() const { return m_order.toVariantMap(); }
    QString errorText() const { return m_errorText; }
    QString buyKey() const { return m_key.current(); }

    // A new purchase of `product` (a Product row): quantity 1, no address, a new intent.
    Q_INVOKABLE void begin(const QVariantMap &product);
    // The same product with other details (back from the confirmation): a new intent, a new key.
    Q_INVOKABLE void newIntent();
    Q_INVOKABLE void buy();

signals:
    void productChanged();
    void formChanged();
    void stateChanged();
    void bought(const QVariantMap &order);

private:
    void setState(bool sending, bool canRetry, const QString &error);

    QJsonObject m_product;
    int m_quantity = 1;
    QString m_address;
    bool m_sending = false;
    bool m_canRetry = false;
    QJsonObject m_order;
    QString m_errorText;
    IntentKey m_key;
};

} // namespace azc
