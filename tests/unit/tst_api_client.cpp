// ApiClient against a tiny in-test WebSocket server that answers by method:
// request ids, error replies, timeouts, the outbox, reconnect with resume,
// pushes, token rotation and a normal server close that must not loop.

#include "client/api_client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using azc::ApiClient;
using azc::RpcReply;

namespace {

class FakeRpcServer : public QObject
{
public:
    QWebSocketServer server{QStringLiteral("fake"), QWebSocketServer::NonSecureMode};
    QList<QWebSocket *> sockets;
    QList<QJsonObject> received;          // every request, in arrival order
    QList<QByteArray> secrets;            // X-AZC-Launch-Secret of each connection
    QList<QString> firstMethodOfConnection;
    QString validToken = QStringLiteral("good-token");
    int connections = 0;

    explicit FakeRpcServer(quint16 port = 0)
    {
        QVERIFY(server.listen(QHostAddress::LocalHost, port));
        connect(&server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = server.nextPendingConnection()) {
                ++connections;
                secrets.append(socket->request().rawHeader(ApiClient::LaunchSecretHeader));
                firstMethodOfConnection.append(QString());
                const int index = connections - 1;
                sockets.append(socket);
                connect(socket, &QWebSocket::textMessageReceived, this,
                        [this, socket, index](const QString &text) { handle(socket, index, text); });
                connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                    sockets.removeOne(socket);
                    socket->deleteLater();
                });
            }
        });
    }

    ~FakeRpcServer() override
    {
        // The sockets are the server's children: detach them first so their
        // disconnected() does not reach this half-destroyed object.
        const auto current = sockets;
        for (QWebSocket *socket : current) {
            socket->disconnect(this);
            delete socket;
        }
        server.disconnect(this);
    }

    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort())); }

    void dropAll()
    {
        const auto current = sockets;
        for (QWebSocket *socket : current)
            socket->abort();
    }

private:
    static void reply(QWebSocket *socket, const QJsonValue &id, const QJsonObject &body)
    {
        QJsonObject message = body;
        message.insert(QStringLiteral("jsonrpc"), QStringLiteral("2.0"));
        message.insert(QStringLiteral("id"), id);
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }
    static void push(QWebSocket *socket, const QString &method, const QJsonObject &params)
    {
        const QJsonObject message{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                  {QStringLiteral("method"), method},
                                  {QStringLiteral("params"), params}};
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }
    static QJsonObject error(int code, const QString &reason)
    {
        return {{QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), code},
                             {QStringLiteral("message"), QString(QStringLiteral("failed: ") + reason)},
                             {QStringLiteral("data"), QJsonObject{{QStringLiteral("reason"), reason}}}}}};
    }

    void handle(QWebSocket *socket, int connection, const QString &text)
    {
        const QJsonObject request = QJsonDocument::fromJson(text.toUtf8()).object();
        received.append(request);
        const QString method = request.value(QStringLiteral("method")).toString();
        const QJsonValue id = request.value(QStringLiteral("id"));
        const QJsonObject params = request.value(QStringLiteral("params")).toObject();
        if (firstMethodOfConnection[connection].isEmpty())
            firstMethodOfConnection[connection] = method;

        if (method == QLatin1String("test.echo")) {
            reply(socket, id, {{QStringLiteral("result"), params}});
        } else if (method == QLatin1String("test.fail")) {
            reply(socket, id, error(-32000, QStringLiteral("conflict")));
        } else if (method == QLatin1String("test.silent")) {
            // never answers
        } else if (method == QLatin1String("test.push")) {
            push(socket, QStringLiteral("event.session.rotated"), {{QStringLiteral("token"), QStringLiteral("rotated-token")}});
            push(socket, QStringLiteral("event.notify.new"), {{QStringLiteral("notification"), QJsonObject{{QStringLiteral("id"), QStringLiteral("n1")}}}});
            reply(socket, id, {{QStringLiteral("result"), QJsonObject{}}});
        } else if (method == QLatin1String("auth.resume")) {
            if (params.value(QStringLiteral("token")).toString() == validToken) {
                const QJsonObject user{{QStringLiteral("username"), QStringLiteral("alice")}};
                reply(socket, id, {{QStringLiteral("result"), QJsonObject{{QStringLiteral("user"), user}}}});
            } else {
                reply(socket, id, error(-32000, QStringLiteral("invalid_session")));
            }
        } else if (method == QLatin1String("auth.logout")) {
            reply(socket, id, {{QStringLiteral("result"), QJsonObject{}}});
            QTimer::singleShot(50, socket, [socket] { socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("logged out")); });
        } else {
            reply(socket, id, error(-32601, QStringLiteral("method_not_found")));
        }
    }
};

// Collects one reply so a test can wait for it with QTRY_VERIFY.
struct ReplySlot {
    bool done = false;
    RpcReply reply;
    ApiClient::Callback callback()
    {
        return [this](const RpcReply &r) {
            QVERIFY2(!done, "a callback must be called exactly once");
            done = true;
            reply = r;
        };
    }
};

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT
private slots:
    void backoffDoublesUpToThirtySeconds();
    void repliesMatchStringIds();
    void errorRepliesCarryTheReason();
    void callTimesOut();
    void callsWaitForTheConnection();
    void dropFailsPendingCallsThenReconnectsAndResumes();
    void refusedResumeLosesTheSession();
    void pushesAndTokenRotation();
    void normalServerCloseDoesNotLoop();
    void reconnectsWhenTheServerComesBack();
};

void TestApiClient::backoffDoublesUpToThirtySeconds()
{
    azc::ReconnectBackoff backoff;
    QList<int> delays;
    for (int i = 0; i < 9; ++i)
        delays.append(backoff.nextDelayMs());
    QCOMPARE(delays, (QList<int>{500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000}));
    backoff.reset();
    QCOMPARE(backoff.nextDelayMs(), 500);
}

void TestApiClient::repliesMatchStringIds()
{
    FakeRpcServer server;
    ApiClient client;
    QSignalSpy stateSpy(&client, &ApiClient::stateChanged);
    client.open(server.url(), "launch-secret");
    QTRY_COMPARE(client.state(), ApiClient::State::Connected);
    QCOMPARE(stateSpy.first().first().value<ApiClient::State>(), ApiClient::State::Connecting);
    QCOMPARE(server.secrets.value(0), QByteArray("launch-secret"));

    ReplySlot a, b, c;
    client.call(QStringLiteral("test.echo"), {{QStringLiteral("n"), 1}}, a.callback());
    client.call(QStringLiteral("test.echo"), {{QStringLiteral("n"), 2}}, b.callback());
    client.call(QStringLiteral("test.echo"), {{QStringLiteral("n"), 3}}, c.callback());
    QTRY_VERIFY(a.done && b.done && c.done);
    QVERIFY(a.reply.ok && b.reply.ok && c.reply.ok);
    QCOMPARE(a.reply.object().value(QStringLiteral("n")).toInt(), 1);
    QCOMPARE(b.reply.object().value(QStringLiteral("n")).toInt(), 2);
    QCOMPARE(c.reply.object().value(QStringLiteral("n")).toInt(), 3);

    QSet<QString> ids;
    for (const QJsonObject &request : std::as_const(server.received)) {
        QVERIFY(request.value(QStringLiteral("id")).isString());
        QCOMPARE(request.value(QStringLiteral("jsonrpc")).toString(), QStringLiteral("2.0"));
        ids.insert(request.value(QStringLiteral("id")).toString());
    }
    QCOMPARE(ids.size(), 3);
}

void TestApiClient::errorRepliesCarryTheReason()
{
    FakeRpcServer server;
    ApiClient client;
    client.open(server.url());
    ReplySlot slot, unknown;
    client.call(QStringLiteral("test.fail"), {}, slot.callback());
    client.call(QStringLiteral("no.such"), {}, unknown.callback());
    QTRY_VERIFY(slot.done && unknown.done);
    QVERIFY(!slot.reply.ok);
    QCOMPARE(slot.reply.code, -32000);
    QCOMPARE(slot.reply.reason, QStringLiteral("conflict"));
    QCOMPARE(slot.reply.message, QStringLiteral("failed: conflict"));
    QCOMPARE(unknown.reply.reason, QStringLiteral("method_not_found"));
    QVERIFY(server.secrets.value(0).isEmpty()); // no secret: no header
}

void TestApiClient::callTimesOut()
{
    FakeRpcServer server;
    ApiClient client;
    client.open(server.url());
    ReplySlot slot;
    QElapsedTimer timer;
    timer.start();
    client.call(QStringLiteral("test.silent"), {}, slot.callback(), 300);
    QTRY_VERIFY(slot.done);
    QVERIFY(timer.elapsed() >= 290);
    QCOMPARE(slot.reply.reason, QStringLiteral("timeout"));
    QCOMPARE(slot.reply.code, 0);
    // The socket is still usable afterwards.
    ReplySlot next;
    client.call(QStringLiteral("test.echo"), {}, next.callback());
    QTRY_VERIFY(next.done);
    QVERIFY(next.reply.ok);
}

void TestApiClient::callsWaitForTheConnection()
{
    FakeRpcServer server;
    ApiClient client;
    ReplySlot early;
    // Before open(): the call waits in the outbox instead of failing.
    client.call(QStringLiteral("test.echo"), {{QStringLiteral("early"), true}}, early.callback());
    QTest::qWait(50);
    QVERIFY(!early.done);
    client.open(server.url());
    QTRY_VERIFY(early.done);
    QVERIFY(early.reply.ok);
    QVERIFY(early.reply.object().value(QStringLiteral("early")).toBool());

    // A call whose context object is gone is dropped, not delivered.
    auto *context = new QObject;
    bool called = false;
    client.call(QStringLiteral("test.echo"), {}, context, [&called](const RpcReply &) { called = true; });
    delete context;
    ReplySlot after;
    client.call(QStringLiteral("test.echo"), {}, after.callback());
    QTRY_VERIFY(after.done);
    QVERIFY(!called);
}

void TestApiClient::dropFailsPendingCallsThenReconnectsAndResumes()
{
    FakeRpcServer server;
    ApiClient client;
    client.setSessionToken(server.validToken);
    QSignalSpy resumed(&client, &ApiClient::sessionResumed);
    client.open(server.url());
    QTRY_COMPARE(resumed.count(), 1);
    QCOMPARE(resumed.first().first().toJsonObject().value(QStringLiteral("user")).toObject()
                 .value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
    QCOMPARE(server.firstMethodOfConnection.value(0), QStringLiteral("auth.resume"));

    ReplySlot inFlight;
    client.call(QStringLiteral("test.silent"), {}, inFlight.callback(), 60000);
    QTRY_COMPARE(server.received.size(), 2);
    server.dropAll();
    QTRY_VERIFY(inFlight.done);
    QCOMPARE(inFlight.reply.reason, QStringLiteral("disconnected"));

    // Reconnects after the first back-off step (0.5 s) and resumes before anything else.
    ReplySlot queued;
    client.call(QStringLiteral("test.echo"), {}, queued.callback());
    QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 2, 5000);
    QCOMPARE(server.connections, 2);
    QCOMPARE(server.firstMethodOfConnection.value(1), QStringLiteral("auth.resume"));
    QTRY_VERIFY(queued.done);
    QVERIFY(queued.reply.ok);
    QCOMPARE(client.state(), ApiClient::State::Connected);
}

void TestApiClient::refusedResumeLosesTheSession()
{
    FakeRpcServer server;
    ApiClient client;
    client.setSessionToken(QStringLiteral("stale"));
    QSignalSpy lost(&client, &ApiClient::sessionLost);
    QSignalSpy resumed(&client, &ApiClient::sessionResumed);
    client.open(server.url());
    QTRY_COMPARE(lost.count(), 1);
    QCOMPARE(lost.first().first().toString(), QStringLiteral("invalid_session"));
    QCOMPARE(resumed.count(), 0);
    QVERIFY(client.sessionToken().isEmpty());
    QCOMPARE(client.state(), ApiClient::State::Connected); // usable for a fresh log-in
}

void TestApiClient::pushesAndTokenRotation()
{
    FakeRpcServer server;
    ApiClient client;
    client.setSessionToken(server.validToken);
    QSignalSpy events(&client, &ApiClient::eventReceived);
    QSignalSpy rotated(&client, &ApiClient::tokenRotated);
    client.open(server.url());
    ReplySlot slot;
    client.call(QStringLiteral("test.push"), {}, slot.callback());
    QTRY_VERIFY(slot.done);
    QCOMPARE(events.count(), 2);
    QCOMPARE(events.at(0).at(0).toString(), QStringLiteral("event.session.rotated"));
    QCOMPARE(events.at(1).at(0).toString(), QStringLiteral("event.notify.new"));
    QCOMPARE(events.at(1).at(1).toJsonObject().value(QStringLiteral("notification")).toObject()
                 .value(QStringLiteral("id")).toString(), QStringLiteral("n1"));
    QCOMPARE(rotated.count(), 1);
    QCOMPARE(rotated.first().first().toString(), QStringLiteral("rotated-token"));
    QCOMPARE(client.sessionToken(), QStringLiteral("rotated-token"));
}

void TestApiClient::normalServerCloseDoesNotLoop()
{
    FakeRpcServer server;
    ApiClient client;
    client.open(server.url());
    ReplySlot logout;
    client.call(QStringLiteral("auth.logout"), {}, logout.callback());
    QTRY_VERIFY(logout.done);
    QTRY_COMPARE(client.state(), ApiClient::State::Disconnected);
    QTest::qWait(2500); // longer than several back-off steps
    QCOMPARE(server.connections, 1);
    QCOMPARE(client.state(), ApiClient::State::Disconnected);

    // The next call reconnects on demand.
    ReplySlot later;
    client.call(QStringLiteral("test.echo"), {{QStringLiteral("x"), 1}}, later.callback());
    QTRY_VERIFY(later.done);
    QVERIFY(later.reply.ok);
    QCOMPARE(server.connections, 2);
}

void TestApiClient::reconnectsWhenTheServerComesBack()
{
    quint16 port = 0;
    ApiClient client;
    client.setBackoff(azc::ReconnectBackoff(100, 400));
    {
        FakeRpcServer first;
        port = first.server.serverPort();
        client.open(first.url());
        QTRY_COMPARE(client.state(), ApiClient::State::Connected);
        first.dropAll();
        first.server.close();
        QTRY_COMPARE(client.state(), ApiClient::State::Disconnected);
    }
    QTest::qWait(600); // a few refused attempts while nobody listens
    FakeRpcServer second(port);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), ApiClient::State::Connected, 5000);
    ReplySlot slot;
    client.call(QStringLiteral("test.echo"), {}, slot.callback());
    QTRY_VERIFY(slot.done);
    QVERIFY(slot.reply.ok);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_api_client.moc"
