#include "foundation/remote_link.h"

#include "foundation/app_context.h"
#include "foundation/error_sink.h"
#include "foundation/rpc_transport.h"

#include <QQmlEngine>

namespace azc {

RemoteLink::RemoteLink(QObject *owner, std::function<void()> busyChanged)
    : m_owner(owner), m_busyChanged(std::move(busyChanged))
{
}

AppContext *RemoteLink::contextFromEngine() const
{
    AppContext *found = AppContext::of(qmlEngine(m_owner));
    if (!found)
        qWarning("%s: no AppContext attached to the QML engine", m_owner->metaObject()->className());
    return found;
}

bool RemoteLink::attach(AppContext *context)
{
    if (m_context)
        return false;
    m_context = context;
    return true;
}

ApiClient *RemoteLink::client() const
{
    return m_context->client();
}

ErrorSink *RemoteLink::errors() const
{
    return m_context->errors();
}

EventHub *RemoteLink::events() const
{
    return m_context->events();
}

void RemoteLink::call(const QString &method, const QJsonObject &params,
                      std::function<void(const QJsonObject &)> onSuccess,
                      std::function<void(const RpcReply &)> onFailure, bool report)
{
    if (!m_context)
        return;
    changeBusy(+1);
    m_context->transport()->call(method, params, m_owner, [this, onSuccess, onFailure, report](const RpcReply &reply) {
        changeBusy(-1);
        if (reply.ok) {
            onSuccess(reply.object());
            return;
        }
        if (report)
            errors()->report(reply);
        if (onFailure)
            onFailure(reply);
    });
}

void RemoteLink::changeBusy(int delta)
{
    const bool was = busy();
    m_busy += delta;
    if (was != busy())
        m_busyChanged();
}

} // namespace azc
