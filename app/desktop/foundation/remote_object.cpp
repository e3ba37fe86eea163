#include "foundation/remote_object.h"

namespace azc {

RemoteObject::RemoteObject(QObject *parent) : QObject(parent) {}

void RemoteObject::componentComplete()
{
    if (AppContext *found = m_link.contextFromEngine())
        attach(found);
}

void RemoteObject::attach(AppContext *context)
{
    if (m_link.attach(context))
        onAttached();
}

void RemoteObject::request(const QString &method, const QJsonObject &params,
                           std::function<void(const QJsonObject &)> onSuccess,
                           std::function<void(const RpcReply &)> onFailure)
{
    // With onFailure the caller shows the failure itself; without, the ErrorSink does.
    const bool report = !onFailure;
    m_link.call(method, params, std::move(onSuccess), std::move(onFailure), report);
}

} // namespace azc
