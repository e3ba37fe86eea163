#include "p2p/p2p_payment_methods_model.h"

#include "foundation/event_hub.h"
#include "foundation/error_sink.h"
#include "p2p/p2p_errors.h"


#include <QJsonArray>

namespace azc {

P2pPaymentMethodsModel::P2pPaymentMethodsModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("label"), QStringLiteral("fields"),
                       QStringLiteral("createdAt")},
                      parent)
{
}

void P2pPaymentMethodsModel::onAttached()
{
    events()->onResync(this, [this] { reload(); });
}

QString P2pPaymentMethodsModel::typeLabel(const QString &type) const
{
    for (const QVariant &t : m_types) {
        if (t.toMap().value(QStringLiteral("type")).toString() == type)
            return t.toMap().value(QStringLiteral("label")).toString();
    }
    return type;
}

QVariantList P2pPaymentMethodsModel::fieldsOf(const QString &type) const
{
    for (const QVariant &t : m_types) {
        if (t.toMap().value(QStringLiteral("type")).toString() == type)
            return t.toMap().value(QStringLiteral("fields")).toList();
    }
    return {};
}

void P2pPaymentMethodsModel::reload()
{
    if (m_types.isEmpty()) {
        request(QStringLiteral("p2p.paymentTypes"), {}, [this](const QJsonObject &result) {
            m_types = result.value(QStringLiteral("types")).toArray().toVariantList();
            emit typesChanged();
        });
    }
    request(QStringLiteral("p2p.paymentMethods"), {}, [this](const QJsonObject &result) {
        setRowsFrom(result.value(QStringLiteral("methods")));
    });
}

void P2pPaymentMethodsModel::add(const QString &type, const QString &label, const QVariantMap &fields)
{
    QJsonObject trimmed;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        trimmed.insert(it.key(), it.value().toString().trimmed());
    const QJsonObject params{{QStringLiteral("type"), type}, {QStringLiteral("label"), label.trimmed()}, {QStringLiteral("fields"), trimmed}};
    requestQuietly(QStringLiteral("p2p.addPaymentMethod"), params, [this](const QJsonObject &result) {
        const QJsonObject method = result.value(QStringLiteral("method")).toObject();
        appendRows({method});
        emit added(method.toVariantMap());
    }, [this](const RpcReply &reply) {
        // The refused field is one of the type's own (accountNumber, cardholder, …) unless it is the name or the type.
        const QString field = reply.data.value(QStringLiteral("field")).toString();
        if (reply.reason == QLatin1String("invalid_params") && field != QLatin1String("label") && field != QLatin1String("type"))
            return emit addFailed(tr("Fill in every field of the payment method (at most 128 characters each)."));
        emit addFailed(P2pErrors::describe(reply));
    });
}

void P2pPaymentMethodsModel::remove(const QString &methodId)
{
    requestQuietly(QStringLiteral("p2p.removePaymentMethod"), {{QStringLiteral("id"), methodId}}, [this, methodId](const QJsonObject &) {
        removeRowWithId(methodId);
    }, [this](const RpcReply &reply) { errors()->reportText(P2pErrors::describe(reply)); });
}

} // namespace azc
