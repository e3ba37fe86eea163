#pragma once
// A transport for view-model tests: no server, no socket. Replies are set up
// per method beforehand (served in order) or given later to a call that is
// waiting; every call is recorded; pushes and reconnects are sent by hand.
// Replies arrive on the next event-loop turn, as they would from a server.

#include "foundation/rpc_transport.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QQueue>

namespace azc::test {

class CannedTransport : public RpcTransport
{
    Q_OBJECT
public:
    struct Call {
        QString method;
        QJsonObject params;
    };

    using RpcTransport::RpcTransport;

    // The next call of `method` succeeds with `result`.
    void reply(const QString &method, const QJsonObject &result);
    // The next call of `method` fails with `reason` (server error -32000 unless told).
    void fail(const QString &method, const QString &reason, int code = -32000);
    // The same, with more error data beside the reason (data.limit, data.field, ...).
    void failWith(const QString &method, const QString &reason, const QJsonObject &data, int code = -32000);
    // Answers the oldest call of `method` still waiting; false when none waits.
    bool answer(const QString &method, const QJsonObject &result);

    void push(const QString &name, const QJsonObject &params) { emit pushed(name, params); }
    void resume() { emit resumed(); }

    const QList<Call> &calls() const { return m_calls; }
    QList<Call> callsOf(const QString &method) const;

    void call(const QString &method, const QJsonObject &params, const QObject *context, Callback cb) override;

private:
    struct Waiting {
        QString method;
        QPointer<const QObject> context;
        Callback callback;
    };
    void deliver(QPointer<const QObject> context, Callback callback, RpcReply reply);

    QHash<QString, QQueue<RpcReply>> m_canned;
    QList<Waiting> m_waiting;
    QList<Call> m_calls;
};

} // namespace azc::test
