#include "payments/webhook_sender.h"

#include "common/failpoint.h"
#include "payments/signing.h"
#include "storage/database.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace azc::payments {

WebhookSender::WebhookSender(PaymentsService &payments, QObject *parent) : QObject(parent), m_payments(payments)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &WebhookSender::sendDue);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // a redirect is not a delivery
}

void WebhookSender::start()
{
    m_stopped = false;
    sendDue();
}

void WebhookSender::stop()
{
    m_stopped = true;
    m_timer->stop();
}

void WebhookSender::kick()
{
    if (!m_stopped)
        m_timer->start(0);
}

qint64 WebhookSender::backoffMs(int attempts) const
{
    const PaymentsConfig &c = m_payments.config();
    qint64 wait = c.retryBaseMs;
    for (int i = 1; i < attempts && wait < c.retryCapMs; ++i)
        wait *= 3;
    return std::min(wait, c.retryCapMs);
}

void WebhookSender::sendDue()
{
    if (m_stopped)
        return;
    const int room = m_payments.config().maxConcurrentDeliveries - int(m_inFlight.size());
    if (room > 0) {
        auto &db = m_payments.db();
        auto q = db.exec(QStringLiteral("SELECT d.id, d.event_id, d.endpoint_id, d.org_id, w.url, w.secret_sealed, e.payload,"
                                        " d.attempts, e.created_at FROM pay_deliveries d JOIN pay_webhooks w ON w.id = d.endpoint_id"
                                        " JOIN pay_events e ON e.id = d.event_id WHERE d.status = 'pending' AND d.next_at <= ?"
                                        " AND w.enabled = 1 ORDER BY d.next_at LIMIT ?"),
                         {m_payments.clock().nowMs(), room + int(m_inFlight.size())});
        QList<Due> due;
        while (q && q->next()) {
            Due d{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                  q->value(4).toString(), q->value(5).toString(), q->value(6).toString(), q->value(7).toInt(),
                  q->value(8).toLongLong()};
            if (!m_inFlight.contains(d.id))
                due.append(d);
        }
        for (const Due &d : due)
            if (int(m_inFlight.size()) < m_payments.config().maxConcurrentDeliveries)
                send(d);
    }
    scheduleNext();
}

void WebhookSender::scheduleNext()
{
    auto next = m_payments.db().scalar(QStringLiteral("SELECT MIN(d.next_at) FROM pay_deliveries d JOIN pay_webhooks w"
                                                      " ON w.id = d.endpoint_id WHERE d.status = 'pending' AND w.enabled = 1"));
    qint64 wait = 30'000; // a safety net; kick() and the retry times are what usually wake it
    if (next && next->isValid() && !next->isNull())
        wait = std::clamp(next->toLongLong() - m_payments.clock().nowMs(), qint64(0), wait);
    if (wait == 0 && !m_inFlight.isEmpty())
        wait = 50; // everything due is on its way; look again shortly rather than spin
    m_timer->start(int(wait));
}

void WebhookSender::send(const Due &due)
{
    failpoint(QStringLiteral("webhook.before_send")); // committed, not yet sent: the crash test's moment
    auto cached = m_secrets.constFind(due.endpointId);
    if (cached == m_secrets.constEnd()) {
        const auto opened = m_payments.secrets().open(due.secretSealed);
        if (!opened) {
            finished(due, 0, QStringLiteral("the endpoint's secret cannot be opened"), m_payments.clock().nowMs());
            return;
        }
        cached = m_secrets.insert(due.endpointId, *opened);
    }
    const QByteArray &secret = cached.value();
    const QByteArray body = due.payload.toUtf8();
    const qint64 now = m_payments.clock().nowMs();
    QNetworkRequest request{QUrl(due.url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("AZCoiner-Webhooks/1"));
    request.setRawHeader("AZ-Webhook-Id", due.eventId.toLatin1());
    request.setRawHeader("AZ-Delivery-Id", due.id.toLatin1());
    request.setRawHeader("AZ-Webhook-Signature", webhookSignatureHeader(secret, now / 1000, body));
    request.setTransferTimeout(m_payments.config().deliveryTimeoutMs);
    m_inFlight.insert(due.id);
    QNetworkReply *reply = m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, due, now] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString error = reply->error() == QNetworkReply::NoError || status > 0 ? QString() : reply->errorString();
        finished(due, status, error, now);
    });
}

void WebhookSender::finished(const Due &due, int statusCode, const QString &error, qint64 startedMs)
{
    const qint64 now = m_payments.clock().nowMs();
    const int attempt = due.attempts + 1;
    const bool ok = statusCode >= 200 && statusCode < 300;
    const QString why = ok ? QString() : (!error.isEmpty() ? error : QStringLiteral("HTTP %1").arg(statusCode));
    // Written in the next group commit with everything else (one fsync for
    // many deliveries); until then the delivery stays in m_inFlight so it is
    // not sent again. A crash before that commit sends it again: at least once.
    m_payments.writeWithNextCommit([this, due, statusCode, why, ok, attempt, now, startedMs]() -> Status {
        auto &db = m_payments.db();
        (void)db.execPrepared(QStringLiteral("INSERT INTO pay_attempts (delivery_id, attempt, at, status_code, error, duration_ms)"
                                     " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (delivery_id, attempt) DO NOTHING"),
                      {due.id, attempt, startedMs, statusCode, why.left(300), now - startedMs});
        if (ok) {
            (void)db.execPrepared(QStringLiteral("UPDATE pay_deliveries SET status = 'delivered', attempts = ?, last_status = ?,"
                                         " last_error = '', delivered_at = ? WHERE id = ?"),
                          {attempt, statusCode, now, due.id});
            (void)db.execPrepared(QStringLiteral("UPDATE pay_webhooks SET failing_since = 0 WHERE id = ?"), {due.endpointId});
        } else {
            const qint64 nextAt = now + backoffMs(attempt);
            const bool givenUp = nextAt > due.createdAt + m_payments.config().retryWindowMs;
            (void)db.exec(QStringLiteral("UPDATE pay_deliveries SET status = ?, attempts = ?, next_at = ?, last_status = ?,"
                                         " last_error = ? WHERE id = ?"),
                          {givenUp ? QStringLiteral("failed") : QStringLiteral("pending"), attempt, nextAt, statusCode,
                           why.left(300), due.id});
            (void)db.exec(QStringLiteral("UPDATE pay_webhooks SET failing_since = ? WHERE id = ? AND failing_since = 0"),
                          {startedMs, due.endpointId});
            // Failing for long enough, without a single success: switched off.
            (void)db.exec(QStringLiteral("UPDATE pay_webhooks SET enabled = 0, disabled_reason = 'failing' WHERE id = ?"
                                         " AND enabled = 1 AND failing_since > 0 AND failing_since <= ?"),
                          {due.endpointId, now - m_payments.config().disableAfterMs});
        }
        return okStatus();
    }, [this, id = due.id, orgId = due.orgId, ok](Status) {
        m_inFlight.remove(id);
        if (!ok)
            m_payments.forgetEndpoints(orgId); // it may have been switched off just now
        if (!m_stopped)
            m_timer->start(0);
    });
}

} // namespace azc::payments
