// BENCH payments: an invoice's whole life, end to end, against a real
// azcoinerd (a separate process, SQLite at synchronous=FULL): a partner's
// server creates it over the signed HTTP API, a payer pays it over the
// WebSocket, and the signed invoice.paid webhook reaches the partner's
// endpoint. We count invoices whose webhook arrived per second and each
// one's latency (create sent → webhook received) at p50/p99.
//
// The partner keeps AZC_BENCH_WINDOW invoices in flight (a closed loop: a
// webhook's arrival starts the next one); payers are several signed-in
// sockets of the demo users. Prints figures; never fails on speed, only when
// requests are refused, webhooks go missing, or the ledger does not verify.
//
// Knobs: AZC_BENCH_WINDOW (default 256), AZC_BENCH_SECONDS (10), AZC_BENCH_PAYERS (16),
// AZC_BENCH_CONNECTIONS (32 keep-alive HTTP connections of the partner).

#include "azcoinerd_process.h"
#include "bench_knob.h"
#include "demo_users.h"
#include "partner_client.h"
#include "payments/signing.h"
#include "ws_client.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTcpSocket>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace azc;
using namespace azc::test;

namespace {

using bench::knob;

qint64 percentile(std::vector<qint64> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// Signed POSTs over a pool of keep-alive connections, one request in flight
// on each (the bench's own client: QNetworkAccessManager's six connections
// and per-request machinery would measure the client, not the server).
class HttpPool : public QObject
{
public:
    using Done = std::function<void(int status, const QByteArray &body)>;
    HttpPool(const QUrl &base, QString keyId, QByteArray secret, int connections)
        : m_keyId(std::move(keyId)), m_secret(std::move(secret))
    {
        for (int i = 0; i < connections; ++i) {
            auto *c = new Connection{new QTcpSocket(this), {}, {}};
            c->socket->connectToHost(base.host(), quint16(base.port()));
            connect(c->socket, &QTcpSocket::readyRead, this, [this, c] { onData(*c); });
            m_connections.push_back(c);
        }
    }
    ~HttpPool() override { qDeleteAll(m_connections); }

    void post(const QByteArray &path, const QByteArray &body, const QByteArray &idempotencyKey, Done done)
    {
        const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        const QByteArray nonce = QByteArray::number(++m_nonce).rightJustified(16, '0');
        const QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nAZ-Key: "
                                   + m_keyId.toLatin1() + "\r\nAZ-Timestamp: " + ts + "\r\nAZ-Nonce: " + nonce
                                   + "\r\nAZ-Signature: " + payments::requestSignature(m_secret, "POST", path, ts, nonce, body)
                                   + "\r\nIdempotency-Key: " + idempotencyKey + "\r\nContent-Length: "
                                   + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        Connection *c = m_connections[size_t(m_next++ % m_connections.size())];
        c->waiting.append(std::move(done));
        c->socket->write(request);
    }

private:
    struct Connection {
        QTcpSocket *socket;
        QByteArray buffer;
        QList<Done> waiting;
        ~Connection() = default;
    };
    void onData(Connection &c)
    {
        c.buffer += c.socket->readAll();
        for (;;) {
            const qsizetype end = c.buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype at = c.buffer.indexOf("Content-Length: ");
            const qint64 length = at >= 0 && at < end ? c.buffer.mid(at + 16, c.buffer.indexOf('\r', at) - at - 16).toLongLong() : 0;
            if (c.buffer.size() < end + 4 + length)
                return;
            const int status = c.buffer.mid(9, 3).toInt();
            const QByteArray body = c.buffer.mid(end + 4, length);
            c.buffer.remove(0, end + 4 + length);
            if (!c.waiting.isEmpty())
                c.waiting.takeFirst()(status, body);
        }
    }

    QString m_keyId;
    QByteArray m_secret;
    std::vector<Connection *> m_connections;
    qint64 m_next = 0;
    qint64 m_nonce = 0;
};

QByteArray field(const QByteArray &json, const QByteArray &key)
{
    const QByteArray marker = "\"" + key + "\":\"";
    const qsizetype at = json.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype from = at + marker.size();
    return json.mid(from, json.indexOf('"', from) - from);
}

// The loop: create (HTTP) → pay (WebSocket) → webhook (HTTP in) → next.
class Pipeline : public QObject
{
public:
    Pipeline(HttpPool &api, std::vector<std::unique_ptr<WsClient>> &payers, WebhookReceiver &hooks, int window)
        : m_api(api), m_payers(payers), m_hooks(hooks), m_window(window)
    {
        for (auto &p : m_payers) {
            // The payers' answers and pushes are only looked at for refusals (no parsing, no inbox).
            QObject::disconnect(&p->socket(), &QWebSocket::textMessageReceived, p.get(), nullptr);
            connect(&p->socket(), &QWebSocket::textMessageReceived, this, [this](const QString &frame) { onPayerFrame(frame); });
        }
        m_poll.setInterval(2);
        connect(&m_poll, &QTimer::timeout, this, &Pipeline::collectWebhooks);
        m_clock.start();
    }

    void start()
    {
        m_poll.start();
        for (int i = 0; i < m_window; ++i)
            createNext();
    }
    void stop() { m_stopped = true; }

    bool measuring = false;
    qint64 completed = 0, refused = 0;
    std::vector<qint64> latencyNs;
    QString lastRefusal;

private:
    void createNext()
    {
        if (m_stopped)
            return;
        const QByteArray order = "bench-" + QByteArray::number(++m_orders).rightJustified(8, '0');
        m_started.insert(order, m_clock.nsecsElapsed());
        m_api.post("/v1/invoices", "{\"amount\":\"0.01\",\"asset\":\"USDT\",\"orderId\":\"" + order + "\"}", order,
                   [this, order](int status, const QByteArray &body) {
                       if (status != 201) {
                           m_started.remove(order);
                           refuse(QStringLiteral("create: HTTP %1 %2").arg(status).arg(QString::fromUtf8(body)));
                           return createNext();
                       }
                       WsClient &payer = *m_payers[size_t(m_nextPayer++ % m_payers.size())];
                       payer.socket().sendTextMessage(QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":\"p%1\",\"method\":\"payments.pay\","
                                                                     "\"params\":{\"reference\":\"%2\",\"idempotencyKey\":\"%3\"}}")
                                                          .arg(m_nextPayer)
                                                          .arg(QString::fromLatin1(field(body, "uri")), QString::fromLatin1(order)));
                   });
    }

    void onPayerFrame(const QString &frame)
    {
        if (!frame.startsWith(QLatin1String("{\"error\"")) && !frame.contains(QLatin1String("\"error\":{")))
            return;
        refuse(QStringLiteral("pay: ") + frame.left(300));
        createNext(); // that invoice never completes; keep the window full
    }

    void collectWebhooks()
    {
        for (const WebhookReceiver::Received &r : std::as_const(m_hooks.received)) {
            const auto it = m_started.find(field(r.body, "orderId"));
            if (it == m_started.end())
                continue; // a duplicate delivery: already counted
            if (measuring) {
                ++completed;
                latencyNs.push_back(m_clock.nsecsElapsed() - it.value());
            }
            m_started.erase(it);
            createNext();
        }
        m_hooks.received.clear();
    }

    void refuse(const QString &why)
    {
        if (measuring)
            ++refused;
        lastRefusal = why;
    }

    HttpPool &m_api;
    std::vector<std::unique_ptr<WsClient>> &m_payers;
    WebhookReceiver &m_hooks;
    int m_window;
    bool m_stopped = false;
    qint64 m_orders = 0;
    qint64 m_nextPayer = 0;
    QHash<QByteArray, qint64> m_started; // order → when its create was sent
    QElapsedTimer m_clock;
    QTimer m_poll;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int window = knob("AZC_BENCH_WINDOW", 256);
    const int seconds = knob("AZC_BENCH_SECONDS", 10);
    const int payerCount = knob("AZC_BENCH_PAYERS", 16);

    QTemporaryDir data;
    AzcoinerdProcess server(QStringLiteral(AZCOINERD_PATH));
    server.args = {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--demo"),
                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freeTcpPort()),
                   QStringLiteral("--payments-listen"), QStringLiteral("127.0.0.1:%1").arg(freeTcpPort()),
                   QStringLiteral("--payments-rate"), QStringLiteral("1000000"), QStringLiteral("--rate-multiplier"), QStringLiteral("100000"),
                   QStringLiteral("--max-connections-per-address"), QStringLiteral("4096")};
    if (!server.start()) {
        std::fprintf(stderr, "azcoinerd did not start\n");
        return 1;
    }

    // The merchant: alice's shop, verified; an API key; the partner's webhook endpoint (invoice.paid only).
    auto alice = signIn(server.url, QStringLiteral("alice"));
    if (!alice)
        return 1;
    const QString orgId = verifiedShop(server.url, *alice, QStringLiteral("Bench Shop"));
    const QJsonObject key = alice->result(QStringLiteral("payments.createKey"),
                                          {{QStringLiteral("orgId"), orgId},
                                           {QStringLiteral("scopes"), QJsonArray{QStringLiteral("read"), QStringLiteral("invoices:write")}}});
    WebhookReceiver hooks;
    alice->result(QStringLiteral("payments.addWebhook"), {{QStringLiteral("orgId"), orgId}, {QStringLiteral("url"), hooks.url().toString()},
                                                         {QStringLiteral("events"), QJsonArray{QStringLiteral("invoice.paid")}}});
    HttpPool api(server.paymentsUrl, key[QStringLiteral("key")][QStringLiteral("id")].toString(),
                  key[QStringLiteral("secret")].toString().toLatin1(), knob("AZC_BENCH_CONNECTIONS", 32));

    std::vector<std::unique_ptr<WsClient>> payers;
    const QStringList names = {QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dariush")};
    for (int i = 0; i < payerCount; ++i)
        if (auto c = signIn(server.url, names.at(i % names.size())))
            payers.push_back(std::move(c));
    if (payers.empty() || orgId.isEmpty() || key.isEmpty())
        return 1;

    Pipeline pipeline(api, payers, hooks, window);
    pipeline.start();
    QTimer::singleShot(2000, &app, [&] { pipeline.measuring = true; }); // warm-up
    QElapsedTimer measured;
    QTimer::singleShot(2000, &app, [&] { measured.start(); });
    QTimer::singleShot((2 + seconds) * 1000, &app, [&] {
        pipeline.measuring = false;
        pipeline.stop();
        const double secs = double(measured.nsecsElapsed()) / 1e9;
        const double rate = double(pipeline.completed) / secs;
        const double p50 = double(percentile(pipeline.latencyNs, 0.50)) / 1e6, p99 = double(percentile(pipeline.latencyNs, 0.99)) / 1e6;
        std::printf("payments: %lld invoices created, paid and webhook-delivered in %.1f s = %.0f/s; latency p50 %.1f ms, p99 %.1f ms;"
                    " window %d, %zu payer sockets, %lld refused%s%s\n",
                    static_cast<long long>(pipeline.completed), secs, rate, p50, p99, window, payers.size(),
                    static_cast<long long>(pipeline.refused), pipeline.refused ? " — last: " : "",
                    qPrintable(pipeline.lastRefusal));
        std::printf("BENCH payments invoices_per_s=%.0f p50_ms=%.1f p99_ms=%.1f window=%d refused=%lld target_per_s=2000\n", rate, p50,
                    p99, window, static_cast<long long>(pipeline.refused));
        std::fflush(stdout);
        app.exit(pipeline.refused > 0 || pipeline.completed == 0 ? 1 : 0);
    });
    const int rc = app.exec();
    QTest::qWait(500); // webhooks still on their way finish before the check
    server.stop();
    const QString problems = ledgerVerifyProblems(QStringLiteral(AZCOINERD_PATH), data.path());
    std::printf("ledger: %s\n", problems.isEmpty() ? "consistent" : qPrintable(problems));
    return rc != 0 ? rc : (problems.isEmpty() ? 0 : 1);
}
