#pragma once
// p2p/ screens: the signed-in user's trades (p2p.trades, newest first), or
// for support the appeal queue (disputes: true, p2p.disputes, oldest first).
// A user's list follows event.p2p.trade; the queue, which has no push, is
// read again every few seconds while it is shown and after each decision.
// Rows: itemId, adId, seller, buyer, myRole, asset, amount, fiat, price,
// fiatAmount, status, outcome, paymentDeadline, releaseDeadline, paidAt,
// completedAt, createdAt, chatId, paymentMethods, proofs, feedback, timeline.

#include "foundation/remote_list_model.h"

#include <QTimer>

namespace azc {

class P2pTradesModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool disputes READ disputes WRITE setDisputes NOTIFY filterChanged)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY countsChanged)
public:
    explicit P2pTradesModel(QObject *parent = nullptr);

    bool disputes() const { return m_disputes; }
    void setDisputes(bool disputes);
    int activeCount() const;

    Q_INVOKABLE void reload() override;
    Q_INVOKABLE int rowOfId(const QString &tradeId) const { return rowOf(tradeId); }
    static bool isActive(const QString &status);

signals:
    void filterChanged();
    void countsChanged();

protected:
    void onAttached() override;

private:
    void onTrade(const QJsonObject &trade);

    bool m_disputes = false;
    QTimer m_poll;
};

} // namespace azc
