#pragma once
// desktop/ holds the view models of the AZCoiner desktop client. AppContext is
// their composition root: one per QML engine, owning the ApiClient and the
// app-wide objects the QML singletons (Session, Errors, Theme, Language)
// stand for. main() builds one; so does each UI test, against its own backend.
// QML reaches it through the engine it is attached to, never through a global.

#include "client/api_client.h"

#include <QJSEngine>
#include <QLoggingCategory>
#include <QObject>
#include <QUrl>
#include <memory>

class QQmlEngine;

namespace azc {

class DocumentCache;
class ErrorSink;
class EventHub;
class RpcTransport;
class LanguageManager;
class Session;
class Theme;
class TokenStore;

struct AppOptions {
    QString keychainService = QStringLiteral("azcoiner");
    QString keychainKey = QStringLiteral("session"); // one token per server / data folder
    bool useKeychain = true;                         // tests keep the token in memory
    bool persistPreferences = true;                  // tests leave the user's settings alone
};

class AppContext : public QObject
{
    Q_OBJECT
public:
    explicit AppContext(AppOptions options, QObject *parent = nullptr);
    // For view-model tests: calls and pushes through `transport` (kept by
    // the caller, outliving the context) instead of the WebSocket client.
    AppContext(AppOptions options, RpcTransport *transport, QObject *parent = nullptr);
    ~AppContext() override;

    ApiClient *client() const { return m_client; }
    RpcTransport *transport() const { return m_transport; }
    EventHub *events() const { return m_events; }
    ErrorSink *errors() const { return m_errors; }
    Session *session() const { return m_session; }
    const AppOptions &options() const { return m_options; }
    Theme *theme() const { return m_theme; }
    LanguageManager *language() const { return m_language; }
    TokenStore *tokens() const { return m_tokens; }
    std::shared_ptr<DocumentCache> documents() const { return m_documents; }
    // Chat image previews by fileId, shown as "image://chatimage/<fileId>".
    std::shared_ptr<DocumentCache> chatImages() const { return m_chatImages; }

    // Makes this context the one QML in `engine` sees and installs the
    // image provider for KYC documents ("image://kycdoc/<fileId>").
    void attach(QQmlEngine *engine);
    static AppContext *of(const QQmlEngine *engine);

    // Restores a saved session if there is one, then connects.
    void start(const QUrl &serverUrl, const QByteArray &launchSecret = {});
    // The backend could not be reached at all (the embedded one did not start).
    void failStartup(const QString &why);

    // Theme and language from the saved preferences (or the system locale).
    void loadPreferences(const QString &languageOverride, const QString &themeOverride);

    // The factory behind each QML singleton: hands QML the context's object
    // without giving QML ownership of it.
    template<typename T>
    static T *singletonFor(QQmlEngine *engine, T *(AppContext::*getter)() const)
    {
        AppContext *context = of(engine);
        if (!context) {
            qCritical("AzCoiner QML singletons need an AppContext attached to the engine");
            return nullptr;
        }
        T *object = (context->*getter)();
        QJSEngine::setObjectOwnership(object, QJSEngine::CppOwnership);
        return object;
    }

private:
    void savePreferences();

    AppOptions m_options;
    bool m_loadingPreferences = false; // a --lang/--theme override is not a saved choice
    ApiClient *m_client;
    RpcTransport *m_transport;
    EventHub *m_events;
    ErrorSink *m_errors;
    TokenStore *m_tokens;
    Session *m_session;
    Theme *m_theme;
    LanguageManager *m_language;
    std::shared_ptr<DocumentCache> m_documents;
    std::shared_ptr<DocumentCache> m_chatImages;
};

} // namespace azc
