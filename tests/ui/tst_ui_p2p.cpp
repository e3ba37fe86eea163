// The P2P section end to end, two people (and support) in separate app
// windows against one in-process backend: Bob finds carol's USDT ad in the
// market, sees exactly what he pays, opens a trade (the countdown runs,
// carol's payment details and her auto-reply are there), marks it paid;
// carol sees it in her trades and releases; Bob's wallet gets the amount
// less the 0.1% fee, to the unit; Bob leaves feedback. A second trade is
// appealed by carol and support refunds it from the dispute console; both
// windows follow. Carol adds a payment method and places, pauses and closes
// an ad from the screens. The dark Persian market.

#include "ui_harness.h"

#include "p2p/p2p_ads_model.h"
#include "p2p/p2p_payment_methods_model.h"
#include "p2p/p2p_trade_session.h"
#include "p2p/p2p_trades_model.h"

#include "client/api_client.h"
#include "common/amount.h"

#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QUrl>
#include <optional>

using azc::Amount;
using azc::P2pAdsModel;
using azc::P2pTradeSession;
using azc::uitest::UiHarness;
using azc::uitest::exactAmount;

namespace {

// {available, held} of one asset in the signed-in user's wallet.
std::pair<Amount, Amount> balance(UiHarness &ui, const QString &asset)
{
    const auto result = ui.callNow(QStringLiteral("wallet.balances"), {});
    if (!result)
        return {Amount::min(), Amount::min()};
    for (const QJsonValue &v : result->value(QStringLiteral("balances")).toArray()) {
        const QJsonObject b = v.toObject();
        if (b.value(QStringLiteral("asset")).toString() == asset)
            return {exactAmount(b.value(QStringLiteral("available")).toString()), exactAmount(b.value(QStringLiteral("held")).toString())};
    }
    return {};
}

QString textOf(const UiHarness &ui, const QString &name)
{
    QObject *o = ui.find(name);
    return o ? o->property("text").toString() : QString();
}

// The row of the first ad satisfying `match`, or -1.
int adWhere(P2pAdsModel *ads, const std::function<bool(const QVariantMap &)> &match)
{
    for (int i = 0; i < ads->count(); ++i) {
        if (match(ads->get(i)))
            return i;
    }
    return -1;
}

} // namespace

class TestUiP2p : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void buyerAndSellerCompleteATrade();
    void appealResolvedBySupport();
    void paymentMethodAndAdFromTheScreens();
    void sellingIntoABuyAd();
    void darkPersianMarket();

private:
    bool openP2p(UiHarness &ui, const QString &user, const QString &password);
    QString takeCarolsUsdAd(const QString &amount);
    bool openMyTrade(UiHarness &ui, const QString &tradeId);
    // How many proofs the trade screen of `ui` shows (-1: no trade screen).
    static int proofsOnScreen(UiHarness &ui);

    UiHarness buyer;
    UiHarness seller;
    UiHarness support;
};

void TestUiP2p::initTestCase()
{
    QString error;
    QVERIFY2(UiHarness::startBackend(&error), qPrintable(error));
}

void TestUiP2p::cleanup()
{
    buyer.close();
    seller.close();
    support.close();
}

void TestUiP2p::cleanupTestCase()
{
    UiHarness::stopBackend();
}

bool TestUiP2p::openP2p(UiHarness &ui, const QString &user, const QString &password)
{
    if (!ui.signIn(user, password) || !ui.openSection(QStringLiteral("p2p")))
        return false;
    return QTest::qWaitFor([&ui] { return ui.find(QStringLiteral("p2pPage")) != nullptr; }, 10000);
}

// In the buyer's window: takes carol's USDT-for-USD ad from the market; the trade screen opens.
QString TestUiP2p::takeCarolsUsdAd(const QString &amount)
{
    auto *ads = buyer.findAs<P2pAdsModel>(QStringLiteral("p2pAds"));
    if (!ads || !QTest::qWaitFor([ads] { return ads->count() > 0; }, 10000))
        return {};
    const int row = adWhere(ads, [](const QVariantMap &ad) {
        return ad.value(QStringLiteral("fiat")) == QLatin1String("USD") && ad.value(QStringLiteral("asset")) == QLatin1String("USDT");
    });
    if (row < 0)
        return {};
    const QString adId = ads->get(row).value(QStringLiteral("id")).toString();
    if (!buyer.click(QStringLiteral("p2pTake_") + adId))
        return {};
    if (!QTest::qWaitFor([this] { auto *i = buyer.item(QStringLiteral("p2pTakeAmount")); return i && i->isVisible(); }, 5000))
        return {};
    buyer.setText(QStringLiteral("p2pTakeAmount"), amount);
    if (!QTest::qWaitFor([this] { auto *b = buyer.item(QStringLiteral("p2pTakeConfirm")); return b && b->isEnabled(); }, 5000))
        return {};
    return adId;
}

int TestUiP2p::proofsOnScreen(UiHarness &ui)
{
    auto *s = ui.findAs<P2pTradeSession>(QStringLiteral("p2pTradeSession"));
    return s ? int(s->trade().value(QStringLiteral("proofs")).toList().size()) : -1;
}

bool TestUiP2p::openMyTrade(UiHarness &ui, const QString &tradeId)
{
    if (!ui.click(QStringLiteral("p2pTab_trades")))
        return false;
    if (!QTest::qWaitFor([&ui, &tradeId] { return ui.item(QStringLiteral("p2pTradeRow_") + tradeId) != nullptr; }, 10000))
        return false;
    QTest::qWait(50);
    if (!ui.click(QStringLiteral("p2pTradeRow_") + tradeId))
        return false;
    return QTest::qWaitFor([&ui, &tradeId] {
        auto *s = ui.findAs<P2pTradeSession>(QStringLiteral("p2pTradeSession"));
        return s && s->trade().value(QStringLiteral("id")).toString() == tradeId;
    }, 10000);
}

void TestUiP2p::buyerAndSellerCompleteATrade()
{
    QVERIFY(buyer.launch());
    QVERIFY(openP2p(buyer, QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
    auto *ads = buyer.findAs<P2pAdsModel>(QStringLiteral("p2pAds"));
    QVERIFY(ads);
    // "Buy" lists sell ads: carol's USD and EUR ads; her IRR ad buys and is not here.
    QTRY_VERIFY(ads->count() >= 2);
    for (int i = 0; i < ads->count(); ++i)
        QCOMPARE(ads->get(i).value(QStringLiteral("side")).toString(), QStringLiteral("sell"));
    const int usd = adWhere(ads, [](const QVariantMap &ad) { return ad.value(QStringLiteral("fiat")) == QLatin1String("USD"); });
    QVERIFY(usd >= 0);
    const QVariantMap usdAd = ads->get(usd);
    QCOMPARE(usdAd.value(QStringLiteral("price")).toString(), QStringLiteral("1.01"));
    // The demo trade shows on carol's record.
    QCOMPARE(usdAd.value(QStringLiteral("reputation")).toMap().value(QStringLiteral("completedTrades")).toInt(), 1);
    QTRY_VERIFY(buyer.item(QStringLiteral("p2pAd_") + usdAd.value(QStringLiteral("id")).toString()));
    buyer.screenshot(QStringLiteral("17a_p2p_market"));

    // Carol's record, from her name on the ad: the demo trade and bob's words about it.
    QVERIFY(buyer.click(QStringLiteral("p2pAdvertiser_") + usdAd.value(QStringLiteral("id")).toString()));
    QTRY_VERIFY(buyer.item(QStringLiteral("p2pProfileClose")) && buyer.item(QStringLiteral("p2pProfileClose"))->isVisible());
    QTRY_COMPARE(textOf(buyer, QStringLiteral("p2pProfileName")), QStringLiteral("Carol Smith"));
    QCOMPARE(textOf(buyer, QStringLiteral("p2pProfileTrades")), QStringLiteral("1"));
    const QVariantList said = buyer.findAs<QObject>(QStringLiteral("p2pProfile"))->property("profile").toMap().value(QStringLiteral("feedback")).toList();
    QCOMPARE(said.size(), 1);
    QCOMPARE(said.first().toMap().value(QStringLiteral("comment")).toString(), QStringLiteral("Quick release, thanks!"));
    QTest::qWait(200);
    buyer.screenshot(QStringLiteral("17a2_p2p_advertiser_profile"));
    QVERIFY(buyer.click(QStringLiteral("p2pProfileClose")));
    QTRY_VERIFY(!buyer.item(QStringLiteral("p2pProfileClose"))->isVisible());

    // Filters go to the server: EUR only, then an amount the USD ad cannot trade (above its max).
    ads->setFiat(QStringLiteral("EUR"));
    QTRY_VERIFY(ads->count() >= 1 && adWhere(ads, [](const QVariantMap &ad) { return ad.value(QStringLiteral("fiat")) != QLatin1String("EUR"); }) < 0);
    ads->setFiat({});
    ads->setAsset(QStringLiteral("USDT"));
    ads->setAmount(QStringLiteral("600"));
    QTRY_COMPARE(ads->count(), 0);
    QTRY_VERIFY(buyer.item(QStringLiteral("p2pAdList")));
    ads->setAmount({});
    QTRY_VERIFY(adWhere(ads, [](const QVariantMap &ad) { return ad.value(QStringLiteral("fiat")) == QLatin1String("USD"); }) >= 0);

    // 1. Bob takes 100 USDT: 101.00 USD to pay, exactly.
    const auto bobBefore = balance(buyer, QStringLiteral("USDT"));
    QVERIFY(!takeCarolsUsdAd(QStringLiteral("100")).isEmpty());
    QCOMPARE(textOf(buyer, QStringLiteral("p2pTakeFiat")), QStringLiteral("You pay 101.00 USD"));
    // Outside the ad's limits: refused in the dialog, nothing opened.
    buyer.setText(QStringLiteral("p2pTakeAmount"), QStringLiteral("5"));
    QVERIFY(buyer.click(QStringLiteral("p2pTakeConfirm")));
    QTRY_COMPARE(textOf(buyer, QStringLiteral("p2pTakeError")), QStringLiteral("The amount is outside this ad's limits."));
    buyer.setText(QStringLiteral("p2pTakeAmount"), QStringLiteral("100"));
    buyer.screenshot(QStringLiteral("17b_p2p_take_dialog"));
    QVERIFY(buyer.click(QStringLiteral("p2pTakeConfirm")));

    auto *bobTrade = buyer.findAs<P2pTradeSession>(QStringLiteral("p2pTradeSession"));
    QTRY_VERIFY(bobTrade = buyer.findAs<P2pTradeSession>(QStringLiteral("p2pTradeSession")));
    QTRY_COMPARE(bobTrade->trade().value(QStringLiteral("status")).toString(), QStringLiteral("pending_payment"));
    const QString tradeId = bobTrade->trade().value(QStringLiteral("id")).toString();
    QCOMPARE(bobTrade->trade().value(QStringLiteral("fiatAmount")).toString(), QStringLiteral("101"));
    QCOMPARE(textOf(buyer, QStringLiteral("p2pTradeFiat")), QStringLiteral("101 USD"));
    QCOMPARE(bobTrade->trade().value(QStringLiteral("myRole")).toString(), QStringLiteral("buyer"));
    // The 15-minute window counts down; Bob may pay or cancel, not release.
    QVERIFY(bobTrade->secondsLeft() > 14 * 60 && bobTrade->secondsLeft() <= 15 * 60);
    QTRY_VERIFY(textOf(buyer, QStringLiteral("p2pCountdown")).startsWith(QStringLiteral("14:")));
    QCOMPARE(bobTrade->actions(), (QStringList{QStringLiteral("markPaid"), QStringLiteral("cancel")}));
    QVERIFY(!buyer.item(QStringLiteral("p2pRelease"))->isVisible());
    // Carol's payment details (both her methods), and her auto-reply in the trade chat.
    QTRY_VERIFY(buyer.item(QStringLiteral("p2pPaymentDetails_1")));
    const QVariantList methods = bobTrade->trade().value(QStringLiteral("paymentMethods")).toList();
    QCOMPARE(methods.size(), 2);
    QCOMPARE(methods.first().toMap().value(QStringLiteral("fields")).toMap().value(QStringLiteral("accountNumber")).toString(),
             QStringLiteral("GB29 NWBK 6016 1331 9268 19"));
    auto *chat = buyer.find(QStringLiteral("conversationModel"));
    QVERIFY(chat);
    QTRY_VERIFY(chat->property("count").toInt() >= 1);
    QTest::qWait(300);
    buyer.screenshot(QStringLiteral("17c_p2p_trade_buyer_pending"));

    // 2. Bob marks it paid with a note.
    QTRY_VERIFY(buyer.item(QStringLiteral("p2pMarkPaid"))->isVisible());
    QVERIFY(buyer.click(QStringLiteral("p2pMarkPaid")));
    QTRY_VERIFY(buyer.item(QStringLiteral("p2pPaidConfirm")) && buyer.item(QStringLiteral("p2pPaidConfirm"))->isVisible());
    buyer.setText(QStringLiteral("p2pPaidNote"), QStringLiteral("Sent from Barclays, ref 4471"));
    QVERIFY(buyer.click(QStringLiteral("p2pPaidConfirm")));
    QTRY_COMPARE(bobTrade->trade().value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    QTRY_VERIFY(!buyer.item(QStringLiteral("p2pPaidConfirm"))->isVisible());
    // Waiting for the release: no appeal before the release window ends.
    QVERIFY(!bobTrade->actions().contains(QStringLiteral("appeal")));
    QVERIFY(bobTrade->appealInSeconds() > 0);

    // 3. Carol finds it in her trades, with the note, and releases.
    QVERIFY(seller.launch());
    QVERIFY(openP2p(seller, QStringLiteral("carol"), QStringLiteral("AzcCarol#2026")));
    QVERIFY(openMyTrade(seller, tradeId));
    auto *carolTrade = seller.findAs<P2pTradeSession>(QStringLiteral("p2pTradeSession"));
    QCOMPARE(carolTrade->trade().value(QStringLiteral("myRole")).toString(), QStringLiteral("seller"));
    QCOMPARE(carolTrade->trade().value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    QTRY_VERIFY(carolTrade->actions().contains(QStringLiteral("release")));
    QVERIFY(carolTrade->actions().contains(QStringLiteral("appeal")));
    QVERIFY(!carolTrade->actions().contains(QStringLiteral("markPaid")));
    QTRY_VERIFY(!carolTrade->trade().value(QStringLiteral("timeline")).toList().isEmpty());
    bool noted = false;
    for (const QVariant &e : carolTrade->trade().value(QStringLiteral("timeline")).toList())
        noted = noted || e.toMap().value(QStringLiteral("note")).toString() == QLatin1String("Sent from Barclays, ref 4471");
    QVERIFY(noted);
    QTest::qWait(300);
    seller.screenshot(QStringLiteral("17d_p2p_trade_seller_paid"));
    QVERIFY(seller.click(QStringLiteral("p2pRelease")));
    QTRY_VERIFY(seller.item(QStringLiteral("p2pConfirmAccept")) && seller.item(QStringLiteral("p2pConfirmAccept"))->isVisible());
    QVERIFY(seller.click(QStringLiteral("p2pConfirmAccept")));
    QTRY_COMPARE(carolTrade->trade().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(carolTrade->trade().value(QStringLiteral("outcome")).toString(), QStringLiteral("released"));

    // Bob's open screen follows the push; his wallet has 100 less the 0.1% fee, to the unit.
    QTRY_COMPARE(bobTrade->trade().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    // The release reached Bob as a notification too, handed to the tray (shown where the desktop has one).
    QTRY_COMPARE(buyer.find(QStringLiteral("trayIcon"))->property("lastTitle").toString(), QStringLiteral("Coins released"));
    QCOMPARE(buyer.find(QStringLiteral("trayIcon"))->property("lastBody").toString(), QStringLiteral("100 USDT for 101 USD"));
    const auto bobAfter = balance(buyer, QStringLiteral("USDT"));
    QCOMPARE(bobAfter.first.checkedSub(bobBefore.first).value(), exactAmount(QStringLiteral("99.9")));

    // 4. Feedback both ways; carol's record on the market grows.
    QTRY_VERIFY(bobTrade->actions().contains(QStringLiteral("rate")));
    QVERIFY(buyer.click(QStringLiteral("p2pRatePositive")));
    buyer.setText(QStringLiteral("p2pRateComment"), QStringLiteral("Released in two minutes."));
    QVERIFY(buyer.click(QStringLiteral("p2pRateSend")));
    QTRY_COMPARE(bobTrade->trade().value(QStringLiteral("feedback")).toMap().value(QStringLiteral("buyer")).toMap().value(QStringLiteral("rating")).toString(),
                 QStringLiteral("positive"));
    QVERIFY(!bobTrade->actions().contains(QStringLiteral("rate")));
    QTest::qWait(200);
    buyer.screenshot(QStringLiteral("17e_p2p_trade_completed_feedback"));
    QVERIFY(buyer.click(QStringLiteral("p2pTradeBack")));
    QTRY_VERIFY(buyer.find(QStringLiteral("p2pMarket")));
    auto *marketAds = buyer.findAs<P2pAdsModel>(QStringLiteral("p2pAds"));
    QTRY_VERIFY(marketAds && marketAds->count() > 0);
    const int again = adWhere(marketAds, [](const QVariantMap &ad) { return ad.value(QStringLiteral("fiat")) == QLatin1String("USD"); });
    QVERIFY(again >= 0);
    QCOMPARE(marketAds->get(again).value(QStringLiteral("reputation")).toMap().value(QStringLiteral("completedTrades")).toInt(), 2);
}

void TestUiP2p::appealResolvedBySupport()
{
    QVERIFY(buyer.launch());
    QVERIFY(openP2p(buyer, QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
    QVERIFY(seller.launch());
    QVERIFY(openP2p(seller, QStringLiteral("carol"), QStringLiteral("AzcCarol#2026")));
    auto *carolAds = seller.findAs<P2pAdsModel>(QStringLiteral("p2pAds"));
    QVERIFY(carolAds);
    const auto carolBefore = balance(seller, QStringLiteral("USDT"));

    // Bob takes 50 and marks it paid; carol says the money never came and appeals.
    const QString adId = takeCarolsUsdAd(QStringLiteral("50"));
    QVERIFY(!adId.isEmpty());
    QVERIFY(buyer.click(QStringLiteral("p2pTakeConfirm")));
    P2pTradeSession *bobTrade = nullptr;
    QTRY_VERIFY((bobTrade = buyer.findAs<P2pTradeSession>(QStringLiteral("p2pTradeSession")))
                && bobTrade->trade().value(QStringLiteral("status")) == QLatin1String("pending_payment"));
    const QString tradeId = bobTrade->trade().value(QStringLiteral("id")).toString();
    // Bob attaches a screenshot of his transfer as proof (what the file picker would hand over).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString proofPath = dir.filePath(QStringLiteral("transfer-receipt.png"));
    QImage receipt(120, 80, QImage::Format_RGB32);
    receipt.fill(QColor("#2563eb"));
    QVERIFY(receipt.save(proofPath));
    // The screen lays out as the trade loads: click once it has settled.
    QTRY_VERIFY(buyer.item(QStringLiteral("p2pMarkPaid")) && buyer.item(QStringLiteral("p2pMarkPaid"))->isVisible());
    QTest::qWait(300);
    QVERIFY(buyer.click(QStringLiteral("p2pMarkPaid")));
    QTRY_VERIFY(buyer.item(QStringLiteral("p2pPaidConfirm"))->isVisible());
    buyer.find(QStringLiteral("p2pPaidDialog"))->setProperty("files", QStringList{QUrl::fromLocalFile(proofPath).toString()});
    QVERIFY(buyer.click(QStringLiteral("p2pPaidConfirm")));
    QTRY_COMPARE(bobTrade->trade().value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    const QVariantList proofs = bobTrade->trade().value(QStringLiteral("proofs")).toList();
    QCOMPARE(proofs.size(), 1);
    QCOMPARE(proofs.first().toMap().value(QStringLiteral("name")).toString(), QStringLiteral("transfer-receipt.png"));
    QCOMPARE(proofs.first().toMap().value(QStringLiteral("size")).toLongLong(), QFileInfo(proofPath).size());

    QVERIFY(openMyTrade(seller, tradeId));
    // Carol sees the proof on the trade and in its chat.
    QTRY_COMPARE(proofsOnScreen(seller), 1);
    auto *carolTrade = seller.findAs<P2pTradeSession>(QStringLiteral("p2pTradeSession"));
    QTRY_VERIFY(carolTrade->actions().contains(QStringLiteral("appeal")));
    QVERIFY(seller.click(QStringLiteral("p2pAppeal")));
    QTRY_VERIFY(seller.item(QStringLiteral("p2pAppealDialogReason")) && seller.item(QStringLiteral("p2pAppealDialogReason"))->isVisible());
    seller.setText(QStringLiteral("p2pAppealDialogReason"), QStringLiteral("Nothing has arrived in my Barclays account."));
    QVERIFY(seller.click(QStringLiteral("p2pAppealDialogConfirm")));
    QTRY_COMPARE(carolTrade->trade().value(QStringLiteral("status")).toString(), QStringLiteral("appealed"));
    QTRY_COMPARE(bobTrade->trade().value(QStringLiteral("status")).toString(), QStringLiteral("appealed"));
    // Under appeal nobody is offered release-or-appeal again except what the rules allow.
    QVERIFY(!carolTrade->actions().contains(QStringLiteral("appeal")));
    QVERIFY(!bobTrade->actions().contains(QStringLiteral("markPaid")));

    // Support opens the appeal: both sides' chat, the timeline, the decision.
    QVERIFY(support.launch());
    QVERIFY(support.signIn(QStringLiteral("support"), QStringLiteral("AzcSupport#2026")));
    QVERIFY(support.openSection(QStringLiteral("support")));
    QVERIFY(support.click(QStringLiteral("supportTab_disputes")));
    QTRY_VERIFY(support.item(QStringLiteral("disputeRow_") + tradeId));
    QTest::qWait(50);
    QVERIFY(support.click(QStringLiteral("disputeRow_") + tradeId));
    P2pTradeSession *supportTrade = nullptr;
    QTRY_VERIFY((supportTrade = support.findAs<P2pTradeSession>(QStringLiteral("p2pTradeSession")))
                && supportTrade->trade().value(QStringLiteral("id")) == tradeId);
    QCOMPARE(supportTrade->trade().value(QStringLiteral("myRole")).toString(), QString());
    QTRY_COMPARE(supportTrade->actions(), QStringList{QStringLiteral("resolve")});
    auto *supportChat = support.find(QStringLiteral("conversationModel"));
    QVERIFY(supportChat);
    QTRY_VERIFY(supportChat->property("count").toInt() >= 2); // the auto-reply and the state notes
    QCOMPARE(supportTrade->trade().value(QStringLiteral("proofs")).toList().size(), 1);
    QTest::qWait(300);
    support.screenshot(QStringLiteral("17f_p2p_support_dispute"));

    // Without a reason nothing can be decided; with one, the seller is refunded.
    QVERIFY(support.click(QStringLiteral("p2pResolveRefund")));
    QTRY_VERIFY(support.item(QStringLiteral("p2pDecisionDialogReason")) && support.item(QStringLiteral("p2pDecisionDialogReason"))->isVisible());
    QVERIFY(!support.item(QStringLiteral("p2pDecisionDialogConfirm"))->isEnabled());
    support.setText(QStringLiteral("p2pDecisionDialogReason"), QStringLiteral("The buyer sent no proof of payment; the seller's bank shows nothing."));
    QVERIFY(support.click(QStringLiteral("p2pDecisionDialogConfirm")));
    QTRY_COMPARE(supportTrade->trade().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(supportTrade->trade().value(QStringLiteral("outcome")).toString(), QStringLiteral("refunded"));
    // The queue empties of it.
    QTRY_VERIFY(!support.item(QStringLiteral("disputeRow_") + tradeId));

    // Both parties' screens follow; the escrow went back to the ad, not to Bob.
    QTRY_COMPARE(bobTrade->trade().value(QStringLiteral("outcome")).toString(), QStringLiteral("refunded"));
    QTRY_COMPARE(carolTrade->trade().value(QStringLiteral("outcome")).toString(), QStringLiteral("refunded"));
    QTRY_COMPARE(textOf(buyer, QStringLiteral("p2pTradeStatus")), QStringLiteral("Refunded by support"));
    QVERIFY(bobTrade->actions().isEmpty());
    const auto carolAfter = balance(seller, QStringLiteral("USDT"));
    QCOMPARE(carolAfter.first, carolBefore.first);
    QCOMPARE(carolAfter.second, carolBefore.second); // still held for the ad, which has the 50 back
    // The timeline comes with the next read of the trade, shortly after the push.
    const auto reasonShown = [bobTrade] {
        for (const QVariant &e : bobTrade->trade().value(QStringLiteral("timeline")).toList())
            if (e.toMap().value(QStringLiteral("note")).toString().startsWith(QLatin1String("The buyer sent no proof")))
                return true;
        return false;
    };
    QTRY_VERIFY(reasonShown());
    QTest::qWait(300);
    buyer.screenshot(QStringLiteral("17g_p2p_buyer_after_refund"));
}

void TestUiP2p::paymentMethodAndAdFromTheScreens()
{
    QVERIFY(seller.launch());
    QVERIFY(openP2p(seller, QStringLiteral("carol"), QStringLiteral("AzcCarol#2026")));

    // A new card method, typed into the form.
    QVERIFY(seller.click(QStringLiteral("p2pTab_methods")));
    auto *methods = seller.findAs<azc::P2pPaymentMethodsModel>(QStringLiteral("p2pPaymentMethods"));
    QTRY_VERIFY(methods && methods->count() >= 2 && !methods->types().isEmpty());
    const int before = methods->count();
    // An empty form is refused with a clear error and adds nothing.
    QTRY_VERIFY(seller.item(QStringLiteral("p2pMethodField_accountName")));
    QTRY_VERIFY(seller.item(QStringLiteral("p2pAddMethod"))->isEnabled());
    QVERIFY(seller.click(QStringLiteral("p2pAddMethod")));
    QTRY_COMPARE(textOf(seller, QStringLiteral("p2pMethodError")), QStringLiteral("Give the payment method a name."));
    QCOMPARE(methods->count(), before);
    seller.setText(QStringLiteral("p2pMethodLabel"), QStringLiteral("Monzo"));
    seller.setText(QStringLiteral("p2pMethodField_accountName"), QStringLiteral("Carol Smith"));
    seller.setText(QStringLiteral("p2pMethodField_bankName"), QStringLiteral("Monzo"));
    seller.setText(QStringLiteral("p2pMethodField_accountNumber"), QStringLiteral("GB33 MONZ 0401 0012 3456 78"));
    QVERIFY(seller.click(QStringLiteral("p2pAddMethod")));
    QTRY_COMPARE(methods->count(), before + 1);
    const QString monzo = methods->get(methods->count() - 1).value(QStringLiteral("id")).toString();
    QTest::qWait(200);
    seller.screenshot(QStringLiteral("17h_p2p_payment_methods"));

    // A sell ad of 200 USDT at 1.02 paid to it: the 200 is held at once.
    const auto heldBefore = balance(seller, QStringLiteral("USDT"));
    QVERIFY(seller.click(QStringLiteral("p2pTab_ads")));
    auto *mine = seller.findAs<P2pAdsModel>(QStringLiteral("p2pMyAds"));
    QTRY_VERIFY(mine && mine->count() >= 3);
    const int adsBefore = mine->count();
    QVERIFY(seller.click(QStringLiteral("p2pNewAd")));
    QTRY_VERIFY(seller.item(QStringLiteral("p2pAdSave")) && seller.item(QStringLiteral("p2pAdSave"))->isVisible());
    seller.setText(QStringLiteral("p2pAdFiat"), QStringLiteral("GBP"));
    seller.setText(QStringLiteral("p2pAdPrice"), QStringLiteral("0.80"));
    seller.setText(QStringLiteral("p2pAdTotal"), QStringLiteral("200"));
    seller.setText(QStringLiteral("p2pAdMin"), QStringLiteral("10"));
    seller.setText(QStringLiteral("p2pAdMax"), QStringLiteral("100"));
    // No payment method chosen yet: refused in the dialog.
    QVERIFY(seller.click(QStringLiteral("p2pAdSave")));
    QTRY_VERIFY(!textOf(seller, QStringLiteral("p2pAdError")).isEmpty());
    QCOMPARE(mine->count(), adsBefore);
    QTRY_VERIFY(seller.item(QStringLiteral("p2pAdMethod_") + monzo));
    QVERIFY(seller.click(QStringLiteral("p2pAdMethod_") + monzo));
    seller.setText(QStringLiteral("p2pAdTerms"), QStringLiteral("UK Faster Payments only."));
    QTest::qWait(200);
    seller.screenshot(QStringLiteral("17i_p2p_new_ad"));
    QVERIFY(seller.click(QStringLiteral("p2pAdSave")));
    QTRY_COMPARE(mine->count(), adsBefore + 1);
    const int row = adWhere(mine, [](const QVariantMap &ad) { return ad.value(QStringLiteral("fiat")) == QLatin1String("GBP"); });
    QVERIFY(row >= 0);
    const QVariantMap gbp = mine->get(row);
    const QString gbpId = gbp.value(QStringLiteral("id")).toString();
    QCOMPARE(gbp.value(QStringLiteral("price")).toString(), QStringLiteral("0.8"));
    QCOMPARE(gbp.value(QStringLiteral("paymentMethodIds")).toStringList(), QStringList{monzo});
    const auto heldAfter = balance(seller, QStringLiteral("USDT"));
    QCOMPARE(heldAfter.second.checkedSub(heldBefore.second).value(), exactAmount(QStringLiteral("200")));
    QTRY_VERIFY(!seller.item(QStringLiteral("p2pAdSave"))->isVisible()); // the dialog closed on success
    // Pause, then close: the hold comes back in full.
    QTRY_VERIFY(seller.item(QStringLiteral("p2pPauseAd_") + gbpId));
    QVERIFY(seller.click(QStringLiteral("p2pPauseAd_") + gbpId));
    QTRY_COMPARE(mine->get(mine->rowOfId(gbpId)).value(QStringLiteral("status")).toString(), QStringLiteral("paused"));
    seller.screenshot(QStringLiteral("17j_p2p_my_ads"));
    QVERIFY(seller.click(QStringLiteral("p2pCloseAd_") + gbpId));
    QTRY_COMPARE(mine->get(mine->rowOfId(gbpId)).value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    QTRY_COMPARE(balance(seller, QStringLiteral("USDT")).second, heldBefore.second);
}

// The other direction: carol's IRR ad buys USDT. Alice, who wants to sell,
// sees it under "Sell", names her own bank account for the fiat, and her
// coins (not carol's) go into escrow; carol, the buyer, sees Alice's details.
void TestUiP2p::sellingIntoABuyAd()
{
    QVERIFY(buyer.launch());
    QVERIFY(openP2p(buyer, QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    QVERIFY(buyer.click(QStringLiteral("p2pIntentSell")));
    auto *ads = buyer.findAs<P2pAdsModel>(QStringLiteral("p2pAds"));
    QTRY_COMPARE(ads->side(), QStringLiteral("buy"));
    QTRY_VERIFY(adWhere(ads, [](const QVariantMap &ad) { return ad.value(QStringLiteral("fiat")) == QLatin1String("IRR"); }) >= 0);
    for (int i = 0; i < ads->count(); ++i)
        QCOMPARE(ads->get(i).value(QStringLiteral("side")).toString(), QStringLiteral("buy"));
    const QString adId = ads->get(adWhere(ads, [](const QVariantMap &ad) { return ad.value(QStringLiteral("fiat")) == QLatin1String("IRR"); }))
                                 .value(QStringLiteral("id")).toString();
    const auto before = balance(buyer, QStringLiteral("USDT"));
    QTRY_VERIFY(buyer.item(QStringLiteral("p2pTake_") + adId));
    QTest::qWait(50);
    QVERIFY(buyer.click(QStringLiteral("p2pTake_") + adId));
    QTRY_VERIFY(buyer.item(QStringLiteral("p2pTakeMethod")) && buyer.item(QStringLiteral("p2pTakeMethod"))->isVisible());
    // Her Vietcombank account is a bank transfer, which the ad accepts.
    QTRY_COMPARE(buyer.item(QStringLiteral("p2pTakeMethod"))->property("currentText").toString(), QStringLiteral("Vietcombank · Bank transfer"));
    buyer.setText(QStringLiteral("p2pTakeAmount"), QStringLiteral("20"));
    QTRY_COMPARE(textOf(buyer, QStringLiteral("p2pTakeFiat")), QStringLiteral("You receive 11800000.00 IRR"));
    QVERIFY(buyer.click(QStringLiteral("p2pTakeConfirm")));
    P2pTradeSession *trade = nullptr;
    QTRY_VERIFY((trade = buyer.findAs<P2pTradeSession>(QStringLiteral("p2pTradeSession")))
                && trade->trade().value(QStringLiteral("status")) == QLatin1String("pending_payment"));
    QCOMPARE(trade->trade().value(QStringLiteral("myRole")).toString(), QStringLiteral("seller"));
    const QVariantList methods = trade->trade().value(QStringLiteral("paymentMethods")).toList();
    QCOMPARE(methods.size(), 1);
    QCOMPARE(methods.first().toMap().value(QStringLiteral("label")).toString(), QStringLiteral("Vietcombank"));
    // Alice's 20 USDT is in escrow: held, not spendable.
    const auto after = balance(buyer, QStringLiteral("USDT"));
    QCOMPARE(before.first.checkedSub(after.first).value(), exactAmount(QStringLiteral("20")));
    QCOMPARE(after.second.checkedSub(before.second).value(), exactAmount(QStringLiteral("20")));
    // The seller waits: no "I have paid" for her; she may release early (her choice) but not cancel.
    QTRY_VERIFY(trade->actions().contains(QStringLiteral("release")));
    QVERIFY(!trade->actions().contains(QStringLiteral("markPaid")));
    QVERIFY(!trade->actions().contains(QStringLiteral("cancel")));
    QTest::qWait(300);
    buyer.screenshot(QStringLiteral("17l_p2p_selling_into_buy_ad"));
}

void TestUiP2p::darkPersianMarket()
{
    QVERIFY(buyer.launch(QStringLiteral("fa"), true));
    QVERIFY(openP2p(buyer, QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
    auto *ads = buyer.findAs<P2pAdsModel>(QStringLiteral("p2pAds"));
    QTRY_VERIFY(ads && ads->count() > 0);
    QTest::qWait(300);
    buyer.screenshot(QStringLiteral("17k_p2p_market_dark_persian"));
}

AZC_UI_TEST_MAIN(TestUiP2p)
#include "tst_ui_p2p.moc"
