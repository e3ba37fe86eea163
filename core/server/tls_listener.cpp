#include "server/tls_listener.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTls, "azc.gateway.tls")

namespace azc::server {

TlsListener::TlsListener(int handshakeTimeoutMs, QObject *parent)
    : QTcpServer(parent), m_handshakeTimeoutMs(handshakeTimeoutMs)
{
}

TlsListener::Stamp TlsListener::stampOf(const QString &file)
{
    const QFileInfo info(file);
    return {info.lastModified(), info.exists() ? info.size() : -1};
}

Status TlsListener::useCertificate(const QString &certificateFile, const QString &keyFile, int reloadSeconds)
{
    m_certificateFile = certificateFile;
    m_keyFile = keyFile;
    if (auto s = load(); !s) {
        m_certificateFile.clear();
        m_keyFile.clear();
        return s;
    }
    if (!m_reloadTimer) {
        m_reloadTimer = new QTimer(this);
        connect(m_reloadTimer, &QTimer::timeout, this, &TlsListener::reloadIfChanged);
    }
    m_reloadTimer->start(qMax(1, reloadSeconds) * 1000);
    return okStatus();
}

Status TlsListener::load()
{
    const Stamp certificateStamp = stampOf(m_certificateFile);
    const Stamp keyStamp = stampOf(m_keyFile);
    QFile certificateFile(m_certificateFile);
    QFile keyFile(m_keyFile);
    if (!certificateFile.open(QIODevice::ReadOnly))
        return fail("tls_error", QStringLiteral("cannot read the TLS certificate ") + m_certificateFile);
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail("tls_error", QStringLiteral("cannot read the TLS key ") + m_keyFile);
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty())
        return fail("tls_error", QStringLiteral("no PEM certificate in ") + m_certificateFile);
    if (key.isNull())
        return fail("tls_error", QStringLiteral("no PEM EC or RSA private key in ") + m_keyFile);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens, not certificates
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    m_configuration = configuration;
    m_certificateStamp = certificateStamp;
    m_keyStamp = keyStamp;
    qCInfo(lcTls) << "serving TLS with" << chain.first().subjectDisplayName() << "valid until"
                  << chain.first().expiryDate().toString(Qt::ISODate);
    return okStatus();
}

void TlsListener::reloadIfChanged()
{
    if (!secure())
        return;
    if (stampOf(m_certificateFile) == m_certificateStamp && stampOf(m_keyFile) == m_keyStamp)
        return;
    if (auto s = load(); !s)
        qCWarning(lcTls) << "kept the current certificate:" << s.error().message;
}

void TlsListener::incomingConnection(qintptr descriptor)
{
    if (!secure()) {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        emit ready(socket);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_configuration);
    // A client that opens TCP and never finishes the handshake holds a
    // descriptor for nothing: it gets as long as a WebSocket handshake.
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    deadline->start(m_handshakeTimeoutMs);
    connect(socket, &QSslSocket::encrypted, this, [this, socket, deadline] {
        deadline->stop();
        deadline->deleteLater();
        disconnect(socket, &QAbstractSocket::errorOccurred, this, nullptr);
        emit ready(socket);
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [socket](QAbstractSocket::SocketError) {
        if (!socket->isEncrypted()) { // a failed handshake; later errors are the WebSocket's business
            socket->abort();
            socket->deleteLater();
        }
    });
    socket->startServerEncryption();
}

} // namespace azc::server
