#include "ws_client.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>
#include <QtTest>

namespace azc::test {

WsClient::WsClient(QObject *parent) : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        m_inbox.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_closed = true;
        m_closeCode = m_socket.closeCode();
    });
    m_socket.setMaxAllowedIncomingMessageSize(16 * 1024 * 1024);
}

bool WsClient::open(const QUrl &url, const QByteArray &origin, const QByteArray &launchSecret)
{
    QNetworkRequest request(url);
    if (!origin.isEmpty())
        request.setRawHeader("Origin", origin);
    if (!launchSecret.isEmpty())
        request.setRawHeader("X-AZC-Launch-Secret", launchSecret);
    return open(request);
}

bool WsClient::open(const QNetworkRequest &request)
{
    m_closed = false;
    m_socket.open(request);
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired() && m_socket.state() != QAbstractSocket::ConnectedState && !m_closed
           && m_socket.state() != QAbstractSocket::UnconnectedState)
        QTest::qWait(5);
    // A refused handshake or a close right after it both count as not open.
    QTest::qWait(20);
    return isOpen();
}

bool WsClient::waitClosed(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_closed && !deadline.hasExpired())
        QTest::qWait(5);
    return m_closed;
}

void WsClient::sendRaw(const QString &frame)
{
    m_socket.sendTextMessage(frame);
}

QString WsClient::send(const QString &method, const QJsonObject &params)
{
    const QString id = QString::number(m_nextId++);
    QJsonObject request{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("method"), method}};
    if (!params.isEmpty())
        request.insert(QStringLiteral("params"), params);
    sendRaw(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
    return id;
}

QJsonObject WsClient::takeIfArrived(const QString &id)
{
    for (int i = 0; i < m_inbox.size(); ++i)
        if (m_inbox.at(i).value(QStringLiteral("id")).toString() == id)
            return m_inbox.takeAt(i);
    return {};
}

QJsonObject WsClient::take(const QString &id, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (QJsonObject arrived = takeIfArrived(id); !arrived.isEmpty())
            return arrived;
        if (m_closed)
            break;
        QTest::qWait(2);
    }
    return {};
}

QJsonObject WsClient::call(const QString &method, const QJsonObject &params, int timeoutMs)
{
    return take(send(method, params), timeoutMs);
}

QJsonObject WsClient::result(const QString &method, const QJsonObject &params)
{
    const QJsonObject reply = call(method, params);
    if (reply.contains(QStringLiteral("error")))
        qWarning() << method << "failed:" << reply.value(QStringLiteral("error")).toObject();
    return reply.value(QStringLiteral("result")).toObject();
}

QJsonObject WsClient::waitMessage(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_inbox.isEmpty())
            return m_inbox.takeFirst();
        QTest::qWait(2);
    }
    return {};
}

QJsonObject WsClient::waitEvent(const QString &name, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        for (int i = 0; i < m_inbox.size(); ++i)
            if (m_inbox.at(i).value(QStringLiteral("method")).toString() == name)
                return m_inbox.takeAt(i).value(QStringLiteral("params")).toObject();
        QTest::qWait(2);
    }
    return {};
}

QString WsClient::login(const QString &username, const QString &password, const QString &totp)
{
    QJsonObject params{{QStringLiteral("username"), username}, {QStringLiteral("password"), password},
                       {QStringLiteral("device"), QStringLiteral("test")}};
    if (!totp.isEmpty())
        params.insert(QStringLiteral("totpCode"), totp);
    return result(QStringLiteral("auth.login"), params).value(QStringLiteral("token")).toString();
}

} // namespace azc::test
