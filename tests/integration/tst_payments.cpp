// AZPay and the partner Payment API through a real backend: the partner's
// server over signed HTTP, members and payers over real WebSockets, on
// SQLite and PostgreSQL. A merchant is verified by support (KYB) before it
// takes money; an invoice created over REST is paid once from the wallet,
// the webhook arrives signed, refunds go back exactly, and the statement
// ends at the ledger's balance. Idempotent POSTs, refused credentials,
// concurrent payments, a partner endpoint that is down for a while, and
// malformed HTTP are each checked; the ledger's invariants after every test.

#include "common/amount.h"
#include "demo_users.h"
#include "partner_client.h"
#include "payments/api/payment_api.h"
#include "payments/signing.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include "module/service_registry.h"
#include "payments/payments_service.h"

#include <QtTest>

using namespace azc;
using namespace azc::test;

namespace {

QString key() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
QByteArray idem() { return QUuid::createUuid().toRfc4122().toHex(); }
Amount usdt(const QString &text) { return Amount::parse(text, 6).value(); }

} // namespace

class TstPayments : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestBackend> m_backend;
    int m_merchants = 0;

    struct Merchant {
        QString orgId;
        QString keyId;
        QByteArray secret;
        std::unique_ptr<WsClient> owner;
        std::unique_ptr<PartnerClient> api;
    };

    static Amount balanceOf(WsClient &c, const char *asset)
    {
        for (const QJsonValue &b : c.result(QStringLiteral("wallet.balances"))[QStringLiteral("balances")].toArray())
            if (b[QStringLiteral("asset")].toString() == QLatin1String(asset))
                return Amount::parse(b[QStringLiteral("available")].toString(), b[QStringLiteral("decimals")].toInt(6)).value();
        return {};
    }

    // A shop of one of the demo users, verified by support, with the house's
    // merchant fees (1 % of a payment, 0.5 USDT a payout) and an API key of `scopes`.
    Merchant merchant(const QString &name, const QStringList &scopes = {QStringLiteral("read"), QStringLiteral("invoices:write"),
                                                                        QStringLiteral("refunds:write"), QStringLiteral("payouts:write")})
    {
        static const QStringList owners = {QStringLiteral("alice"), QStringLiteral("carol"), QStringLiteral("dariush")};
        Merchant m;
        m.owner = signIn(*m_backend, owners.at(m_merchants++ % owners.size()));
        m.orgId = verifiedShop(m_backend->url(), *m.owner, name);
        if (m.orgId.isEmpty())
            qWarning() << "the shop could not be set up";
        auto admin = signIn(*m_backend, QStringLiteral("admin"));
        for (const auto &[flow, fixed, rate] : {std::tuple{"payment", "0", "0.01"}, {"payout", "0.5", "0"}})
            admin->call(QStringLiteral("payments.setFee"), {{QStringLiteral("orgId"), m.orgId}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                                                            {QStringLiteral("flow"), QLatin1String(flow)}, {QStringLiteral("fixed"), QLatin1String(fixed)},
                                                            {QStringLiteral("rate"), QLatin1String(rate)}, {QStringLiteral("min"), QStringLiteral("0")},
                                                            {QStringLiteral("max"), QStringLiteral("0")}});
        const QJsonObject created = m.owner->call(QStringLiteral("payments.createKey"),
                                                  {{QStringLiteral("orgId"), m.orgId}, {QStringLiteral("label"), QStringLiteral("shop server")},
                                                   {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}});
        m.keyId = created[QStringLiteral("result")][QStringLiteral("key")][QStringLiteral("id")].toString();
        m.secret = created[QStringLiteral("result")][QStringLiteral("secret")].toString().toLatin1();
        m.api = std::make_unique<PartnerClient>(m_backend->backend().paymentApiUrl(), m.keyId, m.secret);
        return m;
    }

    QJsonObject createInvoice(Merchant &m, const QString &amount, const QString &orderId = QStringLiteral("order-1"))
    {
        const HttpAnswer a = m.api->request("POST", QStringLiteral("/v1/invoices"),
                                            {{QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("amount"), amount},
                                             {QStringLiteral("description"), QStringLiteral("Coffee beans")},
                                             {QStringLiteral("orderId"), orderId}},
                                            idem());
        if (a.status != 201)
            qWarning() << "create invoice:" << a.status << a.body;
        return a.json();
    }

    QString addWebhook(Merchant &m, const QUrl &url, QByteArray *secret)
    {
        const QJsonObject r = m.owner->call(QStringLiteral("payments.addWebhook"),
                                            {{QStringLiteral("orgId"), m.orgId}, {QStringLiteral("url"), url.toString()}});
        *secret = r[QStringLiteral("result")][QStringLiteral("secret")].toString().toLatin1();
        return r[QStringLiteral("result")][QStringLiteral("endpoint")][QStringLiteral("id")].toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        BackendConfig config;
        config.seedDemoData = true;
        config.limits.rateMultiplier = 100;
        config.payments.apiEnabled = true;
        config.payments.retryBaseMs = 200; // retries within the test's patience
        config.payments.expirySweepMs = 100;
        config.payments.minuteMs = 1000; // an invoice's minute is a second here
        config.payments.disableAfterMs = 4000; // an endpoint failing this long is switched off
        m_backend = std::make_unique<TestBackend>(config);
        QVERIFY(m_backend->start());
        QVERIFY(m_backend->backend().paymentApiUrl().isValid());
        QCOMPARE(fund(*m_backend, QStringLiteral("bob"), QStringLiteral("USDT"), QStringLiteral("5000")), QString());
    }

    void cleanup()
    {
        AZC_VERIFY_LEDGER(*m_backend);
    }

    void merchantTakesMoneyOnlyAfterKyb()
    {
        auto alice = signIn(*m_backend, QStringLiteral("alice"));
        const QString orgId = alice->result(QStringLiteral("payments.createOrg"),
                                            {{QStringLiteral("name"), QStringLiteral("Unverified Ltd")},
                                             {QStringLiteral("settlementAsset"), QStringLiteral("USDT")}})[QStringLiteral("id")].toString();
        QVERIFY(!orgId.isEmpty());
        const QJsonObject refused = alice->call(QStringLiteral("payments.createInvoice"),
                                                {{QStringLiteral("orgId"), orgId}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                                                 {QStringLiteral("amount"), QStringLiteral("5")}, {QStringLiteral("idempotencyKey"), key()}});
        QCOMPARE(reason(refused), QStringLiteral("invalid_state"));
        // Someone else's organisation does not exist for bob.
        auto bob = signIn(*m_backend, QStringLiteral("bob"));
        QCOMPARE(reason(bob->call(QStringLiteral("payments.org"), {{QStringLiteral("orgId"), orgId}})), QStringLiteral("not_found"));
        // Support cannot approve without the checklist, nor review a business they belong to.
        const QString caseId = alice->result(QStringLiteral("payments.submitKyb"),
                                             {{QStringLiteral("orgId"), orgId}, {QStringLiteral("legalName"), QStringLiteral("Unverified Ltd")},
                                              {QStringLiteral("registrationNumber"), QStringLiteral("1")},
                                              {QStringLiteral("country"), QStringLiteral("GB")},
                                              {QStringLiteral("address"), QStringLiteral("1 High Street")},
                                              {QStringLiteral("representative"), QStringLiteral("Alice")},
                                              {QStringLiteral("fileIds"), QJsonArray{uploadDocument(*alice)}}})[QStringLiteral("id")].toString();
        QVERIFY(!caseId.isEmpty());
        auto support = signIn(*m_backend, QStringLiteral("support"));
        QCOMPARE(reason(support->call(QStringLiteral("payments.decideKyb"),
                                      {{QStringLiteral("caseId"), caseId}, {QStringLiteral("decision"), QStringLiteral("approve")}})),
                 QStringLiteral("invalid_params"));
        const QJsonObject queue = support->result(QStringLiteral("payments.kybQueue"));
        bool listed = false;
        for (const QJsonValue &c : queue[QStringLiteral("cases")].toArray())
            listed = listed || c[QStringLiteral("id")].toString() == caseId;
        QVERIFY(listed);
        QCOMPARE(reason(bob->call(QStringLiteral("payments.kybQueue"))), QStringLiteral("forbidden"));
        QCOMPARE(support->result(QStringLiteral("payments.decideKyb"),
                                 {{QStringLiteral("caseId"), caseId}, {QStringLiteral("decision"), QStringLiteral("reject")},
                                  {QStringLiteral("reason"), QStringLiteral("the registry extract is missing")}})[QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("rejected"));
    }

    void invoiceOverRestPaidFromWalletWebhookAndRefund()
    {
        Merchant m = merchant(QStringLiteral("Bean There"));
        QVERIFY(!m.keyId.isEmpty());
        WebhookReceiver hooks;
        QByteArray hookSecret;
        QVERIFY(!addWebhook(m, hooks.url(), &hookSecret).isEmpty());

        const QJsonObject invoice = createInvoice(m, QStringLiteral("25.50"));
        const QString invoiceId = invoice[QStringLiteral("id")].toString();
        QVERIFY(invoiceId.startsWith(QLatin1String("inv_")));
        QCOMPARE(invoice[QStringLiteral("status")].toString(), QStringLiteral("open"));
        const QString uri = invoice[QStringLiteral("uri")].toString();
        QCOMPARE(uri, QStringLiteral("azcoiner:pay?invoice=") + invoiceId);

        auto bob = signIn(*m_backend, QStringLiteral("bob"));
        const Amount before = balanceOf(*bob, "USDT");
        const QJsonObject preview = bob->result(QStringLiteral("payments.preview"), {{QStringLiteral("reference"), uri}});
        QCOMPARE(preview[QStringLiteral("payable")].toBool(), true);
        QCOMPARE(preview[QStringLiteral("invoice")][QStringLiteral("merchant")][QStringLiteral("name")].toString(), QStringLiteral("Bean There"));
        QCOMPARE(preview[QStringLiteral("invoice")][QStringLiteral("amount")].toString(), QStringLiteral("25.5"));
        const QJsonObject paid = bob->call(QStringLiteral("payments.pay"),
                                           {{QStringLiteral("reference"), uri}, {QStringLiteral("idempotencyKey"), key()}});
        QVERIFY2(paid.contains(QStringLiteral("result")), QJsonDocument(paid).toJson());
        QCOMPARE(paid[QStringLiteral("result")][QStringLiteral("invoice")][QStringLiteral("status")].toString(), QStringLiteral("paid"));
        QCOMPARE(balanceOf(*bob, "USDT"), before.checkedSub(usdt(QStringLiteral("25.5"))).value());
        // A second payment of the same invoice is refused and moves nothing.
        QCOMPARE(reason(bob->call(QStringLiteral("payments.pay"), {{QStringLiteral("reference"), uri}, {QStringLiteral("idempotencyKey"), key()}})),
                 QStringLiteral("invalid_state"));

        // The webhook: signed with the endpoint's secret, the event id once.
        QTRY_VERIFY_WITH_TIMEOUT(!hooks.received.isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(hooks.received.size(), 2, 10000); // invoice.created, invoice.paid
        QByteArray paidEvent;
        for (const auto &r : hooks.received) {
            QVERIFY(payments::verifyWebhookSignature(hookSecret, r.signature, r.body, QDateTime::currentSecsSinceEpoch(), 300));
            QVERIFY(!payments::verifyWebhookSignature("whsec_wrong", r.signature, r.body, QDateTime::currentSecsSinceEpoch(), 300));
            const QJsonObject e = QJsonDocument::fromJson(r.body).object();
            QCOMPARE(e[QStringLiteral("id")].toString().toLatin1(), r.eventId);
            if (e[QStringLiteral("type")].toString() == QLatin1String("invoice.paid")) {
                paidEvent = r.eventId;
                QCOMPARE(e[QStringLiteral("data")][QStringLiteral("id")].toString(), invoiceId);
                QCOMPARE(e[QStringLiteral("data")][QStringLiteral("orderId")].toString(), QStringLiteral("order-1"));
            }
        }
        QVERIFY(!paidEvent.isEmpty());

        // The partner sees it paid, with the fee; the merchant's balance is the net.
        const QJsonObject got = m.api->request("GET", QStringLiteral("/v1/invoices/") + invoiceId).json();
        QCOMPARE(got[QStringLiteral("status")].toString(), QStringLiteral("paid"));
        const Amount fee = usdt(got[QStringLiteral("fee")].toString());
        const Amount net = usdt(got[QStringLiteral("net")].toString());
        QCOMPARE(fee.checkedAdd(net).value(), usdt(QStringLiteral("25.5")));
        QVERIFY(!fee.isZero());
        const QJsonObject balances = m.api->request("GET", QStringLiteral("/v1/balances")).json();
        QCOMPARE(balances[QStringLiteral("balances")].toArray().at(0)[QStringLiteral("available")].toString(), net.toString(6));

        // A partial refund goes back exactly; more than is left is refused.
        const HttpAnswer refund = m.api->request("POST", QStringLiteral("/v1/refunds"),
                                                 {{QStringLiteral("invoiceId"), invoiceId}, {QStringLiteral("amount"), QStringLiteral("5.25")},
                                                  {QStringLiteral("reason"), QStringLiteral("one bag was missing")}},
                                                 idem());
        QCOMPARE(refund.status, 201);
        QCOMPARE(balanceOf(*bob, "USDT"), before.checkedSub(usdt(QStringLiteral("20.25"))).value());
        const HttpAnswer tooMuch = m.api->request("POST", QStringLiteral("/v1/refunds"),
                                                  {{QStringLiteral("invoiceId"), invoiceId}, {QStringLiteral("amount"), QStringLiteral("21")}},
                                                  idem());
        QCOMPARE(tooMuch.status, 400);
        QCOMPARE(tooMuch.headers.value("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(m.api->request("GET", QStringLiteral("/v1/invoices/") + invoiceId).json()[QStringLiteral("amountRefunded")].toString(),
                 QStringLiteral("5.25"));
        QTRY_COMPARE_WITH_TIMEOUT(hooks.received.size(), 3, 10000); // refund.succeeded

        // The statement's last closing balance is the ledger's balance.
        const QJsonObject statement = m.api->request("GET", QStringLiteral("/v1/statement?asset=USDT&days=2")).json();
        const QJsonArray days = statement[QStringLiteral("days")].toArray();
        QCOMPARE(days.size(), 2);
        const QString closing = days.last()[QStringLiteral("closingBalance")].toString();
        QCOMPARE(closing, net.checkedSub(usdt(QStringLiteral("5.25"))).value().toString(6));
        QCOMPARE(m.api->request("GET", QStringLiteral("/v1/balances")).json()[QStringLiteral("balances")].toArray().at(0)[QStringLiteral("available")].toString(),
                 closing);
        QCOMPARE(days.last()[QStringLiteral("payments")].toString(), QStringLiteral("25.5"));
        QCOMPARE(days.last()[QStringLiteral("refunds")].toString(), QStringLiteral("5.25"));

        // The events resource has what the webhooks carried.
        const QJsonObject events = m.api->request("GET", QStringLiteral("/v1/events?type=invoice.paid")).json();
        QCOMPARE(events[QStringLiteral("data")].toArray().size(), 1);
        QCOMPARE(events[QStringLiteral("data")].toArray().at(0)[QStringLiteral("id")].toString().toLatin1(), paidEvent);

        // A payout to the owner's wallet, net of the payout fee.
        auto owner = std::move(m.owner);
        const Amount ownerBefore = balanceOf(*owner, "USDT");
        const HttpAnswer payout = m.api->request("POST", QStringLiteral("/v1/payouts"),
                                                 {{QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("amount"), QStringLiteral("10")}},
                                                 idem());
        QCOMPARE(payout.status, 201);
        QCOMPARE(payout.json()[QStringLiteral("fee")].toString(), QStringLiteral("0.5"));
        QCOMPARE(balanceOf(*owner, "USDT"), ownerBefore.checkedAdd(usdt(QStringLiteral("10"))).value());
    }

    void idempotentPostsAnswerOnce()
    {
        Merchant m = merchant(QStringLiteral("Repeat Shop"));
        const QJsonObject body{{QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("amount"), QStringLiteral("3")},
                               {QStringLiteral("orderId"), QStringLiteral("same-order")}};
        const QByteArray k = idem();
        QList<int> tickets;
        for (int i = 0; i < 10; ++i)
            tickets.append(m.api->start("POST", QStringLiteral("/v1/invoices"), body, k));
        QList<HttpAnswer> answers;
        for (int t : tickets)
            answers.append(m.api->wait(t));
        for (const HttpAnswer &a : answers) {
            QCOMPARE(a.status, 201);
            QCOMPARE(a.body, answers.first().body); // identical answers
        }
        const QJsonObject list = m.api->request("GET", QStringLiteral("/v1/invoices")).json();
        QCOMPARE(list[QStringLiteral("data")].toArray().size(), 1); // one invoice
        // The same key with another body is refused.
        QJsonObject other = body;
        other.insert(QStringLiteral("amount"), QStringLiteral("4"));
        const HttpAnswer conflict = m.api->request("POST", QStringLiteral("/v1/invoices"), other, k);
        QCOMPARE(conflict.status, 409);
        // A POST without a key is refused.
        QCOMPARE(m.api->request("POST", QStringLiteral("/v1/invoices"), body).status, 400);
        // Cursor pagination walks every invoice once.
        for (int i = 0; i < 4; ++i)
            createInvoice(m, QStringLiteral("1"), QStringLiteral("o%1").arg(i));
        QSet<QString> seen;
        QString cursor;
        int pages = 0;
        do {
            const QJsonObject page = m.api->request("GET", QStringLiteral("/v1/invoices?limit=2") + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor)).json();
            for (const QJsonValue &v : page[QStringLiteral("data")].toArray())
                seen.insert(v[QStringLiteral("id")].toString());
            cursor = page[QStringLiteral("nextCursor")].toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(seen.size(), 5);
        QCOMPARE(pages, 3);
    }

    void badCredentialsAreRefused()
    {
        Merchant m = merchant(QStringLiteral("Strict Shop"), {QStringLiteral("read")});
        PartnerClient &api = *m.api;
        QCOMPARE(api.request("GET", QStringLiteral("/v1/invoices")).status, 200);
        // Wrong scope: a read-only key cannot create invoices.
        const HttpAnswer scope = api.request("POST", QStringLiteral("/v1/invoices"),
                                             {{QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("amount"), QStringLiteral("1")}}, idem());
        QCOMPARE(scope.status, 403);
        QCOMPARE(scope.json()[QStringLiteral("code")].toString(), QStringLiteral("insufficient_scope"));
        // A bad signature.
        PartnerClient wrong(api.base(), m.keyId, "azs_not-the-secret");
        QCOMPARE(wrong.request("GET", QStringLiteral("/v1/invoices")).json()[QStringLiteral("code")].toString(), QStringLiteral("bad_signature"));
        // A stale timestamp (ten minutes old), correctly signed.
        const HttpAnswer stale = api.request("GET", QStringLiteral("/v1/invoices"), {}, {}, QDateTime::currentSecsSinceEpoch() - 600);
        QCOMPARE(stale.status, 401);
        QCOMPARE(stale.json()[QStringLiteral("code")].toString(), QStringLiteral("stale_timestamp"));
        // A replay: the very same signed request again.
        const auto headers = api.signedHeaders("GET", QStringLiteral("/v1/balances"), {}, 0);
        QCOMPARE(api.send("GET", QStringLiteral("/v1/balances"), {}, headers).status, 200);
        const HttpAnswer replay = api.send("GET", QStringLiteral("/v1/balances"), {}, headers);
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.json()[QStringLiteral("code")].toString(), QStringLiteral("replayed"));
        // The signature covers the query: the same headers on another query fail.
        const auto signedForA = api.signedHeaders("GET", QStringLiteral("/v1/invoices?status=open"), {}, 0);
        QCOMPARE(api.send("GET", QStringLiteral("/v1/invoices?status=paid"), {}, signedForA).json()[QStringLiteral("code")].toString(),
                 QStringLiteral("bad_signature"));
        // No credentials at all.
        QCOMPARE(api.send("GET", QStringLiteral("/v1/invoices"), {}, {}).status, 401);
        // A key allowed only from another address.
        const QJsonObject fenced = m.owner->result(QStringLiteral("payments.createKey"),
                                                   {{QStringLiteral("orgId"), m.orgId}, {QStringLiteral("scopes"), QJsonArray{QStringLiteral("read")}},
                                                    {QStringLiteral("allowFrom"), QJsonArray{QStringLiteral("10.1.2.0/24")}}});
        PartnerClient elsewhere(api.base(), fenced[QStringLiteral("key")][QStringLiteral("id")].toString(),
                                fenced[QStringLiteral("secret")].toString().toLatin1());
        const HttpAnswer outside = elsewhere.request("GET", QStringLiteral("/v1/invoices"));
        QCOMPARE(outside.status, 403);
        QCOMPARE(outside.json()[QStringLiteral("code")].toString(), QStringLiteral("address_not_allowed"));
        // A revoked key.
        QVERIFY(!m.owner->result(QStringLiteral("payments.revokeKey"), {{QStringLiteral("orgId"), m.orgId}, {QStringLiteral("keyId"), m.keyId}}).isEmpty());
        QCOMPARE(api.request("GET", QStringLiteral("/v1/invoices")).status, 401);
        // Rotation: the new key works, the old one does not.
        const QString fencedId = fenced[QStringLiteral("key")][QStringLiteral("id")].toString();
        const QJsonObject rotated = m.owner->result(QStringLiteral("payments.rotateKey"), {{QStringLiteral("orgId"), m.orgId}, {QStringLiteral("keyId"), fencedId}});
        QVERIFY(rotated[QStringLiteral("key")][QStringLiteral("id")].toString() != fencedId);
        QCOMPARE(rotated[QStringLiteral("key")][QStringLiteral("allowFrom")].toArray().at(0).toString(), QStringLiteral("10.1.2.0/24"));
        QCOMPARE(elsewhere.request("GET", QStringLiteral("/v1/invoices")).status, 401);
        // Keys are listed without their secrets.
        const QJsonObject keys = m.owner->result(QStringLiteral("payments.keys"), {{QStringLiteral("orgId"), m.orgId}});
        QVERIFY(!QJsonDocument(keys).toJson().contains(m.secret));
    }

    void anInvoicePaidFromTwoSessionsAtOnceIsPaidOnce()
    {
        Merchant m = merchant(QStringLiteral("Race Shop"));
        const QString uri = createInvoice(m, QStringLiteral("7"))[QStringLiteral("uri")].toString();
        auto phone = signIn(*m_backend, QStringLiteral("bob"));
        auto laptop = signIn(*m_backend, QStringLiteral("bob"));
        const Amount before = balanceOf(*phone, "USDT");
        const QString a = phone->send(QStringLiteral("payments.pay"), {{QStringLiteral("reference"), uri}, {QStringLiteral("idempotencyKey"), key()}});
        const QString b = laptop->send(QStringLiteral("payments.pay"), {{QStringLiteral("reference"), uri}, {QStringLiteral("idempotencyKey"), key()}});
        const QJsonObject ra = phone->take(a), rb = laptop->take(b);
        QCOMPARE(int(ra.contains(QStringLiteral("result"))) + int(rb.contains(QStringLiteral("result"))), 1);
        QCOMPARE(reason(ra.contains(QStringLiteral("result")) ? rb : ra), QStringLiteral("invalid_state"));
        QCOMPARE(balanceOf(*phone, "USDT"), before.checkedSub(usdt(QStringLiteral("7"))).value());
        // A repeat of the successful request (same key) answers again and moves nothing.
    }

    void staticQrAndPaymentLinks()
    {
        Merchant m = merchant(QStringLiteral("Corner Shop"));
        const QJsonObject links = m.owner->result(QStringLiteral("payments.createLink"),
                                                  {{QStringLiteral("orgId"), m.orgId}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                                                   {QStringLiteral("description"), QStringLiteral("Counter")}});
        const QString uri = links[QStringLiteral("links")].toArray().at(0)[QStringLiteral("uri")].toString();
        QVERIFY(uri.startsWith(QLatin1String("azcoiner:pay?link=lnk_")));
        auto bob = signIn(*m_backend, QStringLiteral("bob"));
        // The customer enters the amount; without one it is refused.
        QCOMPARE(reason(bob->call(QStringLiteral("payments.pay"), {{QStringLiteral("reference"), uri}, {QStringLiteral("idempotencyKey"), key()}})),
                 QStringLiteral("invalid_amount"));
        for (const char *amount : {"2.5", "4"}) {
            const QJsonObject r = bob->call(QStringLiteral("payments.pay"), {{QStringLiteral("reference"), uri},
                                                                            {QStringLiteral("amount"), QLatin1String(amount)},
                                                                            {QStringLiteral("idempotencyKey"), key()}});
            QVERIFY2(r.contains(QStringLiteral("result")), QJsonDocument(r).toJson());
        }
        // Each payment is an invoice of its own, paid, in the merchant's list and the payer's receipts.
        const QJsonArray paid = m.api->request("GET", QStringLiteral("/v1/invoices?status=paid")).json()[QStringLiteral("data")].toArray();
        QCOMPARE(paid.size(), 2);
        QCOMPARE(bob->result(QStringLiteral("payments.paidByMe"))[QStringLiteral("invoices")].toArray().size() >= 2, true);
        // A cancelled invoice and a deactivated link cannot be paid.
        const QJsonObject inv = createInvoice(m, QStringLiteral("1"));
        QCOMPARE(m.api->request("POST", QStringLiteral("/v1/invoices/") + inv[QStringLiteral("id")].toString() + QStringLiteral("/cancel"), {}, idem()).status, 200);
        QCOMPARE(reason(bob->call(QStringLiteral("payments.pay"), {{QStringLiteral("reference"), inv[QStringLiteral("uri")].toString()},
                                                                   {QStringLiteral("idempotencyKey"), key()}})),
                 QStringLiteral("invalid_state"));
    }

    void expiredInvoicesCannotBePaid()
    {
        Merchant m = merchant(QStringLiteral("Slow Shop"));
        const HttpAnswer a = m.api->request("POST", QStringLiteral("/v1/invoices"),
                                            {{QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("amount"), QStringLiteral("1")},
                                             {QStringLiteral("expiresInMinutes"), 1}},
                                            idem());
        QCOMPARE(a.status, 201);
        const QString id = a.json()[QStringLiteral("id")].toString();
        QTRY_COMPARE_WITH_TIMEOUT(m.api->request("GET", QStringLiteral("/v1/invoices/") + id).json()[QStringLiteral("status")].toString(),
                                  QStringLiteral("expired"), 10000);
        auto bob = signIn(*m_backend, QStringLiteral("bob"));
        const Amount before = balanceOf(*bob, "USDT");
        const QJsonObject late = bob->call(QStringLiteral("payments.pay"), {{QStringLiteral("reference"), a.json()[QStringLiteral("uri")].toString()},
                                                                           {QStringLiteral("idempotencyKey"), key()}});
        QCOMPARE(reason(late), QStringLiteral("invalid_state"));
        QCOMPARE(balanceOf(*bob, "USDT"), before);
        QCOMPARE(m.api->request("GET", QStringLiteral("/v1/events?type=invoice.expired")).json()[QStringLiteral("data")].toArray().size(), 1);
        // Priced in USD, converted at a locked rate (USDT at par).
        const HttpAnswer priced = m.api->request("POST", QStringLiteral("/v1/invoices"),
                                                 {{QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("priceCurrency"), QStringLiteral("USD")},
                                                  {QStringLiteral("priceAmount"), QStringLiteral("12.34")}},
                                                 idem());
        QCOMPARE(priced.status, 201);
        QCOMPARE(priced.json()[QStringLiteral("amount")].toString(), QStringLiteral("12.34"));
        QCOMPARE(priced.json()[QStringLiteral("priceCurrency")].toString(), QStringLiteral("USD"));
        // Wrong types are refused by field.
        const HttpAnswer wrongType = m.api->request("POST", QStringLiteral("/v1/invoices"),
                                                    {{QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("amount"), 12}}, idem());
        QCOMPARE(wrongType.status, 400);
        QCOMPARE(wrongType.json()[QStringLiteral("field")].toString(), QStringLiteral("amount"));
    }

    void webhooksRetryUntilTheEndpointIsBack()
    {
        Merchant m = merchant(QStringLiteral("Flaky Partner"));
        WebhookReceiver hooks;
        hooks.failNext = 3; // down for three attempts
        QByteArray secret;
        const QString endpointId = addWebhook(m, hooks.url(), &secret);
        const QString invoiceId = createInvoice(m, QStringLiteral("2"))[QStringLiteral("id")].toString();
        QTRY_COMPARE_WITH_TIMEOUT(hooks.received.size(), 1, 20000);
        QCOMPARE(hooks.attempts, 4);
        // The console's delivery log shows the attempts; a manual redelivery sends it again.
        const QJsonObject log = m.owner->result(QStringLiteral("payments.deliveries"),
                                                {{QStringLiteral("orgId"), m.orgId}, {QStringLiteral("endpointId"), endpointId}});
        const QJsonObject delivery = log[QStringLiteral("deliveries")].toArray().at(0).toObject();
        QCOMPARE(delivery[QStringLiteral("status")].toString(), QStringLiteral("delivered"));
        QCOMPARE(delivery[QStringLiteral("attempts")].toInt(), 4);
        QVERIFY(!m.owner->result(QStringLiteral("payments.redeliver"),
                                 {{QStringLiteral("orgId"), m.orgId}, {QStringLiteral("deliveryId"), delivery[QStringLiteral("id")].toString()}})
                     .isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(hooks.received.size(), 2, 10000);
        QCOMPARE(hooks.received.at(0).eventId, hooks.received.at(1).eventId); // the same event: partners de-duplicate
        Q_UNUSED(invoiceId);
    }

    void anEndpointThatKeepsFailingIsSwitchedOff()
    {
        Merchant m = merchant(QStringLiteral("Gone Partner"));
        WebhookReceiver hooks;
        hooks.failNext = 1'000'000; // never comes back
        QByteArray secret;
        const QString endpointId = addWebhook(m, hooks.url(), &secret);
        createInvoice(m, QStringLiteral("1"));
        const auto endpoint = [&] {
            for (const QJsonValue &e : m.owner->result(QStringLiteral("payments.webhooks"), {{QStringLiteral("orgId"), m.orgId}})
                                           [QStringLiteral("endpoints")].toArray())
                if (e[QStringLiteral("id")].toString() == endpointId)
                    return e.toObject();
            return QJsonObject();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!endpoint()[QStringLiteral("enabled")].toBool(), 20000);
        QCOMPARE(endpoint()[QStringLiteral("disabledReason")].toString(), QStringLiteral("failing"));
        const int attempts = hooks.attempts;
        QVERIFY(attempts >= 3); // retried with growing waits before giving up on the endpoint
        // Switched off, it gets nothing more, even for new events ...
        createInvoice(m, QStringLiteral("2"));
        QTest::qWait(1500);
        QCOMPARE(hooks.attempts, attempts);
        // ... until someone turns it back on (and it works again).
        hooks.failNext = 0;
        QVERIFY(!m.owner->result(QStringLiteral("payments.enableWebhook"), {{QStringLiteral("orgId"), m.orgId}, {QStringLiteral("endpointId"), endpointId}}).isEmpty());
        createInvoice(m, QStringLiteral("3"));
        QTRY_VERIFY_WITH_TIMEOUT(!hooks.received.isEmpty(), 10000);
    }

    void membersRolesLimitWhatTheyDo()
    {
        Merchant m = merchant(QStringLiteral("Team Shop"));
        // bob joins as staff: he may create invoices but not refund, pay out or see the keys.
        QVERIFY(!m.owner->result(QStringLiteral("payments.addMember"),
                                 {{QStringLiteral("orgId"), m.orgId}, {QStringLiteral("username"), QStringLiteral("bob")},
                                  {QStringLiteral("role"), QStringLiteral("staff")}}).isEmpty());
        auto bob = signIn(*m_backend, QStringLiteral("bob"));
        const QJsonObject created = bob->result(QStringLiteral("payments.createInvoice"),
                                                {{QStringLiteral("orgId"), m.orgId}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                                                 {QStringLiteral("amount"), QStringLiteral("3")}, {QStringLiteral("idempotencyKey"), key()}});
        const QString invoiceId = created[QStringLiteral("invoice")][QStringLiteral("id")].toString();
        QVERIFY(!invoiceId.isEmpty());
        auto carol = signIn(*m_backend, QStringLiteral("carol"));
        QVERIFY(carol->call(QStringLiteral("payments.pay"), {{QStringLiteral("reference"), invoiceId}, {QStringLiteral("idempotencyKey"), key()}})
                    .contains(QStringLiteral("result")));
        QCOMPARE(reason(bob->call(QStringLiteral("payments.refund"), {{QStringLiteral("orgId"), m.orgId}, {QStringLiteral("invoiceId"), invoiceId},
                                                                     {QStringLiteral("idempotencyKey"), key()}})),
                 QStringLiteral("forbidden"));
        QCOMPARE(reason(bob->call(QStringLiteral("payments.payout"), {{QStringLiteral("orgId"), m.orgId}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                                                                     {QStringLiteral("amount"), QStringLiteral("1")}, {QStringLiteral("idempotencyKey"), key()}})),
                 QStringLiteral("forbidden"));
        QCOMPARE(reason(bob->call(QStringLiteral("payments.keys"), {{QStringLiteral("orgId"), m.orgId}})), QStringLiteral("forbidden"));
        // A stranger gets not_found for everything of the organisation.
        const QString owner = m.owner->result(QStringLiteral("account.me"))[QStringLiteral("user")][QStringLiteral("username")].toString();
        auto dariush = signIn(*m_backend, owner == QLatin1String("dariush") ? QStringLiteral("alice") : QStringLiteral("dariush"));
        QCOMPARE(reason(dariush->call(QStringLiteral("payments.invoice"), {{QStringLiteral("orgId"), m.orgId}, {QStringLiteral("invoiceId"), invoiceId}})),
                 QStringLiteral("not_found"));
        // A full refund needs more than this payment left (its fee is not returned): it is refused...
        QCOMPARE(reason(m.owner->call(QStringLiteral("payments.refund"), {{QStringLiteral("orgId"), m.orgId}, {QStringLiteral("invoiceId"), invoiceId},
                                                                         {QStringLiteral("idempotencyKey"), key()}})),
                 QStringLiteral("insufficient_funds"));
        // ... until another payment came in; then the whole rest (no amount) goes back and the invoice says refunded.
        const QString second = bob->result(QStringLiteral("payments.createInvoice"),
                                           {{QStringLiteral("orgId"), m.orgId}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                                            {QStringLiteral("amount"), QStringLiteral("5")}, {QStringLiteral("idempotencyKey"), key()}})
                                   [QStringLiteral("invoice")][QStringLiteral("uri")].toString();
        QVERIFY(carol->call(QStringLiteral("payments.pay"), {{QStringLiteral("reference"), second}, {QStringLiteral("idempotencyKey"), key()}})
                    .contains(QStringLiteral("result")));
        const QJsonObject refund = m.owner->call(QStringLiteral("payments.refund"), {{QStringLiteral("orgId"), m.orgId}, {QStringLiteral("invoiceId"), invoiceId},
                                                                                   {QStringLiteral("idempotencyKey"), key()}});
        QVERIFY2(refund.contains(QStringLiteral("result")), QJsonDocument(refund).toJson());
        QCOMPARE(m.api->request("GET", QStringLiteral("/v1/invoices/") + invoiceId).json()[QStringLiteral("status")].toString(),
                 QStringLiteral("refunded"));
    }

    void malformedHttpGetsProblemDetails()
    {
        Merchant m = merchant(QStringLiteral("Fuzzed Shop"));
        const QUrl base = m.api->base();
        struct Case {
            const char *name;
            QByteArray bytes;
            int status;
        };
        const QByteArray host = "Host: 127.0.0.1\r\n";
        const QList<Case> cases = {
            {"garbage request line", "HELLO\r\n\r\n", 400},
            {"not HTTP/1.x", "GET /v1/invoices HTTP/2.0\r\n" + host + "\r\n", 400},
            {"dot segments", "GET /v1/../v1/invoices HTTP/1.1\r\n" + host + "\r\n", 400},
            {"encoded dots", "GET /v1/%2e%2e/invoices HTTP/1.1\r\n" + host + "\r\n", 400},
            {"encoded slash", "GET /v1/invoices%2fx HTTP/1.1\r\n" + host + "\r\n", 400},
            {"long target", "GET /v1/" + QByteArray(5000, 'a') + " HTTP/1.1\r\n" + host + "\r\n", 414},
            {"header flood", "GET /v1/invoices HTTP/1.1\r\n" + host + QByteArray("X-A: b\r\n").repeated(200) + "\r\n", 431},
            {"huge head", "GET /v1/invoices HTTP/1.1\r\nX-Big: " + QByteArray(40000, 'x') + "\r\n\r\n", 431},
            {"huge body", "POST /v1/invoices HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nContent-Length: 104857600\r\n\r\n{", 413},
            {"chunked body", "POST /v1/invoices HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", 411},
            {"two lengths", "POST /v1/invoices HTTP/1.1\r\n" + host + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400},
            {"control bytes in a header", "GET /v1/invoices HTTP/1.1\r\n" + host + "X-A: b\x01" + "c\r\n\r\n", 400},
            {"unknown route", "GET /v1/wallets HTTP/1.1\r\n" + host + "\r\n", 404},
            {"wrong method", "DELETE /v1/invoices HTTP/1.1\r\n" + host + "\r\n", 405},
            {"no credentials", "GET /v1/invoices HTTP/1.1\r\n" + host + "\r\n", 401},
        };
        for (const Case &c : cases) {
            const HttpAnswer a = rawHttp(base, c.bytes);
            QVERIFY2(a.status == c.status, qPrintable(QStringLiteral("%1: got %2 %3").arg(QLatin1String(c.name)).arg(a.status).arg(QString::fromUtf8(a.body))));
            QVERIFY2(a.headers.value("content-type") == "application/problem+json", c.name);
            QCOMPARE(a.json()[QStringLiteral("status")].toInt(), c.status);
        }
        // Signed requests with bad bodies: wrong content type, bad JSON, not an object.
        const auto post = [&](const QByteArray &body, const QByteArray &type) {
            auto headers = m.api->signedHeaders("POST", QStringLiteral("/v1/invoices"), body, 0);
            headers.append({"Idempotency-Key", idem()});
            headers.append({"Content-Type", type});
            return m.api->send("POST", QStringLiteral("/v1/invoices"), body, headers);
        };
        QCOMPARE(post("{\"asset\":\"USDT\"}", "text/plain").status, 415);
        QCOMPARE(post("{\"asset\":", "application/json").status, 400);
        QCOMPARE(post("[1,2]", "application/json").status, 400);
        QCOMPARE(post("{\"asset\":\"USDT\",\"amount\":\"1e5\"}", "application/json").status, 400);
        // The server is still up and answers a good request.
        QCOMPARE(m.api->request("GET", QStringLiteral("/v1/invoices")).status, 200);
    }

    void failedRequestsFromOneAddressAreSlowedDown()
    {
        // Last: the failure budget of 127.0.0.1 is spent here (20/s, bursts of 40).
        Merchant m = merchant(QStringLiteral("Guessed Shop"));
        PartnerClient wrong(m.api->base(), m.keyId, "azs_guess");
        HttpAnswer limited;
        for (int i = 0; i < 80 && limited.status != 429; ++i)
            limited = wrong.request("GET", QStringLiteral("/v1/balances"));
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.headers.value("retry-after").toInt() >= 1);
        QCOMPARE(limited.json()[QStringLiteral("code")].toString(), QStringLiteral("rate_limited"));
    }

    void openApiDocumentMatchesTheRoutes()
    {
        QFile file(QStringLiteral(AZC_SOURCE_DIR "/docs/openapi.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        QVERIFY(lines.first().startsWith(QLatin1String("openapi: 3.1")));
        // "  /v1/invoices/{id}:" under paths, then "    get:" / "    post:".
        QSet<QString> documented;
        QString path;
        bool inPaths = false;
        static const QRegularExpression pathLine(QStringLiteral("^  (/\\S+):\\s*$"));
        static const QRegularExpression methodLine(QStringLiteral("^    (get|post|put|patch|delete):\\s*$"));
        for (const QString &l : lines) {
            if (l.startsWith(QLatin1String("paths:"))) {
                inPaths = true;
                continue;
            }
            if (inPaths && !l.isEmpty() && !l.startsWith(QLatin1Char(' ')))
                inPaths = false;
            if (!inPaths)
                continue;
            if (auto p = pathLine.match(l); p.hasMatch())
                path = p.captured(1);
            else if (auto mm = methodLine.match(l); mm.hasMatch())
                documented.insert(mm.captured(1).toUpper() + QLatin1Char(' ') + path);
        }
        QSet<QString> served;
        for (const payments::PaymentApi::RouteInfo &r : payments::PaymentApi::routes())
            served.insert(r.method + QLatin1Char(' ') + r.path);
        // and the routes other domains added (the Bridge's), as the running server serves them
        for (const auto &r : m_backend->backend().services().need<payments::PaymentsService>().apiRoutes())
            served.insert(r.method + QLatin1Char(' ') + r.path);
        for (const QString &s : served)
            QVERIFY2(documented.contains(s), qPrintable(s + QStringLiteral(" is served but not in docs/openapi.yaml")));
        for (const QString &d : documented)
            QVERIFY2(served.contains(d), qPrintable(d + QStringLiteral(" is documented but not served")));
    }
};

QTEST_MAIN(TstPayments)
#include "tst_payments.moc"
