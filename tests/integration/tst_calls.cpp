// Calls' signalling through a real backend over real WebSockets, on SQLite and
// PostgreSQL (docs/protocol.md, "Calls"): a call rings on every session of the
// callee and one answers; SDP and candidates reach only the joined session of
// the participant they are for; strangers and other sessions are refused and
// nothing is relayed; busy, declined, cancelled and unanswered calls end with
// the right outcome, bubble and missed-call notification; a dropped socket ends
// the call after the grace period unless it comes back; group calls hold at
// most four; TURN credentials follow coturn's REST scheme.

#include "demo_users.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QtTest>

using namespace azc;
using namespace azc::test;

namespace {

constexpr int kRingMs = 1500;
constexpr int kGraceMs = 1000;
const QByteArray kTurnSecret = "calls-test-secret-0123456789";

QString detail(const QJsonObject &reply)
{
    return reply[QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("detail")].toString();
}

QString stateOf(const QJsonObject &call, const QString &userId)
{
    for (const QJsonValue &p : call[QStringLiteral("participants")].toArray())
        if (p[QStringLiteral("user")][QStringLiteral("userId")].toString() == userId)
            return p[QStringLiteral("state")].toString();
    return {};
}

const char *kSdp = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
                   "a=fingerprint:sha-256 AB:CD:EF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC\r\n";

} // namespace

class TstCalls : public QObject
{
    Q_OBJECT
    ShiftedClock m_clock;
    std::unique_ptr<TestBackend> m_backend;

    std::unique_ptr<WsClient> as(const QString &username) { return signIn(*m_backend, username); }
    static QString idOf(WsClient &c) { return c.result(QStringLiteral("account.me"))[QStringLiteral("user")][QStringLiteral("id")].toString(); }
    static QString direct(WsClient &c, const QString &username)
    {
        return c.result(QStringLiteral("chats.openDirect"), {{QStringLiteral("username"), username}})
                [QStringLiteral("conversation")][QStringLiteral("id")].toString();
    }
    static QJsonObject start(WsClient &c, const QString &conversationId, const QStringList &userIds = {})
    {
        QJsonObject p{{QStringLiteral("conversationId"), conversationId}, {QStringLiteral("video"), true}};
        if (!userIds.isEmpty())
            p.insert(QStringLiteral("userIds"), QJsonArray::fromStringList(userIds));
        return c.call(QStringLiteral("calls.start"), p);
    }
    static QJsonObject on(WsClient &c, const char *method, const QString &callId, QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("callId"), callId);
        return c.call(QString::fromLatin1(method), extra);
    }
    // The next event.call.updated for `callId` on `c` in which `pred` holds ({} after the timeout).
    template<typename Pred>
    static QJsonObject updateWhere(WsClient &c, const QString &callId, Pred pred, int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            const QJsonObject e = c.waitEvent(QStringLiteral("event.call.updated"), int(qMax<qint64>(1, deadline.remainingTime())));
            const QJsonObject call = e[QStringLiteral("call")].toObject();
            if (call[QStringLiteral("id")].toString() == callId && pred(call))
                return call;
        }
        return {};
    }
    static QJsonObject endedOn(WsClient &c, const QString &callId, int timeoutMs = 5000)
    {
        return updateWhere(c, callId, [](const QJsonObject &call) { return call[QStringLiteral("state")] == QStringLiteral("ended"); },
                           timeoutMs);
    }
    static QJsonObject signal(WsClient &c, const QString &callId, const QString &to, const char *type)
    {
        QJsonObject p{{QStringLiteral("callId"), callId}, {QStringLiteral("toUserId"), to}, {QStringLiteral("type"), QString::fromLatin1(type)}};
        if (QByteArray(type) == "candidate")
            p.insert(QStringLiteral("candidate"), QJsonObject{{QStringLiteral("candidate"), QStringLiteral("candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host")},
                                                              {QStringLiteral("sdpMid"), QStringLiteral("0")},
                                                              {QStringLiteral("sdpMLineIndex"), 0}});
        else
            p.insert(QStringLiteral("sdp"), QString::fromLatin1(kSdp));
        return c.call(QStringLiteral("calls.signal"), p);
    }
    static int missedNotifications(WsClient &c, const QString &callId)
    {
        int n = 0;
        for (const QJsonValue &v : c.result(QStringLiteral("notify.list"), {{QStringLiteral("limit"), 100}})[QStringLiteral("notifications")].toArray())
            n += v[QStringLiteral("kind")].toString() == QStringLiteral("calls.missed")
                 && v[QStringLiteral("data")][QStringLiteral("callId")].toString() == callId;
        return n;
    }
    static QJsonObject bubble(WsClient &c, const QString &conversationId, const QString &callId)
    {
        for (const QJsonValue &m : c.result(QStringLiteral("messages.list"), {{QStringLiteral("conversationId"), conversationId}})
                                           [QStringLiteral("messages")].toArray())
            if (m[QStringLiteral("kind")].toString() == QStringLiteral("call") && m[QStringLiteral("data")][QStringLiteral("callId")].toString() == callId)
                return m.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        BackendConfig config;
        config.seedDemoData = true;
        config.limits.rateMultiplier = 100;
        config.calls.ringTimeoutMs = kRingMs;
        config.calls.dropGraceMs = kGraceMs;
        config.calls.iceUrls = {QStringLiteral("stun:127.0.0.1:3478"), QStringLiteral("turn:127.0.0.1:3478?transport=udp")};
        config.calls.turnSecret = kTurnSecret;
        config.clock = &m_clock; // real time, moved on by an hour while the server is down in repeatsAndRestarts
        m_backend = std::make_unique<TestBackend>(config);
        QVERIFY(m_backend->start());
    }
    void cleanupTestCase() { m_backend.reset(); }

    // Two sessions of bob ring; the one that answers gets the media, the other stops ringing.
    void acceptOnOneSessionStopsTheOther()
    {
        auto alice = as(QStringLiteral("alice"));
        auto bob1 = as(QStringLiteral("bob"));
        auto bob2 = as(QStringLiteral("bob"));
        QVERIFY(alice && bob1 && bob2);
        const QString aliceId = idOf(*alice), bobId = idOf(*bob1);
        const QString chat = direct(*alice, QStringLiteral("bob"));
        const QJsonObject started = start(*alice, chat);
        const QJsonObject call = started[QStringLiteral("result")][QStringLiteral("call")].toObject();
        const QString id = call[QStringLiteral("id")].toString();
        QVERIFY2(!id.isEmpty(), qPrintable(QJsonDocument(started).toJson()));
        QCOMPARE(call[QStringLiteral("state")].toString(), QStringLiteral("ringing"));
        QCOMPARE(stateOf(call, aliceId), QStringLiteral("joined"));
        auto ringing = [&](const QJsonObject &c) { return stateOf(c, bobId) == QStringLiteral("invited"); };
        QVERIFY(!updateWhere(*bob1, id, ringing).isEmpty());
        QVERIFY(!updateWhere(*bob2, id, ringing).isEmpty());

        const QJsonObject accepted = on(*bob2, "calls.accept", id);
        QCOMPARE(accepted[QStringLiteral("result")][QStringLiteral("peers")].toArray(), QJsonArray{aliceId});
        QCOMPARE(accepted[QStringLiteral("result")][QStringLiteral("call")][QStringLiteral("state")].toString(), QStringLiteral("active"));
        // bob's other session hears that bob joined (elsewhere) and stops ringing; it cannot take the call too.
        QVERIFY(!updateWhere(*bob1, id, [&](const QJsonObject &c) { return stateOf(c, bobId) == QStringLiteral("joined"); }).isEmpty());
        QCOMPARE(detail(on(*bob1, "calls.accept", id)), QStringLiteral("not_invited"));

        // The offer from the session that answered reaches alice; her answer reaches only that session.
        QVERIFY(signal(*bob2, id, aliceId, "offer").contains(QStringLiteral("result")));
        const QJsonObject offer = alice->waitEvent(QStringLiteral("event.call.signal"));
        QCOMPARE(offer[QStringLiteral("from")].toString(), bobId);
        QCOMPARE(offer[QStringLiteral("type")].toString(), QStringLiteral("offer"));
        QCOMPARE(offer[QStringLiteral("sdp")].toString(), QString::fromLatin1(kSdp));
        QVERIFY(signal(*alice, id, bobId, "answer").contains(QStringLiteral("result")));
        QVERIFY(signal(*alice, id, bobId, "candidate").contains(QStringLiteral("result")));
        QCOMPARE(bob2->waitEvent(QStringLiteral("event.call.signal"))[QStringLiteral("type")].toString(), QStringLiteral("answer"));
        const QJsonObject candidate = bob2->waitEvent(QStringLiteral("event.call.signal"));
        QCOMPARE(candidate[QStringLiteral("candidate")][QStringLiteral("sdpMid")].toString(), QStringLiteral("0"));
        QVERIFY(bob1->waitEvent(QStringLiteral("event.call.signal"), 300).isEmpty());
        // bob's other session is not in the call: it can neither send nor receive.
        QCOMPARE(detail(signal(*bob1, id, aliceId, "candidate")), QStringLiteral("not_joined"));
        QVERIFY(alice->waitEvent(QStringLiteral("event.call.signal"), 300).isEmpty());

        QTest::qWait(50);
        const QJsonObject hung = on(*alice, "calls.hangup", id);
        QCOMPARE(hung[QStringLiteral("result")][QStringLiteral("call")][QStringLiteral("outcome")].toString(), QStringLiteral("completed"));
        const QJsonObject ended = endedOn(*bob2, id);
        QCOMPARE(ended[QStringLiteral("outcome")].toString(), QStringLiteral("completed"));
        QVERIFY(ended[QStringLiteral("durationMs")].toInteger() >= 50);
        QCOMPARE(stateOf(ended, bobId), QStringLiteral("left"));
        QVERIFY(!endedOn(*bob1, id).isEmpty());
        // The record and the bubble.
        const QJsonArray history = bob1->result(QStringLiteral("calls.list"))[QStringLiteral("calls")].toArray();
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.first()[QStringLiteral("id")].toString(), id);
        QCOMPARE(history.first()[QStringLiteral("outcome")].toString(), QStringLiteral("completed"));
        const QJsonObject b = bubble(*bob1, chat, id);
        QCOMPARE(b[QStringLiteral("data")][QStringLiteral("outcome")].toString(), QStringLiteral("completed"));
        QCOMPARE(b[QStringLiteral("data")][QStringLiteral("video")].toBool(), true);
        QCOMPARE(b[QStringLiteral("author")][QStringLiteral("userId")].toString(), aliceId);
        QCOMPARE(b[QStringLiteral("id")].toString(), ended[QStringLiteral("messageId")].toString());
        QCOMPARE(on(*alice, "calls.hangup", id)[QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("detail")].toString(),
                 QStringLiteral("ended"));
    }

    // A third user learns nothing of a call and cannot inject into it; bad signals change nothing.
    void strangersCannotTouchACall()
    {
        auto alice = as(QStringLiteral("alice"));
        auto bob = as(QStringLiteral("bob"));
        auto carol = as(QStringLiteral("carol"));
        const QString aliceId = idOf(*alice), bobId = idOf(*bob);
        const QString id = start(*alice, direct(*alice, QStringLiteral("bob")))[QStringLiteral("result")][QStringLiteral("call")][QStringLiteral("id")].toString();
        QVERIFY(on(*bob, "calls.accept", id).contains(QStringLiteral("result")));
        QCOMPARE(reason(signal(*carol, id, aliceId, "candidate")), QStringLiteral("not_found"));
        QCOMPARE(reason(signal(*carol, id, bobId, "offer")), QStringLiteral("not_found"));
        QCOMPARE(reason(on(*carol, "calls.get", id)), QStringLiteral("not_found"));
        QCOMPARE(reason(on(*carol, "calls.accept", id)), QStringLiteral("not_found"));
        QCOMPARE(reason(on(*carol, "calls.hangup", id)), QStringLiteral("not_found"));
        QCOMPARE(reason(on(*carol, "calls.media", id, {{QStringLiteral("audio"), false}, {QStringLiteral("video"), false}, {QStringLiteral("screen"), false}})),
                 QStringLiteral("not_found"));
        // Malformed signals: refused with the field named, nothing relayed.
        QCOMPARE(reason(on(*bob, "calls.signal", id, {{QStringLiteral("toUserId"), aliceId}, {QStringLiteral("type"), QStringLiteral("bye")}})),
                 QStringLiteral("invalid_params"));
        QCOMPARE(reason(on(*bob, "calls.signal", id, {{QStringLiteral("toUserId"), aliceId}, {QStringLiteral("type"), QStringLiteral("offer")}})),
                 QStringLiteral("invalid_params"));
        QCOMPARE(reason(on(*bob, "calls.signal", id, {{QStringLiteral("toUserId"), aliceId}, {QStringLiteral("type"), QStringLiteral("candidate")},
                                                       {QStringLiteral("candidate"), QJsonObject{{QStringLiteral("candidate"), QString(2000, QLatin1Char('x'))}}}})),
                 QStringLiteral("invalid_params"));
        QCOMPARE(reason(on(*bob, "calls.signal", id, {{QStringLiteral("toUserId"), aliceId}, {QStringLiteral("type"), QStringLiteral("candidate")},
                                                       {QStringLiteral("candidate"), QJsonObject{{QStringLiteral("candidate"), QStringLiteral("c")},
                                                                                                 {QStringLiteral("sdpMLineIndex"), 1.5}}}})),
                 QStringLiteral("invalid_params"));
        QCOMPARE(detail(signal(*bob, id, bobId, "offer")), QStringLiteral("not_joined")); // to oneself
        QVERIFY(alice->waitEvent(QStringLiteral("event.call.signal"), 300).isEmpty());
        QVERIFY(bob->waitEvent(QStringLiteral("event.call.signal"), 10).isEmpty());
        QVERIFY(on(*bob, "calls.hangup", id).contains(QStringLiteral("result")));
        QCOMPARE(endedOn(*alice, id)[QStringLiteral("outcome")].toString(), QStringLiteral("completed"));
    }

    // Someone in a call is busy for another; holding the first frees you to start one.
    void aBusyCalleeGivesBusy()
    {
        auto alice = as(QStringLiteral("alice"));
        auto bob = as(QStringLiteral("bob"));
        auto dariush = as(QStringLiteral("dariush"));
        const QString bobId = idOf(*bob);
        const QString id = start(*alice, direct(*alice, QStringLiteral("bob")))[QStringLiteral("result")][QStringLiteral("call")][QStringLiteral("id")].toString();
        QVERIFY(on(*bob, "calls.accept", id).contains(QStringLiteral("result")));

        const QJsonObject busy = start(*dariush, direct(*dariush, QStringLiteral("bob")))[QStringLiteral("result")][QStringLiteral("call")].toObject();
        QCOMPARE(busy[QStringLiteral("state")].toString(), QStringLiteral("ended"));
        QCOMPARE(busy[QStringLiteral("outcome")].toString(), QStringLiteral("busy"));
        QCOMPARE(stateOf(busy, bobId), QStringLiteral("busy"));
        QTRY_COMPARE(missedNotifications(*bob, busy[QStringLiteral("id")].toString()), 1);
        // alice may not start a second call while the first is live, until she holds it.
        QCOMPARE(detail(start(*alice, direct(*alice, QStringLiteral("carol")))), QStringLiteral("in_call"));
        QVERIFY(on(*alice, "calls.hold", id, {{QStringLiteral("held"), true}}).contains(QStringLiteral("result")));
        const QJsonObject second = start(*alice, direct(*alice, QStringLiteral("carol")))[QStringLiteral("result")][QStringLiteral("call")].toObject();
        QCOMPARE(second[QStringLiteral("state")].toString(), QStringLiteral("ringing"));
        // Resuming the first while the second is live is refused; hanging up the second allows it.
        QCOMPARE(detail(on(*alice, "calls.hold", id, {{QStringLiteral("held"), false}})), QStringLiteral("in_call"));
        QCOMPARE(on(*alice, "calls.hangup", second[QStringLiteral("id")].toString())[QStringLiteral("result")][QStringLiteral("call")]
                         [QStringLiteral("outcome")].toString(),
                 QStringLiteral("cancelled"));
        QVERIFY(on(*alice, "calls.hold", id, {{QStringLiteral("held"), false}}).contains(QStringLiteral("result")));
        QVERIFY(on(*alice, "calls.hangup", id).contains(QStringLiteral("result")));
    }

    // Nobody answers: a missed call with a notification, a declined one ends at once, a cancel is missed by the callee.
    void unansweredDeclinedAndCancelledCalls()
    {
        auto alice = as(QStringLiteral("alice"));
        auto carol = as(QStringLiteral("carol"));
        const QString carolId = idOf(*carol);
        const QString chat = direct(*alice, QStringLiteral("carol"));

        QElapsedTimer rang;
        rang.start();
        const QString missed = start(*alice, chat)[QStringLiteral("result")][QStringLiteral("call")][QStringLiteral("id")].toString();
        const QJsonObject timedOut = endedOn(*carol, missed, kRingMs + 3000);
        QCOMPARE(timedOut[QStringLiteral("outcome")].toString(), QStringLiteral("missed"));
        QVERIFY2(rang.elapsed() >= kRingMs - 50, qPrintable(QString::number(rang.elapsed())));
        QCOMPARE(stateOf(timedOut, carolId), QStringLiteral("missed"));
        QCOMPARE(missedNotifications(*carol, missed), 1);
        QCOMPARE(bubble(*carol, chat, missed)[QStringLiteral("data")][QStringLiteral("outcome")].toString(), QStringLiteral("missed"));

        const QString declined = start(*alice, chat)[QStringLiteral("result")][QStringLiteral("call")][QStringLiteral("id")].toString();
        QCOMPARE(on(*carol, "calls.decline", declined)[QStringLiteral("result")][QStringLiteral("call")][QStringLiteral("outcome")].toString(),
                 QStringLiteral("declined"));
        QCOMPARE(endedOn(*alice, declined)[QStringLiteral("outcome")].toString(), QStringLiteral("declined"));
        QCOMPARE(missedNotifications(*carol, declined), 0);

        const QString cancelled = start(*alice, chat)[QStringLiteral("result")][QStringLiteral("call")][QStringLiteral("id")].toString();
        QCOMPARE(on(*alice, "calls.hangup", cancelled)[QStringLiteral("result")][QStringLiteral("call")][QStringLiteral("outcome")].toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(stateOf(endedOn(*carol, cancelled), carolId), QStringLiteral("missed"));
        QCOMPARE(missedNotifications(*carol, cancelled), 1);
        QCOMPARE(reason(on(*carol, "calls.accept", cancelled)), QStringLiteral("invalid_state"));
    }

    // A socket that drops ends the call after the grace period; one that comes back in time keeps it.
    void aDroppedSocketEndsTheCall()
    {
        auto alice = as(QStringLiteral("alice"));
        auto bob = std::make_unique<WsClient>();
        QVERIFY(bob->open(m_backend->url()));
        const QString token = bob->login(QStringLiteral("bob"), demoPassword(QStringLiteral("bob")));
        QVERIFY(!token.isEmpty());
        const QString aliceId = idOf(*alice);
        const QString id = start(*alice, direct(*alice, QStringLiteral("bob")))[QStringLiteral("result")][QStringLiteral("call")][QStringLiteral("id")].toString();
        QVERIFY(on(*bob, "calls.accept", id).contains(QStringLiteral("result")));

        // A network change: the socket dies and the same session comes back within the grace.
        bob.reset();
        QTest::qWait(kGraceMs / 3);
        bob = std::make_unique<WsClient>();
        QVERIFY(bob->open(m_backend->url()));
        QVERIFY(bob->call(QStringLiteral("auth.resume"), {{QStringLiteral("token"), token}}).contains(QStringLiteral("result")));
        QTest::qWait(kGraceMs + 500);
        QCOMPARE(alice->result(QStringLiteral("calls.get"), {{QStringLiteral("callId"), id}})[QStringLiteral("call")][QStringLiteral("state")].toString(),
                 QStringLiteral("active"));
        QVERIFY(signal(*bob, id, aliceId, "offer").contains(QStringLiteral("result"))); // the ICE restart's offer

        // It drops, comes back and drops again at once: the last drop gets a whole grace period
        // (the first drop's timer must not cut it short), then the call ends within it (plus a little).
        bob.reset();
        QTest::qWait(100);
        bob = std::make_unique<WsClient>();
        QVERIFY(bob->open(m_backend->url()));
        QVERIFY(bob->call(QStringLiteral("auth.resume"), {{QStringLiteral("token"), token}}).contains(QStringLiteral("result")));
        QElapsedTimer gone;
        gone.start();
        bob.reset();
        const QJsonObject ended = endedOn(*alice, id, kGraceMs + 3000);
        QCOMPARE(ended[QStringLiteral("outcome")].toString(), QStringLiteral("completed"));
        QVERIFY2(gone.elapsed() >= kGraceMs - 50 && gone.elapsed() < kGraceMs + 2000, qPrintable(QString::number(gone.elapsed())));
    }

    // A group call rings up to three; a fourth would exceed the mesh; the newcomer offers to those joined.
    void groupCallsHoldAtMostFour()
    {
        auto alice = as(QStringLiteral("alice"));
        auto bob = as(QStringLiteral("bob"));
        auto carol = as(QStringLiteral("carol"));
        const QString aliceId = idOf(*alice), bobId = idOf(*bob), carolId = idOf(*carol);
        const QString group = alice->result(QStringLiteral("chats.createGroup"),
                                            {{QStringLiteral("title"), QStringLiteral("Weekend trip")},
                                             {QStringLiteral("usernames"), QJsonArray{QStringLiteral("bob"), QStringLiteral("carol"),
                                                                                     QStringLiteral("dariush"), QStringLiteral("support")}}})
                                      [QStringLiteral("conversation")][QStringLiteral("id")].toString();
        QVERIFY(!group.isEmpty());
        QCOMPARE(detail(start(*alice, group)), QStringLiteral("too_many"));
        QCOMPARE(reason(start(*alice, group, {QStringLiteral("nobody")})), QStringLiteral("not_found"));
        const QJsonObject started = start(*alice, group, {bobId, carolId});
        const QString id = started[QStringLiteral("result")][QStringLiteral("call")][QStringLiteral("id")].toString();
        QCOMPARE(started[QStringLiteral("result")][QStringLiteral("call")][QStringLiteral("kind")].toString(), QStringLiteral("group"));
        QCOMPARE(started[QStringLiteral("result")][QStringLiteral("call")][QStringLiteral("participants")].toArray().size(), 3);
        QCOMPARE(on(*bob, "calls.accept", id)[QStringLiteral("result")][QStringLiteral("peers")].toArray(), QJsonArray{aliceId});
        const QJsonArray carolPeers = on(*carol, "calls.accept", id)[QStringLiteral("result")][QStringLiteral("peers")].toArray();
        QCOMPARE(carolPeers.size(), 2);
        QVERIFY(carolPeers.contains(aliceId) && carolPeers.contains(bobId));
        QVERIFY(signal(*carol, id, bobId, "offer").contains(QStringLiteral("result")));
        QCOMPARE(bob->waitEvent(QStringLiteral("event.call.signal"))[QStringLiteral("from")].toString(), carolId);
        // Mute shows to the others.
        QVERIFY(on(*carol, "calls.media", id, {{QStringLiteral("audio"), false}, {QStringLiteral("video"), true}, {QStringLiteral("screen"), false}})
                        .contains(QStringLiteral("result")));
        QVERIFY(!updateWhere(*alice, id, [&](const QJsonObject &c) {
                    for (const QJsonValue &p : c[QStringLiteral("participants")].toArray())
                        if (p[QStringLiteral("user")][QStringLiteral("userId")].toString() == carolId)
                            return !p[QStringLiteral("audio")].toBool() && p[QStringLiteral("video")].toBool();
                    return false;
                }).isEmpty());
        // One leaves: the others go on; then the call ends when one is left.
        QCOMPARE(on(*bob, "calls.hangup", id)[QStringLiteral("result")][QStringLiteral("call")][QStringLiteral("state")].toString(), QStringLiteral("active"));
        QCOMPARE(on(*carol, "calls.hangup", id)[QStringLiteral("result")][QStringLiteral("call")][QStringLiteral("outcome")].toString(), QStringLiteral("completed"));
        QCOMPARE(bubble(*alice, group, id)[QStringLiteral("data")][QStringLiteral("participants")].toArray().size(), 3);
    }

    // A repeated start answers the same call; a call left open by a crash ends at the next start.
    void repeatsAndRestarts()
    {
        auto alice = as(QStringLiteral("alice"));
        const QString chat = direct(*alice, QStringLiteral("dariush"));
        QJsonObject p{{QStringLiteral("conversationId"), chat}, {QStringLiteral("clientKey"), QStringLiteral("call-key-0001")}};
        const QString first = alice->result(QStringLiteral("calls.start"), p)[QStringLiteral("call")][QStringLiteral("id")].toString();
        QVERIFY(!first.isEmpty());
        QCOMPARE(alice->result(QStringLiteral("calls.start"), p)[QStringLiteral("call")][QStringLiteral("id")].toString(), first);
        QCOMPARE(alice->result(QStringLiteral("calls.active"))[QStringLiteral("calls")].toArray().size(), 1);
        // And an answered call between bob and carol, cut by the same crash.
        auto bob = as(QStringLiteral("bob"));
        auto carol = as(QStringLiteral("carol"));
        const QString talk = start(*bob, direct(*bob, QStringLiteral("carol")))[QStringLiteral("result")][QStringLiteral("call")][QStringLiteral("id")].toString();
        QVERIFY(on(*carol, "calls.accept", talk).contains(QStringLiteral("result")));
        alice.reset();
        bob.reset();
        carol.reset();
        m_backend->stop();
        m_clock.advance(3600 * 1000); // the server stays down an hour
        QVERIFY(m_backend->restart());
        alice = as(QStringLiteral("alice"));
        bob = as(QStringLiteral("bob"));
        const QJsonObject cut = bob->result(QStringLiteral("calls.get"), {{QStringLiteral("callId"), talk}})[QStringLiteral("call")].toObject();
        QCOMPARE(cut[QStringLiteral("outcome")].toString(), QStringLiteral("completed"));
        // The downtime is not call time: it ended, at the latest, with the last thing known of it.
        QVERIFY2(cut[QStringLiteral("durationMs")].toInteger() < 60000, qPrintable(QString::number(cut[QStringLiteral("durationMs")].toInteger())));
        const QJsonObject after = alice->result(QStringLiteral("calls.get"), {{QStringLiteral("callId"), first}})[QStringLiteral("call")].toObject();
        QCOMPARE(after[QStringLiteral("state")].toString(), QStringLiteral("ended"));
        QCOMPARE(after[QStringLiteral("outcome")].toString(), QStringLiteral("missed"));
        QVERIFY(alice->result(QStringLiteral("calls.active"))[QStringLiteral("calls")].toArray().isEmpty());
        QCOMPARE(alice->result(QStringLiteral("calls.start"), p)[QStringLiteral("call")][QStringLiteral("id")].toString(), first);
    }

    // TURN credentials: coturn's REST scheme, checked with an independent HMAC.
    void turnCredentialsAreShortLived()
    {
        auto bob = as(QStringLiteral("bob"));
        const QString bobId = idOf(*bob);
        const QJsonObject r = bob->result(QStringLiteral("calls.iceServers"));
        QCOMPARE(r[QStringLiteral("ttlSeconds")].toInt(), 600);
        const QJsonArray servers = r[QStringLiteral("iceServers")].toArray();
        QCOMPARE(servers.size(), 2);
        QCOMPARE(servers[0][QStringLiteral("urls")].toArray(), QJsonArray{QStringLiteral("stun:127.0.0.1:3478")});
        QVERIFY(!servers[0].toObject().contains(QStringLiteral("credential")));
        const QString username = servers[1][QStringLiteral("username")].toString();
        const qint64 expiry = username.section(QLatin1Char(':'), 0, 0).toLongLong();
        QCOMPARE(username.section(QLatin1Char(':'), 1), bobId);
        QVERIFY(qAbs(expiry - (m_clock.nowMs() / 1000 + 600)) <= 5); // the server's clock (moved on in this test)
        QCOMPARE(servers[1][QStringLiteral("credential")].toString(),
                 QString::fromLatin1(QMessageAuthenticationCode::hash(username.toUtf8(), kTurnSecret, QCryptographicHash::Sha1).toBase64()));
        QVERIFY(!QJsonDocument(r).toJson().contains(kTurnSecret));
    }
};

QTEST_GUILESS_MAIN(TstCalls)
#include "tst_calls.moc"
