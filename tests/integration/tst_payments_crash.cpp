// A webhook survives the server dying between the commit and the delivery.
// A real azcoinerd with the Payment API on; a failpoint makes it exit (like
// a kill -9, no clean-up) right after an invoice's payment is committed and
// before its webhook is sent. After a restart without the failpoint the
// partner's endpoint receives invoice.paid exactly once (by event id), the
// payer paid once, and `azcoinerd ledger verify` passes. On SQLite and PostgreSQL.

#include "azcoinerd_process.h"
#include "demo_users.h"
#include "partner_client.h"
#include "payments/signing.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace azc;
using namespace azc::test;

class TstPaymentsCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webhookIsDeliveredOnceAfterACrash()
    {
        ScratchDatabase scratch;
        QVERIFY(!scratch.url().isEmpty());
        QTemporaryDir data;
        AzcoinerdProcess server(QStringLiteral(AZCOINERD_PATH));
        server.args = {QStringLiteral("--data-dir"), data.filePath(QStringLiteral("server")),
                       QStringLiteral("--database"), scratch.url(),
                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freeTcpPort()),
                       QStringLiteral("--payments-listen"), QStringLiteral("127.0.0.1:%1").arg(freeTcpPort()),
                       QStringLiteral("--webhook-retry-ms"), QStringLiteral("100"), QStringLiteral("--demo")};
        server.environment.insert(QStringLiteral("AZC_FAILPOINT"), QStringLiteral("webhook.before_send"));
        QVERIFY(server.start());
        QVERIFY(server.paymentsUrl.isValid());

        auto alice = signIn(server.url, QStringLiteral("alice"));
        auto bob = signIn(server.url, QStringLiteral("bob"));
        QVERIFY(alice && bob);
        const QString orgId = verifiedShop(server.url, *alice, QStringLiteral("Crash Cafe"));
        QVERIFY(!orgId.isEmpty());
        const QJsonObject key = alice->result(QStringLiteral("payments.createKey"),
                                              {{QStringLiteral("orgId"), orgId},
                                               {QStringLiteral("scopes"), QJsonArray{QStringLiteral("read"), QStringLiteral("invoices:write")}}});
        WebhookReceiver hooks;
        const QJsonObject endpoint = alice->result(QStringLiteral("payments.addWebhook"),
                                                   {{QStringLiteral("orgId"), orgId}, {QStringLiteral("url"), hooks.url().toString()},
                                                    {QStringLiteral("events"), QJsonArray{QStringLiteral("invoice.paid")}}});
        const QByteArray hookSecret = endpoint[QStringLiteral("secret")].toString().toLatin1();
        QVERIFY(!hookSecret.isEmpty());

        PartnerClient api(server.paymentsUrl, key[QStringLiteral("key")][QStringLiteral("id")].toString(),
                          key[QStringLiteral("secret")].toString().toLatin1());
        const HttpAnswer created = api.request("POST", QStringLiteral("/v1/invoices"),
                                               {{QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("amount"), QStringLiteral("12")},
                                                {QStringLiteral("orderId"), QStringLiteral("A-1001")}},
                                               "crash-invoice-1");
        QCOMPARE(created.status, 201);
        const QString uri = created.json()[QStringLiteral("uri")].toString();
        const QString invoiceId = created.json()[QStringLiteral("id")].toString();

        // bob pays (the demo gives him USDT); the committed payment's webhook is about to go out: the server dies.
        const QString pay = bob->send(QStringLiteral("payments.pay"),
                                      {{QStringLiteral("reference"), uri}, {QStringLiteral("idempotencyKey"), QStringLiteral("crash-pay-1")}});
        Q_UNUSED(pay);
        // Spin the event loop while waiting: the request must actually leave this process.
        QTRY_VERIFY_WITH_TIMEOUT(server.process.state() == QProcess::NotRunning, 30000);
        QCOMPARE(server.process.exitCode(), 70);
        QCOMPARE(hooks.attempts, 0);

        server.environment.remove(QStringLiteral("AZC_FAILPOINT"));
        QVERIFY(server.start());
        QTRY_COMPARE_WITH_TIMEOUT(hooks.received.size(), 1, 20000);
        QTest::qWait(500); // nothing more arrives
        QCOMPARE(hooks.received.size(), 1);
        const auto &r = hooks.received.first();
        QVERIFY(payments::verifyWebhookSignature(hookSecret, r.signature, r.body, QDateTime::currentSecsSinceEpoch(), 300));
        const QJsonObject event = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(event[QStringLiteral("type")].toString(), QStringLiteral("invoice.paid"));
        QCOMPARE(event[QStringLiteral("data")][QStringLiteral("id")].toString(), invoiceId);
        QCOMPARE(event[QStringLiteral("data")][QStringLiteral("orderId")].toString(), QStringLiteral("A-1001"));

        // The payment is there once; paying again (the same key after the crash) moves nothing more.
        PartnerClient again(server.paymentsUrl, key[QStringLiteral("key")][QStringLiteral("id")].toString(),
                            key[QStringLiteral("secret")].toString().toLatin1());
        const QJsonObject paid = again.request("GET", QStringLiteral("/v1/invoices/") + invoiceId).json();
        QCOMPARE(paid[QStringLiteral("status")].toString(), QStringLiteral("paid"));
        auto bobAgain = signIn(server.url, QStringLiteral("bob"));
        const QJsonObject repeat = bobAgain->call(QStringLiteral("payments.pay"), {{QStringLiteral("reference"), uri},
                                                                                 {QStringLiteral("idempotencyKey"), QStringLiteral("crash-pay-1")}});
        QVERIFY2(repeat.contains(QStringLiteral("result")), QJsonDocument(repeat).toJson()); // the first answer again
        QCOMPARE(again.request("GET", QStringLiteral("/v1/balances")).json()[QStringLiteral("balances")].toArray().at(0)[QStringLiteral("available")].toString(),
                 paid[QStringLiteral("net")].toString());
        server.stop();

        const QString problems = ledgerVerifyProblems(QStringLiteral(AZCOINERD_PATH), data.filePath(QStringLiteral("server")), scratch.url());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
};

QTEST_GUILESS_MAIN(TstPaymentsCrash)
#include "tst_payments_crash.moc"
