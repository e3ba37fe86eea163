#pragma once
// Market orders, three ways: the buyer's (market.myOrders: confirm
// received, open a dispute), with orgId a partner's (market.orgOrders,
// optionally of one status: ship with tracking, refund), and with
// `disputes` support's queue (market.disputes, oldest first: refund or
// reject with a note; polled, since staff get no push). Kept current by
// event.market.changed kind "order" (for a partner, its own orgId) and
// after a reconnect. Outcomes come back as signals so a dialog can stay open
// on a refusal and say why.
// Rows: itemId, productId, title, org {orgId, name}, orgName, buyer (Party),
// buyerName, quantity, priceAsset, priceDecimals, total, status (paid,
// shipped, delivered, refunded, disputed), code (vouchers), address,
// tracking, dispute {reason, openedAt, decision, note, decidedAt}, createdAt.

#include "bridge/bridge_errors.h"
#include "foundation/remote_list_model.h"

#include <QTimer>

namespace azc {

class MarketOrdersModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString orgId READ orgId WRITE setOrgId NOTIFY modeChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY modeChanged)
    Q_PROPERTY(bool disputes READ disputes WRITE setDisputes NOTIFY modeChanged)
public:
    explicit MarketOrdersModel(QObject *parent = nullptr);

    QString orgId() const { return m_orgId; }
    void setOrgId(const QString &orgId);
    QString status() const { return m_status; }
    void setStatus(const QString &status);
    bool disputes() const { return m_disputes; }
    void setDisputes(bool disputes);

    Q_INVOKABLE void reload() override;
    Q_INVOKABLE QVariantMap byId(const QString &orderId) const { return get(rowOf(orderId)); }

    // The buyer's.
    Q_INVOKABLE void confirmReceived(const QString &orderId);
    Q_INVOKABLE void openDispute(const QString &orderId, const QString &reason);
    // The partner's.
    Q_INVOKABLE void ship(const QString &orderId, const QString &tracking);
    Q_INVOKABLE void refund(const QString &orderId, const QString &reason);
    // Support's: `decision` is "refund" or "reject".
    Q_INVOKABLE void decideDispute(const QString &orderId, const QString &decision, const QString &note);

signals:
    void modeChanged();
    // `action`: received, dispute, ship, refund, decide.
    void acted(const QString &action, const QVariantMap &order);
    void actionFailed(const QString &action, const QString &message);

protected:
    void onAttached() override;

private:
    void act(const QString &action, const QString &method, QJsonObject params, BridgeErrors::Action kind);

    QString m_orgId;
    QString m_status;
    bool m_disputes = false;
    QTimer m_poll;
    QTimer m_reloadSoon;
};

} // namespace azc
