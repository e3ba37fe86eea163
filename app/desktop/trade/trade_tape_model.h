#pragma once
// trade/ screens: the recent trades of one market (spot.trades), newest
// first, with each event.spot.trade push for it added on top (the pushes
// come while TradeOrderBook keeps the market subscribed).
// Rows: price, quantity, takerSide ("buy"/"sell"), at (ms).

#include "foundation/remote_list_model.h"

namespace azc {

class TradeTapeModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString market READ market WRITE setMarket NOTIFY marketChanged)
public:
    explicit TradeTapeModel(QObject *parent = nullptr);

    QString market() const { return m_market; }
    void setMarket(const QString &market);

    Q_INVOKABLE void reload() override;

signals:
    void marketChanged();

protected:
    void onAttached() override;

private:
    QString m_market;
};

} // namespace azc
