#pragma once
// bridge/ point page: the wallet's history of one point (bridge.history),
// newest first as the server sends it, read again when the point's balance
// moves (event.wallet.changed for that asset, or a bridge push about it)
// and after a reconnect.
// Rows: itemId (= seq), seq, operationId, code, asset, amount (signed),
// createdAt, details; derived: signedAmount ("+5", "-10.1"), incoming.

#include "foundation/remote_list_model.h"

namespace azc {

class BridgeHistoryModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString point READ point WRITE setPoint NOTIFY pointChanged)
public:
    explicit BridgeHistoryModel(QObject *parent = nullptr);

    QString point() const { return m_point; }
    void setPoint(const QString &point);
    Q_INVOKABLE void reload() override;

signals:
    void pointChanged();

protected:
    void onAttached() override;

private:
    QString m_point;
};

} // namespace azc
