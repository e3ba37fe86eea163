// The whole order path, end to end: concurrent clients place orders over
// real WebSockets into a real azcoinerd (a separate process, SQLite at
// synchronous=FULL) — parameter checks, rate limits, the ledger hold, the
// journal, matching, settlement of every fill through the ledger, order and
// market-data pushes — and we count answered orders per second and each
// order's round trip (send → answer) at p50/p99/p99.9.
//
// The flow: AZC-USDT, prices drawn from 21 ticks around 0.1 so about half the
// orders cross and fill against resting ones; every fourth request cancels
// one of the client's resting orders, so the book stays a realistic size.
// The demo users are funded generously first (an admin requests, finance
// approves) so no order fails for lack of money. Each client keeps
// AZC_BENCH_WINDOW requests in flight (a closed loop). Prints figures; never
// fails on speed, only when orders are refused or the ledger does not verify.
//
// Knobs: AZC_BENCH_CLIENTS (default 32: the server allows 8 sockets per account), AZC_BENCH_WINDOW (8),
// AZC_BENCH_SECONDS (10).

#include "azcoinerd_process.h"
#include "bench_knob.h"
#include "ws_client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace azc;
using namespace azc::test;

namespace {

using bench::knob;

struct User {
    const char *name, *password;
};
const User kUsers[] = {{"alice", "AzcAlice#2026"}, {"bob", "AzcBob#2026"}, {"carol", "AzcCarol#2026"},
                       {"dariush", "AzcDariush#2026"}};

// One signed-in socket sending orders with a window of requests in flight.
class Trader : public QObject
{
public:
    Trader(WsClient &socket, int window, quint64 seed, QObject *parent = nullptr)
        : QObject(parent), m_ws(socket), m_window(window), m_rng(quint32(seed))
    {
        connect(&m_ws.socket(), &QWebSocket::textMessageReceived, this, &Trader::onMessage);
    }

    void start()
    {
        for (int i = 0; i < m_window; ++i)
            sendNext();
    }
    void stop() { m_stopped = true; }

    std::vector<qint64> latenciesNs; // measured requests only
    qint64 orders = 0, cancels = 0, fills = 0, refused = 0;
    bool measuring = false;
    QString lastRefusal;

private:
    void sendNext()
    {
        if (m_stopped)
            return;
        const QString id = QString::number(++m_nextId);
        QJsonObject params;
        QString method;
        if (m_nextId % 4 == 0 && !m_resting.isEmpty()) {
            method = QStringLiteral("spot.cancel");
            params = {{QStringLiteral("market"), QStringLiteral("AZC-USDT")},
                      {QStringLiteral("orderId"), m_resting.takeAt(int(m_rng.bounded(quint32(m_resting.size()))))}};
        } else {
            method = QStringLiteral("spot.place");
            const int tick = 990 + int(m_rng.bounded(21u)); // 0.0990 .. 0.1010
            params = {{QStringLiteral("market"), QStringLiteral("AZC-USDT")},
                      {QStringLiteral("side"), m_rng.bounded(2u) ? QStringLiteral("buy") : QStringLiteral("sell")},
                      {QStringLiteral("type"), QStringLiteral("limit")},
                      {QStringLiteral("price"), QStringLiteral("0.%1").arg(tick, 4, 10, QLatin1Char('0'))},
                      {QStringLiteral("quantity"), QStringLiteral("20")}, // ≥ the 1 USDT minimum at 0.099
                      {QStringLiteral("idempotencyKey"), QStringLiteral("bench-%1-%2").arg(quintptr(this)).arg(m_nextId)}};
        }
        const QJsonObject frame{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id},
                                {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
        m_sentAt.insert(id, {m_clock.nsecsElapsed(), method == QLatin1String("spot.place")});
        m_ws.socket().sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }

    void onMessage(const QString &text)
    {
        // Pushes (compact JSON sorts its keys: they start with "jsonrpc") are
        // not parsed: the benchmark measures the server, not this client.
        if (text.startsWith(u"{\"jsonrpc\""))
            return;
        const QJsonObject msg = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString id = msg.value(QStringLiteral("id")).toString();
        auto it = m_sentAt.find(id);
        if (it == m_sentAt.end())
            return; // a push (order, depth, balance events)
        const auto [sentAt, isOrder] = *it;
        m_sentAt.erase(it);
        if (measuring)
            latenciesNs.push_back(m_clock.nsecsElapsed() - sentAt);
        if (msg.contains(QStringLiteral("error"))) {
            // A cancel may lose to a fill: that is the market, not a failure.
            if (isOrder) {
                ++refused;
                lastRefusal = QString::fromUtf8(QJsonDocument(msg).toJson(QJsonDocument::Compact));
            }
        } else if (isOrder) {
            const QJsonObject order = msg[QStringLiteral("result")][QStringLiteral("order")].toObject();
            if (measuring)
                ++orders;
            if (order[QStringLiteral("status")] == QStringLiteral("open"))
                m_resting.append(order[QStringLiteral("id")].toString());
            if (order[QStringLiteral("filled")].toString() != QLatin1String("0") && measuring)
                ++fills;
        } else if (measuring) {
            ++cancels;
        }
        sendNext();
    }

    WsClient &m_ws;
    int m_window;
    QRandomGenerator m_rng;
    QElapsedTimer m_clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    qint64 m_nextId = 0;
    bool m_stopped = false;
    QHash<QString, QPair<qint64, bool>> m_sentAt;
    QStringList m_resting;
};

double percentileMs(std::vector<qint64> &v, double p)
{
    if (v.empty())
        return 0;
    const size_t k = std::min(v.size() - 1, size_t(p * double(v.size())));
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(k), v.end());
    return double(v[k]) / 1e6;
}

bool fund(const QUrl &url)
{
    WsClient admin, finance;
    if (!admin.open(url) || !finance.open(url) || admin.login(QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026")).isEmpty()
        || finance.login(QStringLiteral("finance"), QStringLiteral("AzcFinance#2026")).isEmpty())
        return false;
    for (const User &u : kUsers)
        for (const auto &[asset, amount] : {std::pair{"USDT", "10000000"}, std::pair{"AZC", "100000000"}}) {
            const QString id = admin.result(QStringLiteral("treasury.requestAdjustment"),
                                            {{QStringLiteral("target"), QStringLiteral("user")},
                                             {QStringLiteral("username"), QString::fromLatin1(u.name)},
                                             {QStringLiteral("asset"), QString::fromLatin1(asset)},
                                             {QStringLiteral("amount"), QString::fromLatin1(amount)},
                                             {QStringLiteral("reason"), QStringLiteral("benchmark funding")}})
                                       [QStringLiteral("adjustment")][QStringLiteral("id")].toString();
            if (id.isEmpty() || finance.result(QStringLiteral("treasury.approveAdjustment"), {{QStringLiteral("adjustmentId"), id}})
                                        .isEmpty())
                return false;
        }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int clients = knob("AZC_BENCH_CLIENTS", 32);
    const int window = knob("AZC_BENCH_WINDOW", 8);
    const int seconds = knob("AZC_BENCH_SECONDS", 10);

    QTemporaryDir data;
    AzcoinerdProcess server(QStringLiteral(AZCOINERD_PATH));
    server.args = {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:%1").arg(freeTcpPort()), QStringLiteral("--demo"),
                   QStringLiteral("--rate-multiplier"), QStringLiteral("100000")};
    if (!server.start() || !fund(server.url)) {
        std::fprintf(stderr, "bench_exchange_e2e: the server did not start or could not be funded\n");
        return 1;
    }

    std::vector<std::unique_ptr<WsClient>> sockets;
    std::vector<std::unique_ptr<Trader>> traders;
    for (int i = 0; i < clients; ++i) {
        const User &u = kUsers[i % 4];
        auto ws = std::make_unique<WsClient>();
        if (!ws->open(server.url) || ws->login(QString::fromLatin1(u.name), QString::fromLatin1(u.password)).isEmpty()) {
            std::fprintf(stderr, "bench_exchange_e2e: client %d cannot sign in\n", i);
            return 1;
        }
        if (!qEnvironmentVariableIsSet("AZC_BENCH_NO_MARKET_DATA"))
            ws->call(QStringLiteral("spot.subscribe"), {{QStringLiteral("markets"), QJsonArray{QStringLiteral("AZC-USDT")}}});
        traders.push_back(std::make_unique<Trader>(*ws, window, 1000 + quint64(i)));
        sockets.push_back(std::move(ws));
    }
    std::printf("exchange_e2e: %d clients (4 users), %d requests in flight each, %d s measured after 2 s warm-up\n",
                clients, window, seconds);
    for (auto &t : traders)
        t->start();
    QElapsedTimer measured;
    QTimer::singleShot(2000, &app, [&] {
        for (auto &t : traders)
            t->measuring = true;
        measured.start();
    });
    QTimer::singleShot(2000 + seconds * 1000, &app, [&] {
        for (auto &t : traders) {
            t->measuring = false;
            t->stop();
        }
        QTimer::singleShot(1000, &app, &QCoreApplication::quit); // let the last answers arrive
    });
    app.exec();
    const double elapsed = double(measured.elapsed()) / 1000.0;

    std::vector<qint64> all;
    qint64 orders = 0, cancels = 0, fills = 0, refused = 0;
    QString refusal;
    for (auto &t : traders) {
        all.insert(all.end(), t->latenciesNs.begin(), t->latenciesNs.end());
        orders += t->orders;
        cancels += t->cancels;
        fills += t->fills;
        refused += t->refused;
        if (!t->lastRefusal.isEmpty())
            refusal = t->lastRefusal;
    }
    const double ordersPerSecond = double(orders) / elapsed;
    const double requestsPerSecond = double(all.size()) / elapsed;
    const double p50 = percentileMs(all, 0.50), p99 = percentileMs(all, 0.99), p999 = percentileMs(all, 0.999);
    std::printf("  orders placed %lld (%lld filled at once), cancels %lld, refused %lld\n", (long long)orders,
                (long long)fills, (long long)cancels, (long long)refused);
    std::printf("  %.0f orders/s, %.0f requests/s; round trip p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms\n", ordersPerSecond,
                requestsPerSecond, p50, p99, p999);
    if (refused > 0)
        std::printf("  last refusal: %s\n", qPrintable(refusal));
    sockets.clear();
    server.stop();

    // The books must balance after all that.
    QProcess verify;
    verify.start(QStringLiteral(AZCOINERD_PATH), {QStringLiteral("ledger"), QStringLiteral("verify"), QStringLiteral("--data-dir"), data.path()});
    verify.waitForFinished(120000);
    const bool verified = verify.exitStatus() == QProcess::NormalExit && verify.exitCode() == 0;
    std::printf("  ledger verify after the run: %s\n", verified ? "ok" : qPrintable(QString::fromUtf8(verify.readAll())));
    std::printf("BENCH exchange_e2e clients=%d window=%d orders_per_s=%.0f requests_per_s=%.0f p50_ms=%.2f p99_ms=%.2f "
                "p999_ms=%.2f refused=%lld target_orders_per_s=20000 target_p99_ms=10\n",
                clients, window, ordersPerSecond, requestsPerSecond, p50, p99, p999, (long long)refused);
    return verified && refused == 0 ? 0 : 1;
}
