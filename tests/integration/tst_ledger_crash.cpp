// Crash safety of acknowledged money, on SQLite and PostgreSQL: a real
// azcoinerd is killed with SIGKILL at random moments (21 times) while 16
// clients send wallet transfers with idempotency keys, reconnecting and
// retrying the same key after every crash. Afterwards: every acknowledged
// transfer is in the ledger exactly once with the answer the client got, no
// transfer exists that no client asked for, balances equal what the
// acknowledged receipts add up to, `azcoinerd ledger verify` passes and
// SQLite's integrity_check says ok.

#include "azcoinerd_process.h"
#include "storage/database.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QWebSocket>
#include <QtTest>

using namespace azc;
using namespace azc::test;

namespace {

constexpr int kClients = 16;
constexpr int kKills = 21;
constexpr qint64 kStartBalance = 1000000;
const QString kAsset = QStringLiteral("CRASH");
const QString kPassword = QStringLiteral("Crash-Test-Passphrase-7");

// One client: sends its next transfer when the previous one is answered;
// after a lost connection it reconnects, resumes its session and sends the
// unanswered transfer again with the same key.
class Sender : public QObject
{
    Q_OBJECT
public:
    struct Intent {
        QString key;
        QString to;
        qint64 amount = 0;
    };
    struct Ack {
        Intent intent;
        QString operationId;
    };

    Sender(QString token, QStringList others, quint32 seed) : m_token(std::move(token)), m_others(std::move(others)), m_random(seed)
    {
        connect(&m_socket, &QWebSocket::connected, this, [this] { send(QStringLiteral("auth.resume"), {{QStringLiteral("token"), m_token}}); });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, &Sender::onMessage);
        connect(&m_retry, &QTimer::timeout, this, [this] {
            if (m_socket.state() == QAbstractSocket::UnconnectedState && !m_done)
                m_socket.open(m_url);
        });
        m_retry.setInterval(50);
    }
    void start(const QUrl &url)
    {
        m_url = url;
        next();
        m_retry.start();
        m_socket.open(url);
    }
    void finish() { m_stopping = true; }
    bool done() const { return m_done; }
    const QList<Ack> &acks() const { return m_acks; }
    int reconnects() const { return m_resumes; }

private:
    void next()
    {
        m_current = {QStringLiteral("k-%1-%2").arg(m_random.generate()).arg(m_acks.size()),
                     m_others.at(int(m_random.bounded(quint32(m_others.size())))), qint64(m_random.bounded(1u, 100u))};
    }
    void send(const QString &method, const QJsonObject &params)
    {
        m_pendingId = QString::number(++m_nextId);
        const QJsonObject request{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), m_pendingId},
                                  {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
    }
    void sendTransfer()
    {
        send(QStringLiteral("wallet.transfer"), {{QStringLiteral("asset"), kAsset},
                                                 {QStringLiteral("amount"), QString::number(m_current.amount)},
                                                 {QStringLiteral("toUsername"), m_current.to},
                                                 {QStringLiteral("idempotencyKey"), m_current.key}});
    }
    void onMessage(const QString &text)
    {
        const QJsonObject msg = QJsonDocument::fromJson(text.toUtf8()).object();
        if (msg.value(QStringLiteral("id")).toString() != m_pendingId)
            return; // a push
        m_pendingId.clear();
        if (msg.contains(QStringLiteral("error"))) {
            // Not an answer to keep (the server may be going down): ask again.
            QTimer::singleShot(20, this, [this] {
                if (m_socket.state() == QAbstractSocket::ConnectedState)
                    sendTransfer();
            });
            return;
        }
        const QJsonObject result = msg.value(QStringLiteral("result")).toObject();
        if (result.contains(QStringLiteral("session"))) { // resumed
            ++m_resumes;
            sendTransfer();
            return;
        }
        m_acks.append({m_current, result.value(QStringLiteral("receipt")).toObject().value(QStringLiteral("operationId")).toString()});
        if (m_stopping) {
            m_done = true;
            m_retry.stop();
            m_socket.close();
            return;
        }
        next();
        sendTransfer();
    }

    QWebSocket m_socket;
    QTimer m_retry;
    QUrl m_url;
    QString m_token;
    QStringList m_others;
    QRandomGenerator m_random;
    Intent m_current;
    QString m_pendingId;
    int m_nextId = 0;
    int m_resumes = 0;
    bool m_stopping = false;
    bool m_done = false;
    QList<Ack> m_acks;
};

} // namespace

class TstLedgerCrash : public QObject
{
    Q_OBJECT

    void checkDatabase(const QString &url, const QHash<QString, qint64> &expected,
                       const QHash<QString, QString> &ackedOperation, int acked)
    {
        auto opened = storage::Database::open(url);
        QVERIFY(opened.ok());
        storage::Database &db = *opened.value();
        if (db.dialect() == storage::Dialect::Sqlite) {
            auto check = db.scalar(QStringLiteral("PRAGMA integrity_check"));
            QVERIFY(check.ok());
            QCOMPARE(check.value().toString(), QStringLiteral("ok"));
        }
        auto ops = db.exec(QStringLiteral("SELECT u.username, o.idempotency_key, o.id FROM ledger_operations o"
                                          " JOIN users u ON u.id = o.actor_id WHERE o.code = 'wallet.transfer'"
                                          " AND u.username LIKE 'crash%'"));
        QVERIFY(ops.ok());
        int stored = 0;
        while (ops.value().next()) {
            ++stored;
            const QString k = ops.value().value(0).toString() + QLatin1Char('\n') + ops.value().value(1).toString();
            QVERIFY2(ackedOperation.contains(k), qPrintable(QStringLiteral("a transfer nobody was told about: ") + k));
            QCOMPARE(ops.value().value(2).toString(), ackedOperation.value(k)); // the answer the client got
        }
        QCOMPARE(stored, acked); // each acknowledged once, none twice
        auto balances = db.exec(QStringLiteral("SELECT u.username, a.balance FROM ledger_accounts a JOIN users u ON u.id = a.owner_id"
                                               " WHERE a.asset = ? AND a.kind = 'available'"),
                                {kAsset});
        QVERIFY(balances.ok());
        int seen = 0;
        while (balances.value().next()) {
            ++seen;
            const QString name = balances.value().value(0).toString();
            QCOMPARE(balances.value().value(1).toString(), QString::number(expected.value(name)));
        }
        QCOMPARE(seen, kClients);
    }

private Q_SLOTS:
    void acknowledgedTransfersSurviveSigkill()
    {
        ScratchDatabase scratch;
        QVERIFY(!scratch.url().isEmpty());
        QTemporaryDir data;
        AzcoinerdProcess server(QStringLiteral(AZCOINERD_PATH));
        server.args = {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--database"), scratch.url(),
                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freeTcpPort()), QStringLiteral("--demo"),
                       QStringLiteral("--rate-multiplier"), QStringLiteral("1000")};
        QVERIFY(server.start());

        // An asset for the test with generous tier-0 limits and no fee, and
        // 16 users funded through four-eyes adjustments.
        QStringList names, tokens;
        {
            WsClient admin, finance;
            QVERIFY(admin.open(server.url) && finance.open(server.url));
            QVERIFY(!admin.login(QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026")).isEmpty());
            QVERIFY(!finance.login(QStringLiteral("finance"), QStringLiteral("AzcFinance#2026")).isEmpty());
            QVERIFY(admin.result(QStringLiteral("treasury.addAsset"), {{QStringLiteral("code"), kAsset},
                                                                       {QStringLiteral("name"), QStringLiteral("Crash test")},
                                                                       {QStringLiteral("decimals"), 0}})
                        .contains(QStringLiteral("asset")));
            QVERIFY(admin.result(QStringLiteral("treasury.setLimit"),
                                 {{QStringLiteral("asset"), kAsset}, {QStringLiteral("tier"), 0},
                                  {QStringLiteral("perTransfer"), QStringLiteral("1000000")},
                                  {QStringLiteral("daily"), QStringLiteral("1000000000")},
                                  {QStringLiteral("twoFactorAbove"), QStringLiteral("1000000")}})
                        .contains(QStringLiteral("limit")));
            for (int i = 0; i < kClients; ++i) {
                const QString name = QStringLiteral("crash%1").arg(i);
                WsClient c;
                QVERIFY(c.open(server.url));
                QVERIFY(c.result(QStringLiteral("auth.register"), {{QStringLiteral("username"), name},
                                                                   {QStringLiteral("displayName"), name},
                                                                   {QStringLiteral("password"), kPassword}})
                            .contains(QStringLiteral("user")));
                const QString token = c.login(name, kPassword);
                QVERIFY(!token.isEmpty());
                names.append(name);
                tokens.append(token);
                const QString id = admin.result(QStringLiteral("treasury.requestAdjustment"),
                                                {{QStringLiteral("target"), QStringLiteral("user")}, {QStringLiteral("username"), name},
                                                 {QStringLiteral("asset"), kAsset}, {QStringLiteral("amount"), QString::number(kStartBalance)},
                                                 {QStringLiteral("reason"), QStringLiteral("crash test funding")}})
                                       .value(QStringLiteral("adjustment")).toObject().value(QStringLiteral("id")).toString();
                QVERIFY(finance.result(QStringLiteral("treasury.approveAdjustment"), {{QStringLiteral("adjustmentId"), id}})
                            .contains(QStringLiteral("adjustment")));
            }
        }

        std::vector<std::unique_ptr<Sender>> senders;
        for (int i = 0; i < kClients; ++i) {
            QStringList others = names;
            others.removeAt(i);
            senders.push_back(std::make_unique<Sender>(tokens.at(i), others, quint32(1000 + i)));
            senders.back()->start(server.url);
        }
        auto *rng = QRandomGenerator::global();
        for (int kill = 0; kill < kKills; ++kill) {
            QTest::qWait(int(rng->bounded(150u, 600u)));
            server.kill();
            QVERIFY2(server.start(), qPrintable(QStringLiteral("restart %1").arg(kill)));
        }
        QTest::qWait(500);
        for (auto &s : senders)
            s->finish();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(senders.begin(), senders.end(), [](const auto &s) { return s->done(); }), 60000);
        server.stop();

        // What the clients were told.
        QHash<QString, qint64> expected;
        for (const QString &n : names)
            expected.insert(n, kStartBalance);
        QHash<QString, QString> ackedOperation; // "user\nkey" → operation id
        int acked = 0, reconnects = 0;
        for (int i = 0; i < kClients; ++i) {
            reconnects += senders[i]->reconnects();
            for (const Sender::Ack &a : senders[i]->acks()) {
                ++acked;
                expected[names.at(i)] -= a.intent.amount;
                expected[a.intent.to] += a.intent.amount;
                QVERIFY(!a.operationId.isEmpty());
                ackedOperation.insert(names.at(i) + QLatin1Char('\n') + a.intent.key, a.operationId);
            }
        }
        qInfo("%d transfers acknowledged across %d kills; clients resumed %d times", acked, kKills, reconnects);
        QVERIFY(acked > 200);
        QVERIFY(reconnects >= kClients * kKills / 2);

        // What the database holds.
        checkDatabase(scratch.url(), expected, ackedOperation, acked);
        if (QTest::currentTestFailed())
            return;
        QProcess verify;
        verify.start(QStringLiteral(AZCOINERD_PATH), {QStringLiteral("ledger"), QStringLiteral("verify"), QStringLiteral("--data-dir"),
                                                      data.path(), QStringLiteral("--database"), scratch.url()});
        QVERIFY(verify.waitForFinished(120000));
        QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());
        QVERIFY(verify.readAllStandardOutput().contains("ledger consistent"));
    }
};

QTEST_MAIN(TstLedgerCrash)
#include "tst_ledger_crash.moc"
