// AZPay end to end, as people and a partner's server use it: alice sets up
// a shop and support verifies it from the KYB queue; the example partner
// server (Node.js, examples/partner-node, written from docs/openapi.yaml)
// creates an invoice over the Payment API; alice opens it in the merchant
// console, where its QR code and barcode are shown large; bob's wallet pays
// it from a picture of that screen (the PNG decoded by the Pay dialog); the
// signed webhook reaches the partner, which verifies it and marks the order
// paid; the partner refunds part and bob gets exactly that back. Screens are
// saved: the KYB queue, the invoice with its codes, the payer's confirmation,
// the dashboard's charts, the developers' corner and the dark Persian console.

#include "partner_process.h"
#include "ui_harness.h"

#include "merchant/merchant_console.h"
#include "merchant/merchant_developers.h"
#include "merchant/payment_checkout.h"
#include "support/kyb_queue_model.h"

#include "common/amount.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

using azc::Amount;
using azc::MerchantConsole;
using azc::PaymentCheckout;
using azc::uitest::PartnerProcess;
using azc::uitest::UiHarness;
using azc::uitest::exactAmount;

namespace {

Amount usdtOf(UiHarness &ui)
{
    const auto result = ui.callNow(QStringLiteral("wallet.balances"), {});
    if (!result)
        return Amount::min();
    for (const QJsonValue &v : result->value(QStringLiteral("balances")).toArray())
        if (v[QStringLiteral("asset")].toString() == QLatin1String("USDT"))
            return exactAmount(v[QStringLiteral("available")].toString());
    return {};
}

QString uploadDocument(UiHarness &ui)
{
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(QColor(230, 230, 210));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const auto begun = ui.callNow(QStringLiteral("files.beginUpload"),
                                  {{QStringLiteral("name"), QStringLiteral("registry-extract.png")},
                                   {QStringLiteral("mime"), QStringLiteral("image/png")}, {QStringLiteral("size"), png.size()},
                                   {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex())},
                                   {QStringLiteral("purpose"), QStringLiteral("kyc")}});
    if (!begun)
        return {};
    const QString uploadId = begun->value(QStringLiteral("uploadId")).toString();
    ui.callNow(QStringLiteral("files.uploadChunk"), {{QStringLiteral("uploadId"), uploadId}, {QStringLiteral("offset"), 0},
                                                     {QStringLiteral("data"), QString::fromLatin1(png.toBase64())}});
    const auto done = ui.callNow(QStringLiteral("files.finishUpload"), {{QStringLiteral("uploadId"), uploadId}});
    return done ? done->value(QStringLiteral("file")).toObject().value(QStringLiteral("fileId")).toString() : QString();
}

} // namespace

class TestUiPayments : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(UiHarness::startBackend(&error), qPrintable(error));
        QVERIFY(UiHarness::paymentApiUrl().isValid());
    }
    void cleanup()
    {
        merchant.close();
        payer.close();
        support.close();
    }
    void cleanupTestCase() { UiHarness::stopBackend(); }

    void partnerInvoicePaidFromTheQrImageWebhookAndRefund();
    void darkPersianConsole();

private:
    UiHarness merchant;
    UiHarness payer;
    UiHarness support;
    QString m_orgId;
};

void TestUiPayments::partnerInvoicePaidFromTheQrImageWebhookAndRefund()
{
    // alice's shop, with its registry extract, waiting for support.
    QVERIFY(merchant.launch());
    QVERIFY(merchant.signIn(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    const auto org = merchant.callNow(QStringLiteral("payments.createOrg"),
                                      {{QStringLiteral("name"), QStringLiteral("Bean There Coffee")},
                                       {QStringLiteral("website"), QStringLiteral("https://beanthere.example")},
                                       {QStringLiteral("settlementAsset"), QStringLiteral("USDT")}});
    QVERIFY(org);
    m_orgId = org->value(QStringLiteral("id")).toString();
    const QString document = uploadDocument(merchant);
    QVERIFY(!document.isEmpty());
    const auto kyb = merchant.callNow(QStringLiteral("payments.submitKyb"),
                                      {{QStringLiteral("orgId"), m_orgId}, {QStringLiteral("legalName"), QStringLiteral("Bean There GmbH")},
                                       {QStringLiteral("registrationNumber"), QStringLiteral("HRB 204518")},
                                       {QStringLiteral("country"), QStringLiteral("DE")},
                                       {QStringLiteral("address"), QStringLiteral("Kastanienallee 12, 10435 Berlin")},
                                       {QStringLiteral("representative"), QStringLiteral("Alice Example")},
                                       {QStringLiteral("fileIds"), QJsonArray{document}}});
    QVERIFY(kyb);

    // Support works the checklist in the KYB queue and approves.
    QVERIFY(support.launch());
    QVERIFY(support.signIn(QStringLiteral("support"), QStringLiteral("AzcSupport#2026")));
    QVERIFY(support.openSection(QStringLiteral("support")));
    QVERIFY(support.click(QStringLiteral("supportTab_kyb")));
    auto *queue = support.findAs<azc::KybQueueModel>(QStringLiteral("kybQueue"));
    QVERIFY(queue);
    QTRY_VERIFY_WITH_TIMEOUT(queue->count() > 0, 10000);
    queue->openCase(kyb->value(QStringLiteral("id")).toString());
    QTRY_VERIFY_WITH_TIMEOUT(queue->hasCurrent(), 10000);
    // The registry extract is shown (downloaded as support reads it).
    QTRY_VERIFY_WITH_TIMEOUT(queue->documentSource().startsWith(QLatin1String("image://kycdoc/")), 10000);
    support.screenshot(QStringLiteral("payments_kyb_queue"));
    for (const QVariant &item : queue->currentCase().value(QStringLiteral("checklistItems")).toList()) {
        support.scrollIntoView(QStringLiteral("kybCheck_") + item.toString());
        QVERIFY(support.click(QStringLiteral("kybCheck_") + item.toString()));
    }
    support.scrollIntoView(QStringLiteral("kybApprove"));
    support.screenshot(QStringLiteral("payments_kyb_checklist"));
    QVERIFY(support.click(QStringLiteral("kybApprove")));
    QTRY_COMPARE_WITH_TIMEOUT(queue->currentCase().value(QStringLiteral("status")).toString(), QStringLiteral("approved"), 10000);

    // The shop's server: an API key (its secret in a file) and the Node partner with its webhook endpoint.
    const auto key = merchant.callNow(QStringLiteral("payments.createKey"),
                                      {{QStringLiteral("orgId"), m_orgId}, {QStringLiteral("label"), QStringLiteral("shop server")},
                                       {QStringLiteral("scopes"), QJsonArray{QStringLiteral("read"), QStringLiteral("invoices:write"),
                                                                             QStringLiteral("refunds:write")}}});
    QVERIFY(key);
    QTemporaryDir secrets;
    QFile secretFile(secrets.filePath(QStringLiteral("key.secret")));
    QVERIFY(secretFile.open(QIODevice::WriteOnly));
    secretFile.write(key->value(QStringLiteral("secret")).toString().toUtf8());
    secretFile.close();
    PartnerProcess partner;
    QVERIFY2(partner.start(UiHarness::paymentApiUrl(), key->value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString(),
                           secretFile.fileName()),
             "node is needed for the example partner server");
    const QString webhookUrl = partner.await(QStringLiteral("listening")).value(QStringLiteral("webhookUrl")).toString();
    QVERIFY(!webhookUrl.isEmpty());
    const auto endpoint = merchant.callNow(QStringLiteral("payments.addWebhook"),
                                           {{QStringLiteral("orgId"), m_orgId}, {QStringLiteral("url"), webhookUrl}});
    QVERIFY(endpoint);
    partner.send(QStringLiteral("webhook-secret ") + endpoint->value(QStringLiteral("secret")).toString());
    QVERIFY(!partner.await(QStringLiteral("ready")).isEmpty());

    // The partner creates the order's invoice over REST.
    partner.send(QStringLiteral("order A-1001 USDT 12.5 Two bags of Ethiopian coffee"));
    const QJsonObject invoice = partner.await(QStringLiteral("invoice"));
    const QString invoiceId = invoice.value(QStringLiteral("invoiceId")).toString();
    QVERIFY2(invoiceId.startsWith(QLatin1String("inv_")), QJsonDocument(invoice).toJson());

    // alice opens it in the merchant console: the QR code and the barcode, large.
    QVERIFY(merchant.openSection(QStringLiteral("merchant")));
    auto *console = merchant.findAs<MerchantConsole>(QStringLiteral("merchantConsole"));
    QVERIFY(console);
    QTRY_VERIFY_WITH_TIMEOUT(console->active(), 10000);
    QVERIFY(merchant.click(QStringLiteral("merchantTab_invoices")));
    console->showInvoice(invoiceId);
    QTRY_COMPARE_WITH_TIMEOUT(console->lastInvoice().value(QStringLiteral("id")).toString(), invoiceId, 10000);
    QVERIFY(QMetaObject::invokeMethod(merchant.find(QStringLiteral("invoiceDialog")), "open"));
    QTRY_VERIFY_WITH_TIMEOUT(merchant.item(QStringLiteral("invoiceQr")) && merchant.item(QStringLiteral("invoiceQr"))->isVisible(), 5000);
    const QString qrPng = merchant.screenshot(QStringLiteral("payments_invoice_qr_barcode"));

    // bob pays it from that picture in the wallet's Pay dialog.
    QVERIFY(payer.launch());
    QVERIFY(payer.signIn(QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
    const Amount before = usdtOf(payer);
    QVERIFY(payer.openSection(QStringLiteral("wallet")));
    QTRY_VERIFY_WITH_TIMEOUT(payer.item(QStringLiteral("payButton")) && payer.item(QStringLiteral("payButton"))->isEnabled(), 10000);
    QVERIFY(payer.click(QStringLiteral("payButton")));
    auto *checkout = payer.findAs<PaymentCheckout>(QStringLiteral("walletCheckout"));
    QVERIFY(checkout);
    QVERIFY2(checkout->openImage(QUrl::fromLocalFile(qrPng)), qPrintable(checkout->errorText()));
    QTRY_COMPARE_WITH_TIMEOUT(checkout->stage(), PaymentCheckout::Confirming, 10000);
    QCOMPARE(payer.find(QStringLiteral("payMerchant"))->property("text").toString(), QStringLiteral("Bean There Coffee"));
    QCOMPARE(payer.find(QStringLiteral("payAmount"))->property("text").toString(), QStringLiteral("12.5 USDT"));
    payer.screenshot(QStringLiteral("payments_payer_confirmation"));
    QVERIFY(payer.click(QStringLiteral("payConfirm")));
    QTRY_COMPARE_WITH_TIMEOUT(checkout->stage(), PaymentCheckout::Done, 10000);
    payer.screenshot(QStringLiteral("payments_payer_receipt"));
    QCOMPARE(usdtOf(payer), before.checkedSub(exactAmount(QStringLiteral("12.5"))).value());

    // The webhook arrives at the partner, signed; it marks the order paid.
    const QJsonObject paid = partner.await(QStringLiteral("paid"));
    QCOMPARE(paid.value(QStringLiteral("orderId")).toString(), QStringLiteral("A-1001"));
    QCOMPARE(paid.value(QStringLiteral("invoiceId")).toString(), invoiceId);
    QCOMPARE(paid.value(QStringLiteral("amount")).toString(), QStringLiteral("12.5"));
    // The console follows (the invoice shows paid without a reload).
    QTRY_COMPARE_WITH_TIMEOUT(console->lastInvoice().value(QStringLiteral("status")).toString(), QStringLiteral("paid"), 10000);

    // A partial refund goes back exactly.
    partner.send(QStringLiteral("refund A-1001 2.5"));
    const QJsonObject refunded = partner.await(QStringLiteral("refunded"));
    QCOMPARE(refunded.value(QStringLiteral("amount")).toString(), QStringLiteral("2.5"));
    QCOMPARE(usdtOf(payer), before.checkedSub(exactAmount(QStringLiteral("10"))).value());
    // bob's wallet history shows the payment to the shop and its refund, as moves between two parties.
    QVERIFY(QMetaObject::invokeMethod(payer.find(QStringLiteral("payDialog")), "close"));
    QVERIFY(payer.find(QStringLiteral("walletPage"))->setProperty("asset", QStringLiteral("USDT")));
    auto *history = qobject_cast<QAbstractItemModel *>(payer.find(QStringLiteral("walletHistory")));
    QVERIFY(history);
    const auto role = [history](const char *name) { return history->roleNames().key(name); };
    // The page may still show the asset it opened on (bob has AZC too) until USDT's history arrives.
    QTRY_VERIFY_WITH_TIMEOUT(history->rowCount() >= 2 && history->index(0, 0).data(role("direction")).toString() == QLatin1String("in"), 10000); // the refund
    QCOMPARE(history->index(1, 0).data(role("direction")).toString(), QStringLiteral("out"));  // the payment
    QCOMPARE(history->index(1, 0).data(role("counterparty")).toString(), QStringLiteral("Bean There Coffee"));
    payer.screenshot(QStringLiteral("payments_payer_history"));
    partner.send(QStringLiteral("status A-1001"));
    const QJsonObject status = partner.await(QStringLiteral("status"));
    QCOMPARE(status.value(QStringLiteral("order")).toString(), QStringLiteral("paid"));
    QCOMPARE(status.value(QStringLiteral("amountRefunded")).toString(), QStringLiteral("2.5"));

    // A few more invoices paid for the dashboard; then its charts and the developers' corner.
    for (const char *amount : {"4", "7.25"}) {
        const auto more = merchant.callNow(QStringLiteral("payments.createInvoice"),
                                           {{QStringLiteral("orgId"), m_orgId}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                                            {QStringLiteral("amount"), QLatin1String(amount)},
                                            {QStringLiteral("description"), QStringLiteral("Espresso beans")},
                                            {QStringLiteral("idempotencyKey"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
        QVERIFY(more);
        QVERIFY(payer.callNow(QStringLiteral("payments.pay"),
                              {{QStringLiteral("reference"), more->value(QStringLiteral("invoice")).toObject().value(QStringLiteral("uri")).toString()},
                               {QStringLiteral("idempotencyKey"), QUuid::createUuid().toString(QUuid::WithoutBraces)}}));
    }
    QVERIFY(QMetaObject::invokeMethod(merchant.find(QStringLiteral("invoiceDialog")), "close"));
    QTRY_VERIFY_WITH_TIMEOUT(!merchant.find(QStringLiteral("invoiceDialog"))->property("visible").toBool(), 5000);
    QVERIFY(merchant.click(QStringLiteral("merchantTab_overview")));
    QTRY_VERIFY_WITH_TIMEOUT(merchant.find(QStringLiteral("merchantCharts")) != nullptr, 5000);
    console->reload();
    QTRY_VERIFY_WITH_TIMEOUT(console->statement().value(QStringLiteral("days")).toList().size() == 14, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(console->statement().value(QStringLiteral("days")).toList().last().toMap().value(QStringLiteral("payments")).toString(),
                              QStringLiteral("23.75"), 10000);
    merchant.screenshot(QStringLiteral("payments_merchant_dashboard"));
    QVERIFY(merchant.click(QStringLiteral("merchantTab_invoices")));
    merchant.screenshot(QStringLiteral("payments_merchant_invoices"));
    QVERIFY(merchant.click(QStringLiteral("merchantTab_developers")));
    auto *developers = merchant.findAs<azc::MerchantDevelopers>(QStringLiteral("merchantDevelopers"));
    QVERIFY(developers);
    developers->showDeliveries(endpoint->value(QStringLiteral("endpoint")).toObject().value(QStringLiteral("id")).toString());
    QTRY_VERIFY_WITH_TIMEOUT(developers->deliveries().size() >= 2, 10000); // invoice.created, invoice.paid, refund, ...
    merchant.screenshot(QStringLiteral("payments_merchant_developers"));
    partner.send(QStringLiteral("quit"));
}

void TestUiPayments::darkPersianConsole()
{
    QVERIFY(merchant.launch(QStringLiteral("fa"), true));
    QVERIFY(merchant.signIn(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    QVERIFY(merchant.openSection(QStringLiteral("merchant")));
    auto *console = merchant.findAs<MerchantConsole>(QStringLiteral("merchantConsole"));
    QVERIFY(console);
    QTRY_VERIFY_WITH_TIMEOUT(console->active(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!console->statement().isEmpty(), 10000);
    merchant.screenshot(QStringLiteral("payments_merchant_dashboard_dark_fa"));
    QVERIFY(payer.launch(QStringLiteral("fa"), true));
    QVERIFY(payer.signIn(QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
    QVERIFY(payer.openSection(QStringLiteral("wallet")));
    QTRY_VERIFY_WITH_TIMEOUT(payer.item(QStringLiteral("payButton")) && payer.item(QStringLiteral("payButton"))->isEnabled(), 10000);
    QVERIFY(payer.click(QStringLiteral("payButton")));
    auto *checkout = payer.findAs<PaymentCheckout>(QStringLiteral("walletCheckout"));
    const auto links = merchant.callNow(QStringLiteral("payments.createLink"),
                                        {{QStringLiteral("orgId"), m_orgId}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                                         {QStringLiteral("description"), QStringLiteral("Counter")}});
    QVERIFY(links);
    checkout->open(links->value(QStringLiteral("links")).toArray().at(0)[QStringLiteral("uri")].toString());
    QTRY_COMPARE_WITH_TIMEOUT(checkout->stage(), PaymentCheckout::Confirming, 10000);
    QVERIFY(checkout->needsAmount());
    payer.screenshot(QStringLiteral("payments_payer_static_qr_dark_fa"));
}

AZC_UI_TEST_MAIN(TestUiPayments)
#include "tst_ui_payments.moc"
