#pragma once
// A deliberately plain WebSocket client for tests: sends raw frames and
// waits for replies, events and closes, so tests see exactly what the wire
// carries (the app's ApiClient hides some of that on purpose).

#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QWebSocket>

namespace azc::test {

class WsClient : public QObject
{
    Q_OBJECT
public:
    explicit WsClient(QObject *parent = nullptr);
    bool open(const QUrl &url, const QByteArray &origin = {}, const QByteArray &launchSecret = {});
    bool open(const QNetworkRequest &request); // any headers (X-Forwarded-For, ...)
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool waitClosed(int timeoutMs = 3000);
    int closeCode() const { return m_closeCode; }

    void sendRaw(const QString &frame);
    // Sends a request and returns the whole response object ({} on timeout).
    QJsonObject call(const QString &method, const QJsonObject &params = {}, int timeoutMs = 10000);
    // Two halves of call(), for requests that must be in flight together:
    // send() returns the request id, take() waits for that id's reply.
    QString send(const QString &method, const QJsonObject &params = {});
    QJsonObject take(const QString &id, int timeoutMs = 20000);
    QJsonObject takeIfArrived(const QString &id); // without waiting: {} when not (yet) there
    QJsonObject result(const QString &method, const QJsonObject &params = {}); // QVERIFY-free: {} on error
    QJsonObject waitMessage(int timeoutMs = 5000);          // next frame that is not a reply to call()
    QJsonObject waitEvent(const QString &name, int timeoutMs = 5000);
    QWebSocket &socket() { return m_socket; }

    // Signs in; returns the token ("" on failure).
    QString login(const QString &username, const QString &password, const QString &totp = {});

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_inbox;
    int m_nextId = 1;
    int m_closeCode = -1;
    bool m_closed = false;
};

// The parts of a JSON-RPC error reply tests look at (0 / "" for a result).
inline int errorCode(const QJsonObject &reply)
{
    return reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt();
}
inline QString reason(const QJsonObject &reply)
{
    return reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject().value(
        QStringLiteral("reason")).toString();
}

} // namespace azc::test
