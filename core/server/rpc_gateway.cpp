#include "server/rpc_gateway.h"

#include "crypto/digest.h"
#include "notify/event_bus.h"
#include "server/client_address.h"
#include "server/rpc_error.h"
#include "server/rpc_request.h"
#include "server/tls_listener.h"

#include <QJsonArray>
#include <QPointer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketCorsAuthenticator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocketServer>
#include <exception>
#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcGateway, "azc.gateway")

namespace azc::server {

struct RpcGateway::Connection {
    QString id;
    QWebSocket *socket = nullptr;
    QPointer<QTcpSocket> tcp; // the socket under it: pushes are written there as ready-made frames
    QTimer *idleTimer = nullptr;
    QString sessionId;
    QString userId;
    QString address;          // the source key (addressKey), what per-address limits count
    QHostAddress peer;        // the client's own address
    quint64 boundOrder = 0;   // when the session was bound: the oldest yields to a new sign-in
    bool closing = false;     // no more pushes (its session ended); replies still go out before the close
    bool aborting = false;    // it does not read: nothing more is written at all
};

namespace {

QString peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + u'|' + QString::number(port);
}

// One unmasked, unfragmented text frame (RFC 6455 §5.2), as a server sends it.
QByteArray textFrame(const QByteArray &payload)
{
    QByteArray frame;
    const qint64 n = payload.size();
    frame.reserve(int(n) + 10);
    frame.append(char(0x81)); // FIN, opcode 1 (text)
    if (n < 126) {
        frame.append(char(n));
    } else if (n <= 0xFFFF) {
        frame.append(char(126));
        frame.append(char((n >> 8) & 0xFF));
        frame.append(char(n & 0xFF));
    } else {
        frame.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((n >> shift) & 0xFF));
    }
    frame.append(payload);
    return frame;
}

// Per connection and, for signed-in callers, per account (docs/protocol.md).
BucketPolicy policyFor(RateClass c)
{
    switch (c) {
    case RateClass::Auth: return {5, 10};
    case RateClass::Read: return {50, 100};
    case RateClass::Write: return {20, 40};
    case RateClass::Upload: return {100, 200};
    case RateClass::Signal: return {100, 200}; // a call's SDP and its burst of ICE candidates
    }
    return {10, 10};
}

} // namespace

RpcGateway::RpcGateway(const MethodTable &methods, SessionAuthority &sessions, notify::EventBus &bus,
                       const Clock &clock, GatewayLimits limits, QObject *parent)
    : QObject(parent), m_methods(methods), m_sessions(sessions), m_bus(bus), m_clock(clock), m_limits(limits)
{
    connect(&bus, &notify::EventBus::userEvent, this,
            [this](const QString &userId, const QString &event, const QJsonObject &params) {
                sendToSockets(m_byUser.value(userId), event, params);
            });
    connect(&bus, &notify::EventBus::usersEvent, this,
            [this](const QStringList &userIds, const QString &event, const QJsonObject &params) {
                QSet<Connection *> sockets;
                for (const QString &id : userIds)
                    sockets.unite(m_byUser.value(id));
                sendToSockets(sockets, event, params);
            });
    connect(&bus, &notify::EventBus::sessionEvent, this,
            [this](const QString &sessionId, const QString &event, const QJsonObject &params) {
                sendToSockets(m_bySession.value(sessionId), event, params);
            });
    connect(&bus, &notify::EventBus::sessionsEvent, this,
            [this](const QStringList &sessionIds, const QString &event, const QJsonObject &params) {
                QSet<Connection *> sockets;
                for (const QString &id : sessionIds)
                    sockets.unite(m_bySession.value(id));
                sendToSockets(sockets, event, params);
            });
    connect(&bus, &notify::EventBus::broadcastEvent, this, [this](const QString &event, const QJsonObject &params) {
        for (const auto &sockets : std::as_const(m_byUser))
            sendToSockets(sockets, event, params);
    });
    connect(&bus, &notify::EventBus::sessionsEnded, this, &RpcGateway::closeSessions);
    m_sessions.isSessionLive = [this](const QString &sessionId) {
        return !m_bySession.value(sessionId).isEmpty();
    };
    m_sessions.isUserOnline = [this](const QString &userId) { return !m_byUser.value(userId).isEmpty(); };
}

RpcGateway::~RpcGateway()
{
    close();
    // The session authority outlives us; its questions must not reach a gone gateway.
    m_sessions.isSessionLive = nullptr;
    m_sessions.isUserOnline = nullptr;
}

bool RpcGateway::listen(const QHostAddress &address, quint16 port, QString *error)
{
    m_server = new QWebSocketServer(QStringLiteral("azcoinerd"), QWebSocketServer::NonSecureMode, this);
    m_server->setHandshakeTimeout(std::chrono::seconds(m_limits.maxPendingHandshakeSeconds));
    // Must be a direct connection: the authenticator is read when the slot returns.
    connect(m_server, &QWebSocketServer::originAuthenticationRequired, this, &RpcGateway::onOriginCheck,
            Qt::DirectConnection);
    connect(m_server, &QWebSocketServer::newConnection, this, &RpcGateway::onNewConnection);
    // Our own listener, so every connection gets TCP_NODELAY before the
    // handshake: a reply often follows pushes on the same socket, and Nagle
    // would hold it until the client's delayed ACK (some 40 ms per request).
    m_tcp = new TlsListener(m_limits.maxPendingHandshakeSeconds * 1000, this);
    if (!m_tlsCertificateFile.isEmpty()) {
        if (auto s = m_tcp->useCertificate(m_tlsCertificateFile, m_tlsKeyFile, m_tlsReloadSeconds); !s) {
            if (error)
                *error = s.error().message;
            return false;
        }
    }
    connect(m_tcp, &TlsListener::ready, this, [this](QTcpSocket *socket) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // Remembered by peer so the connection can find it after the handshake.
        const QString key = peerKey(socket->peerAddress(), socket->peerPort());
        m_rawByPeer.insert(key, socket);
        connect(socket, &QObject::destroyed, this, [this, key] { m_rawByPeer.remove(key); });
        m_server->handleConnection(socket);
    });
    if (!m_tcp->listen(address, port)) {
        if (error)
            *error = m_tcp->errorString();
        return false;
    }
    return true;
}

void RpcGateway::setTlsFiles(const QString &certificateFile, const QString &keyFile, int reloadSeconds)
{
    m_tlsCertificateFile = certificateFile;
    m_tlsKeyFile = keyFile;
    m_tlsReloadSeconds = reloadSeconds;
}

void RpcGateway::reloadTls()
{
    if (m_tcp)
        m_tcp->reloadIfChanged();
}

void RpcGateway::close()
{
    if (m_tcp)
        m_tcp->close();
    if (m_server)
        m_server->close();
    const auto sockets = m_connections.keys();
    for (QWebSocket *s : sockets) {
        // Tell clients why (1001) so they reconnect with back-off, rather
        // than seeing a bare 1006 drop.
        s->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server shutting down"));
        s->flush();
        s->abort();
    }
    qDeleteAll(m_connections);
    m_connections.clear();
    m_bySession.clear();
    m_byUser.clear();
    m_perAddress.clear();
}

QUrl RpcGateway::url() const
{
    if (!m_tcp || !m_tcp->isListening())
        return {};
    QUrl url;
    url.setScheme(m_tcp->secure() ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(m_tcp->serverAddress().toString());
    url.setPort(m_tcp->serverPort());
    return url;
}

void RpcGateway::onOriginCheck(QWebSocketCorsAuthenticator *auth)
{
    // Native clients send no Origin. A browser always does, so a web page
    // can reach a local backend only when its origin is allowed.
    const QString origin = auth->origin();
    const bool allowed = origin.isEmpty() || m_allowedOrigins.contains(origin);
    if (!allowed)
        qCInfo(lcGateway) << "refused origin" << origin;
    auth->setAllowed(allowed);
}

void RpcGateway::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        // Frames and messages above the limit close the socket with 1009.
        socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxMessageBytes));
        socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxMessageBytes));
        if (!m_launchSecret.isEmpty()) {
            const QByteArray presented = socket->request().rawHeader("X-AZC-Launch-Secret");
            if (!crypto::constantTimeEquals(presented, m_launchSecret)) {
                qCInfo(lcGateway) << "refused a connection without the launch secret";
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("launch secret required"));
                socket->deleteLater();
                continue;
            }
        }
        const QHostAddress peer = clientAddress(socket->peerAddress(), socket->request().rawHeader("X-Forwarded-For"),
                                                m_trustedProxies);
        const QString address = addressKey(peer);
        if (m_connections.size() >= m_limits.maxConnections
            || m_perAddress.value(address) >= m_limits.maxConnectionsPerAddress
            || m_anonPerAddress.value(address) >= m_limits.maxAnonymousPerAddress) {
            qCWarning(lcGateway) << "refused a connection from" << address << ": too many connections";
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too many connections"));
            socket->deleteLater();
            continue;
        }
        ++m_perAddress[address];
        ++m_anonPerAddress[address];
        auto *c = new Connection;
        c->id = QString::number(m_nextConnectionId++);
        c->address = address;
        c->peer = peer;
        c->socket = socket;
        c->tcp = m_rawByPeer.take(peerKey(socket->peerAddress(), socket->peerPort()));
        c->idleTimer = new QTimer(socket);
        c->idleTimer->setSingleShot(true);
        c->idleTimer->setInterval(m_limits.idleTimeoutSeconds * 1000);
        connect(c->idleTimer, &QTimer::timeout, socket, [socket] {
            socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("idle timeout"));
        });
        c->idleTimer->start();
        m_connections.insert(socket, c);
        connect(socket, &QWebSocket::textMessageReceived, this, [this, c](const QString &text) { onText(c, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, c](const QByteArray &) {
            c->idleTimer->start();
            send(c, rpc::errorFrame(QJsonValue::Null,
                                    azc::fail("invalid_request", QStringLiteral("binary frames are not accepted"))));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, c] { drop(c); });
    }
}

void RpcGateway::drop(Connection *c)
{
    if (!m_connections.contains(c->socket))
        return;
    unbind(c);
    m_connections.remove(c->socket);
    if (--m_perAddress[c->address] <= 0)
        m_perAddress.remove(c->address);
    if (--m_anonPerAddress[c->address] <= 0) // unbind counted it as anonymous again
        m_anonPerAddress.remove(c->address);
    m_rates.forgetPrefix(QStringLiteral("conn:") + c->id + QLatin1Char(':'));
    c->socket->deleteLater();
    delete c;
}

void RpcGateway::onText(Connection *c, const QString &text)
{
    c->idleTimer->start();
    if (c->closing)
        return;
    auto decoded = rpc::decodeRequest(text.toUtf8());
    if (const auto *bad = std::get_if<rpc::DecodeFailure>(&decoded)) {
        if (bad->reply)
            send(c, rpc::errorFrame(bad->replyId, bad->error));
        return;
    }
    const rpc::Request &request = std::get<rpc::Request>(decoded);
    dispatch(c, request.id, request.wantsReply, request.method, request.params);
}

void RpcGateway::dispatch(Connection *c, const QJsonValue &id, bool wantsReply, const QString &method,
                          const QJsonObject &params)
{
    auto fail = [&](const Error &e) {
        if (wantsReply)
            send(c, rpc::errorFrame(id, e));
    };
    const MethodSpec *spec = m_methods.find(method);
    if (!spec)
        return fail(azc::fail("method_not_found", QStringLiteral("no method ") + method.left(64)));

    CallContext ctx;
    ctx.connectionId = c->id;
    ctx.peerAddress = c->peer;
    ctx.source = c->address;
    ctx.userAgent = QString::fromUtf8(c->socket->request().rawHeader("User-Agent")).left(64);
    if (!c->sessionId.isEmpty()) {
        auto caller = m_sessions.authorize(c->sessionId);
        if (!caller) {
            // Revoked or expired under us: the socket is no longer signed in.
            unbind(c);
        } else {
            ctx.caller = caller.value();
        }
    }
    if (auto rate = checkRate(c, *spec, ctx.caller && ctx.caller->role == Role::Bot); !rate)
        return fail(rate.error());
    if (*spec->role != Role::Public) {
        if (!ctx.caller)
            return fail(azc::fail("unauthenticated", QStringLiteral("sign in first")));
        if (ctx.caller->frozen)
            return fail(azc::fail("account_frozen", QStringLiteral("this account is frozen")));
        if (!MethodTable::allows(*spec, ctx.caller->role))
            return fail(azc::fail("forbidden", ctx.caller->role == Role::Bot
                                                       ? QStringLiteral("bots may not call %1").arg(method.left(64))
                                                       : QStringLiteral("this needs the %1 role").arg(roleName(*spec->role))));
        if (ctx.caller->kycTier < spec->minKycTier)
            return fail(azc::fail("kyc_required", QStringLiteral("verify your identity first"),
                                 {{QStringLiteral("requiredTier"), spec->minKycTier}}));
    }
    if (auto valid = spec->params.validate(params); !valid)
        return fail(valid.error());

    // Asynchronous handlers may bind after the socket, or the gateway, is gone.
    QPointer<RpcGateway> self(this);
    QPointer<QWebSocket> boundSocket = c->socket;
    ctx.bindSession = [self, boundSocket](const QString &sessionId, const QString &userId) -> Status {
        Connection *conn = self && boundSocket ? self->m_connections.value(boundSocket.data()) : nullptr;
        if (!conn || conn->closing)
            return azc::fail("disconnected", QStringLiteral("the connection closed"));
        return self->bindSession(conn, sessionId, userId);
    };
    QPointer<QWebSocket> socket = c->socket;
    auto reply = [self, socket, id, wantsReply](const Result<QJsonObject> &result) {
        if (!wantsReply || !self || !socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        Connection *conn = self->m_connections.value(socket.data());
        if (!conn)
            return;
        self->send(conn, result ? rpc::resultFrame(id, result.value()) : rpc::errorFrame(id, result.error()));
    };
    try {
        if (spec->asyncHandler) {
            auto once = std::make_shared<bool>(false);
            spec->asyncHandler(ctx, params, [reply, once](const Result<QJsonObject> &result) {
                if (std::exchange(*once, true))
                    return;
                reply(result);
            });
        } else {
            reply(spec->handler(ctx, params));
        }
    } catch (const std::exception &e) {
        qCCritical(lcGateway) << "handler" << method << "threw:" << e.what();
        fail(azc::fail("internal_error", QStringLiteral("internal error")));
    } catch (...) {
        qCCritical(lcGateway) << "handler" << method << "threw a non-standard exception";
        fail(azc::fail("internal_error", QStringLiteral("internal error")));
    }
}

Status RpcGateway::checkRate(Connection *c, const MethodSpec &spec, bool bot)
{
    BucketPolicy policy = policyFor(spec.rateClass);
    if (spec.rateClass != RateClass::Auth && m_limits.rateMultiplier > 1)
        policy = {policy.ratePerSecond * m_limits.rateMultiplier, policy.burst * m_limits.rateMultiplier};
    const QString cls = rateClassName(spec.rateClass);
    const qint64 now = m_clock.nowMs();
    qint64 wait = m_rates.take(QStringLiteral("conn:%1:%2").arg(c->id, cls), policy, now);
    // Many connections from one address must not multiply its password guesses.
    if (wait == 0 && spec.rateClass == RateClass::Auth)
        wait = m_rates.take(QStringLiteral("ip:%1:auth").arg(c->address),
                            {m_limits.authPerAddressPerSecond, m_limits.authPerAddressBurst}, now);
    // Auth calls are limited per connection only: an attacker must not be
    // able to rate-limit a victim's log-in by naming their account.
    if (wait == 0 && !c->userId.isEmpty() && spec.rateClass != RateClass::Auth)
        wait = m_rates.take(QStringLiteral("user:%1:%2").arg(c->userId, cls), policy, now);
    // Bots have their own, tighter budget for what they post: a runaway bot
    // must not flood the groups it is in, whatever its connections.
    if (wait == 0 && bot && spec.rateClass == RateClass::Write)
        wait = m_rates.take(QStringLiteral("bot:%1:write").arg(c->userId),
                            {m_limits.botWritesPerSecond, m_limits.botWriteBurst}, now);
    if (wait == 0)
        return okStatus();
    return azc::fail("rate_limited", QStringLiteral("too many requests"),
                    {{QStringLiteral("retryAfterMs"), wait}});
}

Status RpcGateway::bindSession(Connection *c, const QString &sessionId, const QString &userId)
{
    // The newest sign-in wins: whoever holds every slot of an account (a
    // thief with a stolen token, a forgotten machine) cannot keep the owner
    // from signing in and revoking them. The oldest socket yields.
    const QSet<Connection *> mine = m_byUser.value(userId);
    if (!mine.contains(c) && mine.size() >= m_limits.maxConnectionsPerAccount) {
        Connection *oldest = nullptr;
        for (Connection *other : mine)
            if (!oldest || other->boundOrder < oldest->boundOrder)
                oldest = other;
        qCInfo(lcGateway) << "account" << userId << "at its socket limit: closing its oldest socket";
        unbind(oldest);
        oldest->closing = true;
        QPointer<QWebSocket> socket = oldest->socket;
        QTimer::singleShot(0, this, [socket] {
            if (socket)
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                              QStringLiteral("too many connections: a newer sign-in took this one's place"));
        });
    }
    unbind(c);
    c->sessionId = sessionId;
    c->userId = userId;
    c->boundOrder = m_nextBindOrder++;
    QSet<Connection *> &sessionSockets = m_bySession[sessionId];
    const bool firstSocket = sessionSockets.isEmpty();
    sessionSockets.insert(c);
    m_byUser[userId].insert(c);
    if (firstSocket)
        m_bus.reportSessionPresence(sessionId, userId, true);
    if (--m_anonPerAddress[c->address] <= 0)
        m_anonPerAddress.remove(c->address);
    return okStatus();
}

void RpcGateway::unbind(Connection *c)
{
    if (c->sessionId.isEmpty())
        return;
    auto removeFrom = [c](QHash<QString, QSet<Connection *>> &index, const QString &key) {
        auto it = index.find(key);
        if (it == index.end())
            return;
        it->remove(c);
        if (it->isEmpty())
            index.erase(it);
    };
    removeFrom(m_bySession, c->sessionId);
    removeFrom(m_byUser, c->userId);
    if (!m_bySession.contains(c->sessionId))
        m_bus.reportSessionPresence(c->sessionId, c->userId, false);
    c->sessionId.clear();
    c->userId.clear();
    ++m_anonPerAddress[c->address];
}

void RpcGateway::send(Connection *c, const QByteArray &frame)
{
    if (c->aborting)
        return;
    c->socket->sendTextMessage(QString::fromUtf8(frame));
    checkBacklog(c);
}

// A client that does not read would make the server hold everything sent to
// it; past the limit it is disconnected (it may reconnect and catch up).
bool RpcGateway::checkBacklog(Connection *c)
{
    const qint64 unsent = c->tcp ? c->tcp->bytesToWrite() : 0;
    if (unsent <= m_limits.maxUnsentBytes)
        return true;
    qCWarning(lcGateway) << "closing a connection from" << c->address << "that does not read:" << unsent
                         << "bytes unsent";
    c->closing = true;
    c->aborting = true;
    QPointer<QWebSocket> socket = c->socket;
    // Not now: the caller may be iterating over the connection sets.
    QTimer::singleShot(0, this, [socket] {
        if (socket)
            socket->abort();
    });
    return false;
}

void RpcGateway::sendToSockets(const QSet<Connection *> &targets, const QString &event, const QJsonObject &params)
{
    if (targets.isEmpty())
        return;
    // Encoded once, framed once: every socket gets the same bytes. QWebSocket
    // would convert the text to UTF-8 and frame it again for each socket; it
    // writes whole frames into the same TCP socket on this thread, so frames
    // written here beside its own never interleave.
    const QByteArray payload = rpc::eventFrame(event, params);
    const QByteArray frame = textFrame(payload);
    for (Connection *c : targets) {
        if (c->closing || c->socket->state() != QAbstractSocket::ConnectedState)
            continue;
        if (c->tcp && c->tcp->state() == QAbstractSocket::ConnectedState)
            c->tcp->write(frame);
        else
            c->socket->sendTextMessage(QString::fromUtf8(payload));
        checkBacklog(c);
    }
}

void RpcGateway::closeSessions(const QStringList &sessionIds)
{
    for (const QString &sessionId : sessionIds) {
        const QSet<Connection *> targets = m_bySession.value(sessionId);
        for (Connection *c : targets) {
            unbind(c);
            c->closing = true;
            // Queued so the reply to the request that ended the session
            // (auth.logout) is written before the close frame.
            QPointer<QWebSocket> socket = c->socket;
            QTimer::singleShot(0, this, [socket] {
                if (socket)
                    socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("session ended"));
            });
        }
    }
}

} // namespace azc::server
