// Earn's view models against canned answers: products and stakes load; a
// stake's rewards tick on the client to exactly what the server's integer
// formula gives after N seconds (the local clock injected, the server's time
// taken from the answer's `now`); a stake retried after a lost answer reuses
// its idempotency key and a new intent gets a new one; a commitment refused
// with sale_closed is worded; a launchpad push reloads the sales; the admin's
// form values become the protocol's units exactly.

#include "earn/earn_amounts.h"
#include "earn/earn_errors.h"
#include "earn/launchpad_admin_model.h"
#include "earn/launchpad_sale.h"
#include "earn/launchpad_sales_model.h"
#include "earn/staking_admin_model.h"
#include "earn/staking_positions_model.h"
#include "earn/staking_products_model.h"
#include "foundation/error_sink.h"
#include "vm_fixture.h"

#include "common/amount.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace azc;
using namespace azc::test;

namespace {

constexpr qint64 kServerNow = 1'800'000'000'000; // the server's clock, far from the test's local one
constexpr Int128 kDenominator = Int128(10000) * 365 * 86400;

QJsonObject product(const QString &id, const QString &name, int rateBps, const QString &staked, const QString &cap)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("asset"), QStringLiteral("AZC")}, {QStringLiteral("name"), name},
            {QStringLiteral("kind"), QStringLiteral("flexible")}, {QStringLiteral("lockDays"), 0}, {QStringLiteral("rateBps"), rateBps},
            {QStringLiteral("cap"), cap}, {QStringLiteral("minAmount"), QStringLiteral("1")},
            {QStringLiteral("unbondingSeconds"), 86400}, {QStringLiteral("status"), QStringLiteral("open")},
            {QStringLiteral("staked"), staked}, {QStringLiteral("myStake"), QStringLiteral("0")}};
}

// A position of 2000 AZC at 8 %: 123 units and a fraction owed as of 400 ms before the server's `now`.
QJsonObject position(const QString &id, const QString &status)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("productId"), QStringLiteral("p-flex")},
            {QStringLiteral("productName"), QStringLiteral("AZC Flexible")}, {QStringLiteral("kind"), QStringLiteral("flexible")},
            {QStringLiteral("asset"), QStringLiteral("AZC")}, {QStringLiteral("amount"), QStringLiteral("2000")},
            {QStringLiteral("status"), status}, {QStringLiteral("owed"), QStringLiteral("0.000000000000000123")},
            {QStringLiteral("owedUnits"), QStringLiteral("123")}, {QStringLiteral("remainder"), QStringLiteral("299999999999")},
            {QStringLiteral("accruedAt"), kServerNow - 400}, {QStringLiteral("rateBps"), 800}, {QStringLiteral("decimals"), 18},
            {QStringLiteral("paid"), QStringLiteral("0")}, {QStringLiteral("forfeited"), QStringLiteral("0")},
            {QStringLiteral("lockedUntil"), 0}, {QStringLiteral("unbondsAt"), 0}, {QStringLiteral("createdAt"), kServerNow - 86'400'000}};
}

QJsonObject sale(const QString &id, const QString &phase, const QString &committed)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("title"), QStringLiteral("Nova Rewards token sale")},
            {QStringLiteral("token"), QStringLiteral("NOVA")}, {QStringLiteral("quote"), QStringLiteral("USDT")},
            {QStringLiteral("price"), QStringLiteral("0.05")}, {QStringLiteral("total"), QStringLiteral("200000")},
            {QStringLiteral("perUserCap"), QStringLiteral("2000")}, {QStringLiteral("phase"), phase},
            {QStringLiteral("startsAt"), kServerNow - 86'400'000}, {QStringLiteral("endsAt"), kServerNow + 3 * 86'400'000LL},
            {QStringLiteral("committed"), committed}, {QStringLiteral("buyers"), 1},
            {QStringLiteral("tokenDecimals"), 6}, {QStringLiteral("quoteDecimals"), 6}};
}

QString owedRole(const StakingPositionsModel &m, int row)
{
    const int role = m.roleNames().key("owed");
    return m.data(m.index(row), role).toString();
}

} // namespace

class TstEarnModels : public QObject
{
    Q_OBJECT
private slots:
    void productsAndPositionsLoad()
    {
        VmFixture f;
        f.transport.reply(QStringLiteral("staking.products"),
                          listOf("products", {product(QStringLiteral("p-flex"), QStringLiteral("AZC Flexible"), 800, QStringLiteral("3000"), QStringLiteral("1000000")),
                                              product(QStringLiteral("p-lock"), QStringLiteral("AZC Locked"), 1550, QStringLiteral("0"), QStringLiteral("0"))}));
        StakingProductsModel products;
        products.attach(&f.context);
        QTRY_COMPARE(products.count(), 2);
        QCOMPARE(products.get(0).value(QStringLiteral("ratePercent")).toString(), QStringLiteral("8"));
        QCOMPARE(products.get(1).value(QStringLiteral("ratePercent")).toString(), QStringLiteral("15.5"));
        QCOMPARE(products.get(0).value(QStringLiteral("filledPermille")).toInt(), 3); // 3000 of 1,000,000
        QCOMPARE(products.get(0).value(QStringLiteral("unbondingHours")).toInt(), 24);
        QCOMPARE(products.byId(QStringLiteral("p-lock")).value(QStringLiteral("name")).toString(), QStringLiteral("AZC Locked"));
        // 2000 AZC at 8 % for a day: 2000 × 0.08 / 365 = 0.438356164383561643… rounded down to 18 decimals.
        QCOMPARE(StakingProductsModel::dailyReward(QStringLiteral("2000"), 800, 18), QStringLiteral("0.438356164383561643"));
        QCOMPARE(StakingProductsModel::dailyReward(QStringLiteral("abc"), 800, 18), QString());

        f.transport.reply(QStringLiteral("staking.positions"),
                          listOf("positions", {position(QStringLiteral("pos-1"), QStringLiteral("active")),
                                               position(QStringLiteral("pos-2"), QStringLiteral("unbonding"))},
                                 {{QStringLiteral("now"), kServerNow}}));
        StakingPositionsModel positions;
        positions.attach(&f.context);
        QTRY_COMPARE(positions.count(), 2);
        QCOMPARE(positions.activeCount(), 1);
        QCOMPARE(positions.get(0).value(QStringLiteral("ratePercent")).toString(), QStringLiteral("8"));

        // A push about the user's stakes reads the products and the stakes again.
        const int productCalls = int(f.transport.callsOf(QStringLiteral("staking.products")).size());
        const int positionCalls = int(f.transport.callsOf(QStringLiteral("staking.positions")).size());
        f.transport.push(QStringLiteral("event.staking.changed"), {{QStringLiteral("asset"), QStringLiteral("AZC")}});
        QTRY_COMPARE(int(f.transport.callsOf(QStringLiteral("staking.products")).size()), productCalls + 1);
        QTRY_COMPARE(int(f.transport.callsOf(QStringLiteral("staking.positions")).size()), positionCalls + 1);
        f.transport.push(QStringLiteral("event.staking.products"), {{QStringLiteral("productId"), QStringLiteral("p-flex")}});
        QTRY_COMPARE(int(f.transport.callsOf(QStringLiteral("staking.products")).size()), productCalls + 2);
    }

    void rewardsTickToTheExactFormula()
    {
        VmFixture f;
        qint64 local = 5'000; // nowhere near the server's clock: only the offset from `now` counts
        StakingPositionsModel positions;
        positions.setLocalClock([&local] { return local; });
        f.transport.reply(QStringLiteral("staking.positions"),
                          listOf("positions", {position(QStringLiteral("pos-1"), QStringLiteral("active")),
                                               position(QStringLiteral("pos-2"), QStringLiteral("unbonding"))},
                                 {{QStringLiteral("now"), kServerNow}}));
        positions.attach(&f.context);
        QTRY_COMPARE(positions.count(), 2);
        // Newest first: the rows come back reversed; find them by id.
        const int active = positions.get(0).value(QStringLiteral("id")).toString() == QLatin1String("pos-1") ? 0 : 1;
        const int unbonding = 1 - active;
        QSignalSpy changed(&positions, &QAbstractItemModel::dataChanged);

        const Int128 principal = Int128(2000) * powerOfTen(18);
        for (const qint64 stepMs : {0LL, 1'000LL, 599LL, 600LL, 59'000LL, 86'400'000LL, 30LL * 86'400'000LL}) {
            local += stepMs;
            positions.tick();
            const qint64 serverNow = kServerNow + (local - 5'000);
            const qint64 seconds = (serverNow - (kServerNow - 400)) / 1000; // whole seconds since accruedAt
            const Int128 expected = 123 + (principal * 800 * seconds + 299'999'999'999) / kDenominator;
            const QString text = Amount::fromUnits(expected).toFixed(18);
            QCOMPARE(owedRole(positions, active), text);
            QCOMPARE(positions.owedOf(QStringLiteral("pos-1")), text);
        }
        // 31 days and a minute at 8 % on 2000: 160 × 31 / 365 = 13.589… AZC, every decimal shown.
        QVERIFY(owedRole(positions, active).startsWith(QStringLiteral("13.589")));
        QCOMPARE(owedRole(positions, active).section(u'.', 1).size(), 18);
        // A stake that no longer earns keeps what the server said.
        QCOMPARE(owedRole(positions, unbonding), QStringLiteral("0.000000000000000123"));
        QVERIFY(changed.size() >= 7);
        for (const auto &args : changed) // only the earning row is repainted
            QCOMPARE(args.at(0).value<QModelIndex>().row(), active);
    }

    void stakeRetryReusesItsKey()
    {
        VmFixture f;
        StakingPositionsModel positions;
        f.transport.reply(QStringLiteral("staking.positions"), listOf("positions", {}, {{QStringLiteral("now"), kServerNow}}));
        positions.attach(&f.context);
        QSignalSpy failed(&positions, &StakingPositionsModel::stakeFailed);
        QSignalSpy staked(&positions, &StakingPositionsModel::staked);

        positions.beginStake();
        // The connection drops before the answer: pressing again repeats the same intent.
        f.transport.fail(QStringLiteral("staking.stake"), QStringLiteral("disconnected"), 0);
        positions.stake(QStringLiteral("p-flex"), QStringLiteral("100"));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(1).toBool()); // canRetry
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("will not be done twice")));
        f.transport.fail(QStringLiteral("staking.stake"), QStringLiteral("timeout"), 0);
        positions.stake(QStringLiteral("p-flex"), QStringLiteral("100"));
        QTRY_COMPARE(failed.size(), 2);
        f.transport.reply(QStringLiteral("staking.stake"), {{QStringLiteral("position"), position(QStringLiteral("pos-9"), QStringLiteral("active"))}});
        f.transport.reply(QStringLiteral("staking.positions"), listOf("positions", {position(QStringLiteral("pos-9"), QStringLiteral("active"))},
                                                                      {{QStringLiteral("now"), kServerNow}}));
        positions.stake(QStringLiteral("p-flex"), QStringLiteral("100"));
        QTRY_COMPARE(staked.size(), 1);
        QTRY_COMPARE(positions.count(), 1);
        auto calls = f.transport.callsOf(QStringLiteral("staking.stake"));
        QCOMPARE(calls.size(), 3);
        const QString key = calls.at(0).params.value(QStringLiteral("idempotencyKey")).toString();
        QVERIFY(key.size() >= 8 && key.size() <= 64);
        for (const auto &c : calls)
            QCOMPARE(c.params.value(QStringLiteral("idempotencyKey")).toString(), key);

        // The next stake is a new intent: a new key, and a refusal ends that one too.
        f.transport.fail(QStringLiteral("staking.stake"), QStringLiteral("insufficient_funds"));
        positions.stake(QStringLiteral("p-flex"), QStringLiteral("100"));
        QTRY_COMPARE(failed.size(), 3);
        QVERIFY(!failed.at(2).at(1).toBool());
        QCOMPARE(failed.at(2).at(0).toString(), EarnErrors::describe(RpcReply::failure(-32000, QStringLiteral("insufficient_funds"), {}),
                                                                     EarnErrors::Action::Stake));
        f.transport.fail(QStringLiteral("staking.stake"), QStringLiteral("disconnected"), 0);
        positions.stake(QStringLiteral("p-flex"), QStringLiteral("100"));
        QTRY_COMPARE(failed.size(), 4);
        // Another amount after a lost answer is another intent.
        f.transport.fail(QStringLiteral("staking.stake"), QStringLiteral("disconnected"), 0);
        positions.stake(QStringLiteral("p-flex"), QStringLiteral("150"));
        QTRY_COMPARE(failed.size(), 5);
        calls = f.transport.callsOf(QStringLiteral("staking.stake"));
        QStringList keys;
        for (const auto &c : calls)
            keys << c.params.value(QStringLiteral("idempotencyKey")).toString();
        QCOMPARE(keys.size(), 6);
        QVERIFY(keys.at(3) != key);
        QVERIFY(keys.at(4) != keys.at(3));
        QVERIFY(keys.at(5) != keys.at(4));
        QCOMPARE(calls.at(5).params.value(QStringLiteral("amount")).toString(), QStringLiteral("150"));
    }

    void claimAndUnstakeRefusalsAreWorded()
    {
        VmFixture f;
        StakingPositionsModel positions;
        f.transport.reply(QStringLiteral("staking.positions"), listOf("positions", {}, {{QStringLiteral("now"), kServerNow}}));
        positions.attach(&f.context);
        QSignalSpy failed(&positions, &StakingPositionsModel::actionFailed);
        f.transport.fail(QStringLiteral("staking.claim"), QStringLiteral("pool_empty"));
        positions.claim(QStringLiteral("pos-1"), true);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("reward pool is short")));
        QCOMPARE(f.transport.callsOf(QStringLiteral("staking.claim")).at(0).params.value(QStringLiteral("compound")).toBool(), true);
        f.transport.fail(QStringLiteral("staking.unstake"), QStringLiteral("invalid_state"));
        positions.unstake(QStringLiteral("pos-1"));
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(failed.at(1).at(0).toString(), QStringLiteral("This stake is no longer active."));
    }

    void commitRefusedWhenTheSaleIsClosed()
    {
        VmFixture f;
        qint64 local = 1'000;
        LaunchpadSale one;
        one.setLocalClock([&local] { return local; });
        one.setSaleId(QStringLiteral("sale-1"));
        f.transport.reply(QStringLiteral("launchpad.sale"), {{QStringLiteral("sale"), sale(QStringLiteral("sale-1"), QStringLiteral("open"), QStringLiteral("300"))},
                                                             {QStringLiteral("now"), kServerNow}});
        one.attach(&f.context);
        QTRY_COMPARE(one.sale().value(QStringLiteral("phase")).toString(), QStringLiteral("open"));
        // The target is what the whole supply costs: 200000 × 0.05.
        QCOMPARE(one.sale().value(QStringLiteral("target")).toString(), QStringLiteral("10000"));
        QCOMPARE(one.sale().value(QStringLiteral("filledPermille")).toInt(), 30);
        QCOMPARE(one.secondsLeft(), 3 * 86400);
        local += 1'500;
        QCOMPARE(one.secondsLeft(), 3 * 86400 - 1); // rounded up: 1.5 s gone

        // Not a number: refused here, nothing sent.
        one.commit(QStringLiteral("0"));
        QVERIFY(!one.errorText().isEmpty());
        QVERIFY(f.transport.callsOf(QStringLiteral("launchpad.commit")).isEmpty());

        f.transport.fail(QStringLiteral("launchpad.commit"), QStringLiteral("sale_closed"));
        one.beginCommit();
        one.commit(QStringLiteral("100"));
        QTRY_VERIFY(!one.errorText().isEmpty());
        QCOMPARE(one.errorText(), QStringLiteral("This sale is not taking commitments: it has not opened yet, or its window has closed."));
        QVERIFY(!one.canRetry());
        QCOMPARE(f.transport.callsOf(QStringLiteral("launchpad.commit")).at(0).params.value(QStringLiteral("amount")).toString(),
                 QStringLiteral("100"));
        // The other launchpad refusals have their own words.
        for (const char *reason : {"kyc_required", "insufficient_stake", "limit_exceeded"}) {
            const QString words = EarnErrors::describe(RpcReply::failure(-32000, QLatin1String(reason), {}), EarnErrors::Action::Commit);
            QVERIFY2(!words.isEmpty() && words != ErrorSink::describe(RpcReply::failure(-32000, QLatin1String(reason), {})), reason);
        }
    }

    void commitRetryReusesItsKey()
    {
        VmFixture f;
        LaunchpadSale one;
        one.setSaleId(QStringLiteral("sale-1"));
        f.transport.reply(QStringLiteral("launchpad.sale"), {{QStringLiteral("sale"), sale(QStringLiteral("sale-1"), QStringLiteral("open"), QStringLiteral("0"))},
                                                             {QStringLiteral("now"), kServerNow}});
        one.attach(&f.context);
        QTRY_VERIFY(!one.sale().isEmpty());
        QSignalSpy committed(&one, &LaunchpadSale::committed);
        f.transport.fail(QStringLiteral("launchpad.commit"), QStringLiteral("disconnected"), 0);
        one.commit(QStringLiteral("100"));
        QTRY_VERIFY(one.canRetry());
        QJsonObject after = sale(QStringLiteral("sale-1"), QStringLiteral("open"), QStringLiteral("100"));
        after.insert(QStringLiteral("myCommitted"), QStringLiteral("100"));
        f.transport.reply(QStringLiteral("launchpad.commit"), {{QStringLiteral("sale"), after}, {QStringLiteral("now"), kServerNow}});
        one.commit(QStringLiteral("100"));
        QTRY_COMPARE(committed.size(), 1);
        QCOMPARE(one.sale().value(QStringLiteral("myCommitted")).toString(), QStringLiteral("100"));
        const auto calls = f.transport.callsOf(QStringLiteral("launchpad.commit"));
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).params.value(QStringLiteral("idempotencyKey")), calls.at(1).params.value(QStringLiteral("idempotencyKey")));
        QVERIFY(one.commitKey().isEmpty()); // answered: the next commitment is a new intent
    }

    void launchpadPushReloadsTheList()
    {
        VmFixture f;
        f.transport.reply(QStringLiteral("launchpad.sales"), listOf("sales", {sale(QStringLiteral("sale-1"), QStringLiteral("open"), QStringLiteral("300"))},
                                                                    {{QStringLiteral("now"), kServerNow}}));
        LaunchpadSalesModel sales;
        sales.attach(&f.context);
        QTRY_COMPARE(sales.count(), 1);
        QCOMPARE(sales.get(0).value(QStringLiteral("committed")).toString(), QStringLiteral("300"));
        QCOMPARE(sales.now() / 1000, kServerNow / 1000);

        // Someone committed: every socket hears of it, and the list is read again.
        f.transport.reply(QStringLiteral("launchpad.sales"), listOf("sales", {sale(QStringLiteral("sale-2"), QStringLiteral("upcoming"), QStringLiteral("0")),
                                                                              sale(QStringLiteral("sale-1"), QStringLiteral("open"), QStringLiteral("800"))},
                                                                    {{QStringLiteral("now"), kServerNow}}));
        f.transport.push(QStringLiteral("event.launchpad.changed"), {{QStringLiteral("saleId"), QStringLiteral("sale-1")}});
        QTRY_COMPARE(sales.count(), 2);
        QCOMPARE(sales.byId(QStringLiteral("sale-1")).value(QStringLiteral("committed")).toString(), QStringLiteral("800"));
        QCOMPARE(sales.byId(QStringLiteral("sale-1")).value(QStringLiteral("filledPermille")).toInt(), 80);
        QCOMPARE(int(f.transport.callsOf(QStringLiteral("launchpad.sales")).size()), 2);
        // A burst of pushes is read once.
        f.transport.reply(QStringLiteral("launchpad.sales"), listOf("sales", {}, {{QStringLiteral("now"), kServerNow}}));
        for (int i = 0; i < 5; ++i)
            f.transport.push(QStringLiteral("event.launchpad.changed"), {{QStringLiteral("saleId"), QStringLiteral("sale-1")}});
        QTRY_COMPARE(sales.count(), 0);
        QTest::qWait(300);
        QCOMPARE(int(f.transport.callsOf(QStringLiteral("launchpad.sales")).size()), 3);
    }

    void adminFormsBecomeProtocolUnits()
    {
        VmFixture f;
        StakingAdminModel staking;
        f.transport.reply(QStringLiteral("staking.adminProducts"), listOf("products", {}));
        f.transport.reply(QStringLiteral("staking.pools"),
                          listOf("pools", {QJsonObject{{QStringLiteral("asset"), QStringLiteral("AZC")}, {QStringLiteral("balance"), QStringLiteral("5")},
                                                       {QStringLiteral("owed"), QStringLiteral("5.000000000000000001")}, {QStringLiteral("paid"), QStringLiteral("0")}}}));
        staking.attach(&f.context);
        QTRY_COMPARE(staking.pools().size(), 1);
        QCOMPARE(staking.pools().at(0).toMap().value(QStringLiteral("covered")).toBool(), false); // short by one unit
        QSignalSpy saveFailed(&staking, &StakingAdminModel::saveFailed);
        staking.saveProduct({{QStringLiteral("name"), QStringLiteral("Bad")}, {QStringLiteral("ratePercent"), QStringLiteral("8.125")}});
        QCOMPARE(saveFailed.size(), 1); // three decimals of a percent: refused before asking
        f.transport.reply(QStringLiteral("staking.saveProduct"), {{QStringLiteral("product"), product(QStringLiteral("p-new"), QStringLiteral("New"), 850, QStringLiteral("0"), QStringLiteral("0"))}});
        staking.saveProduct({{QStringLiteral("id"), QString()}, {QStringLiteral("asset"), QStringLiteral("AZC")}, {QStringLiteral("name"), QStringLiteral("New")},
                             {QStringLiteral("kind"), QStringLiteral("flexible")}, {QStringLiteral("ratePercent"), QStringLiteral("8.5")},
                             {QStringLiteral("marginPercent"), QStringLiteral("2")}, {QStringLiteral("unbondingHours"), QStringLiteral("24")}});
        QTRY_COMPARE(f.transport.callsOf(QStringLiteral("staking.saveProduct")).size(), 1);
        const QJsonObject saved = f.transport.callsOf(QStringLiteral("staking.saveProduct")).at(0).params;
        QCOMPARE(saved.value(QStringLiteral("rateBps")).toInt(), 850);
        QCOMPARE(saved.value(QStringLiteral("marginBps")).toInt(), 200);
        QCOMPARE(saved.value(QStringLiteral("unbondingSeconds")).toInteger(), 86400);
        QVERIFY(!saved.contains(QStringLiteral("id"))); // empty: a new product

        LaunchpadAdminModel launchpad;
        f.transport.reply(QStringLiteral("launchpad.adminSales"), listOf("sales", {}));
        launchpad.attach(&f.context);
        QSignalSpy listFailed(&launchpad, &LaunchpadAdminModel::listFailed);
        const QVariantMap form{{QStringLiteral("token"), QStringLiteral("NOVA")}, {QStringLiteral("quote"), QStringLiteral("USDT")},
                               {QStringLiteral("price"), QStringLiteral("0.05")}, {QStringLiteral("total"), QStringLiteral("1000")},
                               {QStringLiteral("opens"), QStringLiteral("2030-01-01 10:00")}, {QStringLiteral("closes"), QStringLiteral("2030-01-08 10:00")},
                               {QStringLiteral("vesting"), QStringLiteral("0:50, 30:50")}, {QStringLiteral("partnerUsername"), QStringLiteral("carol")},
                               {QStringLiteral("platformSharePercent"), QStringLiteral("10")}, {QStringLiteral("minKycTier"), QStringLiteral("1")}};
        f.transport.fail(QStringLiteral("launchpad.list"), QStringLiteral("disconnected"), 0);
        launchpad.beginListing();
        launchpad.listSale(form);
        QTRY_COMPARE(listFailed.size(), 1);
        QVERIFY(listFailed.at(0).at(1).toBool());
        f.transport.reply(QStringLiteral("launchpad.list"), {{QStringLiteral("sale"), sale(QStringLiteral("sale-3"), QStringLiteral("upcoming"), QStringLiteral("0"))}});
        launchpad.listSale(form);
        QTRY_COMPARE(f.transport.callsOf(QStringLiteral("launchpad.list")).size(), 2);
        const auto listings = f.transport.callsOf(QStringLiteral("launchpad.list"));
        QCOMPARE(listings.at(0).params.value(QStringLiteral("idempotencyKey")), listings.at(1).params.value(QStringLiteral("idempotencyKey")));
        const QJsonObject listed = listings.at(1).params;
        QCOMPARE(listed.value(QStringLiteral("platformShareBps")).toInt(), 1000);
        QCOMPARE(listed.value(QStringLiteral("minKycTier")).toInt(), 1);
        QCOMPARE(listed.value(QStringLiteral("endsAt")).toInteger() - listed.value(QStringLiteral("startsAt")).toInteger(), 7 * 86'400'000LL);
        QCOMPARE(listed.value(QStringLiteral("vesting")).toArray().size(), 2);
        QCOMPARE(listed.value(QStringLiteral("vesting")).toArray().at(1).toObject().value(QStringLiteral("afterDays")).toInt(), 30);
        // A malformed window is refused before asking.
        QVariantMap bad = form;
        bad.insert(QStringLiteral("closes"), QStringLiteral("2029-12-31 10:00"));
        launchpad.listSale(bad);
        QCOMPARE(listFailed.size(), 2);
        QCOMPARE(f.transport.callsOf(QStringLiteral("launchpad.list")).size(), 2);
    }

    void exactHelpers()
    {
        QCOMPARE(earn::percentFromBps(5), QStringLiteral("0.05"));
        QCOMPARE(earn::bpsFromPercent(QStringLiteral("15")).value_or(-1), 1500);
        QVERIFY(!earn::bpsFromPercent(QStringLiteral("-1")));
        QVERIFY(!earn::bpsFromPercent(QStringLiteral("1000.01"))); // above the 1000 % a year the server allows
        QCOMPARE(earn::permille(QStringLiteral("1"), QStringLiteral("3")), 333);
        QCOMPARE(earn::permille(QStringLiteral("5"), QStringLiteral("3")), 1000);
        QCOMPARE(earn::permille(QStringLiteral("5"), QStringLiteral("0")), 0);
        // ceil(total × price), to the quote's unit: a millionth of a token at 0.5 costs half a unit, charged as one.
        QJsonObject odd = sale(QStringLiteral("s"), QStringLiteral("open"), QStringLiteral("0"));
        odd.insert(QStringLiteral("total"), QStringLiteral("0.000001"));
        odd.insert(QStringLiteral("price"), QStringLiteral("0.5"));
        QCOMPARE(earn::saleTarget(odd), QStringLiteral("0.000001")); // 0.0000005 rounded up to the unit
    }
};

QTEST_GUILESS_MAIN(TstEarnModels)
#include "tst_earn_models.moc"
