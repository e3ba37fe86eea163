#include "foundation/app_context.h"

#include "foundation/document_image_provider.h"
#include "foundation/error_sink.h"
#include "foundation/event_hub.h"
#include "foundation/language_manager.h"
#include "foundation/barcode.h"
#include "foundation/qr_code.h"
#include "foundation/rpc_transport.h"
#include "foundation/session.h"
#include "foundation/theme.h"
#include "foundation/token_store.h"

#include <QLocale>
#include <QQmlEngine>
#include <QSettings>

namespace azc {

namespace {
constexpr const char *ContextProperty = "_azcAppContext";
}

AppContext::AppContext(AppOptions options, QObject *parent) : AppContext(std::move(options), nullptr, parent) {}

AppContext::AppContext(AppOptions options, RpcTransport *transport, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_client(new ApiClient(this)),
      m_transport(transport ? transport : new ApiClientTransport(m_client, this)),
      m_events(new EventHub(m_transport, this)),
      m_errors(new ErrorSink(this)),
      m_tokens(new TokenStore(m_options.keychainService, m_options.keychainKey,
                              m_options.useKeychain ? TokenStore::Mode::Keychain
                                                    : TokenStore::Mode::MemoryOnly,
                              this)),
      m_session(new Session(m_client, m_transport, m_events, m_tokens, m_errors, this)),
      m_theme(new Theme(this)),
      m_language(new LanguageManager(this)),
      m_documents(std::make_shared<DocumentCache>()),
      m_chatImages(std::make_shared<DocumentCache>())
{
    connect(m_theme, &Theme::changed, this, &AppContext::savePreferences);
    connect(m_language, &LanguageManager::changed, this, &AppContext::savePreferences);
}

AppContext::~AppContext() = default;

void AppContext::attach(QQmlEngine *engine)
{
    engine->setProperty(ContextProperty, QVariant::fromValue(static_cast<QObject *>(this)));
    // Qt 6.4 puts the module's qmldir at :/AzCoiner/qmldir, which is not on the
    // default import path; without it only the C++ types would be found.
    engine->addImportPath(QStringLiteral("qrc:/"));
    engine->addImageProvider(DocumentImageProvider::Id, new DocumentImageProvider(m_documents));
    engine->addImageProvider(QrImageProvider::Id, new QrImageProvider);
    engine->addImageProvider(BarcodeImageProvider::Id, new BarcodeImageProvider);
    engine->addImageProvider(QStringLiteral("chatimage"), new DocumentImageProvider(m_chatImages));
    m_language->setEngine(engine);
}

AppContext *AppContext::of(const QQmlEngine *engine)
{
    if (!engine)
        return nullptr;
    return qobject_cast<AppContext *>(engine->property(ContextProperty).value<QObject *>());
}

void AppContext::start(const QUrl &serverUrl, const QByteArray &launchSecret)
{
    m_session->start(serverUrl, launchSecret);
}

void AppContext::failStartup(const QString &why)
{
    m_session->failStartup(why);
}

void AppContext::loadPreferences(const QString &languageOverride, const QString &themeOverride)
{
    QString language = languageOverride;
    QString theme = themeOverride;
    if (m_options.persistPreferences) {
        const QSettings settings;
        if (language.isEmpty())
            language = settings.value(QStringLiteral("ui/language")).toString();
        if (theme.isEmpty())
            theme = settings.value(QStringLiteral("ui/theme")).toString();
    }
    if (language.isEmpty())
        language = LanguageManager::matchLocale(QLocale::system().name());
    m_loadingPreferences = true;
    m_theme->setDark(theme == QLatin1String("dark"));
    m_language->setCurrent(language);
    m_loadingPreferences = false;
}

void AppContext::savePreferences()
{
    if (!m_options.persistPreferences || m_loadingPreferences)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("ui/language"), m_language->current());
    settings.setValue(QStringLiteral("ui/theme"), m_theme->dark() ? QStringLiteral("dark") : QStringLiteral("light"));
}

} // namespace azc
