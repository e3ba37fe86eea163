#pragma once
// What a partner's server does, for the payments tests: signed requests to
// the Payment API (synchronous, with the raw answer) and a webhook endpoint
// that records what it receives and can be told to fail for a while.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace azc::test {

struct HttpAnswer {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject json() const;
};

class PartnerClient
{
public:
    PartnerClient(QUrl base, QString keyId, QByteArray secret) : m_base(std::move(base)), m_keyId(std::move(keyId)), m_secret(std::move(secret)) {}
    // Signs with the current time (or `timestamp` seconds) and sends.
    HttpAnswer request(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body = {},
                       const QByteArray &idempotencyKey = {}, qint64 timestamp = 0);
    // The raw pieces, for tests that tamper with them.
    HttpAnswer send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers);
    QList<QPair<QByteArray, QByteArray>> signedHeaders(const QByteArray &method, const QString &pathAndQuery,
                                                       const QByteArray &body, qint64 timestamp) const;
    // Starts a request without waiting (for concurrent repeats); collect with wait().
    int start(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body, const QByteArray &idempotencyKey);
    HttpAnswer wait(int ticket, int timeoutMs = 20000);
    QUrl base() const { return m_base; }

private:
    QUrl m_base;
    QString m_keyId;
    QByteArray m_secret;
    QNetworkAccessManager m_network;
    QHash<int, class QNetworkReply *> m_pending;
    int m_nextTicket = 1;
};

// One raw HTTP/1.1 exchange over a fresh socket: what the guard tests send.
HttpAnswer rawHttp(const QUrl &base, const QByteArray &bytes, int timeoutMs = 5000);

class WebhookReceiver : public QObject
{
    Q_OBJECT
public:
    struct Received {
        QByteArray body;
        QByteArray signature;
        QByteArray eventId;
    };
    WebhookReceiver();
    QUrl url() const;
    int failNext = 0;          // answer 503 to this many deliveries
    QList<Received> received;  // every delivery that got a 2xx answer
    int attempts = 0;          // every delivery that arrived

private:
    void readFrom(class QTcpSocket *socket);
    QHash<QTcpSocket *, QByteArray> m_buffers; // before the server: its sockets go first
    QTcpServer m_server;
};

} // namespace azc::test
