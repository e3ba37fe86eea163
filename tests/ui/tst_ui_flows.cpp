// The desktop UI end to end: the real QML and view models, offscreen,
// against a real in-process backend with the demo accounts. Each test is a
// fresh launch; screenshots land in <build>/screenshots.

#include "ui_harness.h"

#include "foundation/error_sink.h"
#include "foundation/session.h"

#include "foundation/qml_entry.h"

#include <QDirIterator>
#include <QGuiApplication>
#include <QJsonArray>
#include <QPainter>
#include <QProcess>
#include <QQmlComponent>
#include <QTemporaryDir>
#include <QVariant>

#include "client/api_client.h"
#include "crypto/totp.h"
#include "kyc/kyc_model.h"
#include "support/kyc_queue_model.h"
#include "profile/sessions_model.h"
#include "admin/users_model.h"
#include "wallet/reserve_proof_model.h"
#include "admin/treasury_adjustments_model.h"
#include "admin/treasury_overview_model.h"
#include "admin/treasury_revenue_model.h"
#include "wallet/wallet_balances_model.h"
#include "wallet/wallet_history_model.h"
#include "wallet/wallet_transfer.h"
#include "wallet/custody_address_book_model.h"
#include "wallet/custody_deposit_address.h"
#include "wallet/custody_deposits_model.h"
#include "wallet/custody_networks_model.h"
#include "admin/custody_reconcile_model.h"
#include "wallet/custody_withdrawal_request.h"
#include "wallet/custody_withdrawals_model.h"
#include "chain/evm_quantity.h"
#include "chaincrypto/eth_address.h"
#include <QClipboard>
#include <QElapsedTimer>
#include "common/amount.h"
#include "foundation/language_manager.h"
#include <QQuickStyle>
#include <QTest>

using azc::uitest::UiHarness;

class TestUiFlows : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void everyScreenCompiles();
    void signInScreenAndWrongPassword();
    void registerNewAccount();
    void mainWindowAsUser();
    void walletSendAndReceive();
    void kycSubmissionWithUploadedFile();
    void sessionsListAndRevoke();
    void supportReviewsAndApprovesACase();
    void mainWindowAsAdminAndFreeze();
    void masterWalletAndPublishReserves();
    void adjustmentsNeedASecondAdmin();
    void verifyMyBalanceIsIncluded();
    void twoFactorSetup();
    void persianDarkMirrorsTheLayout();
    void blockchainDepositAndWithdrawal();

private:
    UiHarness ui;
};

void TestUiFlows::initTestCase()
{
    QString error;
    QVERIFY2(UiHarness::startBackend(&error), qPrintable(error));
}

void TestUiFlows::cleanup()
{
    ui.close();
}

void TestUiFlows::cleanupTestCase()
{
    UiHarness::stopBackend();
}

void TestUiFlows::everyScreenCompiles()
{
    // Compiles each QML file of the module on its own, so a broken file is
    // named here rather than surfacing as "X is not a type" in its user.
    azc::AppOptions options;
    options.useKeychain = false;
    options.persistPreferences = false;
    azc::AppContext context(options);
    QQmlEngine engine;
    context.attach(&engine);
    const QString root = azc::qmlModulePath(QStringLiteral("shell/Main.qml")).section(QLatin1Char('/'), 0, -3);
    QDirIterator it(root, {QStringLiteral("*.qml")}, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    QStringList broken;
    while (it.hasNext()) {
        const QString path = it.next();
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + path));
        if (component.isError())
            broken.append(component.errorString());
        ++files;
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    QVERIFY2(files >= 54, qPrintable(QString::number(files) + QStringLiteral(" QML files under ") + root));
}

void TestUiFlows::signInScreenAndWrongPassword()
{
    QVERIFY(ui.launch());
    QTRY_VERIFY(ui.find(QStringLiteral("signInForm")));
    QTRY_VERIFY(ui.context()->session()->connected());
    ui.screenshot(QStringLiteral("01_sign_in"));

    ui.setText(QStringLiteral("signInUsername"), QStringLiteral("alice"));
    ui.setText(QStringLiteral("signInPassword"), QStringLiteral("not-her-password"));
    QVERIFY(ui.click(QStringLiteral("signInButton")));
    QTRY_VERIFY(!ui.find(QStringLiteral("signInError"))->property("text").toString().isEmpty());
    QCOMPARE(ui.find(QStringLiteral("signInError"))->property("text").toString(),
             azc::ErrorSink::describeReason(QStringLiteral("invalid_credentials")));
    QCOMPARE(ui.context()->session()->status(), azc::Session::SignedOut);
    ui.screenshot(QStringLiteral("01b_sign_in_error"));
}

static QString pngOfAnIdCard(const QString &dir)
{
    // A document image drawn here, so the upload carries real PNG bytes.
    QImage card(900, 570, QImage::Format_RGB32);
    card.fill(QColor("#e8eef9"));
    QPainter p(&card);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor("#1d4ed8"));
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRect(0, 0, 900, 110), 0, 0);
    p.setPen(Qt::white);
    QFont font = p.font();
    font.setPixelSize(44);
    font.setBold(true);
    p.setFont(font);
    p.drawText(QRect(40, 0, 820, 110), Qt::AlignVCenter, QStringLiteral("DRIVING LICENCE"));
    p.setBrush(QColor("#94a3b8"));
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRect(40, 150, 240, 300), 16, 16);
    p.setPen(QColor("#0f172a"));
    font.setPixelSize(30);
    font.setBold(false);
    p.setFont(font);
    p.drawText(QPoint(320, 200), QStringLiteral("SMITH, CAROL"));
    p.drawText(QPoint(320, 260), QStringLiteral("1985-12-04  GB"));
    p.drawText(QPoint(320, 320), QStringLiteral("SMITH851204C99"));
    p.end();
    const QString path = dir + QStringLiteral("/carol_licence_front.png");
    return card.save(path) ? path : QString();
}


namespace {

// A second client beside the UI, to check on the server what the UI did.
azc::RpcReply callOnce(azc::ApiClient &client, const QString &method, const QJsonObject &params = {})
{
    bool done = false;
    azc::RpcReply result;
    client.call(method, params, [&](const azc::RpcReply &reply) {
        result = reply;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        return azc::RpcReply::failure(0, QStringLiteral("test_timeout"), QStringLiteral("no reply"));
    return result;
}

std::unique_ptr<azc::ApiClient> sideClient(const QString &username, const QString &password,
                                           const QString &device, azc::RpcReply *loginReply = nullptr)
{
    auto client = std::make_unique<azc::ApiClient>();
    client->open(UiHarness::backendUrl(), UiHarness::launchSecret());
    const azc::RpcReply reply = callOnce(*client, QStringLiteral("auth.login"),
                                         {{QStringLiteral("username"), username},
                                          {QStringLiteral("password"), password},
                                          {QStringLiteral("device"), device}});
    if (reply.ok)
        client->setSessionToken(reply.object().value(QStringLiteral("token")).toString());
    if (loginReply)
        *loginReply = reply;
    return client;
}

QString textOf(const UiHarness &ui, const QString &name)
{
    QObject *object = ui.find(name);
    return object ? object->property("text").toString() : QString();
}

// The row of a list model whose `key` equals `value`, or -1.
template<typename Model>
int rowWhere(Model *model, const QString &key, const QString &value)
{
    for (int i = 0; i < model->count(); ++i) {
        if (model->get(i).value(key).toString() == value)
            return i;
    }
    return -1;
}

} // namespace

void TestUiFlows::registerNewAccount()
{
    QVERIFY(ui.launch());
    QTRY_VERIFY(ui.find(QStringLiteral("signInForm")));
    QVERIFY(ui.click(QStringLiteral("showRegisterButton")));
    QTRY_VERIFY(ui.item(QStringLiteral("registerForm"))->isVisible());
    ui.setText(QStringLiteral("registerUsername"), QStringLiteral("erin"));
    ui.setText(QStringLiteral("registerDisplayName"), QStringLiteral("Erin Walker"));
    ui.setText(QStringLiteral("registerPassword"), QStringLiteral("short"));
    QVERIFY(ui.click(QStringLiteral("registerButton")));
    QTRY_VERIFY(!textOf(ui, QStringLiteral("registerError")).isEmpty()); // the policy refuses it
    ui.screenshot(QStringLiteral("01c_register_weak_password"));

    ui.setText(QStringLiteral("registerPassword"), QStringLiteral("Walker#Erin2026"));
    ui.setText(QStringLiteral("registerEmail"), QStringLiteral("erin@example.org"));
    QVERIFY(ui.click(QStringLiteral("registerButton")));
    QTRY_VERIFY_WITH_TIMEOUT(ui.find(QStringLiteral("shell")), 15000); // signed straight in
    QCOMPARE(ui.context()->session()->username(), QStringLiteral("erin"));
    QCOMPARE(ui.context()->session()->role(), QStringLiteral("user"));
    QCOMPARE(textOf(ui, QStringLiteral("signedInName")), QStringLiteral("Erin Walker"));
}

void TestUiFlows::mainWindowAsUser()
{
    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    QCOMPARE(textOf(ui, QStringLiteral("signedInName")), QStringLiteral("Alice Nguyen"));
    // Everyone sees the product areas; the staff consoles are not even built.
    for (const char *key : {"chats", "wallet", "trade", "p2p", "apps", "governance", "kyc", "profile"})
        QVERIFY2(ui.item(QStringLiteral("nav_") + QLatin1String(key)), key);
    QVERIFY(!ui.find(QStringLiteral("nav_support")));
    QVERIFY(!ui.find(QStringLiteral("nav_admin")));

    // Alice is not verified yet: she lands on her KYC page, her case pending.
    QTRY_VERIFY(ui.find(QStringLiteral("kycPage")));
    QTRY_COMPARE(textOf(ui, QStringLiteral("kycStatusChip")), QStringLiteral("Pending review"));
    QCOMPARE(textOf(ui, QStringLiteral("kycTierLabel")), QStringLiteral("Not verified"));
    QVERIFY(!ui.item(QStringLiteral("kycSubmitCard"))->isVisible()); // one pending case at a time
    ui.screenshot(QStringLiteral("02_main_user"));

    QVERIFY(ui.openSection(QStringLiteral("governance")));
    QTRY_VERIFY(ui.find(QStringLiteral("governancePage")));
    ui.screenshot(QStringLiteral("02b_governance"));
}

void TestUiFlows::kycSubmissionWithUploadedFile()
{
    QTemporaryDir files;
    const QString document = pngOfAnIdCard(files.path());
    QVERIFY(!document.isEmpty());

    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("carol"), QStringLiteral("AzcCarol#2026")));
    QVERIFY(ui.openSection(QStringLiteral("kyc")));
    QTRY_VERIFY(ui.find(QStringLiteral("kycModel")));
    auto *kyc = qobject_cast<azc::KycModel *>(ui.find(QStringLiteral("kycModel")));
    QTRY_COMPARE(kyc->tier(), 1); // verified earlier; now asks for level 2
    QTRY_VERIFY(ui.item(QStringLiteral("kycSubmitCard"))->isVisible());

    ui.setText(QStringLiteral("kycFullName"), QStringLiteral("Carol Smith"));
    ui.setText(QStringLiteral("kycDateOfBirth"), QStringLiteral("1985-12-04"));
    ui.setText(QStringLiteral("kycCountry"), QStringLiteral("GB"));
    ui.setText(QStringLiteral("kycDocumentNumber"), QStringLiteral("SMITH851204C99"));
    QVERIFY(ui.find(QStringLiteral("kycDocumentType"))->setProperty("currentIndex", 2)); // driver's licence
    // The FileDialog cannot be driven offscreen; its accepted() hands these URLs to the model.
    kyc->addFiles({QUrl::fromLocalFile(document)});
    QCOMPARE(kyc->selectedFiles().size(), 1);
    ui.scrollIntoView(QStringLiteral("kycSubmitButton"));
    ui.screenshot(QStringLiteral("03a_kyc_form_with_file"));

    QVERIFY(ui.click(QStringLiteral("kycSubmitButton")));
    QTRY_VERIFY_WITH_TIMEOUT(kyc->hasPending(), 20000);
    QTRY_COMPARE(textOf(ui, QStringLiteral("kycStatusChip")), QStringLiteral("Pending review"));
    QVERIFY(kyc->selectedFiles().isEmpty());
    ui.scrollIntoView(QStringLiteral("kycStatusCard"));
    ui.screenshot(QStringLiteral("03_kyc_submitted"));

    // What the server now holds.
    auto carol = sideClient(QStringLiteral("carol"), QStringLiteral("AzcCarol#2026"), QStringLiteral("test"));
    const azc::RpcReply status = callOnce(*carol, QStringLiteral("kyc.status"));
    QVERIFY(status.ok);
    const QJsonObject latest = status.object().value(QStringLiteral("cases")).toArray().first().toObject();
    QCOMPARE(latest.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(latest.value(QStringLiteral("targetTier")).toInt(), 2);
    QCOMPARE(latest.value(QStringLiteral("documentType")).toString(), QStringLiteral("driver_license"));
    const QJsonArray documents = latest.value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("carol_licence_front.png"));
    QFile original(document);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(documents.first().toObject().value(QStringLiteral("size")).toInteger(), original.size());
}

void TestUiFlows::sessionsListAndRevoke()
{
    auto phone = sideClient(QStringLiteral("bob"), QStringLiteral("AzcBob#2026"), QStringLiteral("Bob's phone"));
    QVERIFY(callOnce(*phone, QStringLiteral("account.me")).ok);

    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
    QVERIFY(ui.openSection(QStringLiteral("profile")));
    QTRY_VERIFY(ui.find(QStringLiteral("sessionsModel")));
    auto *sessions = qobject_cast<azc::SessionsModel *>(ui.find(QStringLiteral("sessionsModel")));
    QTRY_COMPARE(sessions->count(), 2);
    const int phoneRow = rowWhere(sessions, QStringLiteral("device"), QStringLiteral("Bob's phone"));
    QVERIFY(phoneRow >= 0);
    QVERIFY(!sessions->get(phoneRow).value(QStringLiteral("current")).toBool());
    QVERIFY(sessions->get(1 - phoneRow).value(QStringLiteral("current")).toBool());
    ui.scrollIntoView(QStringLiteral("sessionsCard"));
    ui.screenshot(QStringLiteral("04_sessions"));

    QVERIFY(ui.click(QStringLiteral("revokeSession_") + QString::number(phoneRow)));
    QTRY_COMPARE(sessions->count(), 1);
    QVERIFY(sessions->get(0).value(QStringLiteral("current")).toBool());
    // The phone's session is over on the server too.
    QTRY_VERIFY_WITH_TIMEOUT(!callOnce(*phone, QStringLiteral("account.me")).ok, 10000);
    ui.screenshot(QStringLiteral("04b_sessions_after_revoke"));
}

void TestUiFlows::supportReviewsAndApprovesACase()
{
    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("support"), QStringLiteral("AzcSupport#2026")));
    QVERIFY(ui.item(QStringLiteral("nav_support")));
    QVERIFY(!ui.find(QStringLiteral("nav_admin")));
    QTRY_VERIFY(ui.find(QStringLiteral("kycQueuePage"))); // support lands on the queue
    auto *queue = qobject_cast<azc::KycQueueModel *>(ui.find(QStringLiteral("kycQueueModel")));
    QTRY_VERIFY(rowWhere(queue, QStringLiteral("username"), QStringLiteral("bob")) >= 0);
    QVERIFY(rowWhere(queue, QStringLiteral("username"), QStringLiteral("dariush")) >= 0);

    QTRY_VERIFY(ui.item(QStringLiteral("caseItem_bob")));
    QVERIFY(ui.click(QStringLiteral("caseItem_bob")));
    QTRY_VERIFY(ui.find(QStringLiteral("caseDetail")));
    QCOMPARE(textOf(ui, QStringLiteral("caseUserName")), QStringLiteral("Bob Kim"));
    // The document was downloaded in chunks and is on screen.
    QQuickItem *image = nullptr;
    QTRY_VERIFY((image = ui.item(QStringLiteral("documentImage"))));
    QTRY_COMPARE_WITH_TIMEOUT(image->property("status").toInt(), 1 /* Image.Ready */, 15000);
    QVERIFY(image->property("sourceSize").toSize().width() > 100);
    ui.screenshot(QStringLiteral("05_support_review"));

    QVERIFY(ui.click(QStringLiteral("approveButton")));
    QTRY_VERIFY(!ui.find(QStringLiteral("caseDetail")));
    // The confirmation reaches the toast: QML and C++ share one ErrorSink.
    QTRY_COMPARE(textOf(ui, QStringLiteral("toastText")), QStringLiteral("Approved. The user's verification level was raised."));
    QTRY_COMPARE(rowWhere(queue, QStringLiteral("username"), QStringLiteral("bob")), -1);

    // Dariush's case: rejected, with a reason the user will read.
    QVERIFY(ui.click(QStringLiteral("caseItem_dariush")));
    QTRY_VERIFY(ui.find(QStringLiteral("caseDetail")));
    QTRY_VERIFY(ui.item(QStringLiteral("rejectButton")) && ui.item(QStringLiteral("rejectButton"))->isVisible());
    QVERIFY(ui.click(QStringLiteral("rejectButton")));
    QTRY_VERIFY(ui.item(QStringLiteral("rejectDialogReason")) && ui.item(QStringLiteral("rejectDialogReason"))->isVisible());
    ui.setText(QStringLiteral("rejectDialogReason"), QStringLiteral("The photo page is cut off; please send the whole page."));
    ui.screenshot(QStringLiteral("05b_reject_with_reason"));
    QVERIFY(ui.click(QStringLiteral("rejectDialogConfirm")));
    QTRY_COMPARE(rowWhere(queue, QStringLiteral("username"), QStringLiteral("dariush")), -1);
    ui.screenshot(QStringLiteral("05c_queue_after_decisions"));

    // On the server: Bob is verified at level 1, Dariush's case is rejected with that reason.
    auto support = sideClient(QStringLiteral("support"), QStringLiteral("AzcSupport#2026"), QStringLiteral("test"));
    const azc::RpcReply bob = callOnce(*support, QStringLiteral("users.search"), {{QStringLiteral("query"), QStringLiteral("bob")}});
    QVERIFY(bob.ok);
    QCOMPARE(bob.object().value(QStringLiteral("users")).toArray().first().toObject().value(QStringLiteral("kycTier")).toInt(), 1);
    const azc::RpcReply rejected = callOnce(*support, QStringLiteral("kyc.queue"), {{QStringLiteral("status"), QStringLiteral("rejected")}});
    QVERIFY(rejected.ok);
    bool found = false;
    for (const QJsonValue &c : rejected.object().value(QStringLiteral("cases")).toArray()) {
        if (c.toObject().value(QStringLiteral("username")).toString() == QLatin1String("dariush")) {
            found = true;
            QCOMPARE(c.toObject().value(QStringLiteral("decisionReason")).toString(),
                     QStringLiteral("The photo page is cut off; please send the whole page."));
        }
    }
    QVERIFY(found);
}

void TestUiFlows::mainWindowAsAdminAndFreeze()
{
    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026")));
    QVERIFY(ui.item(QStringLiteral("nav_support")));
    QVERIFY(ui.item(QStringLiteral("nav_admin")));
    QTRY_VERIFY(ui.find(QStringLiteral("kycQueuePage")));
    ui.screenshot(QStringLiteral("06_main_admin"));

    QVERIFY(ui.openSection(QStringLiteral("admin")));
    QTRY_VERIFY(ui.find(QStringLiteral("usersModel")));
    auto *users = qobject_cast<azc::UsersModel *>(ui.find(QStringLiteral("usersModel")));
    QTRY_VERIFY(users->count() >= 6);
    const int dariush = rowWhere(users, QStringLiteral("username"), QStringLiteral("dariush"));
    QVERIFY(dariush >= 0);
    QVERIFY(!users->get(dariush).value(QStringLiteral("frozen")).toBool());

    QTRY_VERIFY(ui.item(QStringLiteral("freezeButton_dariush")));
    QVERIFY(ui.click(QStringLiteral("freezeButton_dariush")));
    QTRY_VERIFY(ui.item(QStringLiteral("freezeReason")) && ui.item(QStringLiteral("freezeReason"))->isVisible());
    ui.setText(QStringLiteral("freezeReason"), QStringLiteral("Documents under investigation"));
    QVERIFY(ui.click(QStringLiteral("freezeConfirm")));
    QTRY_VERIFY(users->get(rowWhere(users, QStringLiteral("username"), QStringLiteral("dariush")))
                    .value(QStringLiteral("frozen")).toBool());

    // A role change, and back.
    const QString carolId = users->get(rowWhere(users, QStringLiteral("username"), QStringLiteral("carol"))).value(QStringLiteral("id")).toString();
    users->setRole(carolId, QStringLiteral("support"));
    QTRY_COMPARE(users->get(rowWhere(users, QStringLiteral("username"), QStringLiteral("carol"))).value(QStringLiteral("role")).toString(),
                 QStringLiteral("support"));
    users->setRole(carolId, QStringLiteral("user"));
    QTRY_COMPARE(users->get(rowWhere(users, QStringLiteral("username"), QStringLiteral("carol"))).value(QStringLiteral("role")).toString(),
                 QStringLiteral("user"));
    ui.screenshot(QStringLiteral("07_admin_users"));

    // The frozen account cannot sign in.
    azc::RpcReply login;
    auto frozen = sideClient(QStringLiteral("dariush"), QStringLiteral("AzcDariush#2026"), QStringLiteral("test"), &login);
    QVERIFY(!login.ok);
    QCOMPARE(login.reason, QStringLiteral("account_frozen"));
}

void TestUiFlows::twoFactorSetup()
{
    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    QVERIFY(ui.openSection(QStringLiteral("profile")));
    QTRY_VERIFY(ui.item(QStringLiteral("enableTotpButton")));
    ui.scrollIntoView(QStringLiteral("twoFactorCard"));
    QVERIFY(ui.click(QStringLiteral("enableTotpButton")));
    azc::Session *session = ui.context()->session();
    QTRY_VERIFY(!session->totpSecret().isEmpty());
    QVERIFY(session->totpUri().startsWith(QStringLiteral("otpauth://totp/")));
    QVERIFY(textOf(ui, QStringLiteral("totpUri")) == session->totpUri());
    ui.scrollIntoView(QStringLiteral("twoFactorCard"));
    QTest::qWait(200); // the QR image is produced asynchronously by its provider
    const QString shot = ui.screenshot(QStringLiteral("09a_two_factor_setup"));
    // What a phone would do: scan the QR code on screen and get the link.
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), shot});
    QVERIFY2(zbar.waitForFinished(20000), "zbarimg (package zbar-tools) did not run");
    QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), session->totpUri());

    const QByteArray secret = azc::crypto::base32Decode(session->totpSecret()).value_or(QByteArray());
    QVERIFY(!secret.isEmpty());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ui.setText(QStringLiteral("totpConfirmCode"), azc::crypto::totpAt(secret, now));
    QVERIFY(ui.click(QStringLiteral("totpConfirmButton")));
    QTRY_COMPARE(session->recoveryCodes().size(), 10);
    QTRY_VERIFY(session->totpEnabled());
    ui.scrollIntoView(QStringLiteral("twoFactorCard"));
    ui.screenshot(QStringLiteral("09b_two_factor_recovery_codes"));

    // Signing in again now asks for a code.
    QVERIFY(ui.signOut());
    ui.setText(QStringLiteral("signInUsername"), QStringLiteral("alice"));
    ui.setText(QStringLiteral("signInPassword"), QStringLiteral("AzcAlice#2026"));
    QVERIFY(ui.click(QStringLiteral("signInButton")));
    QTRY_VERIFY(session->totpRequired());
    QTRY_VERIFY(ui.item(QStringLiteral("signInTotp"))->isVisible());
    ui.screenshot(QStringLiteral("09c_sign_in_asks_for_code"));
    // Each code works once: use the next step's, which the server accepts too.
    ui.setText(QStringLiteral("signInTotp"), azc::crypto::totpAt(secret, now + 30));
    QVERIFY(ui.click(QStringLiteral("signInButton")));
    QTRY_VERIFY(ui.find(QStringLiteral("shell")));
}

void TestUiFlows::persianDarkMirrorsTheLayout()
{
    QVERIFY(ui.launch(QStringLiteral("fa"), true));
    QTRY_VERIFY(ui.find(QStringLiteral("signInForm")));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QVERIFY(textOf(ui, QStringLiteral("signInButton")) != QStringLiteral("Sign in")); // translated
    ui.screenshot(QStringLiteral("08a_sign_in_fa_dark"));

    QVERIFY(ui.signIn(QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
    QQuickItem *rail = ui.item(QStringLiteral("navRail"));
    QTRY_VERIFY(rail->mapToScene(QPointF(0, 0)).x() > ui.window()->width() / 2); // on the right
    QVERIFY(textOf(ui, QStringLiteral("nav_profile")) != QStringLiteral("Profile & security"));
    ui.screenshot(QStringLiteral("08_main_fa_dark"));

    // Switching language at run time retranslates and un-mirrors at once.
    ui.context()->language()->setCurrent(QStringLiteral("vi"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QTRY_VERIFY(rail->mapToScene(QPointF(0, 0)).x() < ui.window()->width() / 2);
    QTRY_VERIFY(textOf(ui, QStringLiteral("nav_wallet")) != QStringLiteral("Wallet"));
    ui.screenshot(QStringLiteral("08b_main_vi_dark"));
    ui.context()->language()->setCurrent(QStringLiteral("en"));
    QTRY_COMPARE(textOf(ui, QStringLiteral("nav_wallet")), QStringLiteral("Wallet"));
}

namespace {

// "a - b" / "a + b" at `decimals`, exactly, as the strings the server writes.
QString plus(const QString &a, const QString &b, int decimals, bool subtract = false)
{
    const azc::Amount x = azc::Amount::parse(a, decimals).value();
    const azc::Amount y = azc::Amount::parse(b, decimals).value();
    return (subtract ? x.checkedSub(y) : x.checkedAdd(y)).value().toString(decimals);
}

QString balanceOn(azc::ApiClient &client, const QString &asset, const QString &field = QStringLiteral("available"))
{
    const azc::RpcReply reply = callOnce(client, QStringLiteral("wallet.balances"));
    for (const QJsonValue &v : reply.object().value(QStringLiteral("balances")).toArray()) {
        if (v.toObject().value(QStringLiteral("asset")).toString() == asset)
            return v.toObject().value(field).toString();
    }
    return {};
}

} // namespace

void TestUiFlows::walletSendAndReceive()
{
    auto bobSide = sideClient(QStringLiteral("bob"), QStringLiteral("AzcBob#2026"), QStringLiteral("test"));
    const QString bobBefore = balanceOn(*bobSide, QStringLiteral("USDT"));
    QVERIFY(!bobBefore.isEmpty());

    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    QVERIFY(ui.openSection(QStringLiteral("wallet")));
    QTRY_VERIFY(ui.find(QStringLiteral("walletPage")));
    auto *balances = qobject_cast<azc::WalletBalancesModel *>(ui.find(QStringLiteral("walletBalances")));
    auto *history = qobject_cast<azc::WalletHistoryModel *>(ui.find(QStringLiteral("walletHistory")));
    QVERIFY(balances && history);
    QTRY_VERIFY(balances->count() >= 4); // and the launchpad's tokens (NOVA in the demo)
    for (const char *asset : {"USDT", "BTC", "ETH", "AZC"})
        QVERIFY2(!balances->balanceOf(QLatin1String(asset)).isEmpty(), asset);
    const QString aliceBefore = balances->balanceOf(QStringLiteral("USDT")).value(QStringLiteral("available")).toString();

    QTRY_VERIFY(ui.item(QStringLiteral("balanceCard_USDT")));
    QVERIFY(ui.click(QStringLiteral("balanceCard_USDT")));
    QTRY_COMPARE(history->asset(), QStringLiteral("USDT"));
    // Paging: two at a time, the list asks for older pages until its end is reached.
    history->setPageSize(2);
    history->reload();
    QTRY_VERIFY(history->count() >= 3); // opening balance, carol's rent, the dinner
    QTRY_VERIFY(!history->canLoadMore());
    history->setPageSize(30);
    QCOMPARE(textOf(ui, QStringLiteral("available_USDT")), aliceBefore);
    ui.screenshot(QStringLiteral("10a_wallet_alice"));

    // Send 12.5 USDT to bob through the dialog.
    QVERIFY(ui.click(QStringLiteral("sendButton")));
    QTRY_VERIFY(ui.item(QStringLiteral("sendRecipient")) && ui.item(QStringLiteral("sendRecipient"))->isVisible());
    ui.setText(QStringLiteral("sendRecipient"), QStringLiteral("bob"));
    ui.setText(QStringLiteral("sendAmount"), QStringLiteral("12.5"));
    ui.setText(QStringLiteral("sendMemo"), QStringLiteral("Cinema tickets"));
    QVERIFY(ui.click(QStringLiteral("sendContinue")));
    auto *transfer = qobject_cast<azc::WalletTransfer *>(ui.find(QStringLiteral("walletTransfer")));
    QTRY_COMPARE(transfer->stage(), azc::WalletTransfer::Confirming);
    const QVariantMap quote = transfer->quote();
    QCOMPARE(quote.value(QStringLiteral("amount")).toString(), QStringLiteral("12.5"));
    QCOMPARE(quote.value(QStringLiteral("fee")).toString(), QStringLiteral("0.1")); // 0.1 % with a 0.1 minimum
    QCOMPARE(quote.value(QStringLiteral("total")).toString(), QStringLiteral("12.6"));
    QVERIFY(!quote.value(QStringLiteral("needsTwoFactor")).toBool());
    QCOMPARE(textOf(ui, QStringLiteral("confirmRecipient")), QStringLiteral("Bob Kim  (@bob)"));
    QCOMPARE(textOf(ui, QStringLiteral("confirmTotal")), QStringLiteral("12.6 USDT"));
    QVERIFY(!textOf(ui, QStringLiteral("confirmDailyRemaining")).isEmpty());
    ui.screenshot(QStringLiteral("10b_send_confirmation"));

    QVERIFY(ui.click(QStringLiteral("sendConfirm")));
    QTRY_COMPARE(transfer->stage(), azc::WalletTransfer::Done);
    const QString key = transfer->idempotencyKey();
    QVERIFY(key.size() >= 8);
    const QVariantMap receipt = transfer->receipt();
    QCOMPARE(receipt.value(QStringLiteral("amount")).toString(), QStringLiteral("12.5"));
    QCOMPARE(receipt.value(QStringLiteral("memo")).toString(), QStringLiteral("Cinema tickets"));
    QCOMPARE(receipt.value(QStringLiteral("to")).toMap().value(QStringLiteral("username")).toString(), QStringLiteral("bob"));
    QVERIFY(!receipt.value(QStringLiteral("operationId")).toString().isEmpty());
    QTRY_COMPARE(textOf(ui, QStringLiteral("sendReceipt_total")), QStringLiteral("12.6 USDT"));
    ui.screenshot(QStringLiteral("10c_send_receipt"));

    // The push updates the card and brings the transfer into the history.
    const QString aliceAfter = plus(aliceBefore, QStringLiteral("12.6"), 6, true);
    QTRY_COMPARE(balances->balanceOf(QStringLiteral("USDT")).value(QStringLiteral("available")).toString(), aliceAfter);
    QTRY_COMPARE(history->get(0).value(QStringLiteral("operationId")).toString(), receipt.value(QStringLiteral("operationId")).toString());
    QCOMPARE(history->get(0).value(QStringLiteral("signedAmount")).toString(), QStringLiteral("-12.6"));
    QCOMPARE(history->get(0).value(QStringLiteral("direction")).toString(), QStringLiteral("out"));
    QVERIFY(ui.click(QStringLiteral("sendDone")));
    QTRY_VERIFY(!ui.find(QStringLiteral("sendDialog"))->property("visible").toBool());

    // Errors in words: too much for a tier-0 account, with what is left.
    QTRY_VERIFY(ui.item(QStringLiteral("sendButton"))->isEnabled());
    QVERIFY(ui.click(QStringLiteral("sendButton")));
    QTRY_VERIFY(ui.item(QStringLiteral("sendRecipient"))->isVisible());
    ui.setText(QStringLiteral("sendRecipient"), QStringLiteral("bob"));
    ui.setText(QStringLiteral("sendAmount"), QStringLiteral("600"));
    QVERIFY(ui.click(QStringLiteral("sendContinue")));
    QTRY_COMPARE(transfer->errorReason(), QStringLiteral("limit_exceeded"));
    QVERIFY2(transfer->errorText().contains(QStringLiteral("500 USDT")), qPrintable(transfer->errorText()));
    ui.setText(QStringLiteral("sendRecipient"), QStringLiteral("nobody_here"));
    ui.setText(QStringLiteral("sendAmount"), QStringLiteral("1"));
    QVERIFY(ui.click(QStringLiteral("sendContinue")));
    QTRY_COMPARE(transfer->errorReason(), QStringLiteral("not_found"));
    QCOMPARE(textOf(ui, QStringLiteral("sendError")), QStringLiteral("There is no AZCoiner user named “nobody_here”."));
    ui.screenshot(QStringLiteral("10d_send_error"));
    QVERIFY(ui.click(QStringLiteral("sendCancel")));

    // On the server: moved once.
    QCOMPARE(balanceOn(*bobSide, QStringLiteral("USDT")), plus(bobBefore, QStringLiteral("12.5"), 6));

    // Bob, in Persian with the dark theme, sees it arrive.
    ui.close();
    QVERIFY(ui.launch(QStringLiteral("fa"), true));
    QVERIFY(ui.signIn(QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
    QVERIFY(ui.openSection(QStringLiteral("wallet")));
    QTRY_VERIFY(ui.find(QStringLiteral("walletPage")));
    balances = qobject_cast<azc::WalletBalancesModel *>(ui.find(QStringLiteral("walletBalances")));
    history = qobject_cast<azc::WalletHistoryModel *>(ui.find(QStringLiteral("walletHistory")));
    QTRY_COMPARE(balances->balanceOf(QStringLiteral("USDT")).value(QStringLiteral("available")).toString(),
                 plus(bobBefore, QStringLiteral("12.5"), 6));
    QTRY_VERIFY(ui.item(QStringLiteral("balanceCard_USDT")));
    QVERIFY(ui.click(QStringLiteral("balanceCard_USDT")));
    QTRY_VERIFY(history->count() > 0 && history->asset() == QLatin1String("USDT"));
    const QVariantMap incoming = history->get(0);
    QCOMPARE(incoming.value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
    QCOMPARE(incoming.value(QStringLiteral("signedAmount")).toString(), QStringLiteral("+12.5"));
    QCOMPARE(incoming.value(QStringLiteral("counterparty")).toString(), QStringLiteral("Alice Nguyen"));
    QCOMPARE(incoming.value(QStringLiteral("memo")).toString(), QStringLiteral("Cinema tickets"));
    // A left-to-right mark keeps the sign before the number in Persian.
    QTRY_COMPARE(textOf(ui, QStringLiteral("historyAmount_0")), QStringLiteral("\u200E+12.5 USDT"));
    ui.screenshot(QStringLiteral("10e_wallet_bob_fa_dark"));

    QVERIFY(ui.click(QStringLiteral("historyRow_0")));
    QTRY_VERIFY(ui.item(QStringLiteral("receiptDialogView")) && ui.item(QStringLiteral("receiptDialogView"))->isVisible());
    QTRY_COMPARE(textOf(ui, QStringLiteral("receiptDialogView_operation")), receipt.value(QStringLiteral("operationId")).toString());
    ui.screenshot(QStringLiteral("10f_receipt_bob_fa_dark"));
    QVERIFY(ui.click(QStringLiteral("receiptClose")));

    // Leave Bob with no extra sessions: the sessions test counts them.
    QTRY_VERIFY(!ui.find(QStringLiteral("receiptDialog"))->property("visible").toBool());
    QVERIFY(ui.signOut());
    QVERIFY(callOnce(*bobSide, QStringLiteral("auth.logout")).ok);
}

void TestUiFlows::masterWalletAndPublishReserves()
{
    QVERIFY(ui.launch(QStringLiteral("en"), true));
    QVERIFY(ui.signIn(QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026")));
    QVERIFY(ui.openSection(QStringLiteral("treasury")));
    QTRY_VERIFY(ui.find(QStringLiteral("treasuryPage")));
    auto *overview = qobject_cast<azc::TreasuryOverviewModel *>(ui.find(QStringLiteral("treasuryOverview")));
    auto *revenue = qobject_cast<azc::TreasuryRevenueModel *>(ui.find(QStringLiteral("treasuryRevenue")));
    QVERIFY(overview && revenue);
    QTRY_VERIFY(overview->count() >= 4); // USDT, BTC, ETH, AZC and the demo sale's NOVA
    const QVariantMap usdt = overview->rowOfAsset(QStringLiteral("USDT"));
    // Owed to users: the demo's opening balances (alice, bob, carol, dariush and
    // the 45 USDT refund if approved already) minus the transfer fees.
    QVERIFY(azc::Amount::parse(usdt.value(QStringLiteral("owed")).toString(), 6)->units() > 0);
    QCOMPARE(usdt.value(QStringLiteral("holdingsTotal")).toString(), QStringLiteral("12400"));
    QVERIFY(usdt.value(QStringLiteral("holders")).toInt() >= 4);
    QVERIFY(!usdt.value(QStringLiteral("solvencyPercent")).toString().isEmpty());
    // BTC: 0.25 owed to users, 0.26 held: 104 %.
    const QVariantMap btc = overview->rowOfAsset(QStringLiteral("BTC"));
    QCOMPARE(btc.value(QStringLiteral("solvencyTone")).toString(), QStringLiteral("success"));
    QTRY_VERIFY(revenue->count() == 14);
    QVERIFY2(revenue->total() != QLatin1String("0") && !revenue->total().isEmpty(), qPrintable(revenue->total()));
    QCOMPARE(revenue->get(13).value(QStringLiteral("barFraction")).toDouble(), 1.0); // today's fees are the largest day
    ui.screenshot(QStringLiteral("11a_master_wallet_dark"));

    QVERIFY(ui.click(QStringLiteral("publishReservesButton")));
    QTRY_VERIFY(!overview->publishedSnapshot().isEmpty());
    const QVariantList roots = overview->publishedSnapshot().value(QStringLiteral("assets")).toList();
    QVERIFY(roots.size() >= 4); // and the launchpad's NOVA
    for (const QVariant &a : roots)
        QCOMPARE(a.toMap().value(QStringLiteral("root")).toString().size(), 64);
    QTRY_VERIFY(ui.item(QStringLiteral("publishedRoot_USDT")));
    ui.context()->errors()->dismiss(); // the confirmation toast would cover the roots
    ui.scrollIntoView(QStringLiteral("revenueChart"));
    ui.screenshot(QStringLiteral("11b_reserves_published_dark"));

    QVERIFY(ui.click(QStringLiteral("treasuryTab_fees")));
    QTRY_VERIFY(ui.find(QStringLiteral("feesLimitsView")));
    QTRY_VERIFY(ui.find(QStringLiteral("treasuryFees"))->property("count").toInt() >= 4);
    ui.screenshot(QStringLiteral("11c_fees_dark"));
    QVERIFY(ui.click(QStringLiteral("limitsTab")));
    QTRY_VERIFY(ui.find(QStringLiteral("treasuryLimits"))->property("count").toInt() >= 12);
    ui.screenshot(QStringLiteral("11d_limits_dark"));
}

void TestUiFlows::adjustmentsNeedASecondAdmin()
{
    // The admin requested the pending refund; the button is off and the server refuses too.
    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026")));
    QVERIFY(ui.openSection(QStringLiteral("treasury")));
    QTRY_VERIFY(ui.item(QStringLiteral("treasuryTab_adjustments")));
    QVERIFY(ui.click(QStringLiteral("treasuryTab_adjustments")));
    QTRY_VERIFY(ui.find(QStringLiteral("treasuryAdjustments")));
    auto *adjustments = qobject_cast<azc::TreasuryAdjustmentsModel *>(ui.find(QStringLiteral("treasuryAdjustments")));
    QTRY_VERIFY(rowWhere(adjustments, QStringLiteral("username"), QStringLiteral("dariush")) >= 0);
    const int row = rowWhere(adjustments, QStringLiteral("username"), QStringLiteral("dariush"));
    const QString refundId = adjustments->get(row).value(QStringLiteral("id")).toString();
    QVERIFY(adjustments->get(row).value(QStringLiteral("requestedByMe")).toBool());
    QTRY_VERIFY(ui.item(QStringLiteral("approveAdjustment_") + QString::number(row)));
    QVERIFY(!ui.item(QStringLiteral("approveAdjustment_") + QString::number(row))->isEnabled());
    QVERIFY(ui.item(QStringLiteral("ownRequestNote_") + QString::number(row))->isVisible());
    adjustments->approve(refundId);
    QTRY_VERIFY2(textOf(ui, QStringLiteral("toastText")).contains(QStringLiteral("four eyes")),
                 qPrintable(textOf(ui, QStringLiteral("toastText"))));
    ui.screenshot(QStringLiteral("12a_adjustments_own_request"));

    // A new request, through the form: a credit to the provider's house account.
    ui.find(QStringLiteral("adjustmentTarget"))->setProperty("currentIndex", 1);
    ui.setText(QStringLiteral("adjustmentAmount"), QStringLiteral("+250"));
    ui.setText(QStringLiteral("adjustmentReason"), QStringLiteral("Provider statement 2026-03 reconciled"));
    QTRY_VERIFY(ui.item(QStringLiteral("adjustmentRequest"))->isEnabled());
    const int before = adjustments->count();
    QVERIFY(ui.click(QStringLiteral("adjustmentRequest")));
    QTRY_VERIFY2(adjustments->count() == before + 1, qPrintable(textOf(ui, QStringLiteral("toastText"))));
    QCOMPARE(adjustments->get(0).value(QStringLiteral("target")).toString(), QStringLiteral("house"));
    QCOMPARE(adjustments->get(0).value(QStringLiteral("signedAmount")).toString(), QStringLiteral("+250"));
    QVERIFY(ui.signOut());

    // Finance approves the refund.
    QVERIFY(ui.signIn(QStringLiteral("finance"), QStringLiteral("AzcFinance#2026")));
    QVERIFY(ui.openSection(QStringLiteral("treasury")));
    QTRY_VERIFY(ui.item(QStringLiteral("treasuryTab_adjustments")));
    QVERIFY(ui.click(QStringLiteral("treasuryTab_adjustments")));
    QTRY_VERIFY(ui.find(QStringLiteral("treasuryAdjustments")));
    adjustments = qobject_cast<azc::TreasuryAdjustmentsModel *>(ui.find(QStringLiteral("treasuryAdjustments")));
    QTRY_VERIFY(rowWhere(adjustments, QStringLiteral("id"), refundId) >= 0);
    const int financeRow = rowWhere(adjustments, QStringLiteral("id"), refundId);
    QVERIFY(!adjustments->get(financeRow).value(QStringLiteral("requestedByMe")).toBool());
    QTRY_VERIFY(ui.item(QStringLiteral("approveAdjustment_") + QString::number(financeRow))->isEnabled());
    ui.screenshot(QStringLiteral("12b_adjustments_queue_finance"));
    QVERIFY(ui.click(QStringLiteral("approveAdjustment_") + QString::number(financeRow)));
    QTRY_COMPARE(rowWhere(adjustments, QStringLiteral("id"), refundId), -1);
    QTRY_COMPARE(textOf(ui, QStringLiteral("toastText")), QStringLiteral("Adjustment approved: the balance has changed."));

    adjustments->setStatusFilter(QStringLiteral("approved"));
    QTRY_VERIFY(rowWhere(adjustments, QStringLiteral("id"), refundId) >= 0);
    const QVariantMap approved = adjustments->get(rowWhere(adjustments, QStringLiteral("id"), refundId));
    QCOMPARE(approved.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(approved.value(QStringLiteral("decidedBy")).toMap().value(QStringLiteral("username")).toString(), QStringLiteral("finance"));
    QVERIFY(!approved.value(QStringLiteral("operationId")).toString().isEmpty());
    ui.screenshot(QStringLiteral("12c_adjustments_approved"));
}

void TestUiFlows::verifyMyBalanceIsIncluded()
{
    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    QVERIFY(ui.openSection(QStringLiteral("wallet")));
    QTRY_VERIFY(ui.item(QStringLiteral("verifyBalanceButton")));
    QVERIFY(ui.click(QStringLiteral("verifyBalanceButton")));
    auto *proof = qobject_cast<azc::ReserveProofModel *>(ui.find(QStringLiteral("reserveProof")));
    QVERIFY(proof);
    QTRY_VERIFY(proof->hasSnapshot()); // published by the master wallet test
    QObject *assetBox = ui.find(QStringLiteral("verifyAsset"));
    int usdtIndex = -1;
    QVERIFY(QMetaObject::invokeMethod(assetBox, "find", Q_RETURN_ARG(int, usdtIndex), Q_ARG(QString, QStringLiteral("USDT"))));
    QVERIFY(usdtIndex >= 0);
    assetBox->setProperty("currentIndex", usdtIndex);
    QTRY_VERIFY(ui.item(QStringLiteral("verifyButton"))->isVisible());
    QVERIFY(ui.click(QStringLiteral("verifyButton")));
    QTRY_COMPARE(proof->verdict(), azc::ReserveProofModel::Verified);
    QVERIFY(proof->verdictText().startsWith(QStringLiteral("Your balance of ")));
    QVERIFY(proof->verdictText().contains(QStringLiteral(" USDT is included in the snapshot of ")));
    QVERIFY(proof->verdictText().contains(proof->publishedRoot().left(12)));
    QVERIFY(proof->pathLength() >= 1);
    QCOMPARE(textOf(ui, QStringLiteral("verdictText")), proof->verdictText());
    ui.screenshot(QStringLiteral("13_verify_my_balance"));

    // Checked locally: a proof tampered with on the way is refused.
    auto alice = sideClient(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026"), QStringLiteral("test"));
    const azc::RpcReply reply = callOnce(*alice, QStringLiteral("reserves.myProof"), {{QStringLiteral("asset"), QStringLiteral("USDT")}});
    QVERIFY(reply.ok);
    QJsonObject forged = reply.object().value(QStringLiteral("proof")).toObject();
    const QJsonObject snapshot = QJsonObject::fromVariantMap(proof->snapshot());
    const QString userId = ui.context()->session()->userId();
    QVERIFY(azc::ReserveProofModel::check(forged, snapshot, userId).isEmpty());
    forged.insert(QStringLiteral("balance"), QStringLiteral("999999"));
    QVERIFY(!azc::ReserveProofModel::check(forged, snapshot, userId).isEmpty());
    QVERIFY(!azc::ReserveProofModel::check(reply.object().value(QStringLiteral("proof")).toObject(), snapshot,
                                           QStringLiteral("someone-else")).isEmpty());

    // BTC: bob never held any, so for him the answer is "not included", not a failure.
}

namespace {

// Waits for `done`, mining a block on the test chain every `mineEveryMs`
// (confirmations need new blocks; anvil mines one per transaction only).
bool waitMining(const std::function<bool()> &done, int timeoutMs, int mineEveryMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QElapsedTimer sinceMine;
    sinceMine.start();
    while (!deadline.hasExpired()) {
        if (done())
            return true;
        QTest::qWait(50);
        if (mineEveryMs > 0 && sinceMine.elapsed() >= mineEveryMs) {
            (void)UiHarness::anvil()->mine(1);
            sinceMine.restart();
        }
    }
    return done();
}

} // namespace

void TestUiFlows::blockchainDepositAndWithdrawal()
{
    azc::test::AnvilNode *chain = UiHarness::anvil();
    QVERIFY2(chain, qPrintable(QStringLiteral("no test chain: ") + UiHarness::custodyError()));
    const QByteArray dev1 = chain->devAccount(1).value();
    const QString destination = azc::chain::toChecksumAddress(dev1);

    // Bob (alice has 2FA by now) opens Deposit: the network, his address and its QR code.
    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
    QVERIFY(ui.openSection(QStringLiteral("wallet")));
    QTRY_VERIFY(ui.find(QStringLiteral("walletPage")));
    auto *balances = qobject_cast<azc::WalletBalancesModel *>(ui.find(QStringLiteral("walletBalances")));
    auto *networks = qobject_cast<azc::CustodyNetworksModel *>(ui.find(QStringLiteral("custodyNetworks")));
    auto *deposits = qobject_cast<azc::CustodyDepositsModel *>(ui.find(QStringLiteral("custodyDeposits")));
    QVERIFY(balances && networks && deposits);
    QTRY_COMPARE_WITH_TIMEOUT(networks->count(), 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(networks->network(QStringLiteral("anvil")).value(QStringLiteral("online")).toBool(), 15000);
    QTRY_VERIFY(!balances->balanceOf(QStringLiteral("ETH")).isEmpty());
    const QString ethBefore = balances->balanceOf(QStringLiteral("ETH")).value(QStringLiteral("available")).toString();

    QTRY_VERIFY(balances->count() >= 4);
    QTRY_VERIFY(ui.item(QStringLiteral("balanceCard_ETH")));
    QTest::qWait(200); // the cards' row is laid out in the next polish
    QVERIFY(ui.click(QStringLiteral("balanceCard_ETH")));
    QTRY_COMPARE(ui.find(QStringLiteral("walletPage"))->property("asset").toString(), QStringLiteral("ETH"));
    QVERIFY(ui.click(QStringLiteral("depositButton")));
    auto *address = qobject_cast<azc::CustodyDepositAddress *>(ui.find(QStringLiteral("depositAddress")));
    QVERIFY(address);
    QTRY_VERIFY(!address->address().isEmpty());
    QVERIFY(azc::chain::parseAddress(address->address()).ok());
    QCOMPARE(address->confirmations(), 3);
    QCOMPARE(address->asset(QStringLiteral("ETH")).value(QStringLiteral("uri")).toString(),
             QStringLiteral("ethereum:%1@31337").arg(address->address()));
    QTRY_COMPARE(textOf(ui, QStringLiteral("depositAddressText")), address->address());
    QTRY_COMPARE(textOf(ui, QStringLiteral("depositMinimum")), QStringLiteral("0.001 ETH"));
    QCOMPARE(textOf(ui, QStringLiteral("depositConfirmations")), QStringLiteral("3"));
    QQuickItem *qr = ui.item(QStringLiteral("depositQr"));
    QVERIFY(qr);
    QTRY_COMPARE(qr->property("status").toInt(), 1 /* Image.Ready */);
    QVERIFY(ui.click(QStringLiteral("depositCopy")));
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), address->address());
    ui.context()->errors()->dismiss();
    const QString qrShot = ui.screenshot(QStringLiteral("14a_deposit_address_qr"));
    // What a phone would do: scan the QR code on screen and get the EIP-681 link.
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), qrShot});
    QVERIFY2(zbar.waitForFinished(20000), "zbarimg (package zbar-tools) did not run");
    QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), QStringLiteral("ethereum:%1@31337").arg(address->address()));

    // 1.5 ETH arrives on the chain: seen at once, credited after 3 confirmations.
    const QByteArray to = azc::chain::parseAddress(address->address()).value();
    auto tx = chain->sendEth(0, to, azc::chain::fromAmount(azc::Amount::parse(QStringLiteral("1.5"), 18).value()));
    AZC_VERIFY_OK(tx);
    const QString hash = QStringLiteral("0x") + QString::fromLatin1(tx->toHex());
    QTRY_COMPARE_WITH_TIMEOUT(deposits->byTxHash(hash).value(QStringLiteral("status")).toString(), QStringLiteral("seen"), 15000);
    QTRY_COMPARE(textOf(ui, QStringLiteral("depositStatus_0")), QStringLiteral("Confirming"));
    AZC_VERIFY_OK(chain->mine(1)); // 2 of 3
    QTRY_COMPARE_WITH_TIMEOUT(deposits->byTxHash(hash).value(QStringLiteral("confirmations")).toInt(), 2, 10000);
    QTRY_VERIFY(textOf(ui, QStringLiteral("depositNote_0")).startsWith(QStringLiteral("2/3 confirmations")));
    ui.screenshot(QStringLiteral("14b_deposit_confirming"));
    AZC_VERIFY_OK(chain->mine(1)); // 3 of 3
    QTRY_COMPARE_WITH_TIMEOUT(deposits->byTxHash(hash).value(QStringLiteral("status")).toString(), QStringLiteral("credited"), 15000);
    QTRY_COMPARE(balances->balanceOf(QStringLiteral("ETH")).value(QStringLiteral("available")).toString(),
                 plus(ethBefore, QStringLiteral("1.5"), 18));
    QTRY_COMPARE(textOf(ui, QStringLiteral("depositStatus_0")), QStringLiteral("Credited"));
    ui.screenshot(QStringLiteral("14c_deposit_credited"));
    QVERIFY(ui.click(QStringLiteral("depositClose")));
    QTRY_VERIFY(!ui.find(QStringLiteral("depositDialog"))->property("visible").toBool());

    // Withdraw: the address book refuses a bad checksum, then keeps the address cooling.
    QVERIFY(ui.click(QStringLiteral("withdrawButton")));
    QTRY_VERIFY(ui.item(QStringLiteral("bookNewAddress")) && ui.item(QStringLiteral("bookNewAddress"))->isVisible());
    auto *request = qobject_cast<azc::CustodyWithdrawalRequest *>(ui.find(QStringLiteral("withdrawalRequest")));
    auto *book = qobject_cast<azc::CustodyAddressBookModel *>(ui.find(QStringLiteral("addressBook")));
    QVERIFY(request && book);
    QString wrongCase = destination;
    for (int i = 2; i < wrongCase.size(); ++i) {
        if (wrongCase.at(i).isLetter()) {
            wrongCase[i] = wrongCase.at(i).isUpper() ? wrongCase.at(i).toLower() : wrongCase.at(i).toUpper();
            break;
        }
    }
    ui.setText(QStringLiteral("bookNewAddress"), wrongCase);
    ui.setText(QStringLiteral("bookNewLabel"), QStringLiteral("Hardware wallet"));
    QVERIFY(!ui.item(QStringLiteral("bookAdd"))->isEnabled()); // a new address needs the password again
    ui.setText(QStringLiteral("bookPassword"), QStringLiteral("not my password"));
    QTRY_VERIFY(ui.item(QStringLiteral("bookAdd"))->isEnabled()); // after the book's first load
    QVERIFY(ui.click(QStringLiteral("bookAdd")));
    QTRY_VERIFY(textOf(ui, QStringLiteral("bookError")).contains(QStringLiteral("password is not correct")));
    ui.setText(QStringLiteral("bookPassword"), QStringLiteral("AzcBob#2026"));
    QVERIFY(ui.click(QStringLiteral("bookAdd")));
    QTRY_VERIFY(textOf(ui, QStringLiteral("bookError")).contains(QStringLiteral("checksum is wrong")));
    ui.screenshot(QStringLiteral("14d_withdraw_bad_checksum"));
    ui.setText(QStringLiteral("bookNewAddress"), destination);
    QTRY_VERIFY(ui.item(QStringLiteral("bookAdd"))->isEnabled());
    QVERIFY(ui.click(QStringLiteral("bookAdd")));
    QTRY_COMPARE(book->count(), 1);
    QCOMPARE(textOf(ui, QStringLiteral("bookPassword")), QString()); // not kept after use
    QTRY_COMPARE(textOf(ui, QStringLiteral("withdrawTo")), destination); // the new entry is picked
    ui.setText(QStringLiteral("withdrawAmount"), QStringLiteral("0.001"));
    // Cooling or below the minimum, whichever the quote meets first; both in words.
    QTRY_VERIFY(!request->errorText().isEmpty() || request->hasQuote());
    if (request->errorReason() == QLatin1String("invalid_state")) {
        QVERIFY2(request->errorText().contains(QStringLiteral("usable from")), qPrintable(request->errorText()));
        ui.screenshot(QStringLiteral("14e_withdraw_address_cooling"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(book->get(0).value(QStringLiteral("usable")).toBool(), 5000);
    QTRY_COMPARE(request->errorReason(), QStringLiteral("invalid_amount"));
    QCOMPARE(textOf(ui, QStringLiteral("withdrawError")), QStringLiteral("The smallest withdrawal of ETH on this network is 0.01 ETH."));
    ui.screenshot(QStringLiteral("14e_withdraw_below_minimum"));

    ui.setText(QStringLiteral("withdrawAmount"), QStringLiteral("0.1"));
    QTRY_VERIFY(request->hasQuote());
    QCOMPARE(request->quote().value(QStringLiteral("fee")).toString(), QStringLiteral("0.0005"));
    QCOMPARE(request->quote().value(QStringLiteral("total")).toString(), QStringLiteral("0.1005"));
    QCOMPARE(request->quote().value(QStringLiteral("approvalsNeeded")).toInt(), 1);
    QTRY_COMPARE(textOf(ui, QStringLiteral("withdrawTotal")), QStringLiteral("0.1005 ETH"));
    QTRY_VERIFY(ui.item(QStringLiteral("withdrawSubmit"))->isEnabled());
    ui.context()->errors()->dismiss();
    ui.screenshot(QStringLiteral("14f_withdraw_quote"));
    QVERIFY(ui.click(QStringLiteral("withdrawSubmit")));
    QTRY_COMPARE(request->stage(), azc::CustodyWithdrawalRequest::Done);
    QVERIFY(request->idempotencyKey().size() >= 8);
    const QString withdrawalId = request->withdrawal().value(QStringLiteral("id")).toString();
    QCOMPARE(request->withdrawal().value(QStringLiteral("status")).toString(), QStringLiteral("requested"));
    ui.screenshot(QStringLiteral("14g_withdraw_requested"));
    QVERIFY(ui.click(QStringLiteral("withdrawDone")));
    auto *withdrawals = qobject_cast<azc::CustodyWithdrawalsModel *>(ui.find(QStringLiteral("custodyWithdrawals")));
    QTRY_COMPARE(withdrawals->withdrawal(withdrawalId).value(QStringLiteral("status")).toString(), QStringLiteral("requested"));
    QTRY_VERIFY(ui.item(QStringLiteral("withdrawalCancel_0")) && ui.item(QStringLiteral("withdrawalCancel_0"))->isVisible());
    ui.screenshot(QStringLiteral("14h_withdrawals_requested"));
    ui.close();

    // The hot wallet pays withdrawals: let the deposit be swept into it first.
    auto adminSide = sideClient(QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026"), QStringLiteral("test"));
    QVERIFY(waitMining([&] {
        const azc::RpcReply unswept = callOnce(*adminSide, QStringLiteral("custody.unswept"));
        return unswept.ok && unswept.object().value(QStringLiteral("deposits")).toArray().isEmpty();
    }, 40000, 300));
    QVERIFY(callOnce(*adminSide, QStringLiteral("auth.logout")).ok);
    // A second request, which support will reject with a reason.
    auto bobSide = sideClient(QStringLiteral("bob"), QStringLiteral("AzcBob#2026"), QStringLiteral("test"));
    const azc::RpcReply second = callOnce(*bobSide, QStringLiteral("withdraw.request"),
                                          {{QStringLiteral("network"), QStringLiteral("anvil")},
                                           {QStringLiteral("asset"), QStringLiteral("ETH")},
                                           {QStringLiteral("amount"), QStringLiteral("0.05")},
                                           {QStringLiteral("address"), destination},
                                           {QStringLiteral("idempotencyKey"), QStringLiteral("ui-test-second-withdrawal")}});
    QVERIFY2(second.ok, qPrintable(second.reason));
    const QString rejectedId = second.object().value(QStringLiteral("withdrawal")).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(callOnce(*bobSide, QStringLiteral("auth.logout")).ok);

    // Support approves the first in the queue and rejects the second.
    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("support"), QStringLiteral("AzcSupport#2026")));
    QTRY_VERIFY(ui.item(QStringLiteral("supportTab_withdrawals")));
    QVERIFY(ui.click(QStringLiteral("supportTab_withdrawals")));
    QTRY_VERIFY(ui.find(QStringLiteral("withdrawalQueue")));
    auto *queue = qobject_cast<azc::CustodyWithdrawalsModel *>(ui.find(QStringLiteral("withdrawalQueue")));
    QTRY_VERIFY(queue->withdrawal(withdrawalId).value(QStringLiteral("username")).toString() == QLatin1String("bob"));
    const int queueRow = rowWhere(queue, QStringLiteral("id"), withdrawalId);
    QTRY_COMPARE(textOf(ui, QStringLiteral("queueApprovals_%1").arg(queueRow)), QStringLiteral("Approvals 0/1"));
    ui.screenshot(QStringLiteral("14i_support_withdrawal_queue"));
    QVERIFY(ui.click(QStringLiteral("queueApprove_%1").arg(queueRow)));
    QTRY_COMPARE(textOf(ui, QStringLiteral("toastText")), QStringLiteral("Your approval was recorded."));
    QTRY_VERIFY(rowWhere(queue, QStringLiteral("id"), rejectedId) >= 0);
    const int rejectRow = rowWhere(queue, QStringLiteral("id"), rejectedId);
    QVERIFY(ui.click(QStringLiteral("queueReject_%1").arg(rejectRow)));
    QTRY_VERIFY(ui.item(QStringLiteral("rejectWithdrawalDialogReason")) && ui.item(QStringLiteral("rejectWithdrawalDialogReason"))->isVisible());
    ui.setText(QStringLiteral("rejectWithdrawalDialogReason"), QStringLiteral("This address is flagged; please use another one."));
    ui.screenshot(QStringLiteral("14i2_support_reject_reason"));
    QVERIFY(ui.click(QStringLiteral("rejectWithdrawalDialogConfirm")));
    QTRY_COMPARE(rowWhere(queue, QStringLiteral("id"), rejectedId), -1);
    ui.close();

    // Bob watches it reach "confirmed", with the transaction hash.
    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
    QVERIFY(ui.openSection(QStringLiteral("wallet")));
    QTRY_VERIFY(ui.item(QStringLiteral("walletTab_withdrawals")));
    QVERIFY(ui.click(QStringLiteral("walletTab_withdrawals")));
    withdrawals = qobject_cast<azc::CustodyWithdrawalsModel *>(ui.find(QStringLiteral("custodyWithdrawals")));
    QVERIFY(waitMining([&] {
        return withdrawals->withdrawal(withdrawalId).value(QStringLiteral("status")).toString() == QLatin1String("confirmed");
    }, 40000, 300));
    QStringList steps;
    for (const QVariant &e : withdrawals->withdrawal(withdrawalId).value(QStringLiteral("timeline")).toList())
        steps.append(e.toMap().value(QStringLiteral("status")).toString());
    QCOMPARE(steps, (QStringList{QStringLiteral("requested"), QStringLiteral("approved"), QStringLiteral("signed"),
                                 QStringLiteral("broadcast"), QStringLiteral("confirmed")}));
    // Newest first: the rejected request with its reason, then the confirmed one with its hash.
    QTRY_COMPARE(withdrawals->withdrawal(rejectedId).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QTRY_COMPARE(textOf(ui, QStringLiteral("withdrawalStatus_0")), QStringLiteral("Rejected"));
    QCOMPARE(textOf(ui, QStringLiteral("withdrawalReason_0")), QStringLiteral("Reason: This address is flagged; please use another one."));
    QCOMPARE(textOf(ui, QStringLiteral("withdrawalStep_0_1")), QStringLiteral("Rejected"));
    QTRY_COMPARE(textOf(ui, QStringLiteral("withdrawalStatus_1")), QStringLiteral("Confirmed"));
    QVERIFY(textOf(ui, QStringLiteral("withdrawalTx_1")).contains(withdrawals->withdrawal(withdrawalId).value(QStringLiteral("txHash")).toString()));
    QVERIFY(ui.click(QStringLiteral("withdrawalCopyTx_1")));
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), withdrawals->withdrawal(withdrawalId).value(QStringLiteral("txHash")).toString());
    ui.context()->errors()->dismiss();
    ui.screenshot(QStringLiteral("14j_withdrawal_confirmed"));
    ui.close();

    // The admin's reconciliation: every line matches once the sweep is booked.
    QVERIFY(ui.launch(QStringLiteral("en"), true));
    QVERIFY(ui.signIn(QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026")));
    QVERIFY(ui.openSection(QStringLiteral("treasury")));
    QTRY_VERIFY(ui.item(QStringLiteral("treasuryTab_custody")));
    QVERIFY(ui.click(QStringLiteral("treasuryTab_custody")));
    QTRY_VERIFY(ui.find(QStringLiteral("custodyReconcile")));
    auto *reconcile = qobject_cast<azc::CustodyReconcileModel *>(ui.find(QStringLiteral("custodyReconcile")));
    QElapsedTimer sinceReload;
    sinceReload.start();
    QVERIFY2(waitMining([&] {
        if (sinceReload.elapsed() > 1000 && !reconcile->busy()) {
            reconcile->reload();
            sinceReload.restart();
        }
        return reconcile->loaded() && reconcile->ok() && reconcile->unswept().isEmpty() && !reconcile->busy();
    }, 60000, 300), qPrintable(QStringLiteral("%1 lines differ").arg(reconcile->differing())));
    QCOMPARE(reconcile->count(), 2); // anvil: AZC, ETH
    QTRY_COMPARE(textOf(ui, QStringLiteral("reconcileVerdict_anvil_ETH")), QStringLiteral("Matches"));
    QCOMPARE(textOf(ui, QStringLiteral("reconcileVerdict_anvil_AZC")), QStringLiteral("Matches"));
    QCOMPARE(textOf(ui, QStringLiteral("reconcileSummary")), QStringLiteral("Everything matches: the chain agrees with the ledger."));
    ui.screenshot(QStringLiteral("14k_reconciliation_dark"));

    // Coins sent straight to the hot wallet are on chain but in no ledger: that line turns red.
    auto adminCheck = sideClient(QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026"), QStringLiteral("test"));
    const azc::RpcReply nets = callOnce(*adminCheck, QStringLiteral("chain.adminNetworks"));
    const QString hot = nets.object().value(QStringLiteral("networks")).toArray().at(0).toObject().value(QStringLiteral("hotWallet")).toString();
    QVERIFY(callOnce(*adminCheck, QStringLiteral("auth.logout")).ok);
    AZC_VERIFY_OK(chain->sendEth(2, azc::chain::parseAddress(hot).value(),
                                 azc::chain::fromAmount(azc::Amount::parse(QStringLiteral("0.25"), 18).value())));
    QVERIFY(ui.click(QStringLiteral("reconcileRefresh")));
    QTRY_VERIFY_WITH_TIMEOUT(!reconcile->line(QStringLiteral("anvil"), QStringLiteral("ETH")).value(QStringLiteral("ok")).toBool(), 10000);
    QCOMPARE(reconcile->line(QStringLiteral("anvil"), QStringLiteral("ETH")).value(QStringLiteral("difference")).toString(), QStringLiteral("0.25"));
    QTRY_COMPARE(textOf(ui, QStringLiteral("reconcileVerdict_anvil_ETH")), QStringLiteral("Differs by 0.25 ETH"));
    QCOMPARE(textOf(ui, QStringLiteral("reconcileSummary")), QStringLiteral("1 of 2 lines differ."));
    ui.screenshot(QStringLiteral("14k2_reconciliation_differs_dark"));
    QVERIFY(ui.click(QStringLiteral("treasuryTab_networks")));
    QTRY_VERIFY(ui.find(QStringLiteral("adminNetworks")));
    QTRY_COMPARE(ui.find(QStringLiteral("adminNetworks"))->property("count").toInt(), 1);
    QTRY_COMPARE(textOf(ui, QStringLiteral("adminNetworkState_anvil")), QStringLiteral("Online"));
    QVERIFY(ui.click(QStringLiteral("editNetwork_anvil")));
    QTRY_COMPARE(textOf(ui, QStringLiteral("networkFormId")), QStringLiteral("anvil"));
    ui.screenshot(QStringLiteral("14l_networks_dark"));
    // The asset form: the same values saved again, then a refusal shown inside the form.
    QVERIFY(ui.click(QStringLiteral("assetFormTab")));
    ui.setText(QStringLiteral("assetFormNetwork"), QStringLiteral("anvil"));
    ui.setText(QStringLiteral("assetFormAsset"), QStringLiteral("ETH"));
    ui.setText(QStringLiteral("assetFormMinDeposit"), QStringLiteral("0.001"));
    ui.setText(QStringLiteral("assetFormMinWithdrawal"), QStringLiteral("0.01"));
    ui.setText(QStringLiteral("assetFormFee"), QStringLiteral("0.0005"));
    ui.setText(QStringLiteral("assetFormDual"), QStringLiteral("5"));
    QTRY_VERIFY(ui.item(QStringLiteral("assetFormSave"))->isEnabled());
    QVERIFY(ui.click(QStringLiteral("assetFormSave")));
    QTRY_COMPARE(textOf(ui, QStringLiteral("toastText")), QStringLiteral("The asset settings were saved."));
    ui.setText(QStringLiteral("assetFormMinDeposit"), QStringLiteral("lots"));
    QTRY_VERIFY(ui.item(QStringLiteral("assetFormSave"))->isEnabled());
    QVERIFY(ui.click(QStringLiteral("assetFormSave")));
    QTRY_VERIFY(!textOf(ui, QStringLiteral("networkFormError")).isEmpty());
    ui.screenshot(QStringLiteral("14l2_asset_form_error_dark"));
    ui.close();

    // In Persian the deposit dialog mirrors, the address still reads left to right.
    QVERIFY(ui.launch(QStringLiteral("fa")));
    QVERIFY(ui.signIn(QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
    QVERIFY(ui.openSection(QStringLiteral("wallet")));
    QTRY_VERIFY(ui.item(QStringLiteral("depositButton")));
    balances = qobject_cast<azc::WalletBalancesModel *>(ui.find(QStringLiteral("walletBalances")));
    QTRY_VERIFY(balances->count() >= 4);
    QTest::qWait(200);
    QVERIFY(ui.click(QStringLiteral("balanceCard_ETH")));
    QTRY_COMPARE(ui.find(QStringLiteral("walletPage"))->property("asset").toString(), QStringLiteral("ETH"));
    networks = qobject_cast<azc::CustodyNetworksModel *>(ui.find(QStringLiteral("custodyNetworks")));
    QTRY_COMPARE(networks->count(), 1);
    QVERIFY(ui.click(QStringLiteral("depositButton")));
    address = qobject_cast<azc::CustodyDepositAddress *>(ui.find(QStringLiteral("depositAddress")));
    QTRY_VERIFY(!address->address().isEmpty());
    QTRY_COMPARE(ui.item(QStringLiteral("depositQr"))->property("status").toInt(), 1);
    ui.screenshot(QStringLiteral("14m_deposit_fa"));
    QVERIFY(ui.click(QStringLiteral("depositClose")));
    QTRY_VERIFY(!ui.find(QStringLiteral("depositDialog"))->property("visible").toBool());
    QVERIFY(ui.click(QStringLiteral("withdrawButton")));
    QTRY_VERIFY(ui.item(QStringLiteral("bookRow_0")) && ui.item(QStringLiteral("bookRow_0"))->isVisible());
    QTest::qWait(400); // the dialog's opening transition moves the rows
    QVERIFY(ui.click(QStringLiteral("bookRow_0")));
    QTRY_COMPARE(textOf(ui, QStringLiteral("withdrawTo")), destination);
    ui.setText(QStringLiteral("withdrawAmount"), QStringLiteral("0.02"));
    request = qobject_cast<azc::CustodyWithdrawalRequest *>(ui.find(QStringLiteral("withdrawalRequest")));
    QTRY_VERIFY(request->hasQuote());
    QTRY_VERIFY(ui.item(QStringLiteral("withdrawSubmit"))->isEnabled());
    ui.screenshot(QStringLiteral("14n_withdraw_fa"));

    // The answer is lost (the socket drops right after the request): the
    // button offers a retry, which sends the same idempotency key, and the
    // server holds exactly one withdrawal for this intent.
    QVERIFY(ui.click(QStringLiteral("withdrawSubmit")));
    ui.context()->client()->reconnect();
    QTRY_COMPARE(request->errorReason(), QStringLiteral("disconnected"));
    QVERIFY(request->canRetry());
    const QString lostKey = request->idempotencyKey();
    QVERIFY(!lostKey.isEmpty());
    QTRY_COMPARE(ui.context()->client()->state(), azc::ApiClient::State::Connected);
    QTRY_VERIFY(ui.item(QStringLiteral("withdrawSubmit"))->isEnabled());
    QVERIFY(ui.click(QStringLiteral("withdrawSubmit")));
    QTRY_COMPARE(request->stage(), azc::CustodyWithdrawalRequest::Done);
    QCOMPARE(request->idempotencyKey(), lostKey);
    const QString retriedId = request->withdrawal().value(QStringLiteral("id")).toString();
    auto bobCheck = sideClient(QStringLiteral("bob"), QStringLiteral("AzcBob#2026"), QStringLiteral("test"));
    int sameAmount = 0;
    const azc::RpcReply mine = callOnce(*bobCheck, QStringLiteral("withdraw.list"));
    for (const QJsonValue &w : mine.object().value(QStringLiteral("withdrawals")).toArray()) {
        if (w.toObject().value(QStringLiteral("amount")).toString() == QLatin1String("0.02")) {
            ++sameAmount;
            QCOMPARE(w.toObject().value(QStringLiteral("id")).toString(), retriedId);
        }
    }
    QCOMPARE(sameAmount, 1);
    QVERIFY(callOnce(*bobCheck, QStringLiteral("auth.logout")).ok);
}

AZC_UI_TEST_MAIN(TestUiFlows)

#include "tst_ui_flows.moc"
