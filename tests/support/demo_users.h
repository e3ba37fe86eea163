#pragma once
// The demo accounts the backend seeds (README lists them) as tests use them:
// signed in over a real WebSocket, and funded through the four-eyes
// adjustment path (admin requests, finance approves), as a real treasury would.

#include "test_backend.h"
#include "ws_client.h"

#include <memory>

namespace azc::test {

// The demo password of `username` ("alice" → "AzcAlice#2026"); empty for unknown names.
QString demoPassword(const QString &username);
// A client signed in as `username` with `password` (the demo's when empty); nullptr on failure.
std::unique_ptr<WsClient> signIn(const QUrl &url, const QString &username, const QString &password = {});
inline std::unique_ptr<WsClient> signIn(TestBackend &backend, const QString &username, const QString &password = {})
{
    return signIn(backend.url(), username, password);
}
// Uploads `png` (a small one when empty) as `purpose` ("kyc": a verification
// document, "chat": an attachment) through files.beginUpload / uploadChunk /
// finishUpload; its file id, "" on failure.
QString uploadDocument(WsClient &client, const QString &purpose = QStringLiteral("kyc"), QByteArray png = {});
// call(), waiting as the server asks and trying again while it answers rate_limited (a few times),
// as a client that sends many requests in a row does.
QJsonObject callPatiently(WsClient &client, const QString &method, const QJsonObject &params);
// Uploads any `content` as `mime` and `purpose` the same way; its file id, "" on failure.
QString uploadFile(WsClient &client, const QString &name, const QString &mime, const QByteArray &content, const QString &purpose);
// A business owned by `owner`, verified by the demo support agent (its KYB
// with an uploaded document and every check ticked); its org id, "" on failure.
QString verifiedShop(const QUrl &url, WsClient &owner, const QString &name);
// Credits `amount` of `asset` to `username`; the failure, or "" when the money arrived.
QString fund(TestBackend &backend, const QString &username, const QString &asset, const QString &amount);

} // namespace azc::test
