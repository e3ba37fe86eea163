#pragma once
// Decoding one JSON-RPC 2.0 request frame: pure, so the gateway and the
// fuzzer (tests/fuzz/fuzz_rpc_request.cpp) run exactly the same code.

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace azc::server::rpc {

struct Request {
    QJsonValue id;        // string, number or null; Null when absent
    bool wantsReply = false;
    QString method;
    QJsonObject params;
};

struct DecodeFailure {
    Error error;
    QJsonValue replyId;   // what the error reply carries
    bool reply = true;    // false: a notification with bad params gets no answer
};

// A request, or why not (parse_error, batch_not_supported, invalid_request, invalid_params).
std::variant<Request, DecodeFailure> decodeRequest(const QByteArray &utf8);

} // namespace azc::server::rpc
