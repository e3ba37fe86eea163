#pragma once
// The wire form of errors: JSON-RPC codes for malformed input, and the
// documented application codes keyed by a stable data.reason.

#include "common/result.h"

#include <QJsonObject>
#include <QJsonValue>

namespace azc::server::rpc {

enum Code {
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    InternalError = -32603,
    ApplicationError = -32000,
    Unauthenticated = -32001,
    Forbidden = -32003,
    RateLimited = -32029,
};

int codeForReason(const QString &reason);
QJsonObject errorObject(const Error &error);
QByteArray errorFrame(const QJsonValue &id, const Error &error);
QByteArray resultFrame(const QJsonValue &id, const QJsonObject &result);
QByteArray eventFrame(const QString &event, const QJsonObject &params);

} // namespace azc::server::rpc
