#pragma once
// What a JSON-RPC call comes back with: a result, a server error (with its
// stable data.reason) or a client-side failure (reason "timeout" or
// "disconnected", code 0). View models look only at `ok` and `reason`.

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace azc {

struct RpcReply {
    bool ok = false;
    QJsonValue result;   // the "result" member when ok
    int code = 0;        // JSON-RPC error code; 0 for failures seen only by the client
    QString reason;      // data.reason, or "timeout" / "disconnected"
    QString message;     // the server's human text (English); the UI translates by reason
    QJsonObject data;    // the whole error.data object

    QJsonObject object() const { return result.toObject(); }
    // The request may or may not have reached the server (the connection
    // dropped, the answer was late): only these are safe to repeat, and only
    // with the same idempotency key.
    bool lostInTransit() const
    {
        return reason == QLatin1String("disconnected") || reason == QLatin1String("timeout");
    }

    static RpcReply success(QJsonValue value)
    {
        RpcReply r;
        r.ok = true;
        r.result = std::move(value);
        return r;
    }
    static RpcReply failure(int code, QString reason, QString message, QJsonObject data = {})
    {
        RpcReply r;
        r.code = code;
        r.reason = std::move(reason);
        r.message = std::move(message);
        r.data = std::move(data);
        return r;
    }
};

} // namespace azc
