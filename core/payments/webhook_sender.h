#pragma once
// Delivers committed webhook deliveries (the outbox rows PaymentsService
// writes with each change) to the partners' endpoints: signed, one POST per
// attempt, retried with exponential backoff for a day; a 2xx answer within
// the timeout is a delivery. At least once: a crash after the partner got it
// but before we wrote that down sends it again with the same event id
// (AZ-Webhook-Id), which partners de-duplicate on. An endpoint whose
// deliveries have all failed for disableAfterMs is switched off (the
// console shows why; re-enabling it resumes).

#include "payments/payments_service.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>

class QTimer;

namespace azc::payments {

class WebhookSender : public QObject
{
    Q_OBJECT
public:
    explicit WebhookSender(PaymentsService &payments, QObject *parent = nullptr);

    void start();       // picks up what was pending before a restart
    void stop();
    void kick();        // deliveries were queued: look now

private:
    struct Due {
        QString id, eventId, endpointId, orgId, url, secretSealed, payload;
        int attempts = 0;
        qint64 createdAt = 0;
    };
    void sendDue();
    void send(const Due &due);
    void finished(const Due &due, int statusCode, const QString &error, qint64 startedMs);
    void scheduleNext();
    qint64 backoffMs(int attempts) const;

    PaymentsService &m_payments;
    QNetworkAccessManager m_network;
    QTimer *m_timer = nullptr;
    QSet<QString> m_inFlight;                // sent, or answered but not yet written down
    QHash<QString, QByteArray> m_secrets;    // endpoint → its opened signing secret
    bool m_stopped = true;
};

} // namespace azc::payments
