#pragma once
// Settings of the payments domain (merchants, invoices, the partner API and
// its webhooks). Only the payments module reads them.

#include <QHostAddress>
#include <QList>
#include <QString>

namespace azc::payments {

struct PaymentsConfig {
    // The partner HTTPS API beside the WebSocket: its own port (0: any free
    // port), TLS from the same certificate files as the gateway. Off when
    // apiEnabled is false (the embedded desktop backend needs no door for
    // partners' servers).
    bool apiEnabled = false;
    QHostAddress apiAddress = QHostAddress::LocalHost;
    quint16 apiPort = 0;
    QString certificateFile;               // copied from the gateway's TLS settings
    QString keyFile;
    int tlsReloadSeconds = 30;
    qint64 maxBodyBytes = 64 * 1024;       // a request body above this is refused with 413
    int maxHeaderBytes = 16 * 1024;        // the request line and headers together (431 above)
    int maxHeaders = 64;
    int signatureToleranceSeconds = 300;   // a request's timestamp this far from now is stale
    qint64 requestsPerSecondPerKey = 200;  // token bucket per API key (429 with Retry-After)
    qint64 burstPerKey = 400;
    // Webhook retries: the n-th retry waits retryBaseMs × 3^(n-1), capped at
    // retryCapMs, until retryWindowMs after the event (a day); an endpoint
    // whose deliveries all fail for disableAfterMs is switched off.
    qint64 retryBaseMs = 10'000;
    qint64 retryCapMs = 3'600'000;
    qint64 retryWindowMs = 86'400'000;
    qint64 disableAfterMs = 3 * 86'400'000LL;
    int deliveryTimeoutMs = 10'000;
    int maxConcurrentDeliveries = 64;
    int expirySweepMs = 5'000;             // how often open invoices past their expiry are closed
    int defaultInvoiceMinutes = 60;
    qint64 minuteMs = 60'000;              // the unit of invoice lifetimes (tests shorten it)
    int quoteMinutes = 15;                 // how long a fiat-priced invoice's rate is kept
};

} // namespace azc::payments
