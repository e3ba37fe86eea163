// azcoiner: the desktop client. Everything but start-up lives in azc_desktop.

#include "foundation/app_context.h"
#include "command_line.h"
#include "foundation/custody_passphrase.h"
#include "embedded/embedded_backend.h"
#include "foundation/qml_entry.h"
#include "miniprograms/program_scheme.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QtWebEngineQuick/QtWebEngineQuick>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(AzCoinerPlugin)

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const azc::CommandLine commandLine = azc::parseCommandLine(arguments);
    if (commandLine.exitNow)
        return commandLine.exitCode; // before any window system is touched
    const azc::DesktopOptions &options = commandLine.options;

    // Mini programs run in Qt WebEngine: its URL scheme and its start-up must
    // come before the application object.
    azc::registerProgramScheme();
    QtWebEngineQuick::initialize();
    // A QApplication (not only a QGuiApplication) for the system tray icon, a Widgets class.
    QApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("AZCoiner"));
    QGuiApplication::setApplicationName(QStringLiteral("azcoiner"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("AZCoiner"));
    QGuiApplication::setApplicationVersion(QStringLiteral(AZC_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("azcoiner"));
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software); // no GPU there
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QGuiApplication::setWindowIcon(QIcon(azc::qmlModulePath(QStringLiteral("icons/azcoiner.png"))));

    const bool embedded = options.serverUrl.isEmpty();
    const QString dataDir = !options.dataDir.isEmpty()
        ? QDir(options.dataDir).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    azc::AppOptions appOptions;
    // One saved session per server, and per data folder for the built-in one.
    appOptions.keychainKey = embedded ? QStringLiteral("embedded:") + dataDir
                                      : options.serverUrl.toString(QUrl::RemoveUserInfo);
    azc::AppContext context(appOptions);
    context.loadPreferences(options.language, options.theme);

    QQmlApplicationEngine engine;
    context.attach(&engine);
    const QUrl mainFile = azc::qmlModuleUrl(QStringLiteral("shell/Main.qml"));
    if (mainFile.isEmpty()) {
        std::fprintf(stderr, "azcoiner: the QML module is missing from the resources\n");
        return 1;
    }
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreated, &app,
                     [mainFile](QObject *object, const QUrl &url) {
                         if (!object && url == mainFile)
                             QCoreApplication::exit(1);
                     }, Qt::QueuedConnection);
    engine.load(mainFile);

    azc::EmbeddedBackend backend;
    if (embedded) {
        QObject::connect(&backend, &azc::EmbeddedBackend::ready, &context,
                         [&context](const QUrl &url, const QByteArray &secret) { context.start(url, secret); });
        QObject::connect(&backend, &azc::EmbeddedBackend::failed, &context, &azc::AppContext::failStartup);
        if (!QDir().mkpath(dataDir))
            context.failStartup(QObject::tr("Cannot create the data folder %1").arg(dataDir));
        else
            azc::loadOrCreateCustodyPassphrase(
                    dataDir, appOptions.keychainService, appOptions.useKeychain, &context,
                    [&backend, dataDir](const QString &passphrase) {
                        azc::BackendConfig config = azc::EmbeddedBackend::defaultConfig(dataDir);
                        config.custody.passphrase = passphrase;
                        config.custody.optional = true;
                        // scripts/run.sh starts a local chain for the demo and says where it is.
                        config.custody.demoRpcUrl = qEnvironmentVariable("AZC_DEMO_EVM_URL");
                        config.custody.demoTokenAddress = qEnvironmentVariable("AZC_DEMO_AZC_TOKEN");
                        config.custody.demoTallyContract = qEnvironmentVariable("AZC_DEMO_TALLY_CONTRACT");
                        backend.start(config);
                    });
    } else {
        context.start(options.serverUrl);
    }

    // Unwinding stops the backend first (on its own thread), then the UI.
    return QGuiApplication::exec();
}
