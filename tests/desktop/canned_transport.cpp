#include "canned_transport.h"

#include <QTimer>

namespace azc::test {

void CannedTransport::reply(const QString &method, const QJsonObject &result)
{
    m_canned[method].enqueue(RpcReply::success(result));
}

void CannedTransport::fail(const QString &method, const QString &reason, int code)
{
    m_canned[method].enqueue(RpcReply::failure(code, reason, QStringLiteral("canned failure: ") + reason,
                                               {{QStringLiteral("reason"), reason}}));
}

void CannedTransport::failWith(const QString &method, const QString &reason, const QJsonObject &data, int code)
{
    QJsonObject full = data;
    full.insert(QStringLiteral("reason"), reason);
    m_canned[method].enqueue(RpcReply::failure(code, reason, QStringLiteral("canned failure: ") + reason, full));
}

bool CannedTransport::answer(const QString &method, const QJsonObject &result)
{
    for (int i = 0; i < m_waiting.size(); ++i) {
        if (m_waiting.at(i).method != method)
            continue;
        Waiting w = m_waiting.takeAt(i);
        deliver(w.context, std::move(w.callback), RpcReply::success(result));
        return true;
    }
    return false;
}

QList<CannedTransport::Call> CannedTransport::callsOf(const QString &method) const
{
    QList<Call> out;
    for (const Call &c : m_calls)
        if (c.method == method)
            out.append(c);
    return out;
}

void CannedTransport::call(const QString &method, const QJsonObject &params, const QObject *context, Callback cb)
{
    m_calls.append({method, params});
    auto it = m_canned.find(method);
    if (it != m_canned.end() && !it->isEmpty()) {
        deliver(context, std::move(cb), it->dequeue());
        return;
    }
    m_waiting.append({method, context, std::move(cb)});
}

void CannedTransport::deliver(QPointer<const QObject> context, Callback callback, RpcReply reply)
{
    const bool hadContext = !context.isNull();
    QTimer::singleShot(0, this, [context, hadContext, callback = std::move(callback), reply = std::move(reply)] {
        if (hadContext && !context)
            return; // the caller is gone, as ApiClient drops such replies
        callback(reply);
    });
}

} // namespace azc::test
