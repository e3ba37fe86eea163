#include "wallet/custody_networks_model.h"

#include "foundation/app_context.h"
#include "wallet/custody_errors.h"
#include "foundation/error_sink.h"

#include <QJsonArray>

namespace azc {

CustodyNetworksModel::CustodyNetworksModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("chainId"),
                       QStringLiteral("confirmations"), QStringLiteral("nativeAsset"), QStringLiteral("enabled"),
                       QStringLiteral("online"), QStringLiteral("head"), QStringLiteral("assets"),
                       QStringLiteral("assetCodes"), QStringLiteral("rpcUrl"), QStringLiteral("lastError"),
                       QStringLiteral("checkedAt"), QStringLiteral("hotWallet"), QStringLiteral("depositAddresses")},
                      parent)
{
    connect(&m_timer, &QTimer::timeout, this, &CustodyNetworksModel::reload);
}

void CustodyNetworksModel::setAdmin(bool admin)
{
    if (m_admin == admin)
        return;
    m_admin = admin;
    emit adminChanged();
    if (context())
        reload();
}

void CustodyNetworksModel::setRefreshMs(int ms)
{
    if (m_refreshMs == ms)
        return;
    m_refreshMs = ms;
    emit refreshMsChanged();
    if (context())
        onAttached();
}

void CustodyNetworksModel::onAttached()
{
    if (m_refreshMs > 0)
        m_timer.start(m_refreshMs);
    else
        m_timer.stop();
}

void CustodyNetworksModel::reload()
{
    // A background refresh must not toast: a server without custody answers
    // "unavailable", which the screens show as their empty state.
    requestQuietly(m_admin ? QStringLiteral("chain.adminNetworks") : QStringLiteral("chain.networks"), {},
                   [this](const QJsonObject &result) {
        QList<QJsonObject> rows;
        for (const QJsonValue &v : result.value(QStringLiteral("networks")).toArray()) {
            QJsonObject row = v.toObject();
            QStringList codes;
            for (const QJsonValue &a : row.value(QStringLiteral("assets")).toArray())
                codes.append(a.toObject().value(QStringLiteral("asset")).toString());
            row.insert(QStringLiteral("assetCodes"), QJsonArray::fromStringList(codes));
            rows.append(row);
        }
        setRows(rows);
        if (!m_loaded) {
            m_loaded = true;
            emit loadedChanged();
        }
    }, [this](const RpcReply &reply) {
        if (!m_loaded) {
            m_loaded = true;
            emit loadedChanged();
        }
        if (reply.reason == QLatin1String("unavailable"))
            setErrorText(CustodyErrors::describe(reply));
    });
}

QVariantMap CustodyNetworksModel::network(const QString &id) const
{
    return get(rowOf(id));
}

QVariantMap CustodyNetworksModel::assetOf(const QString &network, const QString &asset) const
{
    const int row = rowOf(network);
    if (row < 0)
        return {};
    for (const QJsonValue &a : rows().at(row).value(QStringLiteral("assets")).toArray())
        if (a.toObject().value(QStringLiteral("asset")).toString() == asset)
            return a.toObject().toVariantMap();
    return {};
}

void CustodyNetworksModel::setErrorText(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void CustodyNetworksModel::save(const QString &method, const QJsonObject &params, const QString &what,
                                const QString &doneText)
{
    setErrorText({});
    requestQuietly(method, params, [this, what, doneText](const QJsonObject &) {
        errors()->inform(doneText);
        emit saved(what);
        reload();
    }, [this](const RpcReply &reply) {
        QString text = CustodyErrors::describe(reply);
        const QString field = reply.data.value(QStringLiteral("field")).toString();
        if (reply.reason == QLatin1String("invalid_params") && !field.isEmpty())
            text = tr("Check the field “%1”.").arg(field);
        setErrorText(text);
    });
}

void CustodyNetworksModel::saveNetwork(const QVariantMap &fields)
{
    QJsonObject params = QJsonObject::fromVariantMap(fields);
    params.insert(QStringLiteral("chainId"), params.value(QStringLiteral("chainId")).toVariant().toLongLong());
    params.insert(QStringLiteral("confirmations"), params.value(QStringLiteral("confirmations")).toVariant().toInt());
    save(QStringLiteral("chain.setNetwork"), params, QStringLiteral("network"), tr("The network was saved."));
}

void CustodyNetworksModel::saveAsset(const QVariantMap &fields)
{
    save(QStringLiteral("chain.setAsset"), QJsonObject::fromVariantMap(fields), QStringLiteral("asset"),
         tr("The asset settings were saved."));
}

void CustodyNetworksModel::saveWithdrawLimit(const QString &asset, int tier, const QString &perWithdrawal,
                                             const QString &daily, const QString &twoFactorAbove)
{
    const QJsonObject params{{QStringLiteral("asset"), asset},
                             {QStringLiteral("tier"), tier},
                             {QStringLiteral("perWithdrawal"), perWithdrawal.trimmed()},
                             {QStringLiteral("daily"), daily.trimmed()},
                             {QStringLiteral("twoFactorAbove"), twoFactorAbove.trimmed()}};
    save(QStringLiteral("chain.setWithdrawLimit"), params, QStringLiteral("limit"),
         tr("The withdrawal limit for level %1 was saved.").arg(tier));
}

} // namespace azc
