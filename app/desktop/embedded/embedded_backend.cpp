#include "embedded/embedded_backend.h"

#include "backend/backend.h"
#include "client/api_client.h"
#include "price_bot.h"

#include <QFile>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

Q_LOGGING_CATEGORY(lcEmbedded, "azc.desktop.embedded")

namespace azc {

EmbeddedBackend::EmbeddedBackend(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("azc-backend"));
}

EmbeddedBackend::~EmbeddedBackend()
{
    if (m_thread.isRunning()) {
        // Stop and delete the backend on its own thread, where its sockets
        // and database connection live.
        QMetaObject::invokeMethod(m_anchor, [this] {
            if (m_backend) {
                m_backend->stop();
                delete m_backend;
                m_backend = nullptr;
            }
            delete m_anchor;
        }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

BackendConfig EmbeddedBackend::defaultConfig(const QString &dataDir)
{
    BackendConfig config;
    config.dataDir = dataDir;
    config.listenAddress = QHostAddress::LocalHost;
    config.port = 0;
    config.launchSecret = newLaunchSecret();
    config.seedDemoData = true;
    config.marketMaker = desk::demoMarketMakerConfig(); // the demo's books stay quoted
    return config;
}

QByteArray EmbeddedBackend::newLaunchSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    // QRandomGenerator::system() reads the operating system's CSPRNG.
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void EmbeddedBackend::startDemoBot(const QString &dataDir, const QUrl &url, const QByteArray &launchSecret)
{
    // The demo's example bot runs next to the backend, on its thread, as a
    // client like any other (a real deployment runs azc-pricebot instead).
    QFile tokenFile(Backend::demoBotTokenPath(dataDir));
    if (!tokenFile.open(QIODevice::ReadOnly))
        return;
    auto *client = new ApiClient(m_anchor);
    auto *bot = new PriceBot(*client, QString::fromUtf8(tokenFile.readAll()).trimmed(), client);
    connect(bot, &PriceBot::failed, client, [](const QString &reason) {
        qCWarning(lcEmbedded) << "the demo price bot could not sign in:" << reason;
    });
    client->open(url, launchSecret);
}

void EmbeddedBackend::start(BackendConfig config)
{
    m_secret = config.launchSecret;
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_anchor, [this, config] {
        auto *backend = new Backend(config);
        QString error;
        const bool ok = backend->start(&error);
        const QUrl url = ok ? backend->url() : QUrl();
        const QUrl paymentApi = ok ? backend->paymentApiUrl() : QUrl();
        if (ok) {
            m_backend = backend;
            startDemoBot(config.dataDir, url, config.launchSecret);
        } else {
            delete backend;
        }
        // Back on the GUI thread to publish the outcome.
        QMetaObject::invokeMethod(this, [this, ok, url, paymentApi, error] {
            m_done = true;
            if (ok) {
                m_url = url;
                m_paymentApiUrl = paymentApi;
                qCInfo(lcEmbedded) << "embedded backend listening on" << url.toString();
                emit ready(url, m_secret);
            } else {
                m_error = error;
                qCWarning(lcEmbedded) << "embedded backend failed to start:" << error;
                emit failed(error);
            }
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

bool EmbeddedBackend::waitUntilStarted(int timeoutMs)
{
    if (!m_done) {
        QEventLoop loop;
        connect(this, &EmbeddedBackend::ready, &loop, &QEventLoop::quit);
        connect(this, &EmbeddedBackend::failed, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_done && m_error.isEmpty() && m_url.isValid();
}

} // namespace azc
