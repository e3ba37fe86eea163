// BENCH fanout: one group of 1,000 client sockets on 127.0.0.1; one member
// posts 100-byte messages (a CLOCK_MONOTONIC timestamp inside) through
// messages.send into a real azcoinerd (a separate process), and every
// socket receives event.message.new. We report delivered messages/s and
// one-way latency (post → push received) at saturation and at fixed rates.
// In the same run, Node's `ws` peer (../shared/bench/ws-peer/server.js, the
// raw broadcast of 100-byte frames) is measured by the very same receiver,
// so only the server differs.
//
//   bench_fanout                         the whole benchmark (needs node and npm)
//   bench_fanout --receive URL N S TOKENS  (internal) the receiver process: N sockets
//                                        (signed in with the tokens in file TOKENS, or
//                                        none for the peer), measure S seconds, print JSON
//
// Knobs: AZC_BENCH_FANOUT_CLIENTS (1000), AZC_BENCH_FANOUT_USERS (126: the sender
// and 125 with 8 sockets each, the per-account limit), AZC_BENCH_SECONDS (8), AZC_BENCH_FANOUT_RATES
// ("0,50": 0 is saturation, 50 posts/s × 1,000 = 50,000 deliveries/s).
// Prints figures; never fails on speed.

#include "azcoinerd_process.h"
#include "ws_client.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

using namespace azc;
using namespace azc::test;

namespace {

int knob(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v >= 0 ? v : fallback;
}

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// "T" + 19-digit ns + " " + 10-digit seq + padding: 100 bytes, as the peer sends.
QString stamped(qint64 seq)
{
    QString s = QStringLiteral("T%1 %2 ").arg(monotonicNs(), 19, 10, QLatin1Char('0')).arg(seq, 10, 10, QLatin1Char('0'));
    return s.leftJustified(100, QLatin1Char('x'));
}

// ---- the receiver process ------------------------------------------------

class Receiver : public QObject
{
public:
    Receiver(const QUrl &url, int count, int seconds, QStringList tokens)
        : m_seconds(seconds), m_total(count), m_tokens(std::move(tokens))
    {
        m_hist.assign(5'000'001, 0);
        for (int i = 0; i < count; ++i) {
            auto *ws = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
            connect(ws, &QWebSocket::connected, this, [this, ws, i] { onConnected(ws, i); });
            connect(ws, &QWebSocket::textMessageReceived, this, [this](const QString &text) { onText(text); });
            m_pending.append({ws, url});
        }
        openMore();
    }

private:
    void openMore()
    {
        // Twenty handshakes in flight at a time, like the peer's client.
        while (m_inFlight < 20 && !m_pending.isEmpty()) {
            auto [ws, url] = m_pending.takeFirst();
            ++m_inFlight;
            ws->open(url);
        }
    }
    void onConnected(QWebSocket *ws, int i)
    {
        --m_inFlight;
        if (m_tokens.isEmpty())
            return ready();
        signIn(ws, m_tokens.at(i % m_tokens.size()));
    }
    void signIn(QWebSocket *ws, const QString &token)
    {
        // auth.* is limited per address (50/s): wait as told and ask again.
        auto *once = new QMetaObject::Connection;
        *once = connect(ws, &QWebSocket::textMessageReceived, this, [this, ws, token, once](const QString &text) {
            if (!text.contains(u"\"id\":\"auth\""))
                return;
            disconnect(*once);
            delete once;
            if (text.contains(u"\"result\""))
                return ready();
            QTimer::singleShot(100, this, [this, ws, token] { signIn(ws, token); });
        });
        ws->sendTextMessage(QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":\"auth\",\"method\":\"auth.resume\",\"params\":{\"token\":\"%1\"}}").arg(token));
    }
    void ready()
    {
        ++m_ready;
        openMore();
        if (m_ready == m_total) {
            std::printf("READY\n");
            std::fflush(stdout);
        }
    }
    void onText(const QString &text)
    {
        const qint64 now = monotonicNs();
        // The peer's frames start with the stamp; ours carry it in the message text.
        qsizetype at = text.startsWith(u'T') ? 1 : -1;
        if (at < 0) {
            at = text.indexOf(u"\"text\":\"T");
            if (at < 0)
                return;
            at += 9;
        }
        if (m_first == 0) {
            m_first = now;
            m_measureFrom = now + 2'000'000'000LL;
            m_measureTo = m_measureFrom + qint64(m_seconds) * 1'000'000'000LL;
            QTimer::singleShot(2000 + m_seconds * 1000 + 500, this, [this] { finish(); });
        }
        if (now < m_measureFrom || now > m_measureTo)
            return;
        ++m_count;
        const qint64 us = std::max<qint64>(0, (now - text.mid(at, 19).toLongLong()) / 1000);
        ++m_hist[size_t(std::min<qint64>(us, 5'000'000))];
    }
    qint64 percentile(double q) const
    {
        const qint64 target = qint64(q * double(m_count)) + 1;
        qint64 acc = 0;
        for (size_t i = 0; i < m_hist.size(); ++i)
            if ((acc += m_hist[i]) >= target)
                return qint64(i);
        return 5'000'000;
    }
    void finish()
    {
        std::printf("{\"delivered_per_s\":%.0f,\"p50_us\":%lld,\"p99_us\":%lld,\"p999_us\":%lld,\"messages\":%lld}\n",
                    double(m_count) / m_seconds, (long long)percentile(0.5), (long long)percentile(0.99),
                    (long long)percentile(0.999), (long long)m_count);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    int m_seconds, m_total;
    QStringList m_tokens;
    QList<QPair<QWebSocket *, QUrl>> m_pending;
    int m_inFlight = 0, m_ready = 0;
    qint64 m_first = 0, m_measureFrom = 0, m_measureTo = 0, m_count = 0;
    std::vector<qint64> m_hist;
};

int receive(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList tokens;
    if (argc > 5 && QFile::exists(QString::fromLocal8Bit(argv[5]))) {
        QFile f(QString::fromLocal8Bit(argv[5]));
        if (f.open(QIODevice::ReadOnly))
            tokens = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }
    Receiver r(QUrl(QString::fromLocal8Bit(argv[2])), atoi(argv[3]), atoi(argv[4]), tokens);
    return app.exec();
}

// ---- the driver ------------------------------------------------------------

struct Result {
    QJsonObject figures;
    qint64 posted = 0;
};

// Starts the receiver process and waits until all its sockets are ready.
bool startReceiver(QProcess &p, const QUrl &url, int clients, int seconds, const QString &tokens)
{
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--receive"), url.toString(), QString::number(clients), QString::number(seconds), tokens});
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 180000) {
        if (!p.waitForReadyRead(1000) && p.state() != QProcess::Running)
            return false;
        if (p.canReadLine() && p.readLine().startsWith("READY"))
            return true;
    }
    return false;
}

QJsonObject receiverFigures(QProcess &p, int seconds)
{
    p.waitForFinished((seconds + 30) * 1000);
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (const QByteArray &l : lines)
        if (l.startsWith('{'))
            return QJsonDocument::fromJson(l).object();
    return {};
}

struct Posted {
    qint64 answered = 0;
    double rttP50Ms = 0, rttP99Ms = 0; // messages.send's own round trip (the write before the fan-out)
};

// Posts to the group: at `rate` posts/s, or (0) keeping 16 posts in flight.
Posted post(WsClient &sender, const QString &group, int rate, int seconds)
{
    QEventLoop loop;
    qint64 seq = 0, inFlight = 0, answered = 0;
    QHash<QString, qint64> sentAt;
    std::vector<qint64> rtt;
    QElapsedTimer t;
    t.start();
    const qint64 endMs = 2000 + qint64(seconds) * 1000 + 300;
    auto sendOne = [&] {
        ++inFlight;
        sentAt.insert(QString::number(seq), monotonicNs());
        const QString frame = QString::fromUtf8(QJsonDocument(QJsonObject{
                {QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), QString::number(seq)},
                {QStringLiteral("method"), QStringLiteral("messages.send")},
                {QStringLiteral("params"), QJsonObject{{QStringLiteral("conversationId"), group}, {QStringLiteral("text"), stamped(seq)}}}})
                .toJson(QJsonDocument::Compact));
        ++seq;
        sender.socket().sendTextMessage(frame);
    };
    auto conn = QObject::connect(&sender.socket(), &QWebSocket::textMessageReceived, &loop, [&](const QString &text) {
        if (!text.startsWith(u"{\"id\"") && !text.contains(u"\"result\"") && !text.contains(u"\"error\""))
            return; // a push
        --inFlight;
        ++answered;
        const int idAt = text.indexOf(u"\"id\":\"");
        if (idAt >= 0) {
            const QString id = text.mid(idAt + 6, text.indexOf(u'"', idAt + 6) - idAt - 6);
            if (const qint64 at = sentAt.take(id); at > 0)
                rtt.push_back(monotonicNs() - at);
        }
        if (rate == 0 && t.elapsed() < endMs)
            while (inFlight < 16)
                sendOne();
    });
    QTimer pace;
    if (rate > 0) {
        QObject::connect(&pace, &QTimer::timeout, &loop, [&] {
            const qint64 owed = t.elapsed() * rate / 1000 - seq;
            for (qint64 k = 0; k < std::min<qint64>(owed, 1000); ++k)
                sendOne();
        });
        pace.start(1);
    } else {
        for (int i = 0; i < 16; ++i)
            sendOne();
    }
    QTimer::singleShot(int(endMs), &loop, [&] {
        pace.stop();
        QTimer::singleShot(1500, &loop, &QEventLoop::quit);
    });
    loop.exec();
    QObject::disconnect(conn);
    Posted out;
    out.answered = answered;
    if (!rtt.empty()) {
        std::sort(rtt.begin(), rtt.end());
        out.rttP50Ms = double(rtt[rtt.size() / 2]) / 1e6;
        out.rttP99Ms = double(rtt[std::min(rtt.size() - 1, rtt.size() * 99 / 100)]) / 1e6;
    }
    return out;
}

QString setUpUsers(const QUrl &url, int users, QString *group, QString *senderToken)
{
    // Registration and sign-in are auth calls (5/s per connection, 50/s per address): spread and retry.
    std::vector<std::unique_ptr<WsClient>> pool;
    for (int i = 0; i < 10; ++i) {
        pool.push_back(std::make_unique<WsClient>());
        if (!pool.back()->open(url))
            return QStringLiteral("cannot connect");
    }
    auto authCall = [&pool](int i, const QString &method, const QJsonObject &params) {
        for (int tries = 0; tries < 200; ++tries) {
            const QJsonObject r = pool[size_t(i % 10)]->call(method, params);
            if (reason(r) != QLatin1String("rate_limited"))
                return r;
            QThread::msleep(60);
        }
        return QJsonObject();
    };
    QStringList names, tokens;
    for (int i = 0; i < users; ++i) {
        const QString name = QStringLiteral("fan%1").arg(i, 3, 10, QLatin1Char('0'));
        const QString password = QStringLiteral("FanOut#Bench-2026");
        authCall(i, QStringLiteral("auth.register"), {{QStringLiteral("username"), name}, {QStringLiteral("displayName"), name},
                                                      {QStringLiteral("password"), password}});
        const QString token = authCall(i, QStringLiteral("auth.login"), {{QStringLiteral("username"), name}, {QStringLiteral("password"), password}})
                                      [QStringLiteral("result")][QStringLiteral("token")].toString();
        if (token.isEmpty())
            return QStringLiteral("cannot sign in ") + name;
        names.append(name);
        tokens.append(token);
    }
    WsClient owner;
    if (!owner.open(url) || !owner.call(QStringLiteral("auth.resume"), {{QStringLiteral("token"), tokens.first()}}).contains(QStringLiteral("result")))
        return QStringLiteral("the owner cannot sign in");
    *group = owner.result(QStringLiteral("chats.createGroup"), {{QStringLiteral("title"), QStringLiteral("Fan-out")},
                                                                 {QStringLiteral("usernames"), QJsonArray::fromStringList(names.mid(1, 199))}})
                     [QStringLiteral("conversation")][QStringLiteral("id")].toString();
    for (const QString &n : names.mid(200))
        owner.result(QStringLiteral("chats.addMember"), {{QStringLiteral("conversationId"), *group}, {QStringLiteral("username"), n}});
    *senderToken = tokens.first();
    return tokens.mid(1).join(u'\n'); // the receivers: every user but the sender, 8 sockets each at most
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 4 && qstrcmp(argv[1], "--receive") == 0)
        return receive(argc, argv);
    QCoreApplication app(argc, argv);
    const int clients = knob("AZC_BENCH_FANOUT_CLIENTS", 1000);
    const int users = std::max(2, knob("AZC_BENCH_FANOUT_USERS", 126)); // the sender, and 125 × 8 receiving sockets
    const int seconds = std::max(2, knob("AZC_BENCH_SECONDS", 8));
    QList<int> rates;
    for (const QString &r : qEnvironmentVariable("AZC_BENCH_FANOUT_RATES", QStringLiteral("0,50")).split(u','))
        rates.append(r.toInt());

    QTemporaryDir data;
    AzcoinerdProcess server(QStringLiteral(AZCOINERD_PATH));
    server.args = {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:%1").arg(freeTcpPort()), QStringLiteral("--rate-multiplier"), QStringLiteral("100000"),
                   QStringLiteral("--max-connections-per-address"), QString::number(clients + 100),
                   QStringLiteral("--max-anonymous-per-address"), QString::number(clients + 100)};
    if (!server.start()) {
        std::fprintf(stderr, "bench_fanout: azcoinerd did not start\n");
        return 1;
    }
    QString group, senderToken;
    const QString tokens = setUpUsers(server.url, users, &group, &senderToken);
    if (group.isEmpty()) {
        std::fprintf(stderr, "bench_fanout: set-up failed: %s\n", qPrintable(tokens.left(200)));
        return 1;
    }
    const QString tokenFile = data.filePath(QStringLiteral("tokens.txt"));
    QFile f(tokenFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(tokens.toUtf8()) < 0)
        return 1;
    f.close();
    std::printf("fanout: %d sockets (%d users) in one group, %d s measured after 2 s warm-up; the receiver is a separate process\n",
                clients, users, seconds);

    // Node's ws peer, installed once into the build folder.
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString peerDir = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("ws-peer"));
    bool havePeer = !node.isEmpty();
    if (havePeer && !QFile::exists(peerDir + QStringLiteral("/node_modules/ws"))) {
        QDir().mkpath(peerDir);
        for (const char *name : {"server.js", "client.js", "package.json"})
            QFile::copy(QStringLiteral(AZC_WS_PEER_DIR "/") + QLatin1String(name), peerDir + u'/' + QLatin1String(name));
        havePeer = QProcess::execute(QStringLiteral("npm"), {QStringLiteral("install"), QStringLiteral("--prefix"), peerDir,
                                                             QStringLiteral("--no-audit"), QStringLiteral("--no-fund")}) == 0;
    }

    for (int rate : rates) {
        const QString label = rate == 0 ? QStringLiteral("saturation") : QStringLiteral("%1 posts/s").arg(rate);
        // azcoinerd
        QProcess receiver;
        WsClient sender;
        if (!startReceiver(receiver, server.url, clients, seconds, tokenFile) || !sender.open(server.url)
            || !sender.call(QStringLiteral("auth.resume"), {{QStringLiteral("token"), senderToken}}).contains(QStringLiteral("result"))) {
            std::fprintf(stderr, "bench_fanout: receivers or sender could not start\n");
            return 1;
        }
        const Posted posted = post(sender, group, rate, seconds);
        const QJsonObject ours = receiverFigures(receiver, seconds);
        // The peer, same receiver, same rate.
        QJsonObject peer;
        if (havePeer) {
            const int port = freeTcpPort();
            QProcess peerServer;
            peerServer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            peerServer.start(node, {peerDir + QStringLiteral("/server.js"), QString::number(port), QString::number(clients),
                                    QString::number(rate), QString::number(seconds + 3)});
            peerServer.waitForReadyRead(5000);
            QProcess peerReceiver;
            if (startReceiver(peerReceiver, QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)), clients, seconds, QString()))
                peer = receiverFigures(peerReceiver, seconds);
            peerServer.waitForFinished(10000);
            peerServer.kill();
        }
        const double ratio = peer.value(QStringLiteral("delivered_per_s")).toDouble() > 0
                ? ours.value(QStringLiteral("delivered_per_s")).toDouble() / peer.value(QStringLiteral("delivered_per_s")).toDouble()
                : 0;
        std::printf("BENCH fanout %s clients=%d posts_answered=%lld send_rtt_p50_ms=%.2f send_rtt_p99_ms=%.2f delivered_per_s=%.0f p50_ms=%.2f "
                    "p99_ms=%.2f | node_ws delivered_per_s=%.0f p50_ms=%.2f p99_ms=%.2f | ratio=%.2f\n",
                    qPrintable(label), clients, (long long)posted.answered, posted.rttP50Ms, posted.rttP99Ms,
                    ours.value(QStringLiteral("delivered_per_s")).toDouble(),
                    ours.value(QStringLiteral("p50_us")).toDouble() / 1000, ours.value(QStringLiteral("p99_us")).toDouble() / 1000,
                    peer.value(QStringLiteral("delivered_per_s")).toDouble(), peer.value(QStringLiteral("p50_us")).toDouble() / 1000,
                    peer.value(QStringLiteral("p99_us")).toDouble() / 1000, ratio);
        std::fflush(stdout);
    }
    server.stop();
    return 0;
}
