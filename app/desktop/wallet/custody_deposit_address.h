#pragma once
// Deposits and withdrawals (custody): the user's deposit address on one
// network (deposit.address: one per user and network, never reused) and, per
// asset, its minimum and the EIP-681 link shown as a QR code
// ("image://qr/<link>").

#include "foundation/remote_object.h"

#include <QVariantList>
#include <QVariantMap>

namespace azc {

class CustodyDepositAddress : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString network READ network WRITE setNetwork NOTIFY networkChanged)
    Q_PROPERTY(QString address READ address NOTIFY addressChanged)
    Q_PROPERTY(int confirmations READ confirmations NOTIFY addressChanged)
    Q_PROPERTY(QVariantList assets READ assets NOTIFY addressChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY addressChanged)
public:
    explicit CustodyDepositAddress(QObject *parent = nullptr);

    QString network() const { return m_network; }
    void setNetwork(const QString &network);
    QString address() const { return m_address; }
    int confirmations() const { return m_confirmations; }
    QVariantList assets() const { return m_assets; }
    QString errorText() const { return m_errorText; }

    // {asset, decimals, contract, minDeposit, uri, qrSource}; {} when the network lacks it.
    Q_INVOKABLE QVariantMap asset(const QString &code) const;
    Q_INVOKABLE void reload();

signals:
    void networkChanged();
    void addressChanged();

protected:
    void onAttached() override { reload(); }

private:
    QString m_network;
    QString m_address;
    int m_confirmations = 0;
    QVariantList m_assets;
    QString m_errorText;
};

} // namespace azc
