#include "server/rpc_request.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace azc::server::rpc {

std::variant<Request, DecodeFailure> decodeRequest(const QByteArray &utf8)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return DecodeFailure{azc::fail("parse_error", parseError.errorString()), QJsonValue::Null};
    if (doc.isArray())
        return DecodeFailure{azc::fail("batch_not_supported", QStringLiteral("send one request per frame")), QJsonValue::Null};
    const QJsonObject request = doc.object();
    const QJsonValue id = request.value(QStringLiteral("id"));
    const bool hasId = request.contains(QStringLiteral("id"));
    const bool idValid = !hasId || id.isString() || id.isDouble() || id.isNull();
    const QJsonValue method = request.value(QStringLiteral("method"));
    if (request.value(QStringLiteral("jsonrpc")) != QLatin1String("2.0") || !method.isString() || !idValid)
        return DecodeFailure{azc::fail("invalid_request", QStringLiteral("not a JSON-RPC 2.0 request")),
                             idValid ? id : QJsonValue(QJsonValue::Null)};
    const QJsonValue params = request.value(QStringLiteral("params"));
    if (!params.isUndefined() && !params.isObject())
        return DecodeFailure{azc::fail("invalid_params", QStringLiteral("params must be an object"),
                                       {{QStringLiteral("field"), QStringLiteral("params")}}),
                             id, hasId};
    return Request{hasId ? id : QJsonValue(QJsonValue::Null), hasId, method.toString(), params.toObject()};
}

} // namespace azc::server::rpc
