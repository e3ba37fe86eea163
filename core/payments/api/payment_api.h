#pragma once
// The partner Payment API: HTTPS + JSON for partners' servers, served by Qt
// HTTP Server on its own port beside the WebSocket (TLS from the same
// certificate files). docs/openapi.yaml describes every route; a test checks
// that the document and routes() agree in both directions.
//
// Every request passes, in order: the HttpGuard (sizes, paths, framing), a
// per-address budget for unauthenticated failures, the key (AZ-Key, known
// and not revoked), its address allow-list, the timestamp (AZ-Timestamp
// within the tolerance), the signature (AZ-Signature, HMAC-SHA256, see
// payments/signing.h) and its freshness (a key's AZ-Nonce is accepted once), the
// key's rate limit (429 with Retry-After), the route's scope, the content
// type and JSON body, and on POST an Idempotency-Key. Errors are RFC 9457
// problem details.

#include "payments/api/http_guard.h"
#include "payments/payments_service.h"
#include "server/rate_limiter.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QPointer>

namespace azc::server { class TlsListener; }

namespace azc::payments {

class PaymentApi : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit PaymentApi(PaymentsService &payments, QObject *parent = nullptr);
    ~PaymentApi() override;

    // Listens on the configured address and port; TLS when both files are set.
    Status listen(const QString &certificateFile, const QString &keyFile, int reloadSeconds);
    QUrl url() const;

    struct RouteInfo {
        QString method;   // "GET", "POST"
        QString path;     // "/v1/invoices/{id}"
        QString scope;    // the key scope it needs
        QString twin;     // the WebSocket method that does the same for members (opened to partners' keys)
    };
    static const QList<RouteInfo> &routes();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Call;
    using Answer = std::function<void(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers)>;
    void dispatch(const QHttpServerRequest &request, Answer answer);
    void route(Call &call, const QString &pattern, const QStringList &args, Answer answer);
    void forgetOldNonces(qint64 nowMs);

    PaymentsService &m_payments;
    server::TlsListener *m_listener = nullptr;
    server::RateLimiter m_limiter;
    QHash<QByteArray, qint64> m_seenNonces; // "key:nonce" → when it may be forgotten
    qint64 m_lastSweepMs = 0;
    bool m_secure = false;
};

} // namespace azc::payments
