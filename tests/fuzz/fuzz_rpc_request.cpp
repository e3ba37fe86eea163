// Fuzz target for the JSON-RPC frame decoder (server::rpc::decodeRequest),
// what the gateway runs on every text frame before anything else. Built
// like fuzz_amount_parse.cpp (see there).
//
// Properties: never crashes; a decoded request re-encoded as a frame
// decodes to the same method, id, params and reply wish; a failure is one
// of the four documented reasons, and an error reply's id is never an
// object or array (JSON-RPC allows string, number or null).

#include "server/rpc_request.h"

#include <QJsonDocument>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace azc::server::rpc;
    const QByteArray frame(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = decodeRequest(frame);
    if (const auto *bad = std::get_if<DecodeFailure>(&decoded)) {
        static const QStringList reasons{QStringLiteral("parse_error"), QStringLiteral("batch_not_supported"),
                                         QStringLiteral("invalid_request"), QStringLiteral("invalid_params")};
        check(reasons.contains(bad->error.reason));
        check(!bad->replyId.isObject() && !bad->replyId.isArray());
        return 0;
    }
    const Request &r = std::get<Request>(decoded);
    check(r.id.isString() || r.id.isDouble() || r.id.isNull());
    QJsonObject again{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("method"), r.method},
                      {QStringLiteral("params"), r.params}};
    if (r.wantsReply)
        again.insert(QStringLiteral("id"), r.id);
    const auto round = decodeRequest(QJsonDocument(again).toJson(QJsonDocument::Compact));
    const auto *same = std::get_if<Request>(&round);
    check(same && same->method == r.method && same->params == r.params && same->wantsReply == r.wantsReply
          && same->id == r.id);
    return 0;
}
