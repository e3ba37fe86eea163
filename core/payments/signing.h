#pragma once
// The two signatures of the partner API, one HMAC-SHA256 helper for both:
//
//   requests   AZ-Signature = hex(HMAC(key secret, METHOD \n PATH?QUERY \n TIMESTAMP \n NONCE \n BODY))
//              with AZ-Key, AZ-Timestamp (Unix seconds) and AZ-Nonce (16 to 64
//              characters, fresh per request: a (key, nonce) pair is accepted once)
//   webhooks   AZ-Webhook-Signature: t=TIMESTAMP,v1=hex(HMAC(endpoint secret, TIMESTAMP . BODY))
//
// docs/openapi.yaml says the same; examples/partner-node implements it from there.

#include <QByteArray>

namespace azc::payments {

QByteArray requestSignature(const QByteArray &secret, const QByteArray &method, const QByteArray &pathAndQuery,
                            const QByteArray &timestamp, const QByteArray &nonce, const QByteArray &body);
QByteArray webhookSignatureHeader(const QByteArray &secret, qint64 timestampSeconds, const QByteArray &body);
// Verifies a webhook header (for tests and tools): the v1 value matches and
// the timestamp is within `toleranceSeconds` of `nowSeconds`.
bool verifyWebhookSignature(const QByteArray &secret, const QByteArray &header, const QByteArray &body, qint64 nowSeconds,
                            int toleranceSeconds);

} // namespace azc::payments
