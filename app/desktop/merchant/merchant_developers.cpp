#include "merchant/merchant_developers.h"

#include "foundation/error_sink.h"
#include "merchant/merchant_console.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace azc {

MerchantDevelopers::MerchantDevelopers(QObject *parent) : RemoteObject(parent) {}

void MerchantDevelopers::setOrgId(const QString &orgId)
{
    if (m_orgId == orgId)
        return;
    m_orgId = orgId;
    m_keys.clear();
    m_endpoints.clear();
    m_deliveries.clear();
    m_endpointId.clear();
    forgetSecret();
    emit orgIdChanged();
    emit keysChanged();
    emit endpointsChanged();
    emit deliveriesChanged();
    reload();
}

QJsonObject MerchantDevelopers::withOrg(QJsonObject params) const
{
    return withOrgId(m_orgId, std::move(params));
}

void MerchantDevelopers::fail(const RpcReply &reply)
{
    m_errorText = ErrorSink::describe(reply);
    emit errorChanged();
}

void MerchantDevelopers::reveal(const QString &secret, const QString &forId)
{
    m_secret = secret;
    m_secretFor = forId;
    m_errorText.clear();
    emit secretChanged();
    emit errorChanged();
}

void MerchantDevelopers::forgetSecret()
{
    m_secret.clear();
    m_secretFor.clear();
    emit secretChanged();
}

void MerchantDevelopers::reload()
{
    if (m_orgId.isEmpty() || !client())
        return;
    const auto failure = [this](const RpcReply &reply) {
        // A viewer or staff member has no developers' rights: the section stays empty, no toast.
        if (reply.reason != QLatin1String("forbidden"))
            fail(reply);
    };
    request(QStringLiteral("payments.keys"), withOrg({}), [this](const QJsonObject &r) {
        m_keys = r.value(QStringLiteral("keys")).toArray().toVariantList();
        emit keysChanged();
    }, failure);
    request(QStringLiteral("payments.webhooks"), withOrg({}), [this](const QJsonObject &r) {
        m_endpoints = r.value(QStringLiteral("endpoints")).toArray().toVariantList();
        emit endpointsChanged();
        if (!m_endpointId.isEmpty())
            showDeliveries(m_endpointId);
    }, failure);
}

void MerchantDevelopers::createKey(const QString &label, const QStringList &scopes, const QString &allowFrom)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    const QStringList addresses = allowFrom.split(separators, Qt::SkipEmptyParts);
    request(QStringLiteral("payments.createKey"),
            withOrg({{QStringLiteral("label"), label.trimmed()}, {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                     {QStringLiteral("allowFrom"), QJsonArray::fromStringList(addresses)}}),
            [this](const QJsonObject &r) {
                const QString id = r.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
                reveal(r.value(QStringLiteral("secret")).toString(), id);
                reload();
            },
            [this](const RpcReply &reply) { fail(reply); });
}

void MerchantDevelopers::rotateKey(const QString &keyId)
{
    request(QStringLiteral("payments.rotateKey"), withOrg({{QStringLiteral("keyId"), keyId}}), [this](const QJsonObject &r) {
        reveal(r.value(QStringLiteral("secret")).toString(), r.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString());
        reload();
    }, [this](const RpcReply &reply) { fail(reply); });
}

void MerchantDevelopers::revokeKey(const QString &keyId)
{
    request(QStringLiteral("payments.revokeKey"), withOrg({{QStringLiteral("keyId"), keyId}}), [this](const QJsonObject &r) {
        m_keys = r.value(QStringLiteral("keys")).toArray().toVariantList();
        emit keysChanged();
    }, [this](const RpcReply &reply) { fail(reply); });
}

void MerchantDevelopers::addWebhook(const QString &url)
{
    request(QStringLiteral("payments.addWebhook"), withOrg({{QStringLiteral("url"), url.trimmed()}}), [this](const QJsonObject &r) {
        reveal(r.value(QStringLiteral("secret")).toString(), r.value(QStringLiteral("endpoint")).toObject().value(QStringLiteral("id")).toString());
        reload();
    }, [this](const RpcReply &reply) { fail(reply); });
}

void MerchantDevelopers::removeWebhook(const QString &endpointId)
{
    request(QStringLiteral("payments.removeWebhook"), withOrg({{QStringLiteral("endpointId"), endpointId}}), [this](const QJsonObject &r) {
        m_endpoints = r.value(QStringLiteral("endpoints")).toArray().toVariantList();
        emit endpointsChanged();
    }, [this](const RpcReply &reply) { fail(reply); });
}

void MerchantDevelopers::enableWebhook(const QString &endpointId)
{
    request(QStringLiteral("payments.enableWebhook"), withOrg({{QStringLiteral("endpointId"), endpointId}}), [this](const QJsonObject &r) {
        m_endpoints = r.value(QStringLiteral("endpoints")).toArray().toVariantList();
        emit endpointsChanged();
    }, [this](const RpcReply &reply) { fail(reply); });
}

void MerchantDevelopers::showDeliveries(const QString &endpointId)
{
    m_endpointId = endpointId;
    request(QStringLiteral("payments.deliveries"), withOrg({{QStringLiteral("endpointId"), endpointId}, {QStringLiteral("limit"), 50}}),
            [this, endpointId](const QJsonObject &r) {
                if (endpointId != m_endpointId)
                    return;
                m_deliveries = r.value(QStringLiteral("deliveries")).toArray().toVariantList();
                emit deliveriesChanged();
            },
            [this](const RpcReply &reply) { fail(reply); });
}

void MerchantDevelopers::redeliver(const QString &deliveryId)
{
    request(QStringLiteral("payments.redeliver"), withOrg({{QStringLiteral("deliveryId"), deliveryId}}), [this](const QJsonObject &) {
        showDeliveries(m_endpointId);
    }, [this](const RpcReply &reply) { fail(reply); });
}

} // namespace azc
