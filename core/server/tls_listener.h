#pragma once
// The gateway's TCP listener. Without a certificate it hands over plain
// sockets; with one (PEM certificate chain and private key files from the
// configuration) it runs the TLS handshake first (bounded in time, like the
// WebSocket handshake after it) and hands over encrypted QSslSockets, so the
// gateway serves wss:// itself. The files are re-read when they change
// (certbot and friends replace them in place), without a restart:
// connections accepted afterwards get the new certificate.

#include "common/result.h"

#include <QDateTime>
#include <QSslConfiguration>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

namespace azc::server {

class TlsListener : public QTcpServer
{
    Q_OBJECT
public:
    explicit TlsListener(int handshakeTimeoutMs, QObject *parent = nullptr);

    Status useCertificate(const QString &certificateFile, const QString &keyFile, int reloadSeconds);
    bool secure() const { return !m_certificateFile.isEmpty(); }
    // Re-reads the files if either changed since the last load; keeps the
    // current certificate (and logs why) when the new files do not load.
    void reloadIfChanged();

signals:
    // A socket ready for the WebSocket handshake (encrypted when secure()).
    void ready(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Stamp {
        QDateTime modified;
        qint64 size = -1;
        bool operator==(const Stamp &o) const { return modified == o.modified && size == o.size; }
    };
    static Stamp stampOf(const QString &file);
    Status load();

    int m_handshakeTimeoutMs;
    QString m_certificateFile, m_keyFile;
    Stamp m_certificateStamp, m_keyStamp;
    QSslConfiguration m_configuration;
    QTimer *m_reloadTimer = nullptr;
};

} // namespace azc::server
