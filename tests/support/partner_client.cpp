#include "partner_client.h"

#include "payments/signing.h"

#include <QDateTime>
#include <optional>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QUuid>
#include <QtTest>

namespace azc::test {

QJsonObject HttpAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QList<QPair<QByteArray, QByteArray>> PartnerClient::signedHeaders(const QByteArray &method, const QString &pathAndQuery,
                                                                  const QByteArray &body, qint64 timestamp) const
{
    const QByteArray ts = QByteArray::number(timestamp ? timestamp : QDateTime::currentSecsSinceEpoch());
    const QByteArray nonce = QUuid::createUuid().toRfc4122().toHex();
    return {{"AZ-Key", m_keyId.toLatin1()},
            {"AZ-Timestamp", ts},
            {"AZ-Nonce", nonce},
            {"AZ-Signature", payments::requestSignature(m_secret, method, pathAndQuery.toLatin1(), ts, nonce, body)}};
}

static QNetworkReply *issue(QNetworkAccessManager &network, const QUrl &base, const QByteArray &method,
                            const QString &pathAndQuery, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = base;
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(pathAndQuery.left(q < 0 ? pathAndQuery.size() : q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (method == "POST" && request.rawHeader("Content-Type").isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    return network.sendCustomRequest(request, method, body);
}

static HttpAnswer collect(QNetworkReply *reply, int timeoutMs)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    HttpAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        a.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return a;
}

HttpAnswer PartnerClient::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return collect(issue(m_network, m_base, method, pathAndQuery, body, headers), 20000);
}

HttpAnswer PartnerClient::request(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body,
                                  const QByteArray &idempotencyKey, qint64 timestamp)
{
    const QByteArray bytes = method == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray();
    auto headers = signedHeaders(method, pathAndQuery, bytes, timestamp);
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey});
    return send(method, pathAndQuery, bytes, headers);
}

int PartnerClient::start(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body,
                         const QByteArray &idempotencyKey)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto headers = signedHeaders(method, pathAndQuery, bytes, 0);
    // Each repeat is signed afresh with its own nonce, as a real client's retry is.
    headers.append({"Idempotency-Key", idempotencyKey});
    const int ticket = m_nextTicket++;
    m_pending.insert(ticket, issue(m_network, m_base, method, pathAndQuery, bytes, headers));
    return ticket;
}

HttpAnswer PartnerClient::wait(int ticket, int timeoutMs)
{
    return collect(m_pending.take(ticket), timeoutMs);
}

namespace {

// The HTTP message at the front of `buffer` once all of it has arrived (its
// first line, lower-cased headers, body and size); nullopt until then. A
// message without Content-Length has `defaultLength` body bytes (-1: wait).
struct Message {
    QByteArray firstLine;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    qsizetype size = 0;
};

std::optional<Message> messageAtFront(const QByteArray &buffer, qint64 defaultLength)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    Message m;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    m.firstLine = lines.value(0).trimmed();
    for (const QByteArray &l : lines.mid(1)) {
        const int colon = l.indexOf(':');
        m.headers.insert(l.left(colon).trimmed().toLower(), l.mid(colon + 1).trimmed());
    }
    const qint64 length = m.headers.contains("content-length") ? m.headers.value("content-length").toLongLong() : defaultLength;
    if (length < 0 || buffer.size() < end + 4 + length)
        return std::nullopt;
    m.body = buffer.mid(end + 4, length);
    m.size = end + 4 + length;
    return m;
}

} // namespace

HttpAnswer rawHttp(const QUrl &base, const QByteArray &bytes, int timeoutMs)
{
    // The server may run in this very thread: wait by spinning the event loop.
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    HttpAnswer a;
    QDeadlineTimer deadline(timeoutMs);
    while (socket.state() != QAbstractSocket::ConnectedState && !deadline.hasExpired())
        QTest::qWait(5);
    if (socket.state() != QAbstractSocket::ConnectedState)
        return a;
    socket.write(bytes);
    QByteArray got;
    while (!deadline.hasExpired()) {
        QTest::qWait(5);
        got += socket.readAll();
        if (const auto m = messageAtFront(got, -1)) {
            a.status = m->firstLine.split(' ').value(1).toInt();
            a.headers = m->headers;
            a.body = m->body;
            return a;
        }
        if (socket.state() == QAbstractSocket::UnconnectedState)
            break;
    }
    if (got.startsWith("HTTP/1.1 "))
        a.status = got.mid(9, 3).toInt();
    return a;
}

WebhookReceiver::WebhookReceiver()
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, this, [this, s] { readFrom(s); });
            connect(s, &QTcpSocket::disconnected, this, [this, s] {
                m_buffers.remove(s);
                s->deleteLater();
            });
        }
    });
    m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl WebhookReceiver::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/azcoiner").arg(m_server.serverPort()));
}

void WebhookReceiver::readFrom(QTcpSocket *socket)
{
    QByteArray &buf = m_buffers[socket];
    buf += socket->readAll();
    while (const auto m = messageAtFront(buf, 0)) {
        const Received r{m->body, m->headers.value("az-webhook-signature"), m->headers.value("az-webhook-id")};
        buf.remove(0, m->size);
        ++attempts;
        if (failNext > 0) {
            --failNext;
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n");
            continue;
        }
        received.append(r);
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    }
}

} // namespace azc::test
