#include "server/rpc_error.h"

#include <QJsonDocument>

namespace azc::server::rpc {

int codeForReason(const QString &reason)
{
    static const QHash<QString, int> codes = {
        {QStringLiteral("parse_error"), ParseError},
        {QStringLiteral("invalid_request"), InvalidRequest},
        {QStringLiteral("batch_not_supported"), InvalidRequest},
        {QStringLiteral("method_not_found"), MethodNotFound},
        {QStringLiteral("invalid_params"), InvalidParams},
        {QStringLiteral("internal_error"), InternalError},
        {QStringLiteral("storage_error"), InternalError},
        {QStringLiteral("unauthenticated"), Unauthenticated},
        {QStringLiteral("invalid_session"), Unauthenticated},
        {QStringLiteral("forbidden"), Forbidden},
        {QStringLiteral("kyc_required"), Forbidden},
        {QStringLiteral("account_frozen"), Forbidden},
        {QStringLiteral("rate_limited"), RateLimited},
    };
    return codes.value(reason, ApplicationError);
}

QJsonObject errorObject(const Error &error)
{
    QJsonObject data = error.data;
    QString reason = error.reason;
    QString message = error.message;
    // Storage failures are internal: the detail is logged, never sent.
    if (reason == QLatin1String("storage_error")) {
        reason = QStringLiteral("internal_error");
        message = QStringLiteral("internal error");
    }
    data.insert(QStringLiteral("reason"), reason);
    return QJsonObject{{QStringLiteral("code"), codeForReason(reason)},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("data"), data}};
}

static QByteArray frame(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray errorFrame(const QJsonValue &id, const Error &error)
{
    return frame(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                             {QStringLiteral("id"), id},
                             {QStringLiteral("error"), errorObject(error)}});
}

QByteArray resultFrame(const QJsonValue &id, const QJsonObject &result)
{
    return frame(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                             {QStringLiteral("id"), id},
                             {QStringLiteral("result"), result}});
}

QByteArray eventFrame(const QString &event, const QJsonObject &params)
{
    return frame(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                             {QStringLiteral("method"), event},
                             {QStringLiteral("params"), params}});
}

} // namespace azc::server::rpc
