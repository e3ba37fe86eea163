// AZPay's view models against canned answers: paying checks the code before
// asking the server, shows the server's preview, keeps one idempotency key
// for a retry of the same intent, and asks for a 2FA code when told; the
// merchant console follows event.payments.changed (the invoice on screen
// turns paid by itself) and sizes the dashboard's bars exactly; the invoice
// list pages by the server's cursor.

#include "merchant/merchant_console.h"
#include "merchant/merchant_invoices_model.h"
#include "merchant/payment_checkout.h"
#include "vm_fixture.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace azc;
using namespace azc::test;

namespace {

const QString kInvoice = QStringLiteral("inv_ABCDEFGHIJKLMNOPQRST");

QJsonObject preview(bool payable = true)
{
    return {{QStringLiteral("kind"), QStringLiteral("invoice")},
            {QStringLiteral("payable"), payable},
            {QStringLiteral("problem"), payable ? QString() : QStringLiteral("paid")},
            {QStringLiteral("invoice"), QJsonObject{{QStringLiteral("id"), kInvoice},
                                                    {QStringLiteral("asset"), QStringLiteral("USDT")},
                                                    {QStringLiteral("amount"), QStringLiteral("12.5")},
                                                    {QStringLiteral("merchant"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Bean There")}}}}}};
}

QJsonObject invoiceRow(const QString &id, const QString &status)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("status"), status}, {QStringLiteral("asset"), QStringLiteral("USDT")},
            {QStringLiteral("amount"), QStringLiteral("1")}};
}

} // namespace

class TstVmMerchant : public QObject
{
    Q_OBJECT
private slots:
    void checkoutRefusesWhatIsNotAPaymentCode()
    {
        VmFixture f;
        PaymentCheckout checkout;
        checkout.attach(&f.context);
        checkout.open(QStringLiteral("https://evil.example/pay?invoice=inv_x"));
        QCOMPARE(checkout.errorReason(), QStringLiteral("not_a_payment_code"));
        QCOMPARE(checkout.stage(), PaymentCheckout::Idle);
        QVERIFY(f.transport.calls().isEmpty()); // nothing asked of the server
    }

    void checkoutPaysOnceWithOneKeyPerIntent()
    {
        VmFixture f;
        QVERIFY(f.signIn());
        PaymentCheckout checkout;
        checkout.attach(&f.context);
        f.transport.reply(QStringLiteral("payments.preview"), preview());
        checkout.open(QStringLiteral("azcoiner:pay?invoice=") + kInvoice);
        QTRY_COMPARE(checkout.stage(), PaymentCheckout::Confirming);
        QCOMPARE(checkout.preview().value(QStringLiteral("invoice")).toMap().value(QStringLiteral("amount")).toString(),
                 QStringLiteral("12.5"));
        QVERIFY(!checkout.needsAmount());
        // The connection drops before the answer: the retry carries the same key.
        f.transport.fail(QStringLiteral("payments.pay"), QStringLiteral("disconnected"), 0);
        checkout.pay();
        QTRY_COMPARE(checkout.stage(), PaymentCheckout::Confirming);
        QVERIFY(checkout.errorText().contains(QStringLiteral("will not be paid twice")));
        f.transport.fail(QStringLiteral("payments.pay"), QStringLiteral("two_factor_required"));
        checkout.pay();
        QTRY_VERIFY(checkout.needsTwoFactor());
        // Without the code it is not even sent.
        const int before = int(f.transport.callsOf(QStringLiteral("payments.pay")).size());
        checkout.pay();
        QCOMPARE(int(f.transport.callsOf(QStringLiteral("payments.pay")).size()), before);
        f.transport.reply(QStringLiteral("payments.pay"),
                          {{QStringLiteral("receipt"), QJsonObject{{QStringLiteral("invoiceId"), kInvoice}, {QStringLiteral("amount"), QStringLiteral("12.5")}}}});
        checkout.pay({}, QStringLiteral("123456"));
        QTRY_COMPARE(checkout.stage(), PaymentCheckout::Done);
        const auto calls = f.transport.callsOf(QStringLiteral("payments.pay"));
        QCOMPARE(calls.size(), 3);
        const QString key = calls.first().params.value(QStringLiteral("idempotencyKey")).toString();
        QVERIFY(!key.isEmpty());
        for (const auto &c : calls)
            QCOMPARE(c.params.value(QStringLiteral("idempotencyKey")).toString(), key);
        QCOMPARE(calls.last().params.value(QStringLiteral("twoFactorCode")).toString(), QStringLiteral("123456"));
        QCOMPARE(checkout.receipt().value(QStringLiteral("kind")).toString(), QStringLiteral("transfer"));
    }

    void checkoutShowsWhyAnInvoiceCannotBePaid()
    {
        VmFixture f;
        PaymentCheckout checkout;
        checkout.attach(&f.context);
        f.transport.reply(QStringLiteral("payments.preview"), preview(false));
        checkout.open(kInvoice); // a bare id (what a barcode holds)
        QTRY_COMPARE(checkout.stage(), PaymentCheckout::Confirming);
        QVERIFY(checkout.errorText().contains(QStringLiteral("already paid")));
        checkout.pay();
        QVERIFY(f.transport.callsOf(QStringLiteral("payments.pay")).isEmpty());
    }

    void consoleFollowsPaymentsPushes()
    {
        VmFixture f;
        QVERIFY(f.signIn());
        const QString org = QStringLiteral("org_1");
        f.transport.reply(QStringLiteral("payments.myOrgs"),
                          {{QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("id"), org}, {QStringLiteral("name"), QStringLiteral("Shop")}}}}});
        f.transport.reply(QStringLiteral("payments.org"), {{QStringLiteral("id"), org}, {QStringLiteral("status"), QStringLiteral("active")},
                                                          {QStringLiteral("myRole"), QStringLiteral("owner")},
                                                          {QStringLiteral("settlementAsset"), QStringLiteral("USDT")}});
        f.transport.reply(QStringLiteral("payments.statement"),
                          {{QStringLiteral("decimals"), 6},
                           {QStringLiteral("days"), QJsonArray{QJsonObject{{QStringLiteral("day"), QStringLiteral("2026-12-06")}, {QStringLiteral("payments"), QStringLiteral("0.3")}},
                                                               QJsonObject{{QStringLiteral("day"), QStringLiteral("2026-12-07")}, {QStringLiteral("payments"), QStringLiteral("0.9")}}}}});
        MerchantConsole console;
        console.attach(&f.context);
        QTRY_VERIFY(console.active());
        QTRY_COMPARE(console.statement().value(QStringLiteral("days")).toList().size(), 2);
        const QVariantList days = console.statement().value(QStringLiteral("days")).toList();
        // Exact: 0.3 / 0.9 = 333.33…‰ rounds to 333 (no floating point in the way).
        QCOMPARE(console.barPermille(days.at(0).toMap(), QStringLiteral("payments")), 333);
        QCOMPARE(console.barPermille(days.at(1).toMap(), QStringLiteral("payments")), 1000);

        // The accountant's CSV: the server's exact strings, one line per day.
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("statement.csv"));
        QVERIFY(console.saveStatementCsv(QUrl::fromLocalFile(csvPath)));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("day,asset,payments,count,fees,refunds,payouts,other,net,closing_balance"));
        QVERIFY(lines.at(3).startsWith("2026-12-07,,0.9,")); // no asset in this canned statement
        f.transport.reply(QStringLiteral("payments.invoice"), invoiceRow(kInvoice, QStringLiteral("open")));
        console.showInvoice(kInvoice);
        QTRY_COMPARE(console.lastInvoice().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        // The partner's customer paid: the push makes the invoice on screen say so.
        f.transport.reply(QStringLiteral("payments.invoice"), invoiceRow(kInvoice, QStringLiteral("paid")));
        f.transport.push(QStringLiteral("event.payments.changed"),
                         {{QStringLiteral("orgId"), org}, {QStringLiteral("type"), QStringLiteral("invoice.paid")}, {QStringLiteral("objectId"), kInvoice}});
        QTRY_COMPARE(console.lastInvoice().value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        // Another organisation's push changes nothing here.
        const int orgCalls = int(f.transport.callsOf(QStringLiteral("payments.org")).size());
        f.transport.push(QStringLiteral("event.payments.changed"), {{QStringLiteral("orgId"), QStringLiteral("org_other")}});
        QTest::qWait(50);
        QCOMPARE(int(f.transport.callsOf(QStringLiteral("payments.org")).size()), orgCalls);
    }

    void invoicesPageByTheServersCursor()
    {
        VmFixture f;
        QVERIFY(f.signIn());
        MerchantInvoicesModel invoices;
        invoices.setPageSize(2);
        invoices.attach(&f.context);
        QVERIFY(f.transport.callsOf(QStringLiteral("payments.invoices")).isEmpty()); // no organisation yet
        f.transport.reply(QStringLiteral("payments.invoices"),
                          listOf("invoices", {invoiceRow(QStringLiteral("inv_3"), QStringLiteral("open")), invoiceRow(QStringLiteral("inv_2"), QStringLiteral("paid"))},
                                 {{QStringLiteral("hasMore"), true}, {QStringLiteral("nextCursor"), QStringLiteral("2")}}));
        invoices.setOrgId(QStringLiteral("org_1"));
        QTRY_COMPARE(invoices.count(), 2);
        QVERIFY(invoices.canLoadMore());
        f.transport.reply(QStringLiteral("payments.invoices"),
                          listOf("invoices", {invoiceRow(QStringLiteral("inv_1"), QStringLiteral("expired"))},
                                 {{QStringLiteral("hasMore"), false}, {QStringLiteral("nextCursor"), QString()}}));
        invoices.loadMore();
        QTRY_COMPARE(invoices.count(), 3);
        QVERIFY(invoices.atEnd());
        QCOMPARE(f.transport.callsOf(QStringLiteral("payments.invoices")).last().params.value(QStringLiteral("cursor")).toString(),
                 QStringLiteral("2"));
    }
};

QTEST_MAIN(TstVmMerchant)
#include "tst_vm_merchant.moc"
