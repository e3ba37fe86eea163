#pragma once
// trade/ screens: the signed-in user's spot orders (spot.orders), newest
// first — the open ones (openOnly: new, open, pending_stop) or the whole
// history — kept current by event.spot.order. `market` narrows the list to
// one market ("" = all). Cancelling goes through here too.
// Rows: itemId, market, side, type, timeInForce, price, stopPrice, quantity,
// budget, filled, filledQuote, status, reason, createdAt, updatedAt.

#include "foundation/remote_list_model.h"

namespace azc {

class TradeOrdersModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString market READ market WRITE setMarket NOTIFY filterChanged)
    Q_PROPERTY(bool openOnly READ openOnly WRITE setOpenOnly NOTIFY filterChanged)
public:
    explicit TradeOrdersModel(QObject *parent = nullptr);

    QString market() const { return m_market; }
    void setMarket(const QString &market);
    bool openOnly() const { return m_openOnly; }
    void setOpenOnly(bool openOnly);

    Q_INVOKABLE void reload() override;
    Q_INVOKABLE void cancel(const QString &orderId, const QString &market);
    // Cancels every open order of `market` ("" = every market).
    Q_INVOKABLE void cancelAll(const QString &market = {});
    static bool isOpen(const QString &status);

signals:
    void filterChanged();
    void cancelledAll(int count);
    // Any change to one of the user's orders (placed, filled, cancelled):
    // its hold moved too, which the server does not announce as a balance
    // change until a fill settles, so the screen reloads balances on it.
    void orderUpdated(const QString &orderId, const QString &status);

protected:
    void onAttached() override;

private:
    void onOrder(QJsonObject order);

    QString m_market;
    bool m_openOnly = true;
};

} // namespace azc
