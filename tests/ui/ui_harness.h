#pragma once
// Drives the real desktop UI in tests: an in-process backend (azc::Backend
// on its own thread, demo data, a temporary data folder), the real QML module
// and view models rendered offscreen, items found by objectName, and
// screenshots saved to <build>/screenshots for people to look at. The backend
// follows a private anvil chain (AZC_TEST_ANVIL_BIN) for deposits and
// withdrawals; without one the other flows still run.

#include "anvil_node.h"
#include "foundation/app_context.h"
#include "embedded/embedded_backend.h"

#include "common/amount.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QTest>
#include <QQuickItem>
#include <QQuickWindow>
#include <QJsonObject>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <optional>

namespace azc::uitest {

class UiHarness
{
public:
    // Starts the shared backend once; false (with a message) if it cannot.
    static bool startBackend(QString *error);
    // A test's own settings for the backend (e.g. the calls' TURN server), applied by the next startBackend().
    static void configureBackend(std::function<void(BackendConfig &)> configure);
    static void stopBackend();
    static QUrl backendUrl();
    static QUrl paymentApiUrl(); // the partner HTTP API of the shared backend
    static QByteArray launchSecret();
    // The backend's data folder (its SQLite database is azcoiner.db there), for test-only fast paths.
    static QString dataDir();
    // The private anvil chain the backend's custody follows (network "anvil",
    // ETH and the AZC token), or null when it could not start (custodyError says why).
    static test::AnvilNode *anvil();
    static QByteArray tokenAddress();
    static QString custodyError();

    // A fresh app (context, engine, window), like a new launch of azcoiner.
    bool launch(const QString &language = QStringLiteral("en"), bool dark = false);
    void close();

    QQuickWindow *window() const { return m_window; }
    AppContext *context() const { return m_context.get(); }
    QQmlEngine *engine() const { return m_engine.get(); }

    // The first object called `name`, visible or not, searched through the
    // QObject tree and the visual item tree (delegates, popups) alike.
    QObject *find(const QString &name) const;
    QQuickItem *item(const QString &name) const { return qobject_cast<QQuickItem *>(find(name)); }
    template<typename T>
    T *findAs(const QString &name) const { return qobject_cast<T *>(find(name)); }

    // Calls a method on this window's connection and waits for the answer
    // (the result, or nullopt on an error or after 10 s): test set-up and checks.
    std::optional<QJsonObject> callNow(const QString &method, const QJsonObject &params = {});

    void setText(const QString &name, const QString &text);
    // A real mouse click at the item's centre when it is on screen,
    // otherwise the button's clicked() signal.
    bool click(const QString &name);
    bool signIn(const QString &username, const QString &password);
    bool signOut();
    bool openSection(const QString &key); // "kyc", "profile", "support", "admin", ...
    // Scrolls the page (a Flickable) holding the item so that it is in view.
    void scrollIntoView(const QString &name);

    // Saves <build>/screenshots/<name>.png; returns the path.
    QString screenshot(const QString &name);

private:
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

// An exact amount from the server's decimal text (Amount::min() when malformed, which no check expects).
Amount exactAmount(const QString &text);

} // namespace azc::uitest

// main() of a UI test: the software renderer and the Material style, as the app uses offscreen.
#define AZC_UI_TEST_MAIN(TestClass)                                     \
    int main(int argc, char *argv[])                                    \
    {                                                                   \
        QGuiApplication app(argc, argv);                                \
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);   \
        QQuickStyle::setStyle(QStringLiteral("Material"));              \
        TestClass test;                                                 \
        return QTest::qExec(&test, argc, argv);                         \
    }
