// Mini programs in the real desktop app, with real Chromium (Qt WebEngine)
// under Xvfb: a hostile bundle tries to escape its sandbox and fails at each
// step (what it saw is in its page title, what the host saw in the session);
// the Corner Shop sells a coffee end to end (consent, the host's payment
// dialog with a TOTP code above the threshold, the merchant's balance up by
// exactly the price, receipts on both sides, the daily cap refusing the
// next purchase); a suspension closes the running program; and the screens
// are saved (catalogue, shop, payment dialog, developer console, review
// queue, dark Persian).

#include "client/api_client.h"
#include "crypto/totp.h"
#include "demo_users.h"
#include "foundation/qr_code.h"
#include "miniprograms/program_scheme.h"
#include "miniprograms/program_session.h"
#include "program_bundles.h"
#include "ui_harness.h"
#include "ws_client.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>
#include <QtWebEngineQuick/QtWebEngineQuick>

using namespace azc;
using namespace azc::uitest;

namespace {

Amount usdt(const QString &text) { return Amount::parse(text, 6).value(); }

// A raw client of the app's own backend (it takes only connections with its launch secret).
bool openToBackend(test::WsClient &c)
{
    QNetworkRequest request(UiHarness::backendUrl());
    request.setRawHeader(ApiClient::LaunchSecretHeader, UiHarness::launchSecret());
    return c.open(request);
}

std::unique_ptr<test::WsClient> connectAs(const QString &username)
{
    auto c = std::make_unique<test::WsClient>();
    if (!openToBackend(*c) || c->login(username, test::demoPassword(username)).isEmpty())
        return nullptr;
    return c;
}

QHash<QString, QByteArray> evilFiles()
{
    QHash<QString, QByteArray> files;
    for (const char *name : {"index.html", "evil.js"}) {
        QFile f(QStringLiteral(AZC_SOURCE_DIR "/tests/ui/miniprograms/evil/") + QLatin1String(name));
        if (f.open(QIODevice::ReadOnly))
            files.insert(QLatin1String(name), f.readAll());
    }
    return files;
}

// Answers nothing, counts who knocks: the "undeclared origin" a program must never reach.
class WatchedServer : public QTcpServer
{
public:
    int connections = 0;
    WatchedServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                ++connections;
                s->deleteLater();
            }
        });
    }
};

} // namespace

class TestUiMiniPrograms : public QObject
{
    Q_OBJECT
    UiHarness ui;
    QTemporaryDir m_cache;
    std::unique_ptr<test::WsClient> m_carol, m_admin;
    QString m_shopOrg;
    miniprograms::SigningKey m_key = miniprograms::SigningKey::generate();

    ProgramSession *session() { return ui.findAs<ProgramSession>(QStringLiteral("programSession")); }
    QString pageTitle()
    {
        QObject *view = ui.find(QStringLiteral("programWebView"));
        return view ? view->property("title").toString() : QString();
    }
    void runInPage(const QString &script)
    {
        QObject *view = ui.find(QStringLiteral("programWebView"));
        QVERIFY(view);
        QVERIFY(QMetaObject::invokeMethod(view, "runJavaScript", Q_ARG(QString, script)));
    }
    Amount shopBalance()
    {
        for (const QJsonValue &b : m_carol->result(QStringLiteral("payments.balances"), {{QStringLiteral("orgId"), m_shopOrg}})
                                       [QStringLiteral("balances")].toArray())
            if (b[QStringLiteral("asset")].toString() == QLatin1String("USDT"))
                return usdt(b[QStringLiteral("available")].toString());
        return {};
    }
    Amount myUsdt()
    {
        const auto r = ui.callNow(QStringLiteral("wallet.balances"));
        for (const QJsonValue &b : r ? r->value(QStringLiteral("balances")).toArray() : QJsonArray())
            if (b[QStringLiteral("asset")].toString() == QLatin1String("USDT"))
                return usdt(b[QStringLiteral("available")].toString());
        return Amount::min();
    }
    bool publish(const QString &id, const QString &version, const QStringList &permissions, const QHash<QString, QByteArray> &files)
    {
        QJsonObject m = test::testManifest(id, version, permissions, permissions.contains(QStringLiteral("payments")) ? m_shopOrg : QString());
        const QJsonObject submitted = test::submitProgram(*m_carol, m_key, test::programZip(m, files));
        const QString versionId = submitted[QStringLiteral("result")][QStringLiteral("versionId")].toString();
        if (versionId.isEmpty())
            qWarning() << "submit failed" << submitted;
        return !versionId.isEmpty() && test::approveVersion(*m_admin, versionId);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        ProgramSession::setCacheDir(m_cache.path());
        QString error;
        QVERIFY2(UiHarness::startBackend(&error), qPrintable(error));
        m_carol = connectAs(QStringLiteral("carol"));
        m_admin = connectAs(QStringLiteral("admin"));
        QVERIFY(m_carol && m_admin);
        m_shopOrg = test::demoDeveloper(*m_carol, m_key, QStringLiteral("Corner Shop Labs"));
        QVERIFY(!m_shopOrg.isEmpty());
    }
    void cleanupTestCase()
    {
        ui.close();
        UiHarness::stopBackend();
    }

    void catalogueAndHostileProgram()
    {
        const QStringList perms{QStringLiteral("storage"), QStringLiteral("payments")};
        QVERIFY(publish(QStringLiteral("evil-plant"), QStringLiteral("1.0.0"), perms, evilFiles()));
        QVERIFY(publish(QStringLiteral("evil-one"), QStringLiteral("1.0.0"), perms, evilFiles()));
        QVERIFY(ui.launch());
        QVERIFY(ui.signIn(QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
        QVERIFY(ui.openSection(QStringLiteral("apps")));
        QTRY_VERIFY_WITH_TIMEOUT(ui.item(QStringLiteral("programTile_corner-shop")), 10000);
        ui.screenshot(QStringLiteral("miniprograms_catalogue"));
        ProgramSession *s = session();
        QVERIFY(s);
        const Amount before = myUsdt();

        // Another program plants secrets everywhere a browser keeps them.
        s->open(QStringLiteral("evil-plant"), QStringLiteral("plant"));
        QTRY_VERIFY_WITH_TIMEOUT(pageTitle().startsWith(QLatin1String("done:")), 30000);
        const QJsonObject planted = QJsonDocument::fromJson(pageTitle().mid(5).toUtf8()).object();
        QVERIFY2(planted[QStringLiteral("planted")][QStringLiteral("ok")].toBool(), qPrintable(pageTitle()));
        s->close();

        WatchedServer target;
        QVERIFY(target.listen(QHostAddress::LocalHost));
        const QString targetUrl = QStringLiteral("http://127.0.0.1:%1").arg(target.serverPort());
        s->open(QStringLiteral("evil-one"), targetUrl);
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), ProgramSession::State::Running, 15000);
        const QString cached = s->cacheFile();
        // It asks to be paid, with a forged "confirmed": the host's dialog is up and nothing has moved.
        QTRY_VERIFY_WITH_TIMEOUT(pageTitle().startsWith(QLatin1String("waiting:")), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(s->prompt(), QStringLiteral("payment"), 10000);
        ui.screenshot(QStringLiteral("miniprograms_hostile_payment_dialog"));
        QCOMPARE(myUsdt(), before);
        QVERIFY(ui.click(QStringLiteral("programPayCancel")));
        QString last;
        QTRY_VERIFY_WITH_TIMEOUT((last = pageTitle().isEmpty() ? last : pageTitle()).startsWith(QLatin1String("done:")), 30000);
        const QJsonObject saw = QJsonDocument::fromJson(last.mid(5).toUtf8()).object();
        qInfo().noquote() << "the hostile program saw:" << QJsonDocument(saw).toJson(QJsonDocument::Compact);

        // 1. Nothing of the other program's.
        QVERIFY(saw[QStringLiteral("localStorage")].isNull());
        QCOMPARE(saw[QStringLiteral("cookie")].toString(), QString());
        QCOMPARE(saw[QStringLiteral("indexedDB")].toArray().size(), 0);
        QVERIFY(saw[QStringLiteral("hostStorage")][QStringLiteral("ok")].toBool());
        QVERIFY(saw[QStringLiteral("hostStorage")][QStringLiteral("value")][QStringLiteral("value")].isNull());
        QCOMPARE(saw[QStringLiteral("otherScheme")][QStringLiteral("ok")].toBool(), false);
        // 2. The undeclared origin: the fetch failed and no connection ever arrived.
        QCOMPARE(saw[QStringLiteral("fetchUndeclared")][QStringLiteral("ok")].toBool(), false);
        QCOMPARE(target.connections, 0);
        // (the page's CSP stopped it first; the profile's request guard stands behind it:)
        const ProgramRequestGuard guard(QStringLiteral("evil-one"), {QStringLiteral("https://api.example.com")});
        QVERIFY(guard.allows(QUrl(QStringLiteral("azmp://evil-one/app.js"))));
        QVERIFY(guard.allows(QUrl(QStringLiteral("https://api.example.com/v1/x"))));
        for (const char *refused : {"azmp://evil-plant/index.html", "http://127.0.0.1:1/steal", "file:///etc/passwd",
                                    "https://api.example.com:8443/", "http://api.example.com/", "qrc:/AzCoiner/shell/Main.qml",
                                    "https://evil.example.com/"})
            QVERIFY2(!guard.allows(QUrl(QString::fromLatin1(refused))), refused);
        // 3. and 7. No file: by fetch, and the navigation went nowhere.
        QCOMPARE(saw[QStringLiteral("fetchFile")][QStringLiteral("ok")].toBool(), false);
        QVERIFY(saw[QStringLiteral("location")].toString().startsWith(QLatin1String("azmp://evil-one/")));
        // 4. No popup.
        QVERIFY(saw[QStringLiteral("popup")].isNull());
        // 5. Money: the host's own methods are not there; the real request waited for the user, who said no.
        for (const char *k : {"payDirect", "rpcPay", "confirmPayment"})
            QCOMPARE(saw[QLatin1String(k)][QStringLiteral("code")].toString(), QStringLiteral("unknown_method"));
        QCOMPARE(saw[QStringLiteral("payment")][QStringLiteral("code")].toString(), QStringLiteral("cancelled"));
        QCOMPARE(myUsdt(), before);
        QCOMPARE(saw[QStringLiteral("webrtc")].toString(), QStringLiteral("absent"));
        // Device permissions it did not declare: denied without asking anyone.
        QCOMPARE(saw[QStringLiteral("geolocation")][QStringLiteral("code")].toString(), QStringLiteral("geo_1")); // PERMISSION_DENIED
        QCOMPARE(saw[QStringLiteral("notifications")][QStringLiteral("value")].toString(), QStringLiteral("denied"));
        QCOMPARE(saw[QStringLiteral("camera")][QStringLiteral("ok")].toBool(), false);
        // 6. Undeclared and unknown bridge methods.
        QCOMPARE(saw[QStringLiteral("undeclared")][QStringLiteral("code")].toString(), QStringLiteral("not_declared"));
        QCOMPARE(saw[QStringLiteral("unknown")][QStringLiteral("code")].toString(), QStringLiteral("unknown_method"));
        // 8. deleteLater() on the host object: QWebChannel refuses it for registered objects
        //    ("Not deleting non-wrapped object"); the bridge is still there and the host goes on.
        QCOMPARE(saw[QStringLiteral("deleteLater")].toString(), QStringLiteral("called"));
        QTest::qWait(200);
        QVERIFY(s->bridge());
        QVERIFY(s->state() == ProgramSession::State::Running);
        s->close();

        // One byte of the reviewed bundle changes on this computer: refused before any script runs.
        QVERIFY(QFile::exists(cached));
        {
            QFile f(cached);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            bytes[bytes.size() / 3] = char(bytes.at(bytes.size() / 3) ^ 0x20);
            f.seek(0);
            f.write(bytes);
        }
        s->open(QStringLiteral("evil-one"), targetUrl);
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), ProgramSession::State::Refused, 10000);
        QCOMPARE(s->servedFiles(), 0);
        QVERIFY(!ui.find(QStringLiteral("programWebView")));
        QVERIFY(!QFile::exists(cached)); // the next open fetches the reviewed bytes again
        ui.screenshot(QStringLiteral("miniprograms_tampered_refused"));
        s->open(QStringLiteral("evil-one"), QStringLiteral("plant"));
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), ProgramSession::State::Running, 15000);
        s->close();
        QCOMPARE(myUsdt(), before);
    }

    void scanAndDevicePermissions()
    {
        // A program that reads a QR code from a picture the user picks, and asks to show notifications.
        const QByteArray script =
            "azc.ready.then(async () => {\n"
            "  const mode = azc.context.startParam;\n"
            "  try {\n"
            "    if (mode === 'scan') document.title = 'done:' + (await azc.scanQr()).text;\n"
            "    else document.title = 'done:' + await Notification.requestPermission();\n"
            "  } catch (e) { document.title = 'done:error:' + e.code; }\n"
            "});\n";
        QVERIFY(publish(QStringLiteral("helper-tools"), QStringLiteral("1.0.0"), {QStringLiteral("scanQr"), QStringLiteral("notifications")},
                        {{QStringLiteral("index.html"), "<!doctype html><title>helper</title><script src=\"app.js\"></script>"},
                         {QStringLiteral("app.js"), script}}));
        if (!ui.window()) {
            QVERIFY(ui.launch());
            QVERIFY(ui.signIn(QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
        }
        QVERIFY(ui.openSection(QStringLiteral("apps")));
        QTRY_VERIFY_WITH_TIMEOUT(session(), 10000);
        ProgramSession *s = session();

        // scanQr: the host asks for a picture (its own file dialog); the page gets only the text.
        QTemporaryDir pictures;
        const QString png = pictures.filePath(QStringLiteral("code.png"));
        QVERIFY(renderQrCode(QStringLiteral("azcoiner:pay?invoice=inv_test"), 8).save(png));
        s->open(QStringLiteral("helper-tools"), QStringLiteral("scan"));
        QTRY_COMPARE_WITH_TIMEOUT(s->prompt(), QStringLiteral("scan"), 15000);
        s->scanImage(QUrl::fromLocalFile(png));
        QTRY_COMPARE_WITH_TIMEOUT(pageTitle(), QStringLiteral("done:azcoiner:pay?invoice=inv_test"), 10000);
        s->close();

        // A declared device permission: asked once, in the host's words; the answer is kept.
        s->open(QStringLiteral("helper-tools"), QStringLiteral("notify"));
        QTRY_COMPARE_WITH_TIMEOUT(s->prompt(), QStringLiteral("consent"), 15000);
        QCOMPARE(s->promptData().value(QStringLiteral("kind")).toString(), QStringLiteral("notifications"));
        ui.screenshot(QStringLiteral("miniprograms_device_permission"));
        QVERIFY(ui.click(QStringLiteral("programConsentAllow")));
        QTRY_COMPARE_WITH_TIMEOUT(pageTitle(), QStringLiteral("done:granted"), 10000);
        s->close();
        s->open(QStringLiteral("helper-tools"), QStringLiteral("notify")); // a fresh profile: granted from the kept answer, no prompt
        QTRY_COMPARE_WITH_TIMEOUT(pageTitle(), QStringLiteral("done:granted"), 15000);
        QCOMPARE(s->prompt(), QString());
        s->close();
        // Taken back in Settings: asked again, and "Don't allow" is what the page hears.
        QVERIFY(ui.callNow(QStringLiteral("miniprograms.setConsent"), {{QStringLiteral("programId"), QStringLiteral("helper-tools")},
                                                                       {QStringLiteral("device"), QJsonArray()}}));
        s->open(QStringLiteral("helper-tools"), QStringLiteral("notify"));
        QTRY_COMPARE_WITH_TIMEOUT(s->prompt(), QStringLiteral("consent"), 15000);
        QVERIFY(ui.click(QStringLiteral("programConsentDeny")));
        QTRY_COMPARE_WITH_TIMEOUT(pageTitle(), QStringLiteral("done:denied"), 10000);
        s->close();
    }

    void shopPurchaseEndToEnd()
    {
        ui.close();
        QVERIFY(ui.launch());
        QVERIFY(ui.signIn(QStringLiteral("dariush"), QStringLiteral("AzcDariush#2026")));
        // Two-factor on, and a threshold of 10 USDT: the coffee (12.5) needs a code.
        const auto enrol = ui.callNow(QStringLiteral("totp.enroll"));
        QVERIFY(enrol);
        const QByteArray secret = crypto::base32Decode(enrol->value(QStringLiteral("secret")).toString()).value_or(QByteArray());
        QVERIFY(ui.callNow(QStringLiteral("totp.confirm"), {{QStringLiteral("code"), crypto::totpAt(secret, QDateTime::currentSecsSinceEpoch())}}));
        QVERIFY(ui.callNow(QStringLiteral("wallet.setTwoFactorThreshold"), {{QStringLiteral("asset"), QStringLiteral("USDT")}, {QStringLiteral("amount"), QStringLiteral("10")}}));
        const Amount payerBefore = myUsdt(), shopBefore = shopBalance();

        QVERIFY(ui.openSection(QStringLiteral("apps")));
        // The user's own daily limit for the shop: 20 USDT.
        QTRY_VERIFY_WITH_TIMEOUT(ui.item(QStringLiteral("programSettings_corner-shop")), 10000);
        QVERIFY(ui.click(QStringLiteral("programSettings_corner-shop")));
        QTRY_VERIFY_WITH_TIMEOUT(ui.find(QStringLiteral("programCap_USDT")), 10000);
        ui.setText(QStringLiteral("programCap_USDT"), QStringLiteral("20"));
        QVERIFY(ui.click(QStringLiteral("programCapSave_USDT")));
        QTRY_COMPARE_WITH_TIMEOUT(ui.find(QStringLiteral("programSettings"))->property("consent").toMap()
                                      [QStringLiteral("limits")].toMap()[QStringLiteral("USDT")].toMap()[QStringLiteral("cap")].toString(),
                                  QStringLiteral("20"), 10000);
        ui.screenshot(QStringLiteral("miniprograms_settings"));
        QObject *settings = ui.find(QStringLiteral("programSettingsDialog"));
        QMetaObject::invokeMethod(settings, "close");
        QTRY_VERIFY_WITH_TIMEOUT(!settings->property("visible").toBool(), 5000);

        QVERIFY(ui.click(QStringLiteral("openProgram_corner-shop")));
        ProgramSession *s = session();
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), ProgramSession::State::Running, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(s->firstPaintMs() >= 0, 15000);
        qInfo("the shop's first paint came %d ms after open", s->firstPaintMs());
        // It asks for the user's name first: the host asks the user.
        QTRY_COMPARE_WITH_TIMEOUT(s->prompt(), QStringLiteral("consent"), 10000);
        ui.screenshot(QStringLiteral("miniprograms_consent"));
        QVERIFY(ui.click(QStringLiteral("programConsentAllow")));
        QTRY_COMPARE_WITH_TIMEOUT(s->prompt(), QString(), 10000);
        QTest::qWait(500);
        ui.screenshot(QStringLiteral("miniprograms_shop_running"));

        // Buy the coffee beans (12.5 USDT).
        runInPage(QStringLiteral("document.querySelector('[data-sku=beans]').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(s->prompt(), QStringLiteral("payment"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(ui.item(QStringLiteral("programPayTotp")) && ui.item(QStringLiteral("programPayTotp"))->isVisible(), 5000);
        QCOMPARE(ui.find(QStringLiteral("programPayee"))->property("text").toString(), QStringLiteral("Corner Shop"));
        QCOMPARE(ui.find(QStringLiteral("programPayAmount"))->property("text").toString(), QStringLiteral("12.5 USDT"));
        QCOMPARE(myUsdt(), payerBefore); // nothing moved before Confirm
        ui.screenshot(QStringLiteral("miniprograms_payment_dialog"));
        ui.setText(QStringLiteral("programPayTotp"), crypto::totpAt(secret, QDateTime::currentSecsSinceEpoch() + 30));
        // Confirm is armed a moment after the dialog appears (a page cannot time a click onto it).
        QVERIFY(!ui.item(QStringLiteral("programPayConfirm"))->isEnabled() || s->promptBusy());
        QTRY_VERIFY_WITH_TIMEOUT(ui.item(QStringLiteral("programPayConfirm"))->isEnabled(), 3000);
        QVERIFY(ui.click(QStringLiteral("programPayConfirm")));
        QTRY_COMPARE_WITH_TIMEOUT(s->prompt(), QString(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(shopBalance(), *shopBefore.checkedAdd(usdt(QStringLiteral("12.5"))), 10000);
        QCOMPARE(myUsdt(), *payerBefore.checkedSub(usdt(QStringLiteral("12.5"))));
        QTest::qWait(500);
        ui.screenshot(QStringLiteral("miniprograms_shop_paid"));

        // The receipt on both sides: the payer's history and the merchant's invoices.
        const auto spent = ui.callNow(QStringLiteral("miniprograms.spending"), {{QStringLiteral("programId"), QStringLiteral("corner-shop")}});
        QVERIFY(spent);
        QCOMPARE(spent->value(QStringLiteral("payments")).toArray().size(), 1);
        const QString invoiceId = spent->value(QStringLiteral("payments")).toArray().first()[QStringLiteral("id")].toString();
        const auto history = ui.callNow(QStringLiteral("wallet.history"), {{QStringLiteral("asset"), QStringLiteral("USDT")}});
        QVERIFY(history);
        QVERIFY(QJsonDocument(history->value(QStringLiteral("entries")).toArray()).toJson().contains("Corner Shop"));
        bool merchantSees = false;
        for (const QJsonValue &i : m_carol->result(QStringLiteral("payments.invoices"), {{QStringLiteral("orgId"), m_shopOrg}})
                                       [QStringLiteral("invoices")].toArray())
            merchantSees |= i[QStringLiteral("id")].toString() == invoiceId && i[QStringLiteral("status")].toString() == QLatin1String("paid");
        QVERIFY(merchantSees);

        // The mug (8 USDT) would pass the 20 USDT cap: refused, no dialog, nothing moves.
        runInPage(QStringLiteral("document.querySelector('[data-sku=mug]').click()"));
        QTest::qWait(1500);
        QCOMPARE(s->prompt(), QString());
        QCOMPARE(myUsdt(), *payerBefore.checkedSub(usdt(QStringLiteral("12.5"))));
        QCOMPARE(shopBalance(), *shopBefore.checkedAdd(usdt(QStringLiteral("12.5"))));
        ui.screenshot(QStringLiteral("miniprograms_shop_cap_refused"));

        // Suspended by an admin while it runs: it closes at once.
        QVERIFY(m_admin->result(QStringLiteral("miniprograms.suspend"),
                                {{QStringLiteral("programId"), QStringLiteral("corner-shop")}, {QStringLiteral("suspended"), true},
                                 {QStringLiteral("reason"), QStringLiteral("Checking a complaint")}})
                    .contains(QStringLiteral("status")));
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), ProgramSession::State::Suspended, 5000);
        QVERIFY(!ui.find(QStringLiteral("programWebView")));
        ui.screenshot(QStringLiteral("miniprograms_suspended"));
        QVERIFY(m_admin->result(QStringLiteral("miniprograms.suspend"),
                                {{QStringLiteral("programId"), QStringLiteral("corner-shop")}, {QStringLiteral("suspended"), false}})
                    .contains(QStringLiteral("status")));
    }

    void consolesAndDarkPersian()
    {
        // A version waiting for review, for the queue.
        const QJsonObject pending = test::submitProgram(*m_carol, m_key, test::programZip(
            test::testManifest(QStringLiteral("weather-now"), QStringLiteral("0.9.0"), {QStringLiteral("storage")})));
        QVERIFY(pending.contains(QStringLiteral("result")));
        ui.close();
        QVERIFY(ui.launch());
        QVERIFY(ui.signIn(QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026")));
        QVERIFY(ui.openSection(QStringLiteral("apps")));
        QVERIFY(ui.click(QStringLiteral("programsTab_review")));
        QTRY_VERIFY_WITH_TIMEOUT(ui.find(QStringLiteral("reviewItem_weather-now_0.9.0")), 10000);
        ui.screenshot(QStringLiteral("miniprograms_review_queue"));
        QVERIFY(ui.click(QStringLiteral("reviewApprove_weather-now_0.9.0")));
        QTRY_VERIFY_WITH_TIMEOUT(!ui.find(QStringLiteral("reviewItem_weather-now_0.9.0")), 10000);

        ui.close();
        QVERIFY(ui.launch());
        QVERIFY(ui.signIn(QStringLiteral("carol"), QStringLiteral("AzcCarol#2026")));
        QVERIFY(ui.openSection(QStringLiteral("apps")));
        QVERIFY(ui.click(QStringLiteral("programsTab_develop")));
        QTRY_VERIFY_WITH_TIMEOUT(ui.find(QStringLiteral("developerProgram_weather-now")), 10000);
        // A new key from the console (the private half into the keychain, here in memory), then a
        // version signed with it and uploaded from a file, as a developer would.
        QVERIFY(ui.click(QStringLiteral("developerCreateKey")));
        QObject *dev = ui.find(QStringLiteral("developerConsole"));
        QTRY_VERIFY_WITH_TIMEOUT(dev->property("hasSigningKey").toBool(), 10000);
        QTemporaryDir work;
        const QString zipPath = work.filePath(QStringLiteral("weather-now-0.9.1.zip"));
        {
            QFile zip(zipPath);
            QVERIFY(zip.open(QIODevice::WriteOnly));
            zip.write(test::programZip(test::testManifest(QStringLiteral("weather-now"), QStringLiteral("0.9.1"), {QStringLiteral("storage")})));
        }
        QVERIFY(QMetaObject::invokeMethod(dev, "upload", Q_ARG(QUrl, QUrl::fromLocalFile(zipPath))));
        QTRY_VERIFY_WITH_TIMEOUT(dev->property("status").toString().contains(QStringLiteral("waiting for review")), 15000);
        QCOMPARE(dev->property("lastError").toString(), QString());
        bool pendingSeen = false;
        for (const QJsonValue &i : m_admin->result(QStringLiteral("miniprograms.reviewQueue"))[QStringLiteral("items")].toArray())
            pendingSeen |= i[QStringLiteral("programId")].toString() == QLatin1String("weather-now")
                           && i[QStringLiteral("version")].toString() == QLatin1String("0.9.1");
        QVERIFY(pendingSeen);
        ui.screenshot(QStringLiteral("miniprograms_developer_console"));

        ui.close();
        QVERIFY(ui.launch(QStringLiteral("fa"), true));
        QVERIFY(ui.signIn(QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
        QVERIFY(ui.openSection(QStringLiteral("apps")));
        QTRY_VERIFY_WITH_TIMEOUT(ui.item(QStringLiteral("programTile_split-bill")), 10000);
        ui.screenshot(QStringLiteral("miniprograms_catalogue_dark_fa"));
        QVERIFY(ui.click(QStringLiteral("openProgram_split-bill")));
        ProgramSession *s = session();
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), ProgramSession::State::Running, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(s->firstPaintMs() >= 0, 15000);
        QTest::qWait(500);
        ui.screenshot(QStringLiteral("miniprograms_splitbill_dark_fa"));

        // Shared into a chat through the host's chat picker; the card there opens the program at the bill.
        const auto sent = ui.callNow(QStringLiteral("messages.send"), {{QStringLiteral("toUsername"), QStringLiteral("alice")},
                                                                     {QStringLiteral("text"), QStringLiteral("dinner was great")}});
        QVERIFY(sent);
        const QString conversation = sent->value(QStringLiteral("message")).toObject().value(QStringLiteral("conversationId")).toString();
        runInPage(QStringLiteral("document.getElementById('share').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(s->prompt(), QStringLiteral("share"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(ui.item(QStringLiteral("shareTo_") + conversation), 10000);
        ui.screenshot(QStringLiteral("miniprograms_share_dialog_dark_fa"));
        QVERIFY(ui.click(QStringLiteral("shareTo_") + conversation));
        QTRY_COMPARE_WITH_TIMEOUT(s->prompt(), QString(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!ui.find(QStringLiteral("programShareDialog"))->property("visible").toBool(), 5000); // its overlay gone
        QVERIFY(ui.click(QStringLiteral("programBack")));
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), ProgramSession::State::Closed, 5000);
        const auto listed = ui.callNow(QStringLiteral("messages.list"), {{QStringLiteral("conversationId"), conversation}});
        QVERIFY(listed);
        const QJsonObject card = listed->value(QStringLiteral("messages")).toArray().last().toObject();
        QCOMPARE(card.value(QStringLiteral("kind")).toString(), QStringLiteral("miniprogram"));
        QVERIFY(ui.openSection(QStringLiteral("chats")));
        QTRY_VERIFY_WITH_TIMEOUT(ui.item(QStringLiteral("chatRow_") + conversation), 10000);
        QVERIFY(ui.click(QStringLiteral("chatRow_") + conversation));
        const QString open = QStringLiteral("openProgram_") + card.value(QStringLiteral("id")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(ui.item(open) && ui.item(open)->isVisible(), 10000);
        QTest::qWait(300);
        ui.screenshot(QStringLiteral("miniprograms_chat_card_dark_fa"));
        QVERIFY(ui.click(open));
        QTRY_VERIFY_WITH_TIMEOUT(session() && session()->state() == ProgramSession::State::Running, 15000);
        QCOMPARE(session()->programId(), QStringLiteral("split-bill"));
        QCOMPARE(session()->startParam(), card[QStringLiteral("data")][QStringLiteral("startParam")].toString());
        QVERIFY(!session()->startParam().isEmpty());

        // A bot's keyboard: one button asks the bot (its answer shows in the chat), one opens a program.
        const QJsonObject made = test::callPatiently(*m_carol, QStringLiteral("bots.create"),
                                                     {{QStringLiteral("username"), QStringLiteral("cornershopbot")},
                                                      {QStringLiteral("displayName"), QStringLiteral("Corner Shop")}});
        test::WsClient bot;
        QVERIFY(openToBackend(bot));
        QVERIFY(bot.call(QStringLiteral("auth.bot"), {{QStringLiteral("token"), made[QStringLiteral("result")][QStringLiteral("token")]}})
                    .contains(QStringLiteral("result")));
        const auto hello = ui.callNow(QStringLiteral("messages.send"), {{QStringLiteral("toUsername"), QStringLiteral("cornershopbot")},
                                                                       {QStringLiteral("text"), QStringLiteral("/menu")}});
        QVERIFY(hello);
        const QString botChat = hello->value(QStringLiteral("message")).toObject().value(QStringLiteral("conversationId")).toString();
        const QJsonObject menu = bot.result(QStringLiteral("messages.send"),
            {{QStringLiteral("conversationId"), botChat}, {QStringLiteral("text"), QStringLiteral("Today: fresh beans")},
             {QStringLiteral("buttons"), QJsonArray{QJsonArray{
                 QJsonObject{{QStringLiteral("text"), QStringLiteral("Open the shop")},
                             {QStringLiteral("miniProgram"), QJsonObject{{QStringLiteral("programId"), QStringLiteral("corner-shop")},
                                                                         {QStringLiteral("startParam"), QStringLiteral("menu")}}}},
                 QJsonObject{{QStringLiteral("text"), QStringLiteral("Opening hours")}, {QStringLiteral("data"), QStringLiteral("hours")}}}}}});
        const QString menuId = menu[QStringLiteral("message")][QStringLiteral("id")].toString();
        QVERIFY(!menuId.isEmpty());
        QVERIFY(ui.click(QStringLiteral("programBack")));
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), ProgramSession::State::Closed, 5000);
        QVERIFY(ui.openSection(QStringLiteral("chats")));
        QTRY_VERIFY_WITH_TIMEOUT(ui.item(QStringLiteral("chatRow_") + botChat), 10000);
        QVERIFY(ui.click(QStringLiteral("chatRow_") + botChat));
        const QString ask = QStringLiteral("botButton_%1_0_1").arg(menuId), openShop = QStringLiteral("botButton_%1_0_0").arg(menuId);
        QTRY_VERIFY_WITH_TIMEOUT(ui.item(ask) && ui.item(ask)->isVisible(), 10000);
        QVERIFY(ui.click(ask));
        const QJsonObject pressed = bot.waitEvent(QStringLiteral("event.bot.callback"), 10000);
        QCOMPARE(pressed.value(QStringLiteral("data")).toString(), QStringLiteral("hours"));
        QVERIFY(bot.call(QStringLiteral("bots.answerCallback"), {{QStringLiteral("callbackId"), pressed.value(QStringLiteral("callbackId"))},
                                                                  {QStringLiteral("text"), QStringLiteral("Open 8:00-18:00")}})
                    .contains(QStringLiteral("result")));
        QTRY_COMPARE_WITH_TIMEOUT(ui.find(QStringLiteral("botAnswerText"))->property("text").toString(), QStringLiteral("Open 8:00-18:00"), 10000);
        ui.screenshot(QStringLiteral("miniprograms_bot_keyboard_dark_fa"));
        QVERIFY(ui.click(openShop));
        QTRY_VERIFY_WITH_TIMEOUT(session() && session()->state() == ProgramSession::State::Running, 15000);
        QCOMPARE(session()->programId(), QStringLiteral("corner-shop"));
        QCOMPARE(session()->startParam(), QStringLiteral("menu"));
    }
};

int main(int argc, char *argv[])
{
    // Chromium under test: a real display (Xvfb, started by with_display.sh), no GPU.
    registerProgramScheme();
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    TestUiMiniPrograms test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_ui_miniprograms.moc"
