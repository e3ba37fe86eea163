#pragma once
// What RemoteListModel and RemoteObject share: finding the AppContext of the
// QML engine that created the object, and calling methods with a busy count
// (the owner's `busy` property flips when the first call starts and the last
// one ends). Replies are delivered only while the owner lives.

#include "client/rpc_reply.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

namespace azc {

class ApiClient;
class AppContext;
class ErrorSink;
class EventHub;

class RemoteLink
{
public:
    RemoteLink(QObject *owner, std::function<void()> busyChanged);

    // The owner's QML engine's context; warns (naming the owner's class) when there is none.
    AppContext *contextFromEngine() const;
    // False when a context was attached already (attach once).
    bool attach(AppContext *context);

    AppContext *context() const { return m_context; }
    ApiClient *client() const;
    ErrorSink *errors() const;
    EventHub *events() const;
    bool busy() const { return m_busy > 0; }

    // Failures go to the ErrorSink when `report`, then to onFailure if given.
    // Does nothing before a context is attached.
    void call(const QString &method, const QJsonObject &params, std::function<void(const QJsonObject &)> onSuccess,
              std::function<void(const RpcReply &)> onFailure, bool report);

private:
    void changeBusy(int delta);

    QObject *m_owner;
    std::function<void()> m_busyChanged;
    AppContext *m_context = nullptr;
    int m_busy = 0;
};

} // namespace azc
