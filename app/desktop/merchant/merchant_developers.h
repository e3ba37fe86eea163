#pragma once
// The developers' corner of the merchant console: API keys (created with
// scopes and an address allow-list; the secret is shown once and then only
// its last four characters), rotation and revocation; webhook endpoints
// (the signing secret shown once), their delivery log with every attempt's
// outcome, manual redelivery, and switching a failing endpoint back on.

#include "foundation/remote_object.h"

#include <QVariantList>

namespace azc {

class MerchantDevelopers : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString orgId READ orgId WRITE setOrgId NOTIFY orgIdChanged)
    Q_PROPERTY(QVariantList keys READ keys NOTIFY keysChanged)
    Q_PROPERTY(QVariantList endpoints READ endpoints NOTIFY endpointsChanged)
    Q_PROPERTY(QString endpointId READ endpointId NOTIFY deliveriesChanged)
    Q_PROPERTY(QVariantList deliveries READ deliveries NOTIFY deliveriesChanged)
    Q_PROPERTY(QString revealedSecret READ revealedSecret NOTIFY secretChanged)
    Q_PROPERTY(QString revealedFor READ revealedFor NOTIFY secretChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
public:
    explicit MerchantDevelopers(QObject *parent = nullptr);

    QString orgId() const { return m_orgId; }
    void setOrgId(const QString &orgId);
    QVariantList keys() const { return m_keys; }
    QVariantList endpoints() const { return m_endpoints; }
    QString endpointId() const { return m_endpointId; }
    QVariantList deliveries() const { return m_deliveries; }
    QString revealedSecret() const { return m_secret; }
    QString revealedFor() const { return m_secretFor; }
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE void reload();
    // `allowFrom`: addresses or networks separated by commas or spaces.
    Q_INVOKABLE void createKey(const QString &label, const QStringList &scopes, const QString &allowFrom);
    Q_INVOKABLE void rotateKey(const QString &keyId);
    Q_INVOKABLE void revokeKey(const QString &keyId);
    Q_INVOKABLE void addWebhook(const QString &url);
    Q_INVOKABLE void removeWebhook(const QString &endpointId);
    Q_INVOKABLE void enableWebhook(const QString &endpointId);
    Q_INVOKABLE void showDeliveries(const QString &endpointId);
    Q_INVOKABLE void redeliver(const QString &deliveryId);
    Q_INVOKABLE void forgetSecret();

signals:
    void orgIdChanged();
    void keysChanged();
    void endpointsChanged();
    void deliveriesChanged();
    void secretChanged();
    void errorChanged();

protected:
    void onAttached() override { reload(); }

private:
    void reveal(const QString &secret, const QString &forId);
    void fail(const RpcReply &reply);
    QJsonObject withOrg(QJsonObject params) const;

    QString m_orgId;
    QVariantList m_keys;
    QVariantList m_endpoints;
    QString m_endpointId;
    QVariantList m_deliveries;
    QString m_secret;
    QString m_secretFor;
    QString m_errorText;
};

} // namespace azc
