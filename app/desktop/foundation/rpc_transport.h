#pragma once
// What the view models need of a connection to a server: calls, the
// server's pushes and word that a session was resumed after a reconnect.
// ApiClientTransport is the real one (core/client's ApiClient underneath);
// the view models' unit tests give AppContext a canned one instead
// (tests/support/canned_transport.h), so they run without a backend.

#include "client/rpc_reply.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

namespace azc {

class ApiClient;

class RpcTransport : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RpcReply &)>;
    using QObject::QObject;

    // `cb` runs exactly once with the reply (or a timeout or a disconnect),
    // and not at all once `context` is destroyed.
    virtual void call(const QString &method, const QJsonObject &params, const QObject *context, Callback cb) = 0;

signals:
    // A server push (event.*), as it arrived.
    void pushed(const QString &name, const QJsonObject &params);
    // The session is back after a reconnect: pushes sent meanwhile are lost.
    void resumed();
};

class ApiClientTransport : public RpcTransport
{
    Q_OBJECT
public:
    explicit ApiClientTransport(ApiClient *client, QObject *parent = nullptr);
    void call(const QString &method, const QJsonObject &params, const QObject *context, Callback cb) override;

private:
    ApiClient *m_client;
};

} // namespace azc
