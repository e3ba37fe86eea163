// Mini programs through a real backend over real WebSockets, on SQLite and
// PostgreSQL: a developer's signed bundle is pending (not installable) until
// an admin approves it; a new version replaces it only once approved;
// rollback and suspension act at once (sockets hear of it). Bundles are
// checked at upload (signature, manifest, versions, payee) and at every
// download (bytes changed on the server's disk are refused). Money goes
// through AZPay invoices of the program's payee within the user's daily cap;
// profile needs consent; storage is per program with a quota; a program is
// shared into a chat as a card.

#include "common/amount.h"
#include "demo_users.h"
#include "program_bundles.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace azc;
using namespace azc::test;
using miniprograms::SigningKey;

namespace {

QString reasonOf(const QJsonObject &reply) { return reason(reply); }
QString detailOf(const QJsonObject &reply)
{
    return reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("detail")).toString();
}
QString idem() { return QUuid::createUuid().toString(QUuid::Id128); }

QStringList ids(const QJsonObject &catalogue)
{
    QStringList out;
    for (const QJsonValue &p : catalogue.value(QStringLiteral("programs")).toArray())
        out.append(p[QStringLiteral("id")].toString());
    return out;
}

} // namespace

class TstMiniPrograms : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<WsClient> m_carol, m_admin, m_bob;
    SigningKey m_key = SigningKey::generate();
    QString m_shopOrg;

    Amount balanceOf(WsClient &c, const char *asset)
    {
        for (const QJsonValue &b : c.result(QStringLiteral("wallet.balances"))[QStringLiteral("balances")].toArray())
            if (b[QStringLiteral("asset")].toString() == QLatin1String(asset))
                return Amount::parse(b[QStringLiteral("available")].toString(), b[QStringLiteral("decimals")].toInt(6)).value();
        return {};
    }
    Amount merchantUsdt()
    {
        for (const QJsonValue &b : m_carol->result(QStringLiteral("payments.balances"), {{QStringLiteral("orgId"), m_shopOrg}})
                                       [QStringLiteral("balances")].toArray())
            if (b[QStringLiteral("asset")].toString() == QLatin1String("USDT"))
                return Amount::parse(b[QStringLiteral("available")].toString(), 6).value();
        return {};
    }
    QString submitted(const QJsonObject &manifest, QHash<QString, QByteArray> files = {})
    {
        const QJsonObject r = submitProgram(*m_carol, m_key, programZip(manifest, std::move(files)));
        if (!r.contains(QStringLiteral("result")))
            qWarning() << "submit refused:" << r;
        return r[QStringLiteral("result")][QStringLiteral("versionId")].toString();
    }
    QString listed(const QString &id, const QString &version, const QStringList &permissions = {})
    {
        const QString v = submitted(testManifest(id, version, permissions, permissions.contains(QStringLiteral("payments")) ? m_shopOrg : QString()));
        return !v.isEmpty() && approveVersion(*m_admin, v) ? v : QString();
    }

private slots:
    void initTestCase()
    {
        m_backend = TestBackend::demo();
        QVERIFY(m_backend);
        m_carol = signIn(*m_backend, QStringLiteral("carol")); // tier 1: may be a developer
        m_admin = signIn(*m_backend, QStringLiteral("admin"));
        m_bob = signIn(*m_backend, QStringLiteral("bob"));
        QVERIFY(m_carol && m_admin && m_bob);
        m_shopOrg = demoDeveloper(*m_carol, m_key, QStringLiteral("Carol's Labs"));
        QVERIFY(!m_shopOrg.isEmpty());
    }

    void theDemoCatalogueIsThere()
    {
        const QJsonObject c = m_bob->result(QStringLiteral("miniprograms.catalogue"));
        QVERIFY(ids(c).contains(QStringLiteral("corner-shop")));
        QVERIFY(ids(c).contains(QStringLiteral("split-bill")));
        QCOMPARE(m_bob->result(QStringLiteral("miniprograms.catalogue"), {{QStringLiteral("query"), QStringLiteral("coffee")}})
                     [QStringLiteral("programs")].toArray().size(), 1);
        QVERIFY(!ids(m_bob->result(QStringLiteral("miniprograms.catalogue"), {{QStringLiteral("category"), QStringLiteral("tools")}}))
                     .contains(QStringLiteral("corner-shop")));
    }

    void onlyVerifiedPeopleDevelop()
    {
        auto alice = signIn(*m_backend, QStringLiteral("alice")); // tier 0
        const QJsonObject r = alice->call(QStringLiteral("miniprograms.registerDeveloper"),
                                          {{QStringLiteral("displayName"), QStringLiteral("Alice")}, {QStringLiteral("publicKey"), m_key.publicKey}});
        QCOMPARE(reasonOf(r), QStringLiteral("kyc_required"));
        QCOMPARE(reasonOf(m_carol->call(QStringLiteral("miniprograms.registerDeveloper"),
                                        {{QStringLiteral("displayName"), QStringLiteral("Carol")},
                                         {QStringLiteral("publicKey"), QStringLiteral("bm90IGEga2V5IGF0IGFsbCwgbm90IGF0IGFsbCE=")}})),
                 QStringLiteral("invalid_params"));
    }

    void reviewFlow()
    {
        const QString v1 = submitted(testManifest(QStringLiteral("review-me"), QStringLiteral("1.0.0")));
        QVERIFY(!v1.isEmpty());
        // Pending: not in the catalogue, not installable, not openable.
        QVERIFY(!ids(m_bob->result(QStringLiteral("miniprograms.catalogue"))).contains(QStringLiteral("review-me")));
        QCOMPARE(reasonOf(m_bob->call(QStringLiteral("miniprograms.install"), {{QStringLiteral("programId"), QStringLiteral("review-me")}})),
                 QStringLiteral("not_found"));
        QCOMPARE(reasonOf(m_bob->call(QStringLiteral("miniprograms.open"), {{QStringLiteral("programId"), QStringLiteral("review-me")}})),
                 QStringLiteral("not_found"));
        // Admins see it in the queue; users cannot look.
        QCOMPARE(reasonOf(m_bob->call(QStringLiteral("miniprograms.reviewQueue"))), QStringLiteral("forbidden"));
        bool queued = false;
        for (const QJsonValue &i : m_admin->result(QStringLiteral("miniprograms.reviewQueue"))[QStringLiteral("items")].toArray())
            queued |= i[QStringLiteral("versionId")].toString() == v1;
        QVERIFY(queued);
        QVERIFY(approveVersion(*m_admin, v1));
        QCOMPARE(reasonOf(m_admin->call(QStringLiteral("miniprograms.decide"),
                                        {{QStringLiteral("versionId"), v1}, {QStringLiteral("decision"), QStringLiteral("approve")}})),
                 QStringLiteral("invalid_state"));
        QVERIFY(ids(m_bob->result(QStringLiteral("miniprograms.catalogue"))).contains(QStringLiteral("review-me")));
        QVERIFY(m_bob->result(QStringLiteral("miniprograms.install"), {{QStringLiteral("programId"), QStringLiteral("review-me")}})
                    .value(QStringLiteral("installed")).toBool());
        const QByteArray zipV1 = programZip(testManifest(QStringLiteral("review-me"), QStringLiteral("1.0.0")));
        QJsonObject opened = m_bob->result(QStringLiteral("miniprograms.open"), {{QStringLiteral("programId"), QStringLiteral("review-me")}});
        QCOMPARE(opened.value(QStringLiteral("sha256")).toString(), miniprograms::sha256Hex(zipV1));

        // The download is the reviewed bytes, exactly.
        QByteArray downloaded;
        for (bool done = false; !done;) {
            const QJsonObject chunk = m_bob->result(QStringLiteral("miniprograms.bundle"),
                                                    {{QStringLiteral("programId"), QStringLiteral("review-me")},
                                                     {QStringLiteral("sha256"), opened.value(QStringLiteral("sha256"))},
                                                     {QStringLiteral("offset"), downloaded.size()}});
            QVERIFY(chunk.contains(QStringLiteral("data")));
            downloaded += QByteArray::fromBase64(chunk.value(QStringLiteral("data")).toString().toLatin1());
            done = chunk.value(QStringLiteral("done")).toBool();
        }
        QCOMPARE(downloaded, zipV1);
        QVERIFY(miniprograms::verifySignature(downloaded, opened.value(QStringLiteral("signature")).toString(),
                                              opened.value(QStringLiteral("publicKey")).toString()));

        // A new version waits for its own approval; users keep getting 1.0.0.
        const QString v2 = submitted(testManifest(QStringLiteral("review-me"), QStringLiteral("1.1.0")));
        QVERIFY(!v2.isEmpty());
        opened = m_bob->result(QStringLiteral("miniprograms.open"), {{QStringLiteral("programId"), QStringLiteral("review-me")}});
        QCOMPARE(opened.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
        // Rejection needs a reason, and the developer reads it.
        const QString v3 = submitted(testManifest(QStringLiteral("review-me"), QStringLiteral("1.2.0")));
        QCOMPARE(reasonOf(m_admin->call(QStringLiteral("miniprograms.decide"),
                                        {{QStringLiteral("versionId"), v3}, {QStringLiteral("decision"), QStringLiteral("reject")}})),
                 QStringLiteral("invalid_params"));
        QVERIFY(m_admin->result(QStringLiteral("miniprograms.decide"),
                                {{QStringLiteral("versionId"), v3}, {QStringLiteral("decision"), QStringLiteral("reject")},
                                 {QStringLiteral("reason"), QStringLiteral("The icon is missing")}})
                    .contains(QStringLiteral("status")));
        QVERIFY(approveVersion(*m_admin, v2));
        opened = m_bob->result(QStringLiteral("miniprograms.open"), {{QStringLiteral("programId"), QStringLiteral("review-me")}});
        QCOMPARE(opened.value(QStringLiteral("version")).toString(), QStringLiteral("1.1.0"));
        QString rejectedReason;
        for (const QJsonValue &p : m_carol->result(QStringLiteral("miniprograms.mine"))[QStringLiteral("programs")].toArray())
            for (const QJsonValue &v : p[QStringLiteral("versions")].toArray())
                if (v[QStringLiteral("id")].toString() == v3)
                    rejectedReason = v[QStringLiteral("reason")].toString();
        QCOMPARE(rejectedReason, QStringLiteral("The icon is missing"));

        // Rollback to an approved version, by the admin; a rejected one cannot be.
        QCOMPARE(reasonOf(m_admin->call(QStringLiteral("miniprograms.rollback"),
                                        {{QStringLiteral("programId"), QStringLiteral("review-me")}, {QStringLiteral("version"), QStringLiteral("1.2.0")}})),
                 QStringLiteral("invalid_state"));
        QVERIFY(m_admin->result(QStringLiteral("miniprograms.rollback"),
                                {{QStringLiteral("programId"), QStringLiteral("review-me")}, {QStringLiteral("version"), QStringLiteral("1.0.0")}})
                    .contains(QStringLiteral("currentVersion")));
        opened = m_bob->result(QStringLiteral("miniprograms.open"), {{QStringLiteral("programId"), QStringLiteral("review-me")}});
        QCOMPARE(opened.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
        // Someone else cannot roll it back.
        QCOMPARE(reasonOf(m_bob->call(QStringLiteral("miniprograms.rollback"),
                                      {{QStringLiteral("programId"), QStringLiteral("review-me")}, {QStringLiteral("version"), QStringLiteral("1.1.0")}})),
                 QStringLiteral("forbidden"));

        // Suspension: gone from the catalogue, refused to open, and every socket hears at once.
                QVERIFY(m_admin->result(QStringLiteral("miniprograms.suspend"),
                                {{QStringLiteral("programId"), QStringLiteral("review-me")}, {QStringLiteral("suspended"), true},
                                 {QStringLiteral("reason"), QStringLiteral("Reported for phishing")}})
                    .contains(QStringLiteral("status")));
        QJsonObject pushed; // earlier approvals and the rollback were announced too
        for (int i = 0; i < 5 && pushed.value(QStringLiteral("status")).toString() != QLatin1String("suspended"); ++i)
            pushed = m_bob->waitEvent(QStringLiteral("event.miniprograms.changed"));
        QCOMPARE(pushed.value(QStringLiteral("programId")).toString(), QStringLiteral("review-me"));
        QCOMPARE(pushed.value(QStringLiteral("status")).toString(), QStringLiteral("suspended"));
        QVERIFY(!ids(m_bob->result(QStringLiteral("miniprograms.catalogue"))).contains(QStringLiteral("review-me")));
        QCOMPARE(detailOf(m_bob->call(QStringLiteral("miniprograms.open"), {{QStringLiteral("programId"), QStringLiteral("review-me")}})),
                 QStringLiteral("suspended"));
        QVERIFY(m_admin->result(QStringLiteral("miniprograms.suspend"),
                                {{QStringLiteral("programId"), QStringLiteral("review-me")}, {QStringLiteral("suspended"), false}})
                    .contains(QStringLiteral("status")));
        QVERIFY(ids(m_bob->result(QStringLiteral("miniprograms.catalogue"))).contains(QStringLiteral("review-me")));
    }

    void anOlderApprovalIsNotADowngrade()
    {
        QVERIFY(!listed(QStringLiteral("no-downgrade"), QStringLiteral("1.0.0")).isEmpty());
        const QString older = submitted(testManifest(QStringLiteral("no-downgrade"), QStringLiteral("1.1.0")));
        const QString newer = submitted(testManifest(QStringLiteral("no-downgrade"), QStringLiteral("1.2.0")));
        QVERIFY(approveVersion(*m_admin, newer));
        QVERIFY(approveVersion(*m_admin, older)); // approved (a rollback target now), but not served
        const QJsonObject opened = m_bob->result(QStringLiteral("miniprograms.open"), {{QStringLiteral("programId"), QStringLiteral("no-downgrade")}});
        QCOMPARE(opened.value(QStringLiteral("version")).toString(), QStringLiteral("1.2.0"));
    }

    void badBundlesAreRefusedAtUpload()
    {
        const QByteArray zip = programZip(testManifest(QStringLiteral("bad-one"), QStringLiteral("1.0.0")));
        // Signed by another key than the registered one.
        const SigningKey other = SigningKey::generate();
        QCOMPARE(reasonOf(submitProgram(*m_carol, other, zip)), QStringLiteral("bad_signature"));
        // A path that climbs out, a missing entry page, a bad permission, an origin that is not an origin.
        QHash<QString, QByteArray> climbing{{QStringLiteral("../evil.js"), "x"}};
        QCOMPARE(reasonOf(submitProgram(*m_carol, m_key, programZip(testManifest(QStringLiteral("bad-one"), QStringLiteral("1.0.0")), climbing))),
                 QStringLiteral("invalid_bundle"));
        QJsonObject m = testManifest(QStringLiteral("bad-one"), QStringLiteral("1.0.0"));
        m.insert(QStringLiteral("entry"), QStringLiteral("missing.html"));
        QCOMPARE(reasonOf(submitProgram(*m_carol, m_key, programZip(m))), QStringLiteral("invalid_bundle"));
        m = testManifest(QStringLiteral("bad-one"), QStringLiteral("1.0.0"), {QStringLiteral("readWallet")});
        QCOMPARE(reasonOf(submitProgram(*m_carol, m_key, programZip(m))), QStringLiteral("invalid_bundle"));
        m = testManifest(QStringLiteral("bad-one"), QStringLiteral("1.0.0"));
        m.insert(QStringLiteral("origins"), QJsonArray{QStringLiteral("http://*.example.com/api")});
        QCOMPARE(reasonOf(submitProgram(*m_carol, m_key, programZip(m))), QStringLiteral("invalid_bundle"));
        // Payments to an organisation the developer does not run.
        auto alice = signIn(*m_backend, QStringLiteral("alice"));
        const QString aliceOrg = alice->result(QStringLiteral("payments.createOrg"),
                                               {{QStringLiteral("name"), QStringLiteral("Alice's")}, {QStringLiteral("settlementAsset"), QStringLiteral("USDT")}})
                                     .value(QStringLiteral("id")).toString();
        QVERIFY(!aliceOrg.isEmpty());
        QCOMPARE(reasonOf(submitProgram(*m_carol, m_key, programZip(testManifest(QStringLiteral("bad-one"), QStringLiteral("1.0.0"),
                                                                                 {QStringLiteral("payments")}, aliceOrg)))),
                 QStringLiteral("forbidden"));
        // A version is never uploaded twice or downwards.
        QVERIFY(!listed(QStringLiteral("versioned"), QStringLiteral("2.0.0")).isEmpty());
        QCOMPARE(detailOf(submitProgram(*m_carol, m_key, programZip(testManifest(QStringLiteral("versioned"), QStringLiteral("2.0.0"))))),
                 QStringLiteral("version_not_newer"));
        QCOMPARE(detailOf(submitProgram(*m_carol, m_key, programZip(testManifest(QStringLiteral("versioned"), QStringLiteral("1.9.9"))))),
                 QStringLiteral("version_not_newer"));
        // Not a zip at all, and not a bundle upload.
        QCOMPARE(reasonOf(callPatiently(*m_carol, QStringLiteral("files.beginUpload"),
                                        {{QStringLiteral("name"), QStringLiteral("x.zip")}, {QStringLiteral("mime"), QStringLiteral("application/zip")},
                                         {QStringLiteral("size"), 10}, {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))},
                                         {QStringLiteral("purpose"), QStringLiteral("kyc")}})),
                 QStringLiteral("unsupported_type"));
    }

    void bytesChangedOnTheServerAreNeverServed()
    {
        QVERIFY(!listed(QStringLiteral("tamper-me"), QStringLiteral("1.0.0")).isEmpty());
        const QJsonObject opened = m_bob->result(QStringLiteral("miniprograms.open"), {{QStringLiteral("programId"), QStringLiteral("tamper-me")}});
        const QString sha = opened.value(QStringLiteral("sha256")).toString();
        // One byte of the stored blob changes (a disk fault, or someone with access to it).
        QString blobPath;
        QDirIterator it(m_backend->dataDir(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(sha))
                blobPath = path;
        }
        QVERIFY2(!blobPath.isEmpty(), "the bundle's blob is stored under its hash");
        QFile blob(blobPath);
        QVERIFY(blob.open(QIODevice::ReadWrite));
        QByteArray bytes = blob.readAll();
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
        blob.seek(0);
        blob.write(bytes);
        blob.close();
        const QJsonObject chunk = m_bob->call(QStringLiteral("miniprograms.bundle"),
                                              {{QStringLiteral("programId"), QStringLiteral("tamper-me")}, {QStringLiteral("sha256"), sha},
                                               {QStringLiteral("offset"), 0}});
        QCOMPARE(reasonOf(chunk), QStringLiteral("bundle_tampered"));
    }

    void paymentsGoToThePayeeWithinTheCap()
    {
        const QString program = QStringLiteral("corner-shop");
        const Amount bobBefore = balanceOf(*m_bob, "USDT"), shopBefore = merchantUsdt();
        // Bob's own cap for the shop: 20 USDT a day.
        QVERIFY(m_bob->result(QStringLiteral("miniprograms.setConsent"),
                              {{QStringLiteral("programId"), program}, {QStringLiteral("caps"), QJsonObject{{QStringLiteral("USDT"), QStringLiteral("20")}}}})
                    .contains(QStringLiteral("limits")));
        const QJsonObject checkout = m_bob->result(QStringLiteral("miniprograms.checkout"),
                                                   {{QStringLiteral("programId"), program}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                                                    {QStringLiteral("amount"), QStringLiteral("12.5")}, {QStringLiteral("description"), QStringLiteral("Coffee beans")}});
        const QString invoiceId = checkout[QStringLiteral("invoice")][QStringLiteral("id")].toString();
        QVERIFY(!invoiceId.isEmpty());
        QCOMPARE(checkout[QStringLiteral("invoice")][QStringLiteral("merchant")][QStringLiteral("name")].toString(), QStringLiteral("Corner Shop"));
        QCOMPARE(checkout[QStringLiteral("twoFactorRequired")].toBool(), false);
        // Creating the invoice moved nothing.
        QCOMPARE(balanceOf(*m_bob, "USDT"), bobBefore);
        // Another program cannot pay this program's invoice.
        QCOMPARE(reasonOf(m_bob->call(QStringLiteral("miniprograms.pay"),
                                      {{QStringLiteral("programId"), QStringLiteral("split-bill")}, {QStringLiteral("invoiceId"), invoiceId},
                                       {QStringLiteral("idempotencyKey"), idem()}})),
                 QStringLiteral("forbidden")); // split-bill did not declare payments
        const QString key = idem();
        const QJsonObject paid = m_bob->result(QStringLiteral("miniprograms.pay"),
                                               {{QStringLiteral("programId"), program}, {QStringLiteral("invoiceId"), invoiceId},
                                                {QStringLiteral("idempotencyKey"), key}});
        QVERIFY(paid.contains(QStringLiteral("receipt")));
        QCOMPARE(balanceOf(*m_bob, "USDT"), bobBefore.checkedSub(Amount::parse(QStringLiteral("12.5"), 6).value()).value());
        QCOMPARE(merchantUsdt(), shopBefore.checkedAdd(Amount::parse(QStringLiteral("12.5"), 6).value()).value());
        // A repeat of the key answers the same receipt and moves nothing.
        QCOMPARE(m_bob->result(QStringLiteral("miniprograms.pay"),
                               {{QStringLiteral("programId"), program}, {QStringLiteral("invoiceId"), invoiceId}, {QStringLiteral("idempotencyKey"), key}})
                     [QStringLiteral("receipt")][QStringLiteral("operationId")],
                 paid[QStringLiteral("receipt")][QStringLiteral("operationId")]);
        QCOMPARE(merchantUsdt(), shopBefore.checkedAdd(Amount::parse(QStringLiteral("12.5"), 6).value()).value());
        // 12.5 + 8 passes the cap of 20: refused before any invoice exists.
        const QJsonObject refused = m_bob->call(QStringLiteral("miniprograms.checkout"),
                                                {{QStringLiteral("programId"), program}, {QStringLiteral("asset"), QStringLiteral("USDT")},
                                                 {QStringLiteral("amount"), QStringLiteral("8")}});
        QCOMPARE(reasonOf(refused), QStringLiteral("cap_exceeded"));
        QCOMPARE(refused[QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("spentToday")].toString(), QStringLiteral("12.5"));
        // An asset the program does not take.
        QCOMPARE(reasonOf(m_bob->call(QStringLiteral("miniprograms.checkout"),
                                      {{QStringLiteral("programId"), program}, {QStringLiteral("asset"), QStringLiteral("BTC")},
                                       {QStringLiteral("amount"), QStringLiteral("0.001")}})),
                 QStringLiteral("invalid_params"));
        // The spending history and the merchant's invoices agree.
        const QJsonArray spent = m_bob->result(QStringLiteral("miniprograms.spending"), {{QStringLiteral("programId"), program}})
                                     [QStringLiteral("payments")].toArray();
        QCOMPARE(spent.size(), 1);
        QCOMPARE(spent.first()[QStringLiteral("id")].toString(), invoiceId);
        const QJsonObject merchantView = m_carol->result(QStringLiteral("payments.invoice"),
                                                         {{QStringLiteral("orgId"), m_shopOrg}, {QStringLiteral("invoiceId"), invoiceId}});
        QCOMPARE(merchantView[QStringLiteral("status")].toString(), QStringLiteral("paid"));
        QCOMPARE(merchantView[QStringLiteral("createdBy")].toString(), QStringLiteral("mp:corner-shop"));
        // The developer sees the sale (carol made the demo shop).
        QJsonArray sales;
        for (const QJsonValue &p : m_carol->result(QStringLiteral("miniprograms.mine"))[QStringLiteral("programs")].toArray())
            if (p[QStringLiteral("id")].toString() == program)
                sales = p[QStringLiteral("sales")].toArray();
        QCOMPARE(sales.size(), 1);
        QCOMPARE(sales.first()[QStringLiteral("asset")].toString(), QStringLiteral("USDT"));
        QCOMPARE(sales.first()[QStringLiteral("amount")].toString(), QStringLiteral("12.5"));
        QCOMPARE(sales.first()[QStringLiteral("payments")].toInt(), 1);
        auto report = m_backend->backend().verifyLedger();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
    }

    void profileNeedsConsentAndIsPerProgram()
    {
        QVERIFY(!listed(QStringLiteral("who-am-i"), QStringLiteral("1.0.0"), {QStringLiteral("profile")}).isEmpty());
        QCOMPARE(reasonOf(m_bob->call(QStringLiteral("miniprograms.profile"), {{QStringLiteral("programId"), QStringLiteral("who-am-i")}})),
                 QStringLiteral("consent_required"));
        QVERIFY(m_bob->result(QStringLiteral("miniprograms.setConsent"), {{QStringLiteral("programId"), QStringLiteral("who-am-i")}, {QStringLiteral("profile"), true}})
                    .value(QStringLiteral("profile")).toBool());
        const QJsonObject me = m_bob->result(QStringLiteral("miniprograms.profile"), {{QStringLiteral("programId"), QStringLiteral("who-am-i")}});
        QCOMPARE(me.value(QStringLiteral("displayName")).toString(), QStringLiteral("Bob Kim"));
        m_bob->result(QStringLiteral("miniprograms.setConsent"), {{QStringLiteral("programId"), QStringLiteral("corner-shop")}, {QStringLiteral("profile"), true}});
        const QJsonObject atShop = m_bob->result(QStringLiteral("miniprograms.profile"), {{QStringLiteral("programId"), QStringLiteral("corner-shop")}});
        QVERIFY(!me.value(QStringLiteral("openId")).toString().isEmpty());
        QVERIFY(me.value(QStringLiteral("openId")) != atShop.value(QStringLiteral("openId"))); // programs cannot match users up
        // A program that did not declare it gets nothing, consent or not.
        m_bob->result(QStringLiteral("miniprograms.setConsent"), {{QStringLiteral("programId"), QStringLiteral("split-bill")}, {QStringLiteral("profile"), true}});
        QCOMPARE(detailOf(m_bob->call(QStringLiteral("miniprograms.profile"), {{QStringLiteral("programId"), QStringLiteral("split-bill")}})),
                 QStringLiteral("not_declared"));
        // Revoked: refused again.
        m_bob->result(QStringLiteral("miniprograms.setConsent"), {{QStringLiteral("programId"), QStringLiteral("who-am-i")}, {QStringLiteral("profile"), false}});
        QCOMPARE(reasonOf(m_bob->call(QStringLiteral("miniprograms.profile"), {{QStringLiteral("programId"), QStringLiteral("who-am-i")}})),
                 QStringLiteral("consent_required"));
    }

    void storageIsPerProgramWithAQuota()
    {
        const auto set = [this](const QString &program, const QString &key, const QString &value) {
            return m_bob->call(QStringLiteral("miniprograms.storageSet"),
                               {{QStringLiteral("programId"), program}, {QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
        };
        const auto get = [this](const QString &program, const QString &key) {
            return m_bob->result(QStringLiteral("miniprograms.storageGet"), {{QStringLiteral("programId"), program}, {QStringLiteral("key"), key}})
                .value(QStringLiteral("value"));
        };
        QVERIFY(set(QStringLiteral("split-bill"), QStringLiteral("secret"), QStringLiteral("split's own")).contains(QStringLiteral("result")));
        QCOMPARE(get(QStringLiteral("split-bill"), QStringLiteral("secret")).toString(), QStringLiteral("split's own"));
        QVERIFY(get(QStringLiteral("corner-shop"), QStringLiteral("secret")).isNull());
        const QString block(8000, QLatin1Char('x'));
        int stored = 0;
        QJsonObject last;
        for (int i = 0; i < 12; ++i) {
            last = set(QStringLiteral("split-bill"), QStringLiteral("k%1").arg(i), block);
            if (!last.contains(QStringLiteral("result")))
                break;
            ++stored;
        }
        QCOMPARE(stored, 8); // 65,536 bytes hold the first item (17) and eight of 8,002
        QCOMPARE(reasonOf(last), QStringLiteral("quota_exceeded"));
        QVERIFY(get(QStringLiteral("split-bill"), QStringLiteral("k8")).isNull()); // the refused write left nothing
        // Removing frees room.
        QCOMPARE(m_bob->result(QStringLiteral("miniprograms.storageSet"), {{QStringLiteral("programId"), QStringLiteral("split-bill")}, {QStringLiteral("key"), QStringLiteral("k0")}})
                     .value(QStringLiteral("stored")), QJsonValue(false));
        QVERIFY(get(QStringLiteral("split-bill"), QStringLiteral("k0")).isNull());
        QVERIFY(set(QStringLiteral("split-bill"), QStringLiteral("k8"), block).contains(QStringLiteral("result")));
        // A program without the storage permission cannot write.
        QVERIFY(!listed(QStringLiteral("no-storage"), QStringLiteral("1.0.0")).isEmpty());
        QCOMPARE(detailOf(set(QStringLiteral("no-storage"), QStringLiteral("a"), QStringLiteral("b"))), QStringLiteral("not_declared"));
    }

    void botsCanOfferAProgram()
    {
        const QJsonObject made = callPatiently(*m_carol, QStringLiteral("bots.create"), {{QStringLiteral("username"), QStringLiteral("cornershopbot")},
                                                                                          {QStringLiteral("displayName"), QStringLiteral("Corner Shop")}});
        const QString token = made[QStringLiteral("result")][QStringLiteral("token")].toString();
        QVERIFY2(!token.isEmpty(), qPrintable(QJsonDocument(made).toJson(QJsonDocument::Compact)));
        WsClient bot;
        QVERIFY(bot.open(m_backend->url()));
        QVERIFY(bot.call(QStringLiteral("auth.bot"), {{QStringLiteral("token"), token}}).contains(QStringLiteral("result")));
        const QString chat = m_bob->result(QStringLiteral("messages.send"), {{QStringLiteral("toUsername"), QStringLiteral("cornershopbot")},
                                                                             {QStringLiteral("text"), QStringLiteral("/menu")}})
                                 [QStringLiteral("message")][QStringLiteral("conversationId")].toString();
        QVERIFY(!chat.isEmpty());
        const QJsonArray keyboard{QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Open the shop")},
                                                         {QStringLiteral("miniProgram"), QJsonObject{{QStringLiteral("programId"), QStringLiteral("corner-shop")},
                                                                                                     {QStringLiteral("startParam"), QStringLiteral("menu")}}}},
                                             QJsonObject{{QStringLiteral("text"), QStringLiteral("Ping")}, {QStringLiteral("data"), QStringLiteral("ping")}}}};
        const QJsonObject sent = bot.result(QStringLiteral("messages.send"), {{QStringLiteral("conversationId"), chat},
                                                                              {QStringLiteral("text"), QStringLiteral("Today's menu")},
                                                                              {QStringLiteral("buttons"), keyboard}});
        QCOMPARE(sent[QStringLiteral("message")][QStringLiteral("data")][QStringLiteral("buttons")].toArray(), keyboard);
        // Malformed openers are refused: a bad id, extra keys, an overlong start parameter, both kinds at once.
        for (const QJsonObject &b : {QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}, {QStringLiteral("miniProgram"), QJsonObject{{QStringLiteral("programId"), QStringLiteral("Bad Id")}}}},
                                     QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}, {QStringLiteral("miniProgram"), QJsonObject{{QStringLiteral("programId"), QStringLiteral("corner-shop")}, {QStringLiteral("url"), QStringLiteral("file:///")}}}},
                                     QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}, {QStringLiteral("miniProgram"), QJsonObject{{QStringLiteral("programId"), QStringLiteral("corner-shop")}, {QStringLiteral("startParam"), QString(257, QLatin1Char('a'))}}}},
                                     QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}, {QStringLiteral("data"), QStringLiteral("d")}, {QStringLiteral("miniProgram"), QJsonObject{{QStringLiteral("programId"), QStringLiteral("corner-shop")}}}}})
        {
            QJsonArray row;
            row.append(b);
            QJsonArray rows;
            rows.append(row);
            const QJsonObject reply = callPatiently(bot, QStringLiteral("messages.send"),
                                                    {{QStringLiteral("conversationId"), chat}, {QStringLiteral("text"), QStringLiteral("x")},
                                                     {QStringLiteral("buttons"), rows}});
            QVERIFY2(reasonOf(reply) == QLatin1String("invalid_params"), qPrintable(QJsonDocument(b).toJson(QJsonDocument::Compact)
                                                                                  + QStringLiteral(" -> ") + QJsonDocument(reply).toJson(QJsonDocument::Compact)));
        }
    }

    void shareIntoAChat()
    {
        auto alice = signIn(*m_backend, QStringLiteral("alice"));
        const QString direct = m_bob->result(QStringLiteral("messages.send"),
                                             {{QStringLiteral("toUsername"), QStringLiteral("alice")}, {QStringLiteral("text"), QStringLiteral("dinner?")}})
                                   [QStringLiteral("message")][QStringLiteral("conversationId")].toString();
        QVERIFY(!direct.isEmpty());
                const QJsonObject shared = m_bob->result(QStringLiteral("miniprograms.share"),
                                                 {{QStringLiteral("programId"), QStringLiteral("split-bill")}, {QStringLiteral("conversationId"), direct},
                                                  {QStringLiteral("text"), QStringLiteral("Dinner: 100 USDT")}, {QStringLiteral("startParam"), QStringLiteral("eyJ0IjoxfQ==")}});
        const QJsonObject message = shared.value(QStringLiteral("message")).toObject();
        QCOMPARE(message.value(QStringLiteral("kind")).toString(), QStringLiteral("miniprogram"));
        QCOMPARE(message[QStringLiteral("data")][QStringLiteral("programId")].toString(), QStringLiteral("split-bill"));
        QJsonObject heard; // after bob's "dinner?"
        for (int i = 0; i < 3 && heard[QStringLiteral("kind")].toString() != QLatin1String("miniprogram"); ++i)
            heard = alice->waitEvent(QStringLiteral("event.message.new"))[QStringLiteral("message")].toObject();
        QCOMPARE(heard[QStringLiteral("data")][QStringLiteral("startParam")].toString(), QStringLiteral("eyJ0IjoxfQ=="));
        // Not into a conversation one is not in; not for a program that did not declare sharing.
        auto dariush = signIn(*m_backend, QStringLiteral("dariush"));
        QCOMPARE(reasonOf(dariush->call(QStringLiteral("miniprograms.share"),
                                        {{QStringLiteral("programId"), QStringLiteral("split-bill")}, {QStringLiteral("conversationId"), direct},
                                         {QStringLiteral("text"), QStringLiteral("spam")}})),
                 QStringLiteral("forbidden"));
        QCOMPARE(detailOf(m_bob->call(QStringLiteral("miniprograms.share"),
                                      {{QStringLiteral("programId"), QStringLiteral("corner-shop")}, {QStringLiteral("conversationId"), direct},
                                       {QStringLiteral("text"), QStringLiteral("buy")}})),
                 QStringLiteral("not_declared"));
    }
};

QTEST_GUILESS_MAIN(TstMiniPrograms)
#include "tst_miniprograms.moc"
