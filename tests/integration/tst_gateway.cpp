// Malformed and hostile input against a real backend over a real socket:
// each case gets its documented answer, and a bystander connection keeps
// being served throughout (docs/protocol.md, Errors and Transport).

#include "notify/event_bus.h"
#include "server/rpc_gateway.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>
#include <stdexcept>

using namespace azc;
using test::WsClient;

namespace {

using test::errorCode;
using test::reason;

// For the gateway-only cases: a session authority that knows nobody.
class NobodyAuthority : public server::SessionAuthority
{
public:
    Result<server::Caller> authorize(const QString &) override
    {
        return Error::make(QStringLiteral("invalid_session"), QStringLiteral("none"));
    }
};

// A caller whose tier, role and freeze the test sets.
class FixedAuthority : public server::SessionAuthority
{
public:
    server::Caller caller{QStringLiteral("u1"), QStringLiteral("tester"), QStringLiteral("s1"), server::Role::User, 0, false};
    Result<server::Caller> authorize(const QString &) override { return caller; }
};

// A gateway over a table of the test's own, with a connected client.
struct BareGateway {
    notify::EventBus bus;
    Clock clock;
    server::RpcGateway gateway;
    WsClient client;
    BareGateway(const server::MethodTable &table, server::SessionAuthority &authority)
        : gateway(table, authority, bus, clock, {})
    {
        QString error;
        if (gateway.listen(QHostAddress::LocalHost, 0, &error))
            client.open(gateway.url());
    }
};

} // namespace

class TstGateway : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TestBackend> m_backend;
    std::unique_ptr<WsClient> m_bystander;

    void bystanderStillServed()
    {
        const QJsonObject pong = m_bystander->call(QStringLiteral("sys.ping"));
        QVERIFY2(pong.contains(QStringLiteral("result")), "the server stopped serving other clients");
    }

    std::unique_ptr<WsClient> connectClient()
    {
        auto c = std::make_unique<WsClient>();
        if (!c->open(m_backend->url()))
            return nullptr;
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        BackendConfig config;
        config.seedDemoData = true;
        config.allowedOrigins = {QStringLiteral("https://app.azcoiner.example")};
        config.limits.maxConnectionsPerAccount = 3;
        m_backend = std::make_unique<test::TestBackend>(config);
        QVERIFY(m_backend->start());
        m_bystander = connectClient();
        QVERIFY(m_bystander);
    }
    void cleanup() { bystanderStillServed(); }

    void invalidJsonIsParseError()
    {
        auto c = connectClient();
        c->sendRaw(QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":"));
        const QJsonObject r = c->waitMessage();
        QCOMPARE(errorCode(r), -32700);
        QVERIFY(r.value(QStringLiteral("id")).isNull());
        QVERIFY(c->isOpen());
    }

    void batchIsRefused()
    {
        auto c = connectClient();
        c->sendRaw(QStringLiteral("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"sys.ping\"}]"));
        const QJsonObject r = c->waitMessage();
        QCOMPARE(errorCode(r), -32600);
        QCOMPARE(reason(r), QStringLiteral("batch_not_supported"));
    }

    void wrongEnvelopeIsInvalidRequest_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::newRow("jsonrpc 1.0") << QStringLiteral("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"sys.ping\"}");
        QTest::newRow("no method") << QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":1}");
        QTest::newRow("method not a string") << QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":7}");
        QTest::newRow("id an object") << QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"sys.ping\"}");
    }
    void wrongEnvelopeIsInvalidRequest()
    {
        QFETCH(QString, frame);
        auto c = connectClient();
        c->sendRaw(frame);
        QCOMPARE(errorCode(c->waitMessage()), -32600);
    }

    void unknownMethodIsMethodNotFound()
    {
        auto c = connectClient();
        const QJsonObject r = c->call(QStringLiteral("wallet.stealEverything"));
        QCOMPARE(errorCode(r), -32601);
        QCOMPARE(reason(r), QStringLiteral("method_not_found"));
    }

    void wrongTypesAreInvalidParams_data()
    {
        QTest::addColumn<QString>("params");
        QTest::addColumn<QString>("field");
        QTest::newRow("number for string") << QStringLiteral("{\"username\":42,\"password\":\"x\"}") << QStringLiteral("username");
        QTest::newRow("missing required") << QStringLiteral("{\"username\":\"alice\"}") << QStringLiteral("password");
        QTest::newRow("unknown param") << QStringLiteral("{\"username\":\"a\",\"password\":\"b\",\"admin\":true}") << QStringLiteral("admin");
        QTest::newRow("too long") << QStringLiteral("{\"username\":\"%1\",\"password\":\"b\"}").arg(QString(300, QLatin1Char('a'))) << QStringLiteral("username");
        QTest::newRow("params array") << QStringLiteral("[\"alice\",\"pw\"]") << QStringLiteral("params");
    }
    void wrongTypesAreInvalidParams()
    {
        QFETCH(QString, params);
        QFETCH(QString, field);
        auto c = connectClient();
        c->sendRaw(QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":\"p\",\"method\":\"auth.login\",\"params\":%1}").arg(params));
        const QJsonObject r = c->waitMessage();
        QCOMPARE(errorCode(r), -32602);
        QCOMPARE(r.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject().value(
                     QStringLiteral("field")).toString(), field);
    }

    void callBeforeAuthIsRefused()
    {
        auto c = connectClient();
        for (const char *method : {"session.list", "kyc.status", "kyc.queue", "admin.setRole", "files.download"}) {
            const QJsonObject r = c->call(QString::fromLatin1(method));
            QCOMPARE(errorCode(r), -32001);
            QCOMPARE(reason(r), QStringLiteral("unauthenticated"));
        }
    }

    void integerParamRejectsFractions()
    {
        auto c = connectClient();
        QVERIFY(!c->login(QStringLiteral("support"), QStringLiteral("AzcSupport#2026")).isEmpty());
        const QJsonObject r = c->call(QStringLiteral("kyc.queue"), {{QStringLiteral("limit"), 2.5}});
        QCOMPARE(errorCode(r), -32602);
    }

    void oversizedFrameClosesWith1009()
    {
        auto c = connectClient();
        QString huge = QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"sys.ping\",\"params\":{\"x\":\"");
        huge += QString(64 * 1024 + 1 - huge.size() - 3, QLatin1Char('a'));
        huge += QStringLiteral("\"}}");
        QCOMPARE(huge.toUtf8().size(), 64 * 1024 + 1);
        c->sendRaw(huge);
        QVERIFY(c->waitClosed());
        QCOMPARE(c->closeCode(), 1009);
    }

    void frameAtTheLimitIsServed()
    {
        auto c = connectClient();
        QString frame = QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"sys.ping\",\"params\":{\"x\":\"");
        frame += QString(64 * 1024 - frame.size() - 3, QLatin1Char('a'));
        frame += QStringLiteral("\"}}");
        QCOMPARE(frame.toUtf8().size(), 64 * 1024);
        c->sendRaw(frame);
        const QJsonObject r = c->waitMessage();
        QCOMPARE(errorCode(r), -32602); // sys.ping takes no "x": answered, not dropped
        QVERIFY(c->isOpen());
    }

    void floodIsThrottled()
    {
        auto c = connectClient();
        for (int i = 0; i < 400; ++i)
            c->sendRaw(QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":%1,\"method\":\"sys.ping\"}").arg(i));
        int ok = 0, limited = 0;
        qint64 retryAfter = 0;
        for (int i = 0; i < 400; ++i) {
            const QJsonObject r = c->waitMessage();
            QVERIFY(!r.isEmpty());
            if (r.contains(QStringLiteral("result")))
                ++ok;
            else if (errorCode(r) == -32029) {
                ++limited;
                retryAfter = r.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject().value(
                    QStringLiteral("retryAfterMs")).toInteger();
            }
        }
        QVERIFY2(ok >= 100 && ok < 200, qPrintable(QString::number(ok))); // burst 100 + refill during the test
        QCOMPARE(ok + limited, 400);
        QVERIFY(retryAfter > 0);
        QVERIFY(c->isOpen());
    }

    void badOriginIsRefused()
    {
        WsClient evil;
        QVERIFY(!evil.open(m_backend->url(), "https://evil.example"));
        WsClient good;
        QVERIFY(good.open(m_backend->url(), "https://app.azcoiner.example"));
        QVERIFY(good.call(QStringLiteral("sys.ping")).contains(QStringLiteral("result")));
    }

    void binaryFrameIsRefused()
    {
        auto c = connectClient();
        c->socket().sendBinaryMessage(QByteArray("\x00\x01\x02", 3));
        QCOMPARE(errorCode(c->waitMessage()), -32600);
    }

    // At the cap, the newest sign-in wins and the oldest socket makes room
    // (tst_security: so a thief holding every slot cannot keep the owner out).
    void connectionsPerAccountAreCapped()
    {
        std::vector<std::unique_ptr<WsClient>> clients;
        for (int i = 0; i < 3; ++i) {
            clients.push_back(connectClient());
            QVERIFY(!clients.back()->login(QStringLiteral("bob"), QStringLiteral("AzcBob#2026")).isEmpty());
        }
        auto fourth = connectClient();
        QVERIFY(!fourth->login(QStringLiteral("bob"), QStringLiteral("AzcBob#2026")).isEmpty());
        QVERIFY(clients.front()->waitClosed());
        QCOMPARE(clients.front()->closeCode(), 1008);
        for (size_t i = 1; i < clients.size(); ++i)
            QVERIFY(clients[i]->call(QStringLiteral("sys.ping")).contains(QStringLiteral("result")));
        QVERIFY(fourth->call(QStringLiteral("account.me")).contains(QStringLiteral("result")));
    }

    void connectionsPerAddressAreCapped()
    {
        BackendConfig config;
        config.limits.maxConnectionsPerAddress = 3;
        test::TestBackend small(config);
        QVERIFY(small.start());
        std::vector<std::unique_ptr<WsClient>> open;
        for (int i = 0; i < 3; ++i) {
            open.push_back(std::make_unique<WsClient>());
            QVERIFY(open.back()->open(small.url()));
        }
        WsClient extra;
        extra.open(small.url());
        QVERIFY(extra.waitClosed());
        QCOMPARE(extra.closeCode(), 1008);
        open.back()->socket().close();
        QVERIFY(open.back()->waitClosed());
        QTest::qWait(100); // the server notices the close
        WsClient again;    // a slot was freed
        QVERIFY(again.open(small.url()));
        QVERIFY(again.call(QStringLiteral("sys.ping")).contains(QStringLiteral("result")));
    }

    void launchSecretIsRequiredWhenSet()
    {
        BackendConfig config;
        config.launchSecret = "per-launch-secret-0123456789";
        test::TestBackend embedded(config);
        QVERIFY(embedded.start());
        WsClient without;
        without.open(embedded.url());
        QVERIFY(without.waitClosed());
        QCOMPARE(without.closeCode(), 1008);
        WsClient wrong;
        wrong.open(embedded.url(), {}, "per-launch-secret-0123456780");
        QVERIFY(wrong.waitClosed());
        WsClient with;
        QVERIFY(with.open(embedded.url(), {}, "per-launch-secret-0123456789"));
        QVERIFY(with.call(QStringLiteral("sys.ping")).contains(QStringLiteral("result")));
    }

    void idleConnectionsAreClosed()
    {
        BackendConfig config;
        config.limits.idleTimeoutSeconds = 1;
        test::TestBackend quick(config);
        QVERIFY(quick.start());
        WsClient talker, silent;
        QVERIFY(talker.open(quick.url()));
        QVERIFY(silent.open(quick.url()));
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(250);
            QVERIFY(talker.call(QStringLiteral("sys.ping")).contains(QStringLiteral("result")));
        }
        QVERIFY(silent.waitClosed(2000));
        QCOMPARE(silent.closeCode(), 1001);
        QVERIFY(talker.isOpen());
    }

    void handlerExceptionBecomesInternalError()
    {
        server::MethodTable table;
        table.declare({QStringLiteral("test.explode"), server::Role::Public, 0, {}, server::RateClass::Read,
                       [](server::CallContext &, const QJsonObject &) -> Result<QJsonObject> {
                           throw std::runtime_error("boom");
                       }});
        table.declare({QStringLiteral("test.fine"), server::Role::Public, 0, {}, server::RateClass::Read,
                       [](server::CallContext &, const QJsonObject &) -> Result<QJsonObject> {
                           return QJsonObject{{QStringLiteral("ok"), true}};
                       }});
        NobodyAuthority nobody;
        BareGateway bare(table, nobody);
        WsClient &c = bare.client;
        QVERIFY(c.isOpen());
        QTest::ignoreMessage(QtCriticalMsg, "handler \"test.explode\" threw: boom");
        const QJsonObject r = c.call(QStringLiteral("test.explode"));
        QCOMPARE(errorCode(r), -32603);
        QCOMPARE(reason(r), QStringLiteral("internal_error"));
        QVERIFY(c.call(QStringLiteral("test.fine")).value(QStringLiteral("result")).toObject().value(
            QStringLiteral("ok")).toBool());
    }

    void kycTierAndFreezeAreEnforcedByTheTable()
    {
        server::MethodTable table;
        auto ok = [](server::CallContext &, const QJsonObject &) -> Result<QJsonObject> { return QJsonObject{}; };
        table.declare({QStringLiteral("test.signIn"), server::Role::Public, 0, {}, server::RateClass::Auth,
                       [](server::CallContext &ctx, const QJsonObject &) -> Result<QJsonObject> {
                           if (auto s = ctx.bindSession(QStringLiteral("s1"), QStringLiteral("u1")); !s)
                               return s.error();
                           return QJsonObject{};
                       }});
        table.declare({QStringLiteral("test.tierTwo"), server::Role::User, 2, {}, server::RateClass::Read, ok});
        table.declare({QStringLiteral("test.supportOnly"), server::Role::Support, 0, {}, server::RateClass::Read, ok});
        FixedAuthority authority;
        BareGateway bare(table, authority);
        WsClient &c = bare.client;
        QVERIFY(c.isOpen());
        QVERIFY(c.call(QStringLiteral("test.signIn")).contains(QStringLiteral("result")));
        const QJsonObject refused = c.call(QStringLiteral("test.tierTwo"));
        QCOMPARE(errorCode(refused), -32003);
        QCOMPARE(reason(refused), QStringLiteral("kyc_required"));
        QCOMPARE(refused.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject().value(
                     QStringLiteral("requiredTier")).toInt(), 2);
        authority.caller.kycTier = 2; // re-read on every request: no reconnect needed
        QVERIFY(c.call(QStringLiteral("test.tierTwo")).contains(QStringLiteral("result")));
        QCOMPARE(reason(c.call(QStringLiteral("test.supportOnly"))), QStringLiteral("forbidden"));
        authority.caller.role = server::Role::Admin; // admins can do what support can
        QVERIFY(c.call(QStringLiteral("test.supportOnly")).contains(QStringLiteral("result")));
        authority.caller.frozen = true;
        QCOMPARE(reason(c.call(QStringLiteral("test.tierTwo"))), QStringLiteral("account_frozen"));
    }

    // Thousands of mangled frames (fixed seed, so a failure reproduces):
    // the connection may be throttled, but every frame is answered or
    // ignored and the server keeps serving.
    void mangledFramesNeverHurtTheServer()
    {
        auto c = connectClient();
        QVERIFY(!c->login(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")).isEmpty());
        const QStringList seeds = {
            QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"kyc.submit\",\"params\":{\"targetTier\":1,\"fullName\":\"A B\",\"fileIds\":[\"x\"]}}"),
            QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":\"q\",\"method\":\"files.uploadChunk\",\"params\":{\"uploadId\":\"u\",\"offset\":0,\"data\":\"AAAA\"}}"),
            QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"session.revoke\",\"params\":{\"sessionId\":\"abc\"}}"),
        };
        QRandomGenerator rng(20261122);
        int sent = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray frame = seeds.at(i % seeds.size()).toUtf8();
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const int at = int(rng.bounded(frame.size()));
                switch (rng.bounded(3)) {
                case 0: frame[at] = char(rng.bounded(256)); break;
                case 1: frame.remove(at, 1 + int(rng.bounded(5))); break;
                default: frame.insert(at, "{[\"\\\u0000,:"[rng.bounded(10)]); break;
                }
            }
            c->sendRaw(QString::fromUtf8(frame));
            ++sent;
            if (i % 200 == 0)
                QTest::qWait(1);
        }
        QVERIFY(sent == 3000);
        QTest::qWait(200);
        QVERIFY(c->isOpen());
        // Drain and make sure the session is still there.
        while (!c->waitMessage(50).isEmpty()) {
        }
        QTRY_VERIFY_WITH_TIMEOUT(c->call(QStringLiteral("account.me")).contains(QStringLiteral("result")), 5000);
    }

    void asyncHandlersReplyLaterAndOnce()
    {
        server::MethodTable table;
        server::Reply pending;
        table.declare({QStringLiteral("test.later"), server::Role::Public, 0, {}, server::RateClass::Read, {},
                       [&pending](server::CallContext &, const QJsonObject &, server::Reply reply) { pending = reply; }});
        QVERIFY(!table.add({QStringLiteral("test.both"), server::Role::Public, 0, {}, server::RateClass::Read,
                            [](server::CallContext &, const QJsonObject &) -> Result<QJsonObject> { return QJsonObject{}; },
                            [](server::CallContext &, const QJsonObject &, server::Reply) {}}).ok());
        NobodyAuthority nobody;
        BareGateway bare(table, nobody);
        WsClient &c = bare.client;
        QVERIFY(c.isOpen());
        c.sendRaw(QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"test.later\"}"));
        QTRY_VERIFY(bool(pending));
        QVERIFY(c.waitMessage(100).isEmpty()); // nothing until the work is done
        pending(QJsonObject{{QStringLiteral("n"), 1}});
        pending(QJsonObject{{QStringLiteral("n"), 2}}); // ignored: a call is answered once
        const QJsonObject r = c.waitMessage();
        QCOMPARE(r.value(QStringLiteral("id")).toString(), QStringLiteral("a"));
        QCOMPARE(r.value(QStringLiteral("result")).toObject().value(QStringLiteral("n")).toInt(), 1);
        QVERIFY(c.waitMessage(100).isEmpty());
        // The client leaves before the reply: answering later is harmless.
        pending = {};
        c.sendRaw(QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":\"b\",\"method\":\"test.later\"}"));
        QTRY_VERIFY(bool(pending));
        c.socket().abort();
        QTest::qWait(50);
        pending(QJsonObject{});
    }

    void notificationsGetNoReply()
    {
        auto c = connectClient();
        c->sendRaw(QStringLiteral("{\"jsonrpc\":\"2.0\",\"method\":\"sys.ping\"}"));
        c->sendRaw(QStringLiteral("{\"jsonrpc\":\"2.0\",\"method\":\"no.suchThing\"}"));
        QVERIFY(c->waitMessage(300).isEmpty());
        QVERIFY(c->call(QStringLiteral("sys.ping")).contains(QStringLiteral("result")));
    }

    void methodTableRefusesBadDeclarations()
    {
        server::MethodTable table;
        auto handler = [](server::CallContext &, const QJsonObject &) -> Result<QJsonObject> { return QJsonObject{}; };
        QVERIFY(!table.add({QStringLiteral("test.noRole"), std::nullopt, 0, {}, server::RateClass::Read, handler}).ok());
        QVERIFY(!table.add({QStringLiteral("nodot"), server::Role::User, 0, {}, server::RateClass::Read, handler}).ok());
        QVERIFY(!table.add({QStringLiteral("event.x"), server::Role::User, 0, {}, server::RateClass::Read, handler}).ok());
        QVERIFY(!table.add({QStringLiteral("test.publicTier"), server::Role::Public, 1, {}, server::RateClass::Read, handler}).ok());
        QVERIFY(table.add({QStringLiteral("test.fine"), server::Role::User, 0, {}, server::RateClass::Read, handler}).ok());
        QVERIFY(!table.add({QStringLiteral("test.fine"), server::Role::User, 0, {}, server::RateClass::Read, handler}).ok());
        QCOMPARE(table.names(), QStringList{QStringLiteral("test.fine")});
    }
};

QTEST_GUILESS_MAIN(TstGateway)
#include "tst_gateway.moc"
