#pragma once
// One desktop app in a call test (tests/ui/tst_ui_calls.cpp, tests/bench/bench_calls.cpp):
// a UiHarness launch signed in as a demo user, its CallManager, its call window
// (a window of its own, found among the application's top-level windows by
// engine) and the figures its call page measured.

#include "calls/call_manager.h"
#include "ui_harness.h"

#include <QtWebEngineQuick/QtWebEngineQuick>

#include <functional>

namespace azc::uitest {

// Chromium under test: fake camera and microphone that need no prompt, no
// GPU, no sandbox (the tests run as root); before QtWebEngineQuick::initialize().
void useFakeMediaDevices();

// TURN from AZC_TEST_TURN_URL / AZC_TEST_TURN_SECRET (scripts/turn.sh) for the
// backend's calls; false when they are not set.
bool configureTurnFromEnvironment();

struct CallClient {
    UiHarness ui;
    QString userId;

    bool start(const QString &username, const QString &language = QStringLiteral("en"), bool dark = false);
    CallManager *calls() const { return CallManager::of(ui.engine()); }
    QQuickWindow *callWindow() const;
    QObject *findInCall(const QString &name) const;
    // A real click in the call window, at the centre of the item called `name`.
    bool clickInCall(const QString &name);
    qint64 packetsFrom(const QString &peerId) const;
    QString conversationWhere(const QString &kind, const QString &titleOrPeer);
    bool openConversation(const QString &conversationId);
    QString screenshotCall(const QString &name) const;
};

// Waits in a running event loop, as the app does. QTest::qWaitFor alternates
// processEvents with 10 ms sleeps, and Chromium's browser-side tasks (which
// run on this thread through Qt WebEngine's message pump) then lagged the
// page's messages by 300–800 ms during a call: measured with a ping from the
// page, 6 ms idle vs up to 830 ms in a call under qWaitFor, under 30 ms here.
bool waitInEventLoop(const std::function<bool()> &done, int timeoutMs);

// Both ends hear each other: inbound RTP from the other side on both, within `timeoutMs`.
bool mediaFlows(CallClient &a, CallClient &b, int timeoutMs = 20000);

} // namespace azc::uitest
