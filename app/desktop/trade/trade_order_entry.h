#pragma once
// trade/ screens: the order form. Holds what the user typed (side, type,
// price, stop price, quantity, a market buy's budget, time in force),
// works out the estimated total and fee exactly, and places the order
// (spot.place) with an idempotency key: one key per intent, reused when the
// answer was lost on the way so a retry never places it twice; changing the
// form makes a new intent. Failures are kept in errorText (shown by the form).
//
// type: "limit", "market" or "stop_limit". referencePrice: the price a market
// order is estimated at (the screen passes the best ask or bid).

#include "foundation/remote_object.h"

#include <QVariantMap>

namespace azc {

class TradeOrderEntry : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantMap market READ market WRITE setMarket NOTIFY formChanged)
    Q_PROPERTY(QString side READ side WRITE setSide NOTIFY formChanged)
    Q_PROPERTY(QString type READ type WRITE setType NOTIFY formChanged)
    Q_PROPERTY(QString price READ price WRITE setPrice NOTIFY formChanged)
    Q_PROPERTY(QString stopPrice READ stopPrice WRITE setStopPrice NOTIFY formChanged)
    Q_PROPERTY(QString quantity READ quantity WRITE setQuantity NOTIFY formChanged)
    Q_PROPERTY(QString budget READ budget WRITE setBudget NOTIFY formChanged)
    Q_PROPERTY(QString timeInForce READ timeInForce WRITE setTimeInForce NOTIFY formChanged)
    Q_PROPERTY(QString referencePrice READ referencePrice WRITE setReferencePrice NOTIFY estimateChanged)
    Q_PROPERTY(QString spendAsset READ spendAsset NOTIFY formChanged)
    Q_PROPERTY(QString estimatedTotal READ estimatedTotal NOTIFY estimateChanged)
    Q_PROPERTY(QString estimatedFee READ estimatedFee NOTIFY estimateChanged)
    Q_PROPERTY(bool usesBudget READ usesBudget NOTIFY formChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY formChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY resultChanged)
    Q_PROPERTY(QVariantMap lastOrder READ lastOrder NOTIFY resultChanged)
public:
    explicit TradeOrderEntry(QObject *parent = nullptr);

    QVariantMap market() const { return m_market; }
    void setMarket(const QVariantMap &market);
    QString side() const { return m_side; }
    void setSide(const QString &side) { setField(m_side, side); }
    QString type() const { return m_type; }
    void setType(const QString &type) { setField(m_type, type); }
    QString price() const { return m_price; }
    void setPrice(const QString &price) { setField(m_price, price.trimmed()); }
    QString stopPrice() const { return m_stopPrice; }
    void setStopPrice(const QString &price) { setField(m_stopPrice, price.trimmed()); }
    QString quantity() const { return m_quantity; }
    void setQuantity(const QString &quantity) { setField(m_quantity, quantity.trimmed()); }
    QString budget() const { return m_budget; }
    void setBudget(const QString &budget) { setField(m_budget, budget.trimmed()); }
    QString timeInForce() const { return m_timeInForce; }
    void setTimeInForce(const QString &tif) { setField(m_timeInForce, tif); }
    QString referencePrice() const { return m_referencePrice; }
    void setReferencePrice(const QString &price);

    QString base() const { return m_market.value(QStringLiteral("base")).toString(); }
    QString quoteAsset() const { return m_market.value(QStringLiteral("quote")).toString(); }
    QString spendAsset() const { return m_side == QLatin1String("buy") ? quoteAsset() : base(); }
    bool usesBudget() const { return m_type == QLatin1String("market") && m_side == QLatin1String("buy"); }
    QString estimatedTotal() const;
    QString estimatedFee() const;
    bool ready() const;
    QString errorText() const { return m_errorText; }
    QVariantMap lastOrder() const { return m_lastOrder; }

    Q_INVOKABLE void place();
    // Empties the amounts after an order went in (side, type and price stay).
    Q_INVOKABLE void clearAmounts();

signals:
    void formChanged();
    // The estimate follows the form and the reference price (which is no
    // part of the intent: the screen feeds it from the book).
    void estimateChanged();
    void resultChanged();
    void placed(const QVariantMap &order);

private:
    void setField(QString &field, const QString &value);

    QVariantMap m_market;
    QString m_side = QStringLiteral("buy");
    QString m_type = QStringLiteral("limit");
    QString m_price;
    QString m_stopPrice;
    QString m_quantity;
    QString m_budget;
    QString m_timeInForce = QStringLiteral("gtc");
    QString m_referencePrice;
    QString m_key;
    bool m_placing = false;
    QString m_errorText;
    QVariantMap m_lastOrder;
};

} // namespace azc
