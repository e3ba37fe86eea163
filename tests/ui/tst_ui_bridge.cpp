// Partner points and the Market end to end against the demo backend, in the
// real window: alice swaps SkyMiles for AZC through the Swap panel (quote,
// countdown, confirm) and confirms the Corner Shop's waiting request; she
// buys a gift card and sees its code; dariush's partner console shows
// SkyMiles with its reserve, and every tab opens; SkyMiles' own server (the
// Node example partner, written from docs/openapi.yaml) credits bob miles,
// bob swaps them to AZC in the app, the server gets the signed webhook and
// its dashboard — and dariush's — counts the swap; the admin approves the
// waiting mile rate from Treasury › Partners & points; support refunds a
// disputed order; and the Points page in Persian. No screen may print a QML
// warning. Screenshots go to <build>/screenshots/bridge_*.png.

#include "partner_process.h"
#include "ui_harness.h"

#include "bridge/bridge_consents_model.h"
#include "bridge/bridge_points_model.h"
#include "bridge/market_orders_model.h"
#include "bridge/market_products_model.h"
#include "bridge/partner_console.h"
#include "bridge/policy_proposals_model.h"

#include <QFile>
#include <QJsonArray>
#include <QMutex>
#include <QTemporaryDir>

using azc::uitest::PartnerProcess;
using azc::uitest::UiHarness;

namespace {

QString textOf(const UiHarness &ui, const QString &name)
{
    QObject *o = ui.find(name);
    return o ? o->property("text").toString() : QString();
}

bool shown(const UiHarness &ui, const QString &name)
{
    QQuickItem *i = ui.item(name);
    return i && i->isVisible();
}

bool enabled(const UiHarness &ui, const QString &name)
{
    QQuickItem *i = ui.item(name);
    return i && i->isVisible() && i->isEnabled();
}

bool exactAmountAbove(const QString &a, const QString &b)
{
    return azc::uitest::exactAmount(a) > azc::uitest::exactAmount(b);
}

QString statusOf(const azc::PolicyProposalsModel &proposals, const QString &id)
{
    for (int i = 0; i < proposals.count(); ++i)
        if (proposals.get(i).value(QStringLiteral("id")).toString() == id)
            return proposals.get(i).value(QStringLiteral("status")).toString();
    return {};
}

// QML warnings printed while a test runs (binding errors, undefined assigned to a string...).
QMutex warningsLock;
QStringList qmlWarnings;
QtMessageHandler previousHandler = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && (message.contains(QLatin1String(".qml:")) || QByteArray(context.category ? context.category : "") == "qml")) {
        QMutexLocker lock(&warningsLock);
        qmlWarnings.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestUiBridge : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void aliceSwapsAndConfirmsARequest();
    void aliceBuysAGiftCard();
    void partnerConsoleTabs();
    void partnersServerCreditsAndHearsTheSwap();
    void adminApprovesTheMileRate();
    void supportRefundsADisputedOrder();
    void persianPointsPage();

private:
    bool open(const QString &section, const QString &user, const QString &password, const QString &page);
    UiHarness ui;
};

void TestUiBridge::initTestCase()
{
    previousHandler = qInstallMessageHandler(collectWarnings);
    QString error;
    QVERIFY2(UiHarness::startBackend(&error), qPrintable(error));
    QVERIFY(UiHarness::paymentApiUrl().isValid());
}

void TestUiBridge::init()
{
    QMutexLocker lock(&warningsLock);
    qmlWarnings.clear();
}

void TestUiBridge::cleanup()
{
    ui.close();
    QMutexLocker lock(&warningsLock);
    QVERIFY2(qmlWarnings.isEmpty(), qPrintable(qmlWarnings.join(QLatin1Char('\n'))));
}

void TestUiBridge::cleanupTestCase()
{
    UiHarness::stopBackend();
    qInstallMessageHandler(previousHandler);
}

bool TestUiBridge::open(const QString &section, const QString &user, const QString &password, const QString &page)
{
    // The partner console's row appears once the membership is known.
    if (!ui.signIn(user, password) || !QTest::qWaitFor([this, section] { return shown(ui, QStringLiteral("nav_") + section); }, 10000)
        || !ui.openSection(section))
        return false;
    return QTest::qWaitFor([this, page] { return ui.find(page) != nullptr; }, 10000);
}

void TestUiBridge::aliceSwapsAndConfirmsARequest()
{
    QVERIFY(ui.launch());
    QVERIFY(open(QStringLiteral("points"), QStringLiteral("alice"), QStringLiteral("AzcAlice#2026"), QStringLiteral("pointsPage")));
    auto *points = ui.findAs<azc::BridgePointsModel>(QStringLiteral("bridgePoints"));
    QVERIFY(points);
    QTRY_COMPARE(points->count(), 2);
    QCOMPARE(points->byCode(QStringLiteral("SKY")).value(QStringLiteral("balance")).toString(), QStringLiteral("10500")); // 12000 credited, 1500 spent on a lounge pass
    QTRY_VERIFY(ui.item(QStringLiteral("pointRow_SKY")));
    QVERIFY(ui.click(QStringLiteral("pointRow_SKY")));
    QTRY_COMPARE(textOf(ui, QStringLiteral("pointBalance")), QStringLiteral("10500 SKY"));
    ui.screenshot(QStringLiteral("bridge_01_point"));

    ui.setText(QStringLiteral("swapAmount"), QStringLiteral("1000"));
    QTRY_VERIFY(enabled(ui, QStringLiteral("swapGetQuote")));
    QVERIFY(ui.click(QStringLiteral("swapGetQuote")));
    QTRY_VERIFY(enabled(ui, QStringLiteral("swapConfirm")));
    QCOMPARE(textOf(ui, QStringLiteral("swapQuoteGive")), QStringLiteral("1000 SKY"));
    QVERIFY(textOf(ui, QStringLiteral("swapQuoteGet")).endsWith(QStringLiteral(" AZC")));
    QVERIFY(textOf(ui, QStringLiteral("swapCountdown")).startsWith(QStringLiteral("Valid for ")));
    ui.screenshot(QStringLiteral("bridge_02_quote"));
    QVERIFY(ui.click(QStringLiteral("swapConfirm")));
    QTRY_VERIFY(shown(ui, QStringLiteral("swapResult")));
    QVERIFY2(textOf(ui, QStringLiteral("swapResult")).startsWith(QStringLiteral("You gave 1000 SKY and received ")),
             qPrintable(textOf(ui, QStringLiteral("swapResult"))));
    QTRY_COMPARE(points->byCode(QStringLiteral("SKY")).value(QStringLiteral("balance")).toString(), QStringLiteral("9500"));
    ui.screenshot(QStringLiteral("bridge_03_swapped"));

    // The Corner Shop's waiting request: opened with a fresh quote and confirmed.
    auto *consents = ui.findAs<azc::BridgeConsentsModel>(QStringLiteral("bridgeConsents"));
    QVERIFY(consents);
    QTRY_COMPARE(consents->count(), 1);
    const QString consentId = consents->get(0).value(QStringLiteral("id")).toString();
    QVERIFY(ui.click(QStringLiteral("pointsTab_requests")));
    QTRY_VERIFY(ui.item(QStringLiteral("consentRowConfirm_") + consentId));
    ui.screenshot(QStringLiteral("bridge_04_requests"));
    QVERIFY(ui.click(QStringLiteral("consentRowConfirm_") + consentId));
    QTRY_VERIFY(enabled(ui, QStringLiteral("consentConfirm")));
    QCOMPARE(textOf(ui, QStringLiteral("consentGive")), QStringLiteral("1000 STAR"));
    ui.screenshot(QStringLiteral("bridge_05_request_quote"));
    QVERIFY(ui.click(QStringLiteral("consentConfirm")));
    QTRY_VERIFY(shown(ui, QStringLiteral("consentResult")));
    QVERIFY(textOf(ui, QStringLiteral("consentResult")).contains(QStringLiteral("1000 STAR")));
    QTRY_COMPARE(consents->count(), 0);
    QTRY_COMPARE(points->byCode(QStringLiteral("STAR")).value(QStringLiteral("balance")).toString(), QStringLiteral("2000"));
}

void TestUiBridge::aliceBuysAGiftCard()
{
    QVERIFY(ui.launch());
    QVERIFY(open(QStringLiteral("market"), QStringLiteral("alice"), QStringLiteral("AzcAlice#2026"), QStringLiteral("marketPage")));
    auto *products = ui.findAs<azc::MarketProductsModel>(QStringLiteral("marketProducts"));
    QVERIFY(products);
    QTRY_COMPARE(products->count(), 5);
    int gift = -1;
    for (int i = 0; i < products->count(); ++i)
        if (products->get(i).value(QStringLiteral("title")).toString().startsWith(QStringLiteral("Corner Shop gift card")))
            gift = i;
    QVERIFY(gift >= 0);
    QTRY_VERIFY(ui.item(QStringLiteral("productTile_%1").arg(gift)));
    ui.screenshot(QStringLiteral("bridge_06_market"));
    QVERIFY(ui.click(QStringLiteral("productTile_%1").arg(gift)));
    QTRY_VERIFY(enabled(ui, QStringLiteral("productBuy")));
    QCOMPARE(textOf(ui, QStringLiteral("productPrice")), QStringLiteral("12 AZC"));
    QVERIFY(ui.click(QStringLiteral("productMore")));
    QTRY_COMPARE(textOf(ui, QStringLiteral("productQuantity")), QStringLiteral("2"));
    ui.screenshot(QStringLiteral("bridge_07_product"));
    QVERIFY(ui.click(QStringLiteral("productBuy")));
    QTRY_COMPARE(textOf(ui, QStringLiteral("productTotal")), QStringLiteral("24 AZC"));
    QVERIFY(ui.click(QStringLiteral("productConfirm")));
    QTRY_VERIFY(shown(ui, QStringLiteral("productCode")));
    QVERIFY2(textOf(ui, QStringLiteral("productCode")).startsWith(QStringLiteral("GIFT-CS-")), qPrintable(textOf(ui, QStringLiteral("productCode"))));
    ui.screenshot(QStringLiteral("bridge_08_code"));
    QVERIFY(QMetaObject::invokeMethod(ui.find(QStringLiteral("productDialog")), "close"));
    QTRY_VERIFY(!ui.find(QStringLiteral("productDialog"))->property("visible").toBool());

    QVERIFY(ui.click(QStringLiteral("marketTab_orders")));
    QTRY_VERIFY(shown(ui, QStringLiteral("marketOrdersView")));
    auto *orders = ui.findAs<azc::MarketOrdersModel>(QStringLiteral("marketOrders"));
    QVERIFY(orders);
    QTRY_COMPARE(orders->count(), 2); // the demo's lounge pass and this gift card
    ui.screenshot(QStringLiteral("bridge_09_orders"));
}

void TestUiBridge::partnerConsoleTabs()
{
    QVERIFY(ui.launch());
    QVERIFY(open(QStringLiteral("partner"), QStringLiteral("dariush"), QStringLiteral("AzcDariush#2026"), QStringLiteral("partnerPage")));
    auto *partner = ui.findAs<azc::PartnerConsole>(QStringLiteral("partnerConsole"));
    QVERIFY(partner);
    QTRY_COMPARE(partner->points().size(), 1);
    QVERIFY(partner->canManage());
    QTRY_VERIFY(textOf(ui, QStringLiteral("partnerOutstanding_SKY")).endsWith(QStringLiteral(" SKY")));
    // The actual coverage comes as a decimal string of basis points: far above 100 % in the demo.
    const QString coverage = textOf(ui, QStringLiteral("partnerCoverage_SKY"));
    QVERIFY2(coverage.endsWith(QStringLiteral(" %")) && exactAmountAbove(coverage.section(u' ', 0, 0), QStringLiteral("100")), qPrintable(coverage));
    ui.screenshot(QStringLiteral("bridge_10_partner_points"));

    // Crediting alice 10 miles through the dialog: the outstanding grows by exactly that.
    const QString before = partner->pointByCode(QStringLiteral("SKY")).value(QStringLiteral("outstanding")).toString();
    QVERIFY(ui.click(QStringLiteral("partnerCredit_SKY")));
    QTRY_VERIFY(shown(ui, QStringLiteral("pointActionAmount")));
    ui.setText(QStringLiteral("pointActionUser"), QStringLiteral("@alice"));
    ui.setText(QStringLiteral("pointActionAmount"), QStringLiteral("10"));
    ui.setText(QStringLiteral("pointActionReference"), QStringLiteral("Check-in bonus"));
    QTRY_VERIFY(enabled(ui, QStringLiteral("pointActionContinue")));
    QVERIFY(ui.click(QStringLiteral("pointActionContinue")));
    QTRY_VERIFY(enabled(ui, QStringLiteral("pointActionConfirm")));
    ui.screenshot(QStringLiteral("bridge_10b_credit"));
    QVERIFY(ui.click(QStringLiteral("pointActionConfirm")));
    QTRY_VERIFY(!ui.find(QStringLiteral("pointActionDialog"))->property("visible").toBool());
    QTRY_COMPARE(azc::uitest::exactAmount(partner->pointByCode(QStringLiteral("SKY")).value(QStringLiteral("outstanding")).toString()),
                 azc::uitest::exactAmount(before).checkedAdd(azc::uitest::exactAmount(QStringLiteral("10"))).value());
    // The create dialog opens and closes.
    QVERIFY(ui.click(QStringLiteral("partnerCreatePoint")));
    QTRY_VERIFY(shown(ui, QStringLiteral("createPointCode")));
    ui.screenshot(QStringLiteral("bridge_10c_create_point"));
    QVERIFY(QMetaObject::invokeMethod(ui.find(QStringLiteral("createPointDialog")), "close"));
    QTRY_VERIFY(!ui.find(QStringLiteral("createPointDialog"))->property("visible").toBool());
    for (const char *tab : {"policies", "products", "orders", "dashboard"}) {
        QVERIFY(ui.click(QStringLiteral("partnerTab_") + QLatin1String(tab)));
        QTest::qWait(700);
        ui.screenshot(QStringLiteral("bridge_11_partner_") + QLatin1String(tab));
    }
    QTRY_VERIFY(enabled(ui, QStringLiteral("partnerExportCsv")));
    QVERIFY(ui.click(QStringLiteral("partnerTab_products")));
    QTRY_VERIFY(enabled(ui, QStringLiteral("partnerNewProduct")));
    QVERIFY(ui.click(QStringLiteral("partnerNewProduct")));
    QTRY_VERIFY(shown(ui, QStringLiteral("productEditorTitle")));
    ui.screenshot(QStringLiteral("bridge_11b_product_editor"));
    QVERIFY(QMetaObject::invokeMethod(ui.find(QStringLiteral("productEditorDialog")), "close"));
    QTRY_VERIFY(!ui.find(QStringLiteral("productEditorDialog"))->property("visible").toBool());
    QVERIFY(ui.click(QStringLiteral("partnerTab_policies")));
    QTRY_VERIFY(ui.item(QStringLiteral("partnerPropose_SKY")));
    QVERIFY(ui.click(QStringLiteral("partnerPropose_SKY")));
    QTRY_VERIFY(shown(ui, QStringLiteral("policyRate")));
    ui.screenshot(QStringLiteral("bridge_12_policy_form"));
    QVERIFY(QMetaObject::invokeMethod(ui.find(QStringLiteral("policyFormDialog")), "close"));
    ui.close();

    // Alice sees the console only if she belongs to an organisation.
    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    const auto mine = ui.callNow(QStringLiteral("payments.myOrgs"));
    QVERIFY(mine);
    const bool member = !mine->value(QStringLiteral("orgs")).toArray().isEmpty();
    QTRY_COMPARE(shown(ui, QStringLiteral("nav_partner")), member);
}

namespace {

// The SKY row of the partner API's dashboard answer.
QJsonObject skyOf(const QJsonObject &dashboard)
{
    for (const QJsonValue &p : dashboard.value(QStringLiteral("points")).toArray())
        if (p[QStringLiteral("code")].toString() == QLatin1String("SKY"))
            return p.toObject();
    return {};
}

} // namespace

void TestUiBridge::partnersServerCreditsAndHearsTheSwap()
{
    // dariush gives SkyMiles' server a key (read, points:write) and subscribes it to swaps and credits.
    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("dariush"), QStringLiteral("AzcDariush#2026")));
    const auto orgs = ui.callNow(QStringLiteral("payments.myOrgs"));
    QVERIFY(orgs);
    const QString orgId = orgs->value(QStringLiteral("orgs")).toArray().at(0)[QStringLiteral("id")].toString();
    const auto key = ui.callNow(QStringLiteral("payments.createKey"),
                                {{QStringLiteral("orgId"), orgId}, {QStringLiteral("label"), QStringLiteral("miles server")},
                                 {QStringLiteral("scopes"), QJsonArray{QStringLiteral("read"), QStringLiteral("points:write")}}});
    QVERIFY(key);
    QTemporaryDir dir;
    QFile secret(dir.filePath(QStringLiteral("key.secret")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write(key->value(QStringLiteral("secret")).toString().toUtf8());
    secret.close();
    PartnerProcess server;
    QVERIFY2(server.start(UiHarness::paymentApiUrl(), key->value(QStringLiteral("key"))[QStringLiteral("id")].toString(), secret.fileName()),
             "node is needed for the example partner server");
    const QString webhookUrl = server.await(QStringLiteral("listening")).value(QStringLiteral("webhookUrl")).toString();
    QVERIFY(!webhookUrl.isEmpty());
    const auto endpoint = ui.callNow(QStringLiteral("payments.addWebhook"),
                                     {{QStringLiteral("orgId"), orgId}, {QStringLiteral("url"), webhookUrl},
                                      {QStringLiteral("events"), QJsonArray{QStringLiteral("swap.completed"), QStringLiteral("points.credited")}}});
    QVERIFY(endpoint);
    server.send(QStringLiteral("webhook-secret ") + endpoint->value(QStringLiteral("secret")).toString());
    QVERIFY(!server.await(QStringLiteral("ready")).isEmpty());
    ui.close();

    // The server reads its dashboard, then credits bob 1,000 miles for a flight.
    server.send(QStringLiteral("dashboard 1"));
    const QJsonObject before = skyOf(server.await(QStringLiteral("dashboard")));
    QVERIFY(!before.isEmpty());
    server.send(QStringLiteral("credit SKY bob 1000 booking-IR712"));
    const QJsonObject credit = server.await(QStringLiteral("credit"));
    QCOMPARE(credit.value(QStringLiteral("amount")).toString(), QStringLiteral("1000"));
    QCOMPARE(credit.value(QStringLiteral("user")).toString(), QStringLiteral("bob"));
    QCOMPARE(server.await(QStringLiteral("credited")).value(QStringLiteral("data"))[QStringLiteral("reference")].toString(),
             QStringLiteral("booking-IR712"));

    // bob swaps those miles to AZC in the app.
    QVERIFY(ui.launch());
    QVERIFY(open(QStringLiteral("points"), QStringLiteral("bob"), QStringLiteral("AzcBob#2026"), QStringLiteral("pointsPage")));
    auto *points = ui.findAs<azc::BridgePointsModel>(QStringLiteral("bridgePoints"));
    QVERIFY(points);
    QTRY_VERIFY(ui.item(QStringLiteral("pointRow_SKY")));
    const azc::Amount miles = azc::uitest::exactAmount(points->byCode(QStringLiteral("SKY")).value(QStringLiteral("balance")).toString());
    QVERIFY(ui.click(QStringLiteral("pointRow_SKY")));
    ui.setText(QStringLiteral("swapAmount"), QStringLiteral("1000"));
    QTRY_VERIFY(enabled(ui, QStringLiteral("swapGetQuote")));
    QVERIFY(ui.click(QStringLiteral("swapGetQuote")));
    QTRY_VERIFY(enabled(ui, QStringLiteral("swapConfirm")));
    const QString got = textOf(ui, QStringLiteral("swapQuoteGet")).section(u' ', 0, 0);
    // 1,000 miles × 0.01 AZC × (1 − 1 % spread) = 9.9 AZC, less the 0.5 % fee (0.0495): exactly 9.8505.
    QCOMPARE(got, QStringLiteral("9.8505"));
    QVERIFY(ui.click(QStringLiteral("swapConfirm")));
    QTRY_VERIFY(shown(ui, QStringLiteral("swapResult")));
    QTRY_COMPARE(azc::uitest::exactAmount(points->byCode(QStringLiteral("SKY")).value(QStringLiteral("balance")).toString()),
                 *miles.checkedSub(azc::uitest::exactAmount(QStringLiteral("1000"))));

    // The server gets the signed webhook, and its dashboard counts exactly this swap more.
    const QJsonObject swap = server.await(QStringLiteral("swap")).value(QStringLiteral("data")).toObject();
    QCOMPARE(swap.value(QStringLiteral("direction")).toString(), QStringLiteral("toCoin"));
    QCOMPARE(swap.value(QStringLiteral("points")).toString(), QStringLiteral("1000"));
    QCOMPARE(swap.value(QStringLiteral("coinAmount")).toString(), got);
    QCOMPARE(swap.value(QStringLiteral("user"))[QStringLiteral("username")].toString(), QStringLiteral("bob"));
    server.send(QStringLiteral("dashboard 1"));
    const QJsonObject after = skyOf(server.await(QStringLiteral("dashboard")));
    const auto flow = [](const QJsonObject &p, const char *k) { return p.value(QStringLiteral("swapsToCoin"))[QLatin1String(k)]; };
    QCOMPARE(flow(after, "count").toInt(), flow(before, "count").toInt() + 1);
    QCOMPARE(azc::uitest::exactAmount(flow(after, "points").toString()),
             *azc::uitest::exactAmount(flow(before, "points").toString()).checkedAdd(azc::uitest::exactAmount(QStringLiteral("1000"))));
    QCOMPARE(azc::uitest::exactAmount(flow(after, "coin").toString()),
             *azc::uitest::exactAmount(flow(before, "coin").toString()).checkedAdd(azc::uitest::exactAmount(got)));
    ui.close();

    // dariush's dashboard in the app shows the same figures.
    QVERIFY(ui.launch());
    QVERIFY(open(QStringLiteral("partner"), QStringLiteral("dariush"), QStringLiteral("AzcDariush#2026"), QStringLiteral("partnerPage")));
    // The console has loaded its organisation (it opens on Points) before the tab is chosen.
    QTRY_VERIFY_WITH_TIMEOUT(ui.item(QStringLiteral("partnerOutstanding_SKY")), 20000);
    QVERIFY(ui.click(QStringLiteral("partnerTab_dashboard")));
    // "N swaps · P SKY → C AZC", the server's exact figures (the dashboard reads 30 days of transfers:
    // slow on a loaded machine, hence the longer wait).
    QTRY_COMPARE_WITH_TIMEOUT(ui.find(QStringLiteral("dashboardToCoin_SKY")) ? ui.find(QStringLiteral("dashboardToCoin_SKY"))->property("value").toString() : QString(),
                              QStringLiteral("%1 swaps · %2 SKY → %3 AZC").arg(flow(after, "count").toInt()).arg(flow(after, "points").toString(), flow(after, "coin").toString()),
                              30000);
    QTRY_VERIFY(ui.item(QStringLiteral("dashboardPoint_SKY")));
    QTest::qWait(500);
    ui.screenshot(QStringLiteral("bridge_17_partner_dashboard_after_swap"));
    server.send(QStringLiteral("quit"));
}

void TestUiBridge::adminApprovesTheMileRate()
{
    QVERIFY(ui.launch());
    QVERIFY(open(QStringLiteral("treasury"), QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026"), QStringLiteral("treasuryPage")));
    QTRY_VERIFY(ui.item(QStringLiteral("treasuryTab_bridge")));
    QVERIFY(ui.click(QStringLiteral("treasuryTab_bridge")));
    auto *proposals = ui.findAs<azc::PolicyProposalsModel>(QStringLiteral("bridgeAdminProposals"));
    QVERIFY(proposals);
    QTRY_VERIFY(proposals->count() >= 3);
    QString pending;
    for (int i = 0; i < proposals->count(); ++i)
        if (proposals->get(i).value(QStringLiteral("status")).toString() == QLatin1String("pending"))
            pending = proposals->get(i).value(QStringLiteral("id")).toString();
    QVERIFY(!pending.isEmpty());
    QTRY_VERIFY(ui.item(QStringLiteral("bridgeAdminPoint_SKY")));
    ui.screenshot(QStringLiteral("bridge_13_admin"));
    ui.scrollIntoView(QStringLiteral("bridgeAdminApprove_") + pending);
    QVERIFY(ui.click(QStringLiteral("bridgeAdminApprove_") + pending));
    QTRY_COMPARE(statusOf(*proposals, pending), QStringLiteral("approved"));
    ui.screenshot(QStringLiteral("bridge_14_admin_approved"));
}

void TestUiBridge::supportRefundsADisputedOrder()
{
    QVERIFY(ui.launch());
    QVERIFY(open(QStringLiteral("support"), QStringLiteral("support"), QStringLiteral("AzcSupport#2026"), QStringLiteral("supportPage")));
    QVERIFY(ui.click(QStringLiteral("supportTab_market")));
    auto *queue = ui.findAs<azc::MarketOrdersModel>(QStringLiteral("marketDisputes"));
    QVERIFY(queue);
    QTRY_VERIFY(shown(ui, QStringLiteral("marketDisputesView")));
    QTest::qWait(300);
    QCOMPARE(queue->count(), 0); // the demo has no dispute
    ui.close();

    // Bob disputes his tea.
    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
    const auto orders = ui.callNow(QStringLiteral("market.myOrders"));
    QVERIFY(orders);
    QString tea;
    for (const QJsonValue &v : orders->value(QStringLiteral("orders")).toArray())
        if (v.toObject().value(QStringLiteral("title")).toString().startsWith(QStringLiteral("Yorkshire Tea")))
            tea = v.toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!tea.isEmpty());
    QVERIFY(ui.callNow(QStringLiteral("market.dispute"), {{QStringLiteral("orderId"), tea}, {QStringLiteral("reason"), QStringLiteral("Never arrived")}}));
    ui.close();

    // Support refunds him.
    QVERIFY(ui.launch());
    QVERIFY(open(QStringLiteral("support"), QStringLiteral("support"), QStringLiteral("AzcSupport#2026"), QStringLiteral("supportPage")));
    QVERIFY(ui.click(QStringLiteral("supportTab_market")));
    queue = ui.findAs<azc::MarketOrdersModel>(QStringLiteral("marketDisputes"));
    QVERIFY(queue);
    QTRY_COMPARE(queue->count(), 1);
    QTRY_VERIFY(ui.item(QStringLiteral("order_refund_") + tea));
    ui.screenshot(QStringLiteral("bridge_15_support"));
    QVERIFY(ui.click(QStringLiteral("order_refund_") + tea));
    QTRY_VERIFY(shown(ui, QStringLiteral("marketDisputeNoteReason")));
    ui.setText(QStringLiteral("marketDisputeNoteReason"), QStringLiteral("The courier lost it; refunded."));
    QVERIFY(ui.click(QStringLiteral("marketDisputeNoteConfirm")));
    QTRY_COMPARE(queue->count(), 0);
}

void TestUiBridge::persianPointsPage()
{
    QVERIFY(ui.launch(QStringLiteral("fa")));
    QVERIFY(open(QStringLiteral("points"), QStringLiteral("bob"), QStringLiteral("AzcBob#2026"), QStringLiteral("pointsPage")));
    auto *points = ui.findAs<azc::BridgePointsModel>(QStringLiteral("bridgePoints"));
    QVERIFY(points);
    QTRY_COMPARE(points->count(), 2);
    QTRY_VERIFY(shown(ui, QStringLiteral("swapPanel")));
    // Right to left: the list is on the right, the point's page on its left.
    QQuickItem *list = ui.item(QStringLiteral("pointList"));
    QQuickItem *view = ui.item(QStringLiteral("pointView"));
    QVERIFY(list && view);
    QTRY_VERIFY(list->mapToScene(QPointF(0, 0)).x() > view->mapToScene(QPointF(0, 0)).x());
    ui.screenshot(QStringLiteral("bridge_16_points_fa"));
}

AZC_UI_TEST_MAIN(TestUiBridge)
#include "tst_ui_bridge.moc"
