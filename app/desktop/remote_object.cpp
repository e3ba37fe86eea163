#include "remote_object.h"

#include "app_context.h"
#include "error_sink.h"

namespace azc {

RemoteObject::RemoteObject(QObject *parent) : QObject(parent) {}

void RemoteObject::componentComplete()
{
    if (AppContext *found = AppContext::of(qmlEngine(this)))
        attach(found);
    else
        qWarning("%s: no AppContext attached to the QML engine", metaObject()->className());
}

void RemoteObject::attach(AppContext *context)
{
    if (m_context)
        return;
    m_context = context;
    onAttached();
}

ApiClient *RemoteObject::client() const
{
    return m_context->client();
}

ErrorSink *RemoteObject::errors() const
{
    return m_context->errors();
}

void RemoteObject::request(const QString &method, const QJsonObject &params,
                           std::function<void(const QJsonObject &)> onSuccess,
                           std::function<void(const RpcReply &)> onFailure)
{
    if (!m_context)
        return;
    if (m_busy++ == 0)
        emit busyChanged();
    client()->call(method, params, this, [this, onSuccess, onFailure](const RpcReply &reply) {
        if (--m_busy == 0)
            emit busyChanged();
        if (reply.ok)
            onSuccess(reply.object());
        else if (onFailure)
            onFailure(reply);
        else
            errors()->report(reply);
    });
}

} // namespace azc
