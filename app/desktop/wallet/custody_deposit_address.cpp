#include "wallet/custody_deposit_address.h"

#include "wallet/custody_errors.h"

#include <QJsonArray>
#include <QUrl>

namespace azc {

CustodyDepositAddress::CustodyDepositAddress(QObject *parent) : RemoteObject(parent) {}

void CustodyDepositAddress::setNetwork(const QString &network)
{
    if (m_network == network)
        return;
    m_network = network;
    emit networkChanged();
    m_address.clear();
    m_assets.clear();
    m_errorText.clear();
    emit addressChanged();
    if (context())
        reload();
}

void CustodyDepositAddress::reload()
{
    if (m_network.isEmpty())
        return;
    const QString asked = m_network;
    // Shown inside the dialog, so not toasted as well.
    request(QStringLiteral("deposit.address"), {{QStringLiteral("network"), asked}}, [this, asked](const QJsonObject &result) {
        if (asked != m_network)
            return; // the user picked another network meanwhile
        m_address = result.value(QStringLiteral("address")).toString();
        m_confirmations = result.value(QStringLiteral("confirmations")).toInt();
        m_assets.clear();
        for (const QJsonValue &v : result.value(QStringLiteral("assets")).toArray()) {
            QVariantMap a = v.toObject().toVariantMap();
            const QString uri = a.value(QStringLiteral("uri")).toString();
            a.insert(QStringLiteral("qrSource"),
                     QString(QStringLiteral("image://qr/") + QString::fromLatin1(QUrl::toPercentEncoding(uri))));
            m_assets.append(a);
        }
        m_errorText.clear();
        emit addressChanged();
    }, [this, asked](const RpcReply &reply) {
        if (asked != m_network)
            return;
        m_errorText = CustodyErrors::describe(reply);
        emit addressChanged();
    });
}

QVariantMap CustodyDepositAddress::asset(const QString &code) const
{
    for (const QVariant &a : m_assets)
        if (a.toMap().value(QStringLiteral("asset")).toString() == code)
            return a.toMap();
    return {};
}

} // namespace azc
