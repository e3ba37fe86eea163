#pragma once
// The in-process backend of the desktop app: an azc::Backend built, started,
// used and destroyed on its own thread, listening on 127.0.0.1 at a free port
// and accepting only clients that present this launch's random secret. The
// UI talks to it over the WebSocket exactly as it would to a remote server.

#include "backend/backend_config.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace azc {

class Backend;

class EmbeddedBackend : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedBackend(QObject *parent = nullptr);
    ~EmbeddedBackend() override;

    // The configuration main() uses: a data folder, a fresh secret, demo data.
    static BackendConfig defaultConfig(const QString &dataDir);
    // 32 random bytes as unpadded base64url.
    static QByteArray newLaunchSecret();

    // Starts asynchronously; exactly one of ready/failed follows.
    void start(BackendConfig config);
    // Blocks until ready or failed (or the timeout); for tests and tools.
    bool waitUntilStarted(int timeoutMs = 60000);

    QUrl url() const { return m_url; }
    QUrl paymentApiUrl() const { return m_paymentApiUrl; } // when config.payments.apiEnabled
    QByteArray launchSecret() const { return m_secret; }
    QString error() const { return m_error; }

signals:
    void ready(const QUrl &url, const QByteArray &launchSecret);
    void failed(const QString &error);

private:
    // On the backend's thread: the demo's price bot, when the data folder has its token.
    void startDemoBot(const QString &dataDir, const QUrl &url, const QByteArray &launchSecret);

    QThread m_thread;
    QObject *m_anchor = nullptr;   // lives on m_thread; work is queued to it
    Backend *m_backend = nullptr;  // created, used and deleted on m_thread only
    QUrl m_url;
    QUrl m_paymentApiUrl;
    QByteArray m_secret;
    QString m_error;
    bool m_done = false;
};

} // namespace azc
