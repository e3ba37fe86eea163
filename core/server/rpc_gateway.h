#pragma once
// The WebSocket front door: JSON-RPC 2.0 framing, the method table's access
// rules, limits (message size, origin, rate, idle, connections per account)
// and delivery of events to connected sockets.

#include "common/clock.h"
#include "server/client_address.h"
#include "server/gateway_limits.h"
#include "server/method_table.h"
#include "server/rate_limiter.h"
#include "server/session_authority.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTcpSocket>
#include <QHostAddress>
#include <QUrl>

class QWebSocket;
class QWebSocketServer;
class QWebSocketCorsAuthenticator;
class QTimer;

namespace azc::notify { class EventBus; }

namespace azc::server {

class TlsListener;

class RpcGateway : public QObject
{
    Q_OBJECT
public:
    RpcGateway(const MethodTable &methods, SessionAuthority &sessions, notify::EventBus &bus,
               const Clock &clock, GatewayLimits limits, QObject *parent = nullptr);
    ~RpcGateway() override;

    void setAllowedOrigins(const QStringList &origins) { m_allowedOrigins = origins; }
    void setLaunchSecret(const QByteArray &secret) { m_launchSecret = secret; }
    // Sockets from these take the client's address from X-Forwarded-For.
    void setTrustedProxies(const QList<Subnet> &proxies) { m_trustedProxies = proxies; }
    // Serve wss:// with these PEM files (before listen); re-read when they change.
    void setTlsFiles(const QString &certificateFile, const QString &keyFile, int reloadSeconds);
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    void reloadTls(); // re-reads the TLS files now if they changed
    void close();
    QUrl url() const;
    int connectionCount() const { return int(m_connections.size()); }

private:
    struct Connection;
    void onNewConnection();
    void onOriginCheck(QWebSocketCorsAuthenticator *auth);
    void onText(Connection *c, const QString &text);
    void dispatch(Connection *c, const QJsonValue &id, bool wantsReply, const QString &method,
                  const QJsonObject &params);
    Status checkRate(Connection *c, const MethodSpec &spec, bool bot);
    Status bindSession(Connection *c, const QString &sessionId, const QString &userId);
    void unbind(Connection *c);
    void drop(Connection *c);
    void sendToSockets(const QSet<Connection *> &targets, const QString &event, const QJsonObject &params);
    void closeSessions(const QStringList &sessionIds);
    void send(Connection *c, const QByteArray &frame);
    bool checkBacklog(Connection *c);

    const MethodTable &m_methods;
    SessionAuthority &m_sessions;
    notify::EventBus &m_bus;
    const Clock &m_clock;
    GatewayLimits m_limits;
    QStringList m_allowedOrigins;
    QByteArray m_launchSecret;
    QWebSocketServer *m_server = nullptr;
    TlsListener *m_tcp = nullptr; // accepts (and runs TLS); m_server does the WebSocket handshakes
    QString m_tlsCertificateFile, m_tlsKeyFile;
    int m_tlsReloadSeconds = 30;
    QList<Subnet> m_trustedProxies;
    QHash<QString, QPointer<QTcpSocket>> m_rawByPeer; // accepted, handshake not finished ("address|port")
    RateLimiter m_rates;
    quint64 m_nextConnectionId = 1;
    QHash<QWebSocket *, Connection *> m_connections;
    QHash<QString, QSet<Connection *>> m_bySession;
    QHash<QString, QSet<Connection *>> m_byUser;
    QHash<QString, int> m_perAddress;   // open sockets per source (GatewayLimits)
    QHash<QString, int> m_anonPerAddress; // of those, not signed in
    quint64 m_nextBindOrder = 1;
};

} // namespace azc::server
