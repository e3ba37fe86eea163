// BENCH miniprogram_paint: how long a person waits between "Open" and the
// program's first painted frame, in the real desktop app with real Chromium
// (under Xvfb, no GPU): the catalogue's open call, the bundle (downloaded the
// first time, from the verified cache after), its hash and signature checked,
// a fresh off-the-record profile, the page, the SDK's bridge, two animation
// frames. The first open also starts Chromium itself. Target: 1,000 ms.
// Knobs: AZC_BENCH_OPENS (default 10).

#include "bench_knob.h"
#include "miniprograms/program_scheme.h"
#include "miniprograms/program_session.h"
#include "ui_harness.h"

#include <QTemporaryDir>
#include <QtTest>
#include <QtWebEngineQuick/QtWebEngineQuick>
#include <algorithm>
#include <cstdio>

using namespace azc;
using namespace azc::uitest;

int main(int argc, char *argv[])
{
    registerProgramScheme();
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QTemporaryDir cache;
    ProgramSession::setCacheDir(cache.path());
    QString error;
    if (!UiHarness::startBackend(&error)) {
        std::fprintf(stderr, "backend: %s\n", qPrintable(error));
        return 1;
    }
    int rc = 0;
    {
        UiHarness ui;
        if (!ui.launch() || !ui.signIn(QStringLiteral("bob"), QStringLiteral("AzcBob#2026")) || !ui.openSection(QStringLiteral("apps"))) {
            std::fprintf(stderr, "could not reach the catalogue\n");
            return 1;
        }
        QTest::qWait(500);
        auto *session = ui.findAs<ProgramSession>(QStringLiteral("programSession"));
        const int opens = bench::knob("AZC_BENCH_OPENS", 10);
        QList<int> times;
        for (int i = 0; i < opens && rc == 0; ++i) {
            const QString program = i % 2 == 0 ? QStringLiteral("corner-shop") : QStringLiteral("split-bill");
            // A real event loop while waiting, as the app has: Chromium's browser thread is
            // Qt's main thread, and QTest::qWaitFor's 10 ms naps between its tasks would be measured too.
            QSignalSpy painted(session, &ProgramSession::firstPaint);
            session->open(program);
            if (!painted.wait(20000)) {
                std::fprintf(stderr, "%s never painted (state %d: %s)\n", qPrintable(program), int(session->state()), qPrintable(session->error()));
                rc = 1;
                break;
            }
            times.append(session->firstPaintMs());
            std::printf("open %2d  %-12s first paint %4d ms%s\n", i + 1, qPrintable(program), session->firstPaintMs(),
                        i < 2 ? "  (bundle downloaded and verified)" : "  (verified from the cache)");
            session->close();
            QTest::qWait(300); // the page and its profile go away
        }
        if (rc == 0 && times.size() > 2) {
            QList<int> warm = times.mid(2);
            std::sort(warm.begin(), warm.end());
            const int p50 = warm.at(warm.size() / 2), worst = warm.last();
            std::printf("first paint: Chromium's first start %d ms; cached p50 %d ms, worst %d ms; target 1000 ms: %s\n",
                        times.first(), p50, worst, std::max(times.first(), worst) <= 1000 ? "met" : "MISSED");
            std::printf("BENCH miniprogram_paint cold_ms=%d warm_p50_ms=%d warm_max_ms=%d opens=%d target_ms=1000\n",
                        times.first(), p50, worst, int(times.size()));
        }
        ui.close();
    }
    UiHarness::stopBackend();
    return rc;
}
