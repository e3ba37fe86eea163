#include "foundation/rpc_transport.h"

#include "client/api_client.h"

namespace azc {

ApiClientTransport::ApiClientTransport(ApiClient *client, QObject *parent) : RpcTransport(parent), m_client(client)
{
    connect(client, &ApiClient::eventReceived, this, &RpcTransport::pushed);
    connect(client, &ApiClient::sessionResumed, this, &RpcTransport::resumed);
}

void ApiClientTransport::call(const QString &method, const QJsonObject &params, const QObject *context, Callback cb)
{
    m_client->call(method, params, context, std::move(cb));
}

} // namespace azc
