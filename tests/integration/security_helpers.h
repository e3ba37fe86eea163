#pragma once
// The attacker's tools for tst_security: clients at chosen addresses (the
// backend trusts 127.0.0.1 as a reverse proxy), a password flood, a client
// that never reads, big images, certificates, and ping latency figures.

#include "crypto/totp.h"
#include "test_backend.h"
#include "demo_users.h"
#include "ws_client.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QUuid>
#include <QtTest>
#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace azc::test {

inline QNetworkRequest forwardedRequest(const QUrl &url, const char *address)
{
    QNetworkRequest request(url);
    request.setRawHeader("X-Forwarded-For", address);
    return request;
}

inline QString longPassword(const char *username) { return QString::fromLatin1(username) + QStringLiteral("'s long password"); }

// A fresh user (password longPassword(name)), signed in from 10.2.0.1.
inline std::unique_ptr<WsClient> registered(TestBackend &backend, const char *username)
{
    auto c = std::make_unique<WsClient>();
    if (!c->open(forwardedRequest(backend.url(), "10.2.0.1")))
        return nullptr;
    const QString name = QString::fromLatin1(username);
    c->call(QStringLiteral("auth.register"), {{QStringLiteral("username"), name}, {QStringLiteral("displayName"), name},
                                              {QStringLiteral("password"), longPassword(username)}});
    if (c->login(name, longPassword(username)).isEmpty())
        return nullptr;
    return c;
}

// Turns TOTP on with a code of the step `offsetSeconds` from now (later
// steps stay free for the test); returns the secret.
inline QByteArray enableTotp(WsClient &c, qint64 offsetSeconds)
{
    const QJsonObject enrol = c.result(QStringLiteral("totp.enroll"));
    const auto secret = crypto::base32Decode(enrol.value(QStringLiteral("secret")).toString());
    if (!secret)
        return {};
    const QString code = crypto::totpAt(*secret, QDateTime::currentSecsSinceEpoch() + offsetSeconds);
    if (c.result(QStringLiteral("totp.confirm"), {{QStringLiteral("code"), code}}).isEmpty())
        return {};
    return *secret;
}

inline QJsonObject sellAdParams(WsClient &c)
{
    QString method;
    for (const QJsonValue &m : c.result(QStringLiteral("p2p.paymentMethods"))[QStringLiteral("methods")].toArray())
        method = m[QStringLiteral("id")].toString();
    return {{QStringLiteral("side"), QStringLiteral("sell")}, {QStringLiteral("asset"), QStringLiteral("USDT")},
            {QStringLiteral("fiat"), QStringLiteral("USD")}, {QStringLiteral("price"), QStringLiteral("1.01")},
            {QStringLiteral("total"), QStringLiteral("50")}, {QStringLiteral("minAmount"), QStringLiteral("10")},
            {QStringLiteral("maxAmount"), QStringLiteral("50")}, {QStringLiteral("paymentWindowMinutes"), 5},
            {QStringLiteral("terms"), QStringLiteral("Bank transfer")},
            {QStringLiteral("paymentMethodIds"), QJsonArray{method}},
            {QStringLiteral("idempotencyKey"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
}

// A PNG that decodes to width × height pixels but is small on the wire.
inline QByteArray bigPng(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(qRgb(40, 90, 160));
    for (int y = 0; y < height; y += 97)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb(x % 256, y % 256, 7));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// A chat attachment of `png`; returns the file id.
inline QString uploadImage(WsClient &c, const QByteArray &png)
{
    return uploadDocument(c, QStringLiteral("chat"), png);
}

// A group of one holding `count` messages of 4,000 characters (big replies).
inline QString bulkyConversation(WsClient &c, int count)
{
    const QString id = c.result(QStringLiteral("chats.createGroup"), {{QStringLiteral("title"), QStringLiteral("Notes")}})
                               [QStringLiteral("conversation")][QStringLiteral("id")].toString();
    const QString text(4000, QLatin1Char('x'));
    for (int i = 0; i < count; ++i)
        c.result(QStringLiteral("messages.send"), {{QStringLiteral("conversationId"), id}, {QStringLiteral("text"), text}});
    return id;
}

struct PingFigures {
    int count = 0;
    qint64 p50 = 0, p99 = 0, max = 0;
};

// sys.ping every `intervalMs` on a fixed schedule, whether or not earlier
// ones were answered, until `done()` (and at least `minCount` answers) or
// `timeoutMs`. A ping's latency counts from when it was due, not from when
// it could be sent: a stall of the server (which shares this thread) delays
// every ping due during it, and each of those counts.
inline PingFigures pingWhile(WsClient &c, const std::function<bool()> &done, int timeoutMs, int minCount = 0,
                             int intervalMs = 10)
{
    std::vector<qint64> rtts;
    QHash<QString, qint64> due;
    QElapsedTimer total;
    total.start();
    qint64 next = 0;
    while (total.elapsed() < timeoutMs) {
        while (total.elapsed() >= next) {
            due.insert(c.send(QStringLiteral("sys.ping")), next);
            next += intervalMs;
        }
        QTest::qWait(1);
        for (auto it = due.begin(); it != due.end();) {
            if (c.takeIfArrived(it.key()).isEmpty()) {
                ++it;
                continue;
            }
            rtts.push_back(total.elapsed() - it.value());
            it = due.erase(it);
        }
        if (int(rtts.size()) >= minCount && done())
            break;
    }
    PingFigures f;
    f.count = int(rtts.size());
    if (rtts.empty())
        return f;
    std::sort(rtts.begin(), rtts.end());
    f.p50 = rtts[rtts.size() / 2];
    f.p99 = rtts[std::min(rtts.size() - 1, rtts.size() * 99 / 100)];
    f.max = rtts.back();
    return f;
}

// Anonymous log-ins with wrong passwords for made-up names, from one
// address over several sockets, all sent at once. Nothing here waits: the
// sockets open and send in the background, so measuring others meanwhile
// is not disturbed by the attacker's own set-up.
class PasswordFlood
{
public:
    PasswordFlood(QUrl url, const char *address, int sockets, int perSocket)
        : m_url(std::move(url)), m_address(address), m_sockets(sockets), m_perSocket(perSocket) {}

    bool start()
    {
        for (int s = 0; s < m_sockets; ++s) {
            auto socket = std::make_unique<QWebSocket>();
            QWebSocket *raw = socket.get();
            QObject::connect(raw, &QWebSocket::connected, raw, [this, raw, s] {
                for (int i = 0; i < m_perSocket; ++i)
                    raw->sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{
                            {QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), i},
                            {QStringLiteral("method"), QStringLiteral("auth.login")},
                            {QStringLiteral("params"), QJsonObject{{QStringLiteral("username"), QStringLiteral("flood_%1_%2").arg(s).arg(i)},
                                                                   {QStringLiteral("password"), QStringLiteral("not the password")}}}})
                                                                   .toJson(QJsonDocument::Compact)));
            });
            QObject::connect(raw, &QWebSocket::textMessageReceived, raw, [this](const QString &text) {
                ++m_answered;
                if (reason(QJsonDocument::fromJson(text.toUtf8()).object()) == QLatin1String("rate_limited"))
                    ++m_refused;
            });
            raw->open(forwardedRequest(m_url, m_address.constData()));
            m_clients.push_back(std::move(socket));
        }
        return true;
    }
    int pending() const { return m_sockets * m_perSocket - m_answered; } // answers not yet received
    int refused() const { return m_refused; }
    bool finish(int timeoutMs = 30000) { return QTest::qWaitFor([this] { return pending() == 0; }, timeoutMs); }

private:
    QUrl m_url;
    QByteArray m_address;
    int m_sockets, m_perSocket;
    std::vector<std::unique_ptr<QWebSocket>> m_clients;
    int m_answered = 0;
    int m_refused = 0;
};

// A WebSocket client written by hand that stops reading after the
// handshake: what it is sent piles up in the server. It waits with the
// event loop running, never with waitFor*(): the backend under test runs on
// this thread too.
class NonReadingClient
{
public:
    NonReadingClient(QUrl url, const char *address) : m_url(std::move(url)), m_address(address) {}

    bool handshake()
    {
        m_socket.connectToHost(m_url.host(), quint16(m_url.port()));
        if (!QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 3000))
            return false;
        QByteArray raw(16, Qt::Uninitialized); // RFC 6455: 16 random bytes, base64
        QRandomGenerator::global()->generate(raw.begin(), raw.end());
        const QByteArray nonce = raw.toBase64();
        m_socket.write("GET / HTTP/1.1\r\nHost: " + m_url.host().toLatin1() + ":" + QByteArray::number(m_url.port())
                       + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + nonce
                       + "\r\nSec-WebSocket-Version: 13\r\nX-Forwarded-For: " + m_address + "\r\n\r\n");
        QByteArray head;
        QElapsedTimer t;
        t.start();
        while (!head.contains("\r\n\r\n") && t.elapsed() < 3000) {
            if (m_socket.bytesAvailable() == 0)
                QTest::qWait(5);
            head += m_socket.read(1); // never past the headers
        }
        if (!head.startsWith("HTTP/1.1 101"))
            return false;
        m_socket.setReadBufferSize(1); // from now on the kernel's buffers fill, then the server's
        return true;
    }
    void send(const QString &method, const QJsonObject &params)
    {
        const QByteArray payload = QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                                             {QStringLiteral("id"), ++m_id},
                                                             {QStringLiteral("method"), method},
                                                             {QStringLiteral("params"), params}})
                                           .toJson(QJsonDocument::Compact);
        QByteArray frame;
        frame.append(char(0x81));
        if (payload.size() < 126) {
            frame.append(char(0x80 | payload.size()));
        } else {
            frame.append(char(0x80 | 126));
            frame.append(char((payload.size() >> 8) & 0xFF));
            frame.append(char(payload.size() & 0xFF));
        }
        const char mask[4] = {0x12, 0x34, 0x56, 0x78};
        frame.append(mask, 4);
        for (int i = 0; i < payload.size(); ++i)
            frame.append(char(payload[i] ^ mask[i % 4]));
        m_socket.write(frame);
    }
    // Reads again, counting bytes, until the server has closed the connection.
    qint64 drainUntilClosed(int timeoutMs)
    {
        QTest::qWait(500); // let the server notice the backlog
        m_socket.setReadBufferSize(0);
        qint64 total = 0;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs && m_socket.state() == QAbstractSocket::ConnectedState) {
            QTest::qWait(10);
            total += m_socket.readAll().size();
        }
        total += m_socket.readAll().size();
        return total;
    }
    bool closed() const { return m_socket.state() != QAbstractSocket::ConnectedState; }

private:
    QUrl m_url;
    QByteArray m_address;
    QTcpSocket m_socket;
    int m_id = 0;
};

// A self-signed certificate for 127.0.0.1 (openssl from Debian), written
// in place of `certPath`/`keyPath` the way renewals replace files.
inline bool makeCertificate(const QString &certPath, const QString &keyPath, const QString &commonName)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), keyPath + QStringLiteral(".new"), QStringLiteral("-out"),
                   certPath + QStringLiteral(".new"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=") + commonName, QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0) {
        qWarning() << "openssl:" << openssl.readAllStandardError();
        return false;
    }
    QFile::remove(keyPath);
    QFile::remove(certPath);
    return QFile::rename(keyPath + QStringLiteral(".new"), keyPath) && QFile::rename(certPath + QStringLiteral(".new"), certPath);
}

inline void trustCertificate(QWebSocket &socket, const QString &certPath)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(certPath));
    socket.setSslConfiguration(configuration);
}

} // namespace azc::test
