#pragma once
// client/ owns the desktop app's one connection to a backend: JSON-RPC 2.0
// over a QWebSocket, request ids and per-call timeouts, reconnects with
// back-off, session resume after a reconnect and server pushes (event.*).
// View models call methods through it and never touch the socket.
//
// Calls made while the socket is not ready wait in an outbox and go out once
// it is (their timeout keeps running). Calls already on the wire when the
// socket drops fail with reason "disconnected"; the caller decides whether
// to retry, since only it knows whether the call is safe to repeat.

#include "client/reconnect_backoff.h"
#include "client/rpc_reply.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <functional>

namespace azc {

class ApiClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
public:
    enum class State { Disconnected, Connecting, Connected };
    Q_ENUM(State)
    using Callback = std::function<void(const RpcReply &)>;

    static constexpr int DefaultTimeoutMs = 15000;
    static constexpr const char *LaunchSecretHeader = "X-AZC-Launch-Secret";

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // Connects (and keeps reconnecting) to `url`. The launch secret of an
    // embedded backend travels as the X-AZC-Launch-Secret handshake header.
    void open(const QUrl &url, const QByteArray &launchSecret = {});
    // Closes for good: no reconnect until open() is called again.
    void close();
    // Drops the current connection and opens a fresh one at once, e.g. after
    // a log-out, so the next sign-in never rides a socket the server is closing.
    void reconnect();

    State state() const { return m_state; }
    QUrl url() const { return m_url; }

    // The token auth.resume presents after every (re)connect. Empty: none.
    void setSessionToken(const QString &token) { m_token = token; }
    QString sessionToken() const { return m_token; }

    // Sends `method` and calls `cb` exactly once with the reply, a timeout or
    // a disconnect. With a context object, `cb` is dropped if the context is
    // destroyed first (view models pass `this`).
    void call(const QString &method, const QJsonObject &params, Callback cb,
              int timeoutMs = DefaultTimeoutMs);
    void call(const QString &method, const QJsonObject &params, const QObject *context,
              Callback cb, int timeoutMs = DefaultTimeoutMs);

    // For tests: the reconnect schedule and the keep-alive period.
    void setBackoff(ReconnectBackoff backoff) { m_backoff = backoff; }
    void setKeepAliveIntervalMs(int ms) { m_keepAlive.setInterval(ms); }

signals:
    void stateChanged(azc::ApiClient::State state);
    // Every server push named event.*, including the ones handled here.
    void eventReceived(const QString &name, const QJsonObject &params);
    // After a (re)connect with a token: auth.resume succeeded ({session, user})...
    void sessionResumed(const QJsonObject &result);
    // ...or the server refused it (the token is cleared).
    void sessionLost(const QString &reason);
    // event.session.rotated: the session now has a new token (already set here).
    void tokenRotated(const QString &token);

private:
    struct PendingCall {
        Callback callback;
        QPointer<const QObject> context;
        bool hasContext = false;
        bool sent = false;
        QByteArray frame;
    };

    void connectSocket();
    void onSocketConnected();
    void onSocketDown();
    void onTextMessage(const QString &text);
    void handleReply(const QJsonObject &message);
    void handleNotification(const QString &method, const QJsonObject &params);
    void resumeSession();
    void becomeReady();
    void flushOutbox();
    void sendFrame(const QString &id);
    void finish(const QString &id, const RpcReply &reply);
    void failSent(const RpcReply &reply);
    void setState(State state);
    QString enqueue(const QString &method, const QJsonObject &params, PendingCall call,
                    int timeoutMs);

    QWebSocket m_socket;
    QUrl m_url;
    QByteArray m_launchSecret;
    QString m_token;
    State m_state = State::Disconnected;
    ReconnectBackoff m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_keepAlive;
    bool m_wanted = false;          // open() called and close() not since
    bool m_closingByUs = false;
    int m_serverCloseCode = 0;      // close code the server sent, 0 when it just dropped
    bool m_socketUp = false;        // handshake done, socket not yet down
    bool m_resuming = false;
    bool m_reconnectNow = false;    // reconnect() asked for an immediate new socket
    quint64 m_nextId = 1;
    QHash<QString, PendingCall> m_pending;
    QList<QString> m_outbox;        // ids in call order, not yet sent
};

} // namespace azc
