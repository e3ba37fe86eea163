// Calls in the real desktop app, two (or three) apps in one process against
// one backend, with real Chromium WebRTC and its fake camera and microphone
// (under Xvfb): Alice video-calls Bob from the chat header, Bob's incoming
// window rings and he accepts, RTP flows both ways (the page's getStats),
// both screens show the same verification code, Alice hangs up and both
// ends see it end; the record is completed with a duration and the chat has
// the bubble. The same call forced through TURN (coturn, scripts/turn.sh)
// when AZC_TEST_TURN_URL / AZC_TEST_TURN_SECRET are set; a group call of
// three; Persian in the dark theme. Screenshots: calls_*.

#include "call_client.h"
#include "chat/chat_messages_model.h"
#include "foundation/session.h"

#include <QJsonArray>
#include <QtTest>

using namespace azc;
using namespace azc::uitest;

namespace {

// The header's call button once the conversation's kind is known and the header laid out.
bool clickCallButton(CallClient &c, bool video)
{
    const QString name = video ? QStringLiteral("videoCallButton") : QStringLiteral("audioCallButton");
    if (!QTest::qWaitFor([&] { QQuickItem *b = c.ui.item(name); return b && b->isVisible() && b->width() > 0; }, 10000))
        return false;
    QTest::qWait(150); // the polish pass that places it
    return c.ui.click(name);
}

} // namespace

class TestUiCalls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void directVideoCall();
    void relayOnlyCall();
    void groupCallOfThree();
    void darkPersian();
    void answeredTheMomentItRings();

private:
    // A calls B in `conversationId` by the header's button, B accepts with the given button; both connected.
    void callAndAnswer(CallClient &a, CallClient &b, const QString &conversationId, bool video, const QString &acceptButton);
    void hangUpAndCheck(CallClient &a, CallClient &b, const QString &callId);

    CallClient m_a, m_b, m_c;
    bool m_turn = false;
};

void TestUiCalls::initTestCase()
{
    m_turn = configureTurnFromEnvironment();
    QString error;
    QVERIFY2(UiHarness::startBackend(&error), qPrintable(error));
}

void TestUiCalls::cleanup()
{
    for (CallClient *c : {&m_a, &m_b, &m_c}) {
        if (c->ui.engine() && c->calls() && c->calls()->state() != QLatin1String("idle")) {
            c->calls()->hangUp();
            QTest::qWait(300);
        }
        c->ui.close();
    }
}

void TestUiCalls::cleanupTestCase()
{
    UiHarness::stopBackend();
}

void TestUiCalls::callAndAnswer(CallClient &a, CallClient &b, const QString &conversationId, bool video,
                                const QString &acceptButton)
{
    QVERIFY(a.openConversation(conversationId));
    QVERIFY(clickCallButton(a, video));
    QTRY_COMPARE_WITH_TIMEOUT(a.calls()->state(), QStringLiteral("outgoing"), 10000);
    // Bob's phone rings: his call window, with Alice's name and the kind of call.
    QTRY_COMPARE_WITH_TIMEOUT(b.calls()->state(), QStringLiteral("incoming"), 10000);
    QTRY_VERIFY(b.callWindow() && b.callWindow()->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(b.callWindow()));
    QCOMPARE(b.calls()->callId(), a.calls()->callId());
    QCOMPARE(b.findInCall(QStringLiteral("incomingCallerName"))->property("text").toString(), a.ui.context()->session()->displayName());
    QCOMPARE(b.calls()->video(), video);
    QVERIFY(b.clickInCall(acceptButton + QStringLiteral("Round")));
    QTRY_COMPARE_WITH_TIMEOUT(b.calls()->state(), QStringLiteral("active"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(a.calls()->state(), QStringLiteral("active"), 10000);
    // The push saying Bob joined comes before the answer to his accept: this app answered, not another.
    QVERIFY(!b.calls()->answeredElsewhere());
    // RTP both ways, as each page's getStats counts it.
    QVERIFY2(mediaFlows(a, b), qPrintable(QStringLiteral("inbound packets: at %1 %2, at %3 %4")
                                              .arg(a.userId).arg(a.packetsFrom(b.userId)).arg(b.userId).arg(b.packetsFrom(a.userId))));
    for (CallClient *c : {&a, &b}) {
        const QVariantMap s = c->calls()->peerStats(c == &a ? b.userId : a.userId);
        QVERIFY(s.value(QStringLiteral("packetsSent")).toDouble() > 0);
        QVERIFY(s.value(QStringLiteral("bytesReceived")).toDouble() > 0);
    }
}

void TestUiCalls::hangUpAndCheck(CallClient &a, CallClient &b, const QString &callId)
{
    QVERIFY(a.clickInCall(QStringLiteral("hangUpButtonRound")));
    QTRY_VERIFY_WITH_TIMEOUT(a.calls()->state() == QLatin1String("ended") || a.calls()->state() == QLatin1String("idle"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(b.calls()->state() == QLatin1String("ended") || b.calls()->state() == QLatin1String("idle"), 5000);
    // The record: completed, with the time from the answer to the end.
    const auto list = a.ui.callNow(QStringLiteral("calls.list"), {{QStringLiteral("limit"), 5}});
    QVERIFY(list);
    const QJsonObject last = list->value(QLatin1String("calls")).toArray().first().toObject();
    QCOMPARE(last.value(QLatin1String("id")).toString(), callId);
    QCOMPARE(last.value(QLatin1String("state")).toString(), QStringLiteral("ended"));
    QCOMPARE(last.value(QLatin1String("outcome")).toString(), QStringLiteral("completed"));
    QVERIFY2(last.value(QLatin1String("durationMs")).toDouble() >= 1000, "a call that carried media for a second or more");
    QTRY_COMPARE_WITH_TIMEOUT(a.calls()->state(), QStringLiteral("idle"), 6000); // the window goes after a moment
}

void TestUiCalls::directVideoCall()
{
    QVERIFY(m_a.start(QStringLiteral("alice")));
    QVERIFY(m_b.start(QStringLiteral("bob")));
    const QString direct = m_a.conversationWhere(QStringLiteral("direct"), QStringLiteral("bob"));
    QVERIFY(!direct.isEmpty());

    QVERIFY(m_a.openConversation(direct));
    QVERIFY(clickCallButton(m_a, true));
    QTRY_COMPARE_WITH_TIMEOUT(m_a.calls()->state(), QStringLiteral("outgoing"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_b.calls()->state(), QStringLiteral("incoming"), 10000);
    QTRY_VERIFY(m_b.callWindow() && m_b.callWindow()->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(m_b.callWindow()));
    m_b.screenshotCall(QStringLiteral("calls_incoming"));
    QCOMPARE(m_b.findInCall(QStringLiteral("incomingCallKind"))->property("text").toString(), QStringLiteral("Incoming video call"));
    QVERIFY(m_b.clickInCall(QStringLiteral("acceptVideoButtonRound")));
    QTRY_COMPARE_WITH_TIMEOUT(m_a.calls()->state(), QStringLiteral("active"), 10000);
    QVERIFY2(mediaFlows(m_a, m_b), qPrintable(QStringLiteral("inbound packets: alice %1, bob %2")
                                                  .arg(m_a.packetsFrom(m_b.userId)).arg(m_b.packetsFrom(m_a.userId))));
    // Video frames decoded on both sides, not only audio.
    QTRY_VERIFY_WITH_TIMEOUT(m_a.calls()->peerStats(m_b.userId).value(QStringLiteral("framesDecoded")).toDouble() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_b.calls()->peerStats(m_a.userId).value(QStringLiteral("framesDecoded")).toDouble() > 0, 10000);

    // The same verification code on both screens, from the fingerprints each side really negotiated.
    QTRY_VERIFY(!m_a.calls()->verificationDigits().isEmpty());
    QTRY_VERIFY(!m_b.calls()->verificationDigits().isEmpty());
    QCOMPARE(m_a.calls()->verificationDigits(), m_b.calls()->verificationDigits());
    QCOMPARE(m_a.calls()->verificationEmoji(), m_b.calls()->verificationEmoji());
    QCOMPARE(m_a.calls()->verificationEmoji().split(QLatin1Char(' ')).size(), 4);
    // A quality level per peer from the statistics.
    QTRY_VERIFY_WITH_TIMEOUT(!m_a.calls()->peerStats(m_b.userId).value(QStringLiteral("quality")).toString().isEmpty(), 5000);
    QTest::qWait(1500); // a second of call time and a few frames on the tiles
    m_a.screenshotCall(QStringLiteral("calls_in_call"));

    // Muting is what Bob's side hears of: calls.media reaches him as Alice's participant state.
    QVERIFY(m_a.clickInCall(QStringLiteral("muteButtonRound")));
    QTRY_VERIFY_WITH_TIMEOUT(m_a.calls()->muted(), 3000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_b.calls()->participants().value(0).toMap().value(QStringLiteral("audio")).toBool(), 5000);
    QVERIFY(m_a.clickInCall(QStringLiteral("muteButtonRound")));

    const QString callId = m_a.calls()->callId();
    hangUpAndCheck(m_a, m_b, callId);

    // The bubble in Alice's chat: her outgoing video call, with its length.
    const QString bubble = QStringLiteral("callBubble_") + callId;
    QTRY_VERIFY_WITH_TIMEOUT(m_a.ui.item(bubble) && m_a.ui.item(bubble)->isVisible(), 10000);
    QCOMPARE(m_a.ui.find(bubble)->findChild<QObject *>(QStringLiteral("callBubbleTitle"))->property("text").toString(),
             QStringLiteral("Outgoing video call"));
    m_a.ui.screenshot(QStringLiteral("calls_bubble"));

    // More calls in the same apps, both ways: the kept call page serves each next call, and the
    // windows that closed lay out again when they reopen (the second call crashed Qt 6.4's layouts
    // when a Repeater's delegates were deleted while the window was hidden).
    callAndAnswer(m_a, m_b, direct, true, QStringLiteral("acceptVideoButton"));
    QTest::qWait(1000);
    hangUpAndCheck(m_a, m_b, m_a.calls()->callId());
    callAndAnswer(m_b, m_a, direct, false, QStringLiteral("acceptCallButton"));
    QCOMPARE(m_a.calls()->video(), false);
    QTest::qWait(1000);
    hangUpAndCheck(m_b, m_a, m_b.calls()->callId());
}

void TestUiCalls::relayOnlyCall()
{
    if (!m_turn)
        QSKIP("AZC_TEST_TURN_URL and AZC_TEST_TURN_SECRET are not set (scripts/turn.sh starts coturn and sets them)");
    QVERIFY(m_a.start(QStringLiteral("alice")));
    QVERIFY(m_b.start(QStringLiteral("bob")));
    // The server hands out TURN credentials (coturn's REST scheme), never a static password.
    const auto ice = m_a.ui.callNow(QStringLiteral("calls.iceServers"));
    QVERIFY(ice);
    const QJsonObject server = ice->value(QLatin1String("iceServers")).toArray().first().toObject();
    QVERIFY(server.value(QLatin1String("username")).toString().contains(QLatin1Char(':')));
    QVERIFY(!server.value(QLatin1String("credential")).toString().isEmpty());

    m_a.calls()->setRelayOnly(true);
    m_b.calls()->setRelayOnly(true);
    const QString direct = m_a.conversationWhere(QStringLiteral("direct"), QStringLiteral("bob"));
    callAndAnswer(m_a, m_b, direct, false, QStringLiteral("acceptCallButton"));
    // Both ends talk through the relay: the selected pair is a relay candidate on each side.
    QTRY_COMPARE_WITH_TIMEOUT(m_a.calls()->peerStats(m_b.userId).value(QStringLiteral("localCandidate")).toString(), QStringLiteral("relay"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_b.calls()->peerStats(m_a.userId).value(QStringLiteral("localCandidate")).toString(), QStringLiteral("relay"), 5000);
    QTest::qWait(1000);
    hangUpAndCheck(m_a, m_b, m_a.calls()->callId());
}

void TestUiCalls::groupCallOfThree()
{
    QVERIFY(m_a.start(QStringLiteral("alice")));
    QVERIFY(m_b.start(QStringLiteral("bob")));
    QVERIFY(m_c.start(QStringLiteral("carol")));
    const QString hike = m_a.conversationWhere(QStringLiteral("group"), QStringLiteral("Weekend hike"));
    QVERIFY(!hike.isEmpty());
    // Alice calls the group (Bob, Carol and Dariush ring; Dariush is not here).
    callAndAnswer(m_a, m_b, hike, true, QStringLiteral("acceptVideoButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_c.calls()->state(), QStringLiteral("incoming"), 10000);
    QVERIFY(m_c.calls()->group());
    QTRY_VERIFY(m_c.callWindow() && m_c.callWindow()->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(m_c.callWindow()));
    QVERIFY(m_c.clickInCall(QStringLiteral("acceptVideoButtonRound")));
    // Carol offers to both who are already in: a full mesh of three.
    QVERIFY(mediaFlows(m_a, m_c));
    QVERIFY(mediaFlows(m_b, m_c));
    QVERIFY(mediaFlows(m_a, m_b));
    QTest::qWait(1500);
    m_c.screenshotCall(QStringLiteral("calls_group"));
    // Alice leaves: Bob and Carol go on.
    QVERIFY(m_a.clickInCall(QStringLiteral("hangUpButtonRound")));
    QTRY_VERIFY_WITH_TIMEOUT(m_a.calls()->state() != QLatin1String("active"), 5000);
    QTest::qWait(1000);
    QCOMPARE(m_b.calls()->state(), QStringLiteral("active"));
    QCOMPARE(m_c.calls()->state(), QStringLiteral("active"));
    QVERIFY(m_b.clickInCall(QStringLiteral("hangUpButtonRound")));
    QTRY_VERIFY_WITH_TIMEOUT(m_b.calls()->state() != QLatin1String("active"), 5000);
    // Carol is alone with Dariush still ringing (the backend keeps such a call until the ring
    // times out); her hang-up ends it for everyone.
    const QString callId = m_c.calls()->callId();
    QVERIFY(m_c.clickInCall(QStringLiteral("hangUpButtonRound")));
    QTRY_VERIFY_WITH_TIMEOUT(m_c.calls()->state() != QLatin1String("active"), 5000);
    const auto got = m_c.ui.callNow(QStringLiteral("calls.get"), {{QStringLiteral("callId"), callId}});
    QVERIFY(got);
    const QJsonObject call = got->value(QLatin1String("call")).toObject();
    QCOMPARE(call.value(QLatin1String("state")).toString(), QStringLiteral("ended"));
    QCOMPARE(call.value(QLatin1String("outcome")).toString(), QStringLiteral("completed"));

    // From the group's members, a one-to-one call: it rings in the direct chat, not the group.
    // The member list scrolls (four rows do not fit at this size): call whichever of Bob and Carol
    // is wholly in view.
    QTRY_COMPARE_WITH_TIMEOUT(m_a.calls()->state(), QStringLiteral("idle"), 6000);
    QVERIFY(m_a.openConversation(hike));
    QVERIFY(m_a.ui.click(QStringLiteral("conversationInfoButton")));
    QQuickItem *list = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((list = m_a.ui.item(QStringLiteral("chatMembersView"))) && list->property("count").toInt() == 4, 10000);
    QTest::qWait(300); // laid out
    QVERIFY(!m_a.ui.item(QStringLiteral("memberCall_alice"))->isVisible()); // not oneself
    auto inView = [&](const QString &username) {
        QQuickItem *b = m_a.ui.item(QStringLiteral("memberCall_") + username);
        if (!b || !b->isVisible() || !b->isEnabled() || b->width() <= 0)
            return false;
        const QRectF r = b->mapRectToItem(list, QRectF(0, 0, b->width(), b->height()));
        return QRectF(0, 0, list->width(), list->height()).contains(r);
    };
    CallClient *callee = inView(QStringLiteral("bob")) ? &m_b : inView(QStringLiteral("carol")) ? &m_c : nullptr;
    QVERIFY2(callee, "neither Bob's nor Carol's row is in view");
    const QString calleeName = callee == &m_b ? QStringLiteral("bob") : QStringLiteral("carol");
    QVERIFY(m_a.ui.click(QStringLiteral("memberCall_") + calleeName));
    QTRY_COMPARE_WITH_TIMEOUT(m_a.calls()->state(), QStringLiteral("outgoing"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(callee->calls()->state(), QStringLiteral("incoming"), 10000);
    QCOMPARE(callee->calls()->group(), false);
    QCOMPARE(m_a.calls()->conversationId(), m_a.conversationWhere(QStringLiteral("direct"), calleeName));
    m_a.calls()->hangUp();
    QTRY_COMPARE_WITH_TIMEOUT(callee->calls()->outcome(), QStringLiteral("cancelled"), 5000);
}

void TestUiCalls::darkPersian()
{
    QVERIFY(m_a.start(QStringLiteral("alice")));
    QVERIFY(m_b.start(QStringLiteral("bob"), QStringLiteral("fa"), true));
    const QString direct = m_a.conversationWhere(QStringLiteral("direct"), QStringLiteral("bob"));
    QVERIFY(m_a.openConversation(direct));
    QVERIFY(clickCallButton(m_a, true));
    QTRY_COMPARE_WITH_TIMEOUT(m_b.calls()->state(), QStringLiteral("incoming"), 10000);
    QTRY_VERIFY(m_b.callWindow() && m_b.callWindow()->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(m_b.callWindow()));
    m_b.screenshotCall(QStringLiteral("calls_incoming_fa_dark"));
    QVERIFY(m_b.clickInCall(QStringLiteral("acceptCallButtonRound"))); // voice only: Bob's tile stays an avatar at Alice's
    QVERIFY(mediaFlows(m_a, m_b));
    QTest::qWait(2000);
    m_b.screenshotCall(QStringLiteral("calls_in_call_fa_dark"));
    const QString callId = m_a.calls()->callId();
    hangUpAndCheck(m_b, m_a, callId);
    // Bob's chat: the bubble, and the history tab.
    QVERIFY(m_b.openConversation(direct));
    QTRY_VERIFY_WITH_TIMEOUT(m_b.ui.item(QStringLiteral("callBubble_") + callId), 10000);
    m_b.ui.screenshot(QStringLiteral("calls_bubble_fa_dark"));
    QVERIFY(m_b.ui.click(QStringLiteral("chatsTab_calls")));
    QTRY_VERIFY_WITH_TIMEOUT(m_b.ui.item(QStringLiteral("callRow_") + callId), 10000);
    m_b.ui.screenshot(QStringLiteral("calls_history_fa_dark"));
}

// Calls answered in the very turn they ring (as an auto-answer would), one after another in the
// same apps: the windows resize from ringing to in-call while the quality chips come and go. Qt 6.4's
// layouts crashed on the second such call when the chips' delegates sat straight in a RowLayout.
void TestUiCalls::answeredTheMomentItRings()
{
    QVERIFY(m_a.start(QStringLiteral("alice")));
    QVERIFY(m_b.start(QStringLiteral("bob")));
    const QString direct = m_a.conversationWhere(QStringLiteral("direct"), QStringLiteral("bob"));
    const QMetaObject::Connection autoAnswer = connect(m_b.calls(), &CallManager::stateChanged, m_b.calls(), [this] {
        if (m_b.calls()->state() == QLatin1String("incoming"))
            m_b.calls()->accept(true);
    });
    for (int i = 0; i < 3; ++i) {
        m_a.calls()->startCall(direct, true);
        QVERIFY2(mediaFlows(m_a, m_b), qPrintable(QStringLiteral("call %1").arg(i + 1)));
        m_a.calls()->hangUp();
        QVERIFY(waitInEventLoop([this] { return m_a.calls()->state() == QLatin1String("ended")
                                               && m_b.calls()->state() == QLatin1String("ended"); }, 5000));
        m_a.calls()->dismiss();
        m_b.calls()->dismiss();
        (void)waitInEventLoop([] { return false; }, 300); // the windows hide and lay out
    }
    disconnect(autoAnswer);
}

int main(int argc, char *argv[])
{
    useFakeMediaDevices();
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    TestUiCalls test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_ui_calls.moc"
