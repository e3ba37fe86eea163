#include "client/api_client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcApiClient, "azc.client")

namespace azc {

namespace {

constexpr int NormalClosure = 1000;
constexpr int MaxFrameBytes = 64 * 1024; // the server closes the socket above it (1009)
constexpr int KeepAliveMs = 60 * 1000;   // well inside the server's 300 s idle timeout

// Servers normally set data.reason; these cover a peer that only sends a code.
QString reasonForCode(int code)
{
    switch (code) {
    case -32700: return QStringLiteral("parse_error");
    case -32600: return QStringLiteral("invalid_request");
    case -32601: return QStringLiteral("method_not_found");
    case -32602: return QStringLiteral("invalid_params");
    case -32603: return QStringLiteral("internal_error");
    case -32001: return QStringLiteral("unauthenticated");
    case -32003: return QStringLiteral("forbidden");
    case -32029: return QStringLiteral("rate_limited");
    default: return QStringLiteral("error");
    }
}

QString idToString(const QJsonValue &id)
{
    if (id.isString())
        return id.toString();
    if (id.isDouble())
        return QString::number(id.toInteger());
    return {};
}

} // namespace

ApiClient::ApiClient(QObject *parent) : QObject(parent)
{
    m_reconnectTimer.setSingleShot(true);
    m_keepAlive.setInterval(KeepAliveMs);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ApiClient::connectSocket);
    // A text notification, not a WebSocket ping: Qt answers pings inside
    // the socket, so the server's idle timer would never see them.
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        m_socket.sendTextMessage(QStringLiteral("{\"jsonrpc\":\"2.0\",\"method\":\"sys.ping\"}"));
    });
    connect(&m_socket, &QWebSocket::connected, this, &ApiClient::onSocketConnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &ApiClient::onTextMessage);
    // aboutToClose fires for a close handshake only, never for a dropped TCP
    // connection, so it tells a deliberate server close (and its code) apart.
    connect(&m_socket, &QWebSocket::aboutToClose, this, [this] {
        if (!m_closingByUs)
            m_serverCloseCode = m_socket.closeCode();
    });
    connect(&m_socket, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState s) {
        if (s == QAbstractSocket::UnconnectedState)
            onSocketDown();
    });
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                qCInfo(lcApiClient) << "socket error:" << m_socket.errorString();
            });
}

ApiClient::~ApiClient()
{
    m_wanted = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

void ApiClient::open(const QUrl &url, const QByteArray &launchSecret)
{
    m_url = url;
    m_launchSecret = launchSecret;
    m_wanted = true;
    m_backoff.reset();
    m_reconnectTimer.stop();
    if (m_socket.state() != QAbstractSocket::UnconnectedState) {
        m_closingByUs = true;
        m_socket.abort(); // onSocketDown reconnects to the new address
        return;
    }
    connectSocket();
}

void ApiClient::close()
{
    m_wanted = false;
    m_reconnectTimer.stop();
    m_closingByUs = true;
    m_socket.close();
    // Nothing will carry the waiting calls any more.
    const QList<QString> waiting = m_outbox;
    for (const QString &id : waiting)
        finish(id, RpcReply::failure(0, QStringLiteral("disconnected"),
                                     QStringLiteral("The connection was closed")));
}

void ApiClient::reconnect()
{
    if (!m_wanted)
        return;
    m_reconnectTimer.stop();
    if (m_socket.state() == QAbstractSocket::UnconnectedState) {
        connectSocket();
        return;
    }
    m_reconnectNow = true;
    m_closingByUs = true;
    m_socket.close();
}

void ApiClient::call(const QString &method, const QJsonObject &params, Callback cb, int timeoutMs)
{
    PendingCall pending;
    pending.callback = std::move(cb);
    enqueue(method, params, std::move(pending), timeoutMs);
}

void ApiClient::call(const QString &method, const QJsonObject &params, const QObject *context,
                     Callback cb, int timeoutMs)
{
    PendingCall pending;
    pending.callback = std::move(cb);
    pending.context = context;
    pending.hasContext = true;
    enqueue(method, params, std::move(pending), timeoutMs);
}

QString ApiClient::enqueue(const QString &method, const QJsonObject &params, PendingCall pending,
                           int timeoutMs)
{
    const QString id = QString::number(m_nextId++);
    QJsonObject request{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("method"), method}};
    if (!params.isEmpty())
        request.insert(QStringLiteral("params"), params);
    pending.frame = QJsonDocument(request).toJson(QJsonDocument::Compact);
    const bool tooLarge = pending.frame.size() > MaxFrameBytes;
    m_pending.insert(id, std::move(pending));

    if (tooLarge) {
        // Sending it would only get the socket closed; fail the call instead.
        QMetaObject::invokeMethod(this, [this, id] {
            finish(id, RpcReply::failure(0, QStringLiteral("frame_too_large"),
                                         QStringLiteral("The request is too large to send")));
        }, Qt::QueuedConnection);
        return id;
    }
    QTimer::singleShot(timeoutMs, this, [this, id] {
        if (m_pending.contains(id))
            finish(id, RpcReply::failure(0, QStringLiteral("timeout"),
                                         QStringLiteral("The server did not answer in time")));
    });

    const bool isResume = m_resuming && method == QLatin1String("auth.resume");
    if (isResume && m_socketUp) {
        sendFrame(id); // goes ahead of the outbox: nothing else may pass before it
        return id;
    }
    m_outbox.append(id);
    if (m_state == State::Connected) {
        flushOutbox();
    } else if (m_state == State::Disconnected && m_url.isValid() && m_wanted
               && !m_reconnectTimer.isActive()) {
        connectSocket(); // reconnect on demand, e.g. after the server ended the session
    }
    return id;
}

void ApiClient::connectSocket()
{
    if (!m_wanted || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    m_serverCloseCode = 0;
    m_closingByUs = false;
    setState(State::Connecting);
    QNetworkRequest request(m_url);
    if (!m_launchSecret.isEmpty())
        request.setRawHeader(LaunchSecretHeader, m_launchSecret);
    m_socket.open(request);
}

void ApiClient::onSocketConnected()
{
    m_socketUp = true;
    m_keepAlive.start();
    if (m_token.isEmpty())
        becomeReady();
    else
        resumeSession();
}

void ApiClient::resumeSession()
{
    m_resuming = true;
    call(QStringLiteral("auth.resume"), {{QStringLiteral("token"), m_token}}, this,
         [this](const RpcReply &reply) {
             m_resuming = false;
             if (reply.ok) {
                 becomeReady();
                 emit sessionResumed(reply.object());
             } else if (reply.code != 0) {
                 m_token.clear();
                 becomeReady();
                 emit sessionLost(reply.reason);
             } else if (reply.reason == QLatin1String("timeout") && m_socketUp) {
                 m_socket.abort(); // a silent server: start over through the back-off
             }
         });
}

void ApiClient::becomeReady()
{
    m_backoff.reset();
    setState(State::Connected);
    flushOutbox();
}

void ApiClient::flushOutbox()
{
    while (m_state == State::Connected && !m_outbox.isEmpty())
        sendFrame(m_outbox.takeFirst());
}

void ApiClient::sendFrame(const QString &id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    it->sent = true;
    m_socket.sendTextMessage(QString::fromUtf8(it->frame));
    it->frame.clear();
}

void ApiClient::onSocketDown()
{
    const bool wasUp = m_socketUp;
    if (m_state == State::Disconnected && !wasUp)
        return; // already handled
    m_socketUp = false;
    m_resuming = false;
    m_keepAlive.stop();
    failSent(RpcReply::failure(0, QStringLiteral("disconnected"),
                               QStringLiteral("The connection to the server was lost")));
    setState(State::Disconnected);
    if (!m_wanted)
        return;
    if (m_reconnectNow) {
        m_reconnectNow = false;
        m_reconnectTimer.start(0); // not from inside the socket's own signal
        return;
    }
    if (m_serverCloseCode == NormalClosure && !m_closingByUs) {
        // The server ended this connection on purpose (log-out, revoked
        // session): reconnecting at once would only be closed again. The next
        // call reconnects on demand.
        qCInfo(lcApiClient) << "server closed the connection normally:" << m_socket.closeReason();
        if (!m_outbox.isEmpty())
            m_reconnectTimer.start(m_backoff.nextDelayMs());
        return;
    }
    m_reconnectTimer.start(m_backoff.nextDelayMs());
}

void ApiClient::onTextMessage(const QString &text)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!doc.isObject()) {
        qCWarning(lcApiClient) << "ignoring a frame that is not a JSON object:" << parseError.errorString();
        return;
    }
    const QJsonObject message = doc.object();
    const QJsonValue method = message.value(QStringLiteral("method"));
    if (method.isString())
        handleNotification(method.toString(), message.value(QStringLiteral("params")).toObject());
    else
        handleReply(message);
}

void ApiClient::handleReply(const QJsonObject &message)
{
    const QString id = idToString(message.value(QStringLiteral("id")));
    if (!m_pending.contains(id))
        return; // timed out already, or not ours
    const QJsonValue error = message.value(QStringLiteral("error"));
    if (!error.isObject()) {
        finish(id, RpcReply::success(message.value(QStringLiteral("result"))));
        return;
    }
    const QJsonObject e = error.toObject();
    const int code = e.value(QStringLiteral("code")).toInt();
    const QJsonObject data = e.value(QStringLiteral("data")).toObject();
    QString reason = data.value(QStringLiteral("reason")).toString();
    if (reason.isEmpty())
        reason = reasonForCode(code);
    finish(id, RpcReply::failure(code, reason, e.value(QStringLiteral("message")).toString(), data));
}

void ApiClient::handleNotification(const QString &method, const QJsonObject &params)
{
    if (!method.startsWith(QLatin1String("event.")))
        return;
    if (method == QLatin1String("event.session.rotated")) {
        const QString token = params.value(QStringLiteral("token")).toString();
        if (!token.isEmpty()) {
            m_token = token;
            emit tokenRotated(token);
        }
    }
    emit eventReceived(method, params);
}

void ApiClient::finish(const QString &id, const RpcReply &reply)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    PendingCall pending = std::move(*it);
    m_pending.erase(it);
    m_outbox.removeOne(id);
    if (pending.hasContext && !pending.context)
        return;
    if (pending.callback)
        pending.callback(reply);
}

void ApiClient::failSent(const RpcReply &reply)
{
    QList<QString> sent;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->sent)
            sent.append(it.key());
    }
    for (const QString &id : std::as_const(sent))
        finish(id, reply);
}

void ApiClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace azc
