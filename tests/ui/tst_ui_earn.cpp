// Earn end to end against the demo backend, in the real window: alice sees
// the two demo products and her flexible stake with its rewards ticking (the
// label is the model's exact value and grows every second), stakes 100 AZC
// through the dialog (held in her wallet, to the unit), opens the Nova sale
// and commits 50 USDT; carol's early unstake of a locked stake explains the
// forfeiture; the admin's Earn tab shows products, pools and sales and opens
// both forms; the Staking tab in Persian and every screen at the minimum
// window size. Screenshots go to <build>/screenshots/earn_*.png.

#include "ui_harness.h"

#include "earn/launchpad_sale.h"
#include "earn/launchpad_sales_model.h"
#include "earn/staking_positions_model.h"
#include "earn/staking_products_model.h"

#include "common/amount.h"

#include <QDateTime>
#include <QJsonArray>

using azc::Amount;
using azc::LaunchpadSalesModel;
using azc::StakingPositionsModel;
using azc::StakingProductsModel;
using azc::uitest::UiHarness;
using azc::uitest::exactAmount;

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

Amount held(UiHarness &ui, const QString &asset)
{
    const auto result = ui.callNow(QStringLiteral("wallet.balances"), {});
    if (!result)
        return Amount::min();
    for (const QJsonValue &v : result->value(QStringLiteral("balances")).toArray()) {
        const QJsonObject b = v.toObject();
        if (b.value(QStringLiteral("asset")).toString() == asset)
            return exactAmount(b.value(QStringLiteral("held")).toString());
    }
    return Amount::min();
}

bool closeDialog(UiHarness &ui, const QString &name)
{
    QObject *dialog = ui.find(name);
    return dialog && QMetaObject::invokeMethod(dialog, "close");
}

} // namespace

class TestUiEarn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void stakingTicksAndStakes();
    void launchpadSaleAndCommit();
    void allocationAfterTheEnd();
    void lockedUnstakeExplainsTheForfeit();
    void adminEarnTab();
    void persianAndTheSmallestWindow();

private:
    bool openEarn(UiHarness &ui, const QString &user, const QString &password);
    UiHarness ui;
};

void TestUiEarn::initTestCase()
{
    QString error;
    QVERIFY2(UiHarness::startBackend(&error), qPrintable(error));
}

void TestUiEarn::cleanup()
{
    ui.close();
}

void TestUiEarn::cleanupTestCase()
{
    UiHarness::stopBackend();
}

bool TestUiEarn::openEarn(UiHarness &h, const QString &user, const QString &password)
{
    if (!h.signIn(user, password) || !h.openSection(QStringLiteral("earn")))
        return false;
    return QTest::qWaitFor([&h] { return h.find(QStringLiteral("earnPage")) != nullptr; }, 10000);
}

void TestUiEarn::stakingTicksAndStakes()
{
    QVERIFY(ui.launch());
    QVERIFY(openEarn(ui, QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    auto *products = ui.findAs<StakingProductsModel>(QStringLiteral("earnProducts"));
    auto *positions = ui.findAs<StakingPositionsModel>(QStringLiteral("earnPositions"));
    QVERIFY(products && positions);
    QTRY_COMPARE(products->count(), 2);
    QCOMPARE(products->get(0).value(QStringLiteral("name")).toString(), QStringLiteral("AZC Flexible"));
    QTRY_COMPARE(textOf(ui, QStringLiteral("stakingProductRate_0")), QStringLiteral("8 % a year"));
    QCOMPARE(textOf(ui, QStringLiteral("stakingProductRate_1")), QStringLiteral("15 % a year"));
    QTRY_COMPARE(positions->count(), 1);
    QCOMPARE(positions->get(0).value(QStringLiteral("amount")).toString(), QStringLiteral("2000"));

    // The rewards tick: the label is the model's exact value, and it grows.
    const QString positionId = positions->get(0).value(QStringLiteral("id")).toString();
    QTRY_VERIFY(textOf(ui, QStringLiteral("stakeOwed_0")).endsWith(QStringLiteral(" AZC")));
    const Amount before = exactAmount(positions->owedOf(positionId));
    QTest::qWait(2100);
    const QString label = textOf(ui, QStringLiteral("stakeOwed_0"));
    const Amount after = exactAmount(label.section(u' ', 0, 0));
    QVERIFY2(after > before, qPrintable(label));
    QCOMPARE(label.section(u' ', 0, 0).section(u'.', 1).size(), 18); // every decimal of AZC
    ui.screenshot(QStringLiteral("earn_01_staking"));
    ui.scrollIntoView(QStringLiteral("myStakesCard"));
    ui.screenshot(QStringLiteral("earn_02_my_stakes"));

    // Staking 100 AZC in the flexible product: the day's reward is exact, and 100 more is held.
    const Amount heldBefore = held(ui, QStringLiteral("AZC"));
    ui.scrollIntoView(QStringLiteral("stakingProductsCard"));
    QVERIFY(ui.click(QStringLiteral("stakeButton_0")));
    QTRY_VERIFY(shown(ui, QStringLiteral("stakeAmount")));
    ui.setText(QStringLiteral("stakeAmount"), QStringLiteral("100"));
    // 100 × 8 % / 365 = 0.021917808219178082… rounded down.
    QTRY_COMPARE(textOf(ui, QStringLiteral("stakePerDay")), QStringLiteral("Earns 0.021917808219178082 AZC a day"));
    ui.screenshot(QStringLiteral("earn_03_stake_dialog"));
    QVERIFY(ui.click(QStringLiteral("stakeContinue")));
    QTRY_VERIFY(shown(ui, QStringLiteral("stakeConfirm")));
    ui.screenshot(QStringLiteral("earn_04_stake_confirm"));
    QVERIFY(ui.click(QStringLiteral("stakeConfirm")));
    QTRY_VERIFY(shown(ui, QStringLiteral("stakeDone")));
    QTRY_COMPARE(positions->count(), 2);
    QCOMPARE(positions->get(0).value(QStringLiteral("amount")).toString(), QStringLiteral("100")); // newest first
    QTRY_COMPARE(held(ui, QStringLiteral("AZC")), heldBefore.checkedAdd(exactAmount(QStringLiteral("100"))).value());
    QVERIFY(ui.click(QStringLiteral("stakeDoneButton")));
    QTRY_VERIFY(!shown(ui, QStringLiteral("stakeDoneButton")));
}

void TestUiEarn::launchpadSaleAndCommit()
{
    QVERIFY(ui.launch());
    QVERIFY(openEarn(ui, QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    QVERIFY(ui.click(QStringLiteral("earnTab_launchpad")));
    auto *sales = ui.findAs<LaunchpadSalesModel>(QStringLiteral("earnSales"));
    QVERIFY(sales);
    QTRY_COMPARE(sales->count(), 1);
    QCOMPARE(sales->get(0).value(QStringLiteral("phase")).toString(), QStringLiteral("open"));
    QCOMPARE(sales->get(0).value(QStringLiteral("target")).toString(), QStringLiteral("10000")); // 200000 NOVA × 0.05 USDT
    QTRY_VERIFY(textOf(ui, QStringLiteral("launchpadCountdown_0")).startsWith(QStringLiteral("Closes in 2d ")));
    QVERIFY(textOf(ui, QStringLiteral("launchpadCommitted_0")).startsWith(QStringLiteral("300 of 10000 USDT committed")));
    ui.screenshot(QStringLiteral("earn_05_launchpad"));

    QVERIFY(ui.click(QStringLiteral("launchpadOpen_0")));
    QTRY_VERIFY(shown(ui, QStringLiteral("saleDescription")));
    QTRY_VERIFY(textOf(ui, QStringLiteral("saleDescription")).startsWith(QStringLiteral("Nova is the loyalty token")));
    QVERIFY(textOf(ui, QStringLiteral("saleStakeRequirement")).contains(QStringLiteral("100 AZC")));
    ui.screenshot(QStringLiteral("earn_06_sale"));
    ui.setText(QStringLiteral("saleAmount"), QStringLiteral("50"));
    QVERIFY(ui.click(QStringLiteral("saleContinue")));
    QTRY_VERIFY(shown(ui, QStringLiteral("saleConfirmText")));
    ui.screenshot(QStringLiteral("earn_07_sale_confirm"));
    QVERIFY(ui.click(QStringLiteral("saleCommit")));
    QTRY_VERIFY(shown(ui, QStringLiteral("saleDone")));
    QTRY_VERIFY(textOf(ui, QStringLiteral("saleMyCommitted")).startsWith(QStringLiteral("You committed 50 USDT")));
    QCOMPARE(held(ui, QStringLiteral("USDT")), exactAmount(QStringLiteral("50")));
    // Everyone's list follows: 300 + 50 committed.
    QTRY_VERIFY(textOf(ui, QStringLiteral("launchpadCommitted_0")).startsWith(QStringLiteral("350 of 10000 USDT committed")));
    ui.screenshot(QStringLiteral("earn_08_sale_committed"));
    QVERIFY(closeDialog(ui, QStringLiteral("saleDialog")));
}

// A sale that closes seconds after it is listed, oversubscribed by alice
// alone: once the window ends the server allocates, and the sale's page shows
// her tokens, cost and refund, to the unit, with the tokens delivered.
void TestUiEarn::allocationAfterTheEnd()
{
    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026")));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto listed = ui.callNow(QStringLiteral("launchpad.list"),
                                   {{QStringLiteral("token"), QStringLiteral("QUIK")}, {QStringLiteral("tokenName"), QStringLiteral("Quick Points")},
                                    {QStringLiteral("tokenDecimals"), 2}, {QStringLiteral("quote"), QStringLiteral("USDT")},
                                    {QStringLiteral("price"), QStringLiteral("0.3")}, {QStringLiteral("total"), QStringLiteral("100")},
                                    {QStringLiteral("startsAt"), now - 1000}, {QStringLiteral("endsAt"), now + 8000},
                                    {QStringLiteral("partnerUsername"), QStringLiteral("carol")},
                                    {QStringLiteral("title"), QStringLiteral("Quick Points flash sale")},
                                    {QStringLiteral("description"), QStringLiteral("A sale that lasts a few seconds.")},
                                    {QStringLiteral("idempotencyKey"), QStringLiteral("ui-earn-quik")}});
    QVERIFY(listed);
    const QString saleId = listed->value(QStringLiteral("sale")).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(ui.signOut());
    QVERIFY(openEarn(ui, QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    // 100 tokens cost 30 USDT; alice commits 45: she gets all 100, pays 30, and 15 comes back.
    QVERIFY(ui.callNow(QStringLiteral("launchpad.commit"), {{QStringLiteral("saleId"), saleId}, {QStringLiteral("amount"), QStringLiteral("45")},
                                                          {QStringLiteral("idempotencyKey"), QStringLiteral("ui-earn-quik-alice")}}));
    QVERIFY(ui.click(QStringLiteral("earnTab_launchpad")));
    auto *sales = ui.findAs<LaunchpadSalesModel>(QStringLiteral("earnSales"));
    QVERIFY(sales);
    QTRY_VERIFY_WITH_TIMEOUT(sales->byId(saleId).value(QStringLiteral("phase")).toString() == QLatin1String("distributed"), 30000);
    // Open the sale from its row. The list reloads on every push of the ending
    // sale (settlement, proceeds), which may replace the row under a click: click
    // again until the dialog holds this sale.
    const auto dialogSale = [&]() -> azc::LaunchpadSale * { return ui.findAs<azc::LaunchpadSale>(QStringLiteral("launchpadSaleObject")); };
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        if (dialogSale() && dialogSale()->saleId() == saleId)
            return true;
        for (int i = 0; i < sales->count(); ++i)
            if (sales->get(i).value(QStringLiteral("id")).toString() == saleId && ui.item(QStringLiteral("launchpadOpen_") + QString::number(i)))
                ui.click(QStringLiteral("launchpadOpen_") + QString::number(i));
        return false;
    }(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!dialogSale()->sale().value(QStringLiteral("myAllocation")).toMap().isEmpty(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(shown(ui, QStringLiteral("saleAllocation")), 10000);
    const QVariantMap allocation = ui.findAs<azc::LaunchpadSale>(QStringLiteral("launchpadSaleObject"))->sale().value(QStringLiteral("myAllocation")).toMap();
    QCOMPARE(allocation.value(QStringLiteral("tokens")).toString(), QStringLiteral("100"));
    QCOMPARE(allocation.value(QStringLiteral("cost")).toString(), QStringLiteral("30"));
    QCOMPARE(allocation.value(QStringLiteral("refund")).toString(), QStringLiteral("15"));
    QTRY_COMPARE(ui.findAs<azc::LaunchpadSale>(QStringLiteral("launchpadSaleObject"))->sale().value(QStringLiteral("myAllocation")).toMap()
                     .value(QStringLiteral("delivered")).toString(), QStringLiteral("100"));
    QVERIFY(!shown(ui, QStringLiteral("saleAmount"))); // no committing after the end
    ui.screenshot(QStringLiteral("earn_08b_sale_allocation"));
    QVERIFY(closeDialog(ui, QStringLiteral("saleDialog")));
}

void TestUiEarn::lockedUnstakeExplainsTheForfeit()
{
    QVERIFY(ui.launch());
    QVERIFY(openEarn(ui, QStringLiteral("carol"), QStringLiteral("AzcCarol#2026")));
    auto *positions = ui.findAs<StakingPositionsModel>(QStringLiteral("earnPositions"));
    QVERIFY(positions);
    QTRY_COMPARE(positions->count(), 1);
    QCOMPARE(positions->get(0).value(QStringLiteral("kind")).toString(), QStringLiteral("locked"));
    ui.scrollIntoView(QStringLiteral("myStakesCard"));
    QVERIFY(ui.click(QStringLiteral("stakeUnstake_0")));
    QTRY_VERIFY(shown(ui, QStringLiteral("unstakeForfeitNotice")));
    ui.screenshot(QStringLiteral("earn_09_unstake_locked"));
    QVERIFY(closeDialog(ui, QStringLiteral("unstakeDialog")));
}

void TestUiEarn::adminEarnTab()
{
    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026")));
    QVERIFY(ui.openSection(QStringLiteral("treasury")));
    QTRY_VERIFY(ui.item(QStringLiteral("treasuryTab_earn")));
    QVERIFY(ui.click(QStringLiteral("treasuryTab_earn")));
    QTRY_VERIFY(ui.item(QStringLiteral("earnAdminProduct_1")));
    QTRY_VERIFY(ui.item(QStringLiteral("earnAdminPool_AZC")));
    QTRY_VERIFY(ui.item(QStringLiteral("earnAdminSale_0")));
    ui.screenshot(QStringLiteral("earn_10_admin"));
    ui.scrollIntoView(QStringLiteral("earnAdminSales"));
    ui.screenshot(QStringLiteral("earn_11_admin_sales"));
    QVERIFY(ui.click(QStringLiteral("earnAdminListSale")));
    QTRY_VERIFY(shown(ui, QStringLiteral("listingToken")));
    QTest::qWait(400); // the dialog's fade-in, slow under the software renderer
    ui.screenshot(QStringLiteral("earn_12_admin_list_sale"));
    QVERIFY(closeDialog(ui, QStringLiteral("saleListingForm")));
    QTRY_VERIFY(!shown(ui, QStringLiteral("listingToken"))); // the modal shade is gone
    QTest::qWait(300);
    ui.scrollIntoView(QStringLiteral("earnAdminProducts"));
    QVERIFY(ui.click(QStringLiteral("earnAdminProduct_0")));
    QTRY_VERIFY(shown(ui, QStringLiteral("productName")));
    QCOMPARE(textOf(ui, QStringLiteral("productRate")), QStringLiteral("8"));
    QCOMPARE(textOf(ui, QStringLiteral("productMargin")), QStringLiteral("2"));
    ui.screenshot(QStringLiteral("earn_13_admin_product"));
    QVERIFY(closeDialog(ui, QStringLiteral("stakingProductForm")));
}

void TestUiEarn::persianAndTheSmallestWindow()
{
    QVERIFY(ui.launch(QStringLiteral("fa")));
    QVERIFY(openEarn(ui, QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    auto *positions = ui.findAs<StakingPositionsModel>(QStringLiteral("earnPositions"));
    QVERIFY(positions);
    QTRY_VERIFY(positions->count() >= 1);
    QTRY_VERIFY(ui.item(QStringLiteral("stakePosition_0")));
    ui.screenshot(QStringLiteral("earn_14_staking_fa"));
    QVERIFY(ui.click(QStringLiteral("stakeButton_1")));
    QTRY_VERIFY(shown(ui, QStringLiteral("stakeAmount")));
    ui.setText(QStringLiteral("stakeAmount"), QStringLiteral("10"));
    ui.screenshot(QStringLiteral("earn_15_stake_dialog_fa"));
    QVERIFY(closeDialog(ui, QStringLiteral("stakeDialog")));
    ui.close();

    QVERIFY(ui.launch());
    ui.window()->resize(960, 640);
    QVERIFY(openEarn(ui, QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    QTRY_VERIFY(ui.item(QStringLiteral("stakePosition_0")));
    ui.screenshot(QStringLiteral("earn_16_staking_960"));
    ui.scrollIntoView(QStringLiteral("myStakesCard"));
    ui.screenshot(QStringLiteral("earn_17_my_stakes_960"));
    QVERIFY(ui.click(QStringLiteral("earnTab_launchpad")));
    QTRY_VERIFY(ui.item(QStringLiteral("launchpadSale_0")));
    ui.screenshot(QStringLiteral("earn_18_launchpad_960"));
    QVERIFY(ui.click(QStringLiteral("launchpadOpen_0")));
    QTRY_VERIFY(shown(ui, QStringLiteral("saleDescription")));
    ui.screenshot(QStringLiteral("earn_19_sale_960"));
    QVERIFY(closeDialog(ui, QStringLiteral("saleDialog")));
    ui.close();

    QVERIFY(ui.launch());
    ui.window()->resize(960, 640);
    QVERIFY(ui.signIn(QStringLiteral("admin"), QStringLiteral("AzcAdmin#2026")));
    QVERIFY(ui.openSection(QStringLiteral("treasury")));
    QTRY_VERIFY(ui.item(QStringLiteral("treasuryTab_earn")));
    QVERIFY(ui.click(QStringLiteral("treasuryTab_earn")));
    QTRY_VERIFY(ui.item(QStringLiteral("earnAdminSale_0")));
    ui.screenshot(QStringLiteral("earn_20_admin_960"));
    ui.scrollIntoView(QStringLiteral("earnAdminPools"));
    ui.screenshot(QStringLiteral("earn_21_admin_pools_sales_960"));
}

AZC_UI_TEST_MAIN(TestUiEarn)
#include "tst_ui_earn.moc"
