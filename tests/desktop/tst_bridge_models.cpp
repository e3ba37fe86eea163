// The Bridge and Market view models against canned answers: a swap is
// quoted, counted down on the local clock and confirmed with the quote and
// one idempotency key — the same key again after a lost answer, a new one
// for the next quote —; limit_exceeded is worded with the limit's value; an
// expired quote cannot be confirmed; a partner's request is opened with its
// fresh quote and confirmed or declined; a purchase sends the quantity and
// the address and reveals the voucher code; the partner's forms become the
// protocol's objects exactly (a policy proposal, the dashboard's CSV); the
// admin's approve, reject and resume send what the protocol names; pushes
// keep the lists current.

#include "bridge/bridge_amounts.h"
#include "bridge/bridge_consent.h"
#include "bridge/bridge_consents_model.h"
#include "bridge/bridge_dashboard.h"
#include "bridge/bridge_errors.h"
#include "bridge/bridge_overview.h"
#include "bridge/bridge_points_model.h"
#include "bridge/bridge_swap.h"
#include "bridge/bridge_swaps_model.h"
#include "bridge/dashboard_bars_model.h"
#include "bridge/market_orders_model.h"
#include "bridge/market_product_editor.h"
#include "bridge/market_products_model.h"
#include "bridge/market_purchase.h"
#include "bridge/partner_console.h"
#include "bridge/policy_proposals_model.h"
#include "foundation/error_sink.h"
#include "vm_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace azc;
using namespace azc::test;

namespace {

constexpr qint64 kServerNow = 1'800'000'000'000; // the server's clock, far from the test's local one

QJsonObject policy(bool toCoin = true, bool toPoints = true)
{
    return {{QStringLiteral("rateMode"), QStringLiteral("fixed")}, {QStringLiteral("rate"), QStringLiteral("0.01")},
            {QStringLiteral("spreadBps"), 150}, {QStringLiteral("minSwap"), QStringLiteral("100")},
            {QStringLiteral("maxSwap"), QStringLiteral("5000")}, {QStringLiteral("userDailyCap"), QStringLiteral("10000")},
            {QStringLiteral("totalDailyCap"), QStringLiteral("0")}, {QStringLiteral("feeBps"), 50},
            {QStringLiteral("toCoin"), toCoin}, {QStringLiteral("toPoints"), toPoints}, {QStringLiteral("coverageBps"), 10000}};
}

QJsonObject point(const QString &code = QStringLiteral("PTS"), const QString &status = QStringLiteral("active"))
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("name"), QStringLiteral("Nova Points")}, {QStringLiteral("decimals"), 2},
            {QStringLiteral("iconFileId"), QString()}, {QStringLiteral("kind"), QStringLiteral("point")},
            {QStringLiteral("org"), QJsonObject{{QStringLiteral("orgId"), QStringLiteral("org-1")}, {QStringLiteral("name"), QStringLiteral("Nova Coffee")}}},
            {QStringLiteral("coin"), QStringLiteral("AZC")}, {QStringLiteral("coinDecimals"), 8}, {QStringLiteral("status"), status},
            {QStringLiteral("policy"), policy()}, {QStringLiteral("balance"), QStringLiteral("1200")},
            {QStringLiteral("outstanding"), QStringLiteral("50000")}, {QStringLiteral("reserve"), QStringLiteral("499.99")},
            {QStringLiteral("requiredReserve"), QStringLiteral("500")}, {QStringLiteral("coverageBps"), QStringLiteral("9999")}, // a string, as the server sends it
            {QStringLiteral("holders"), 42}};
}

QJsonObject quote(const QString &id, qint64 ttlMs = 30'000)
{
    return {{QStringLiteral("quoteId"), id}, {QStringLiteral("point"), QStringLiteral("PTS")},
            {QStringLiteral("direction"), QStringLiteral("toCoin")}, {QStringLiteral("amountIn"), QStringLiteral("100")},
            {QStringLiteral("assetIn"), QStringLiteral("PTS")}, {QStringLiteral("amountOut"), QStringLiteral("0.97")},
            {QStringLiteral("assetOut"), QStringLiteral("AZC")}, {QStringLiteral("fee"), QStringLiteral("0.005")},
            {QStringLiteral("rate"), QStringLiteral("0.01")}, {QStringLiteral("expiresAt"), kServerNow + ttlMs},
            {QStringLiteral("now"), kServerNow},
            {QStringLiteral("limits"), QJsonObject{{QStringLiteral("min"), QStringLiteral("100")}, {QStringLiteral("max"), QStringLiteral("5000")},
                                                   {QStringLiteral("userLeft"), QStringLiteral("250")}, {QStringLiteral("totalLeft"), QStringLiteral("0")}}}};
}

QJsonObject swap(const QString &id)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("point"), QStringLiteral("PTS")}, {QStringLiteral("pointName"), QStringLiteral("Nova Points")},
            {QStringLiteral("pointDecimals"), 2}, {QStringLiteral("coin"), QStringLiteral("AZC")}, {QStringLiteral("coinDecimals"), 8},
            {QStringLiteral("direction"), QStringLiteral("toCoin")}, {QStringLiteral("points"), QStringLiteral("100")},
            {QStringLiteral("coinAmount"), QStringLiteral("0.97")}, {QStringLiteral("fee"), QStringLiteral("0.005")},
            {QStringLiteral("rate"), QStringLiteral("0.01")}, {QStringLiteral("via"), QStringLiteral("app")}, {QStringLiteral("createdAt"), kServerNow}};
}

QJsonObject consent(const QString &id, const QString &status = QStringLiteral("pending"))
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("org"), QJsonObject{{QStringLiteral("orgId"), QStringLiteral("org-1")}, {QStringLiteral("name"), QStringLiteral("Nova Coffee")}}},
            {QStringLiteral("point"), QStringLiteral("PTS")}, {QStringLiteral("pointName"), QStringLiteral("Nova Points")},
            {QStringLiteral("direction"), QStringLiteral("toCoin")}, {QStringLiteral("amount"), QStringLiteral("100")},
            {QStringLiteral("reference"), QStringLiteral("till 4")}, {QStringLiteral("status"), status},
            {QStringLiteral("expiresAt"), kServerNow + 600'000}, {QStringLiteral("uri"), QString(QStringLiteral("azcoiner:bridge?consent=") + id)},
            {QStringLiteral("createdAt"), kServerNow}};
}

QJsonObject product(const QString &id, const QString &delivery, qint64 stock)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("org"), QJsonObject{{QStringLiteral("orgId"), QStringLiteral("org-1")}, {QStringLiteral("name"), QStringLiteral("Nova Coffee")}}},
            {QStringLiteral("title"), QStringLiteral("Coffee beans 1 kg")}, {QStringLiteral("description"), QStringLiteral("Roasted weekly")},
            {QStringLiteral("imageFileIds"), QJsonArray{QStringLiteral("f-1"), QStringLiteral("f-2")}},
            {QStringLiteral("priceAsset"), QStringLiteral("PTS")}, {QStringLiteral("priceDecimals"), 2}, {QStringLiteral("price"), QStringLiteral("2.55")},
            {QStringLiteral("stock"), stock}, {QStringLiteral("sold"), 3}, {QStringLiteral("delivery"), delivery},
            {QStringLiteral("active"), true}, {QStringLiteral("createdAt"), kServerNow}};
}

QString key(const CannedTransport::Call &call)
{
    return call.params.value(QStringLiteral("idempotencyKey")).toString();
}

RpcReply refusal(const QString &reason, const QJsonObject &data = {})
{
    QJsonObject full = data;
    full.insert(QStringLiteral("reason"), reason);
    return RpcReply::failure(-32000, reason, {}, full);
}

} // namespace

class TstBridgeModels : public QObject
{
    Q_OBJECT
private slots:
    void pointsLoadWithTheirDerivedFiguresAndFollowPushes()
    {
        VmFixture f;
        f.transport.reply(QStringLiteral("bridge.points"), listOf("points", {point(), point(QStringLiteral("BEAN"), QStringLiteral("paused"))}));
        BridgePointsModel points;
        points.attach(&f.context);
        QTRY_COMPARE(points.count(), 2);
        const QVariantMap pts = points.byCode(QStringLiteral("PTS"));
        QCOMPARE(pts.value(QStringLiteral("spreadPercent")).toString(), QStringLiteral("1.5"));
        QCOMPARE(pts.value(QStringLiteral("feePercent")).toString(), QStringLiteral("0.5"));
        QCOMPARE(pts.value(QStringLiteral("policyCoveragePercent")).toString(), QStringLiteral("100"));
        QCOMPARE(pts.value(QStringLiteral("coveragePercent")).toString(), QStringLiteral("99.99"));
        QCOMPARE(pts.value(QStringLiteral("covered")).toBool(), false); // 499.99 < 500, compared exactly
        QCOMPARE(pts.value(QStringLiteral("orgName")).toString(), QStringLiteral("Nova Coffee"));
        QCOMPARE(pts.value(QStringLiteral("initials")).toString(), QStringLiteral("NP"));
        QVERIFY(points.byCode(QStringLiteral("NONE")).isEmpty());

        // Pushes of a moment are read once; a consent push is not about the points.
        const int before = int(f.transport.callsOf(QStringLiteral("bridge.points")).size());
        for (const char *kind : {"swap", "credit", "policy"})
            f.transport.push(QStringLiteral("event.bridge.changed"), {{QStringLiteral("kind"), QLatin1String(kind)}, {QStringLiteral("point"), QStringLiteral("PTS")}});
        QTRY_COMPARE(int(f.transport.callsOf(QStringLiteral("bridge.points")).size()), before + 1);
        QTest::qWait(400);
        QCOMPARE(int(f.transport.callsOf(QStringLiteral("bridge.points")).size()), before + 1);
        f.transport.push(QStringLiteral("event.bridge.changed"), {{QStringLiteral("kind"), QStringLiteral("consent")}, {QStringLiteral("point"), QStringLiteral("PTS")}});
        QTest::qWait(400);
        QCOMPARE(int(f.transport.callsOf(QStringLiteral("bridge.points")).size()), before + 1);
        // The balance of a point moved; another asset's did not concern the list.
        f.transport.push(QStringLiteral("event.wallet.changed"), {{QStringLiteral("asset"), QStringLiteral("USDT")}});
        QTest::qWait(400);
        QCOMPARE(int(f.transport.callsOf(QStringLiteral("bridge.points")).size()), before + 1);
        f.transport.push(QStringLiteral("event.wallet.changed"), {{QStringLiteral("asset"), QStringLiteral("PTS")}});
        QTRY_COMPARE(int(f.transport.callsOf(QStringLiteral("bridge.points")).size()), before + 2);
        f.transport.resume();
        QTRY_COMPARE(int(f.transport.callsOf(QStringLiteral("bridge.points")).size()), before + 3);
    }

    void swapQuotesThenConfirmsOnceUnderOneKey()
    {
        VmFixture f;
        BridgeSwap swapFlow;
        swapFlow.attach(&f.context);
        swapFlow.setPoint(point().toVariantMap());
        QCOMPARE(swapFlow.giveAsset(), QStringLiteral("PTS"));
        QCOMPARE(swapFlow.getAsset(), QStringLiteral("AZC"));
        QVERIFY(swapFlow.directionAllowed());

        // A malformed amount is refused here, without asking.
        swapFlow.requestQuote(QStringLiteral("1.234")); // the point has 2 decimals
        QVERIFY(!swapFlow.errorText().isEmpty());
        QCOMPARE(f.transport.callsOf(QStringLiteral("bridge.quote")).size(), 0);

        f.transport.reply(QStringLiteral("bridge.quote"), quote(QStringLiteral("q-1")));
        swapFlow.requestQuote(QStringLiteral(" 100 "));
        QTRY_COMPARE(swapFlow.stage(), BridgeQuoteFlow::Quoted);
        const auto quoteCall = f.transport.callsOf(QStringLiteral("bridge.quote")).at(0);
        QCOMPARE(quoteCall.params.value(QStringLiteral("point")).toString(), QStringLiteral("PTS"));
        QCOMPARE(quoteCall.params.value(QStringLiteral("direction")).toString(), QStringLiteral("toCoin"));
        QCOMPARE(quoteCall.params.value(QStringLiteral("amount")).toString(), QStringLiteral("100"));
        QVERIFY(swapFlow.canConfirm());
        QCOMPARE(swapFlow.secondsLeft(), 30);
        QCOMPARE(swapFlow.limits().value(QStringLiteral("userLeft")).toString(), QStringLiteral("250"));

        // The answer is lost twice: the same swap is asked again under the same key, even after the countdown.
        QSignalSpy swapped(&swapFlow, &BridgeQuoteFlow::swapped);
        f.transport.fail(QStringLiteral("bridge.swap"), QStringLiteral("disconnected"), 0);
        swapFlow.confirm();
        QTRY_COMPARE(swapFlow.stage(), BridgeQuoteFlow::Uncertain);
        QVERIFY(swapFlow.canConfirm());
        QVERIFY(swapFlow.errorText().contains(QStringLiteral("will not be done twice")));
        f.transport.fail(QStringLiteral("bridge.swap"), QStringLiteral("timeout"), 0);
        swapFlow.confirm();
        QTRY_COMPARE(int(f.transport.callsOf(QStringLiteral("bridge.swap")).size()), 2);
        QTRY_COMPARE(swapFlow.stage(), BridgeQuoteFlow::Uncertain);
        f.transport.reply(QStringLiteral("bridge.swap"), {{QStringLiteral("swap"), swap(QStringLiteral("sw-1"))}});
        swapFlow.confirm();
        QTRY_COMPARE(swapFlow.stage(), BridgeQuoteFlow::Done);
        QCOMPARE(swapped.size(), 1);
        QCOMPARE(swapFlow.resultText(), QStringLiteral("You gave 100 PTS and received 0.97 AZC after a fee of 0.005 AZC."));
        auto calls = f.transport.callsOf(QStringLiteral("bridge.swap"));
        QCOMPARE(calls.size(), 3);
        const QString firstKey = key(calls.at(0));
        QVERIFY(firstKey.size() >= 8 && firstKey.size() <= 64);
        for (const auto &c : calls) {
            QCOMPARE(c.params.value(QStringLiteral("quoteId")).toString(), QStringLiteral("q-1"));
            QCOMPARE(key(c), firstKey);
            QCOMPARE(c.params.size(), 2); // quoteId and idempotencyKey, nothing else
        }
        swapFlow.confirm(); // done: nothing more is sent
        QTest::qWait(50);
        QCOMPARE(f.transport.callsOf(QStringLiteral("bridge.swap")).size(), 3);

        // The next swap is a new intent with a new key; a refusal ends it and is worded.
        f.transport.reply(QStringLiteral("bridge.quote"), quote(QStringLiteral("q-2")));
        swapFlow.requestQuote(QStringLiteral("100"));
        QTRY_COMPARE(swapFlow.stage(), BridgeQuoteFlow::Quoted);
        f.transport.fail(QStringLiteral("bridge.swap"), QStringLiteral("insufficient_funds"));
        swapFlow.confirm();
        QTRY_COMPARE(swapFlow.stage(), BridgeQuoteFlow::Idle);
        QVERIFY(!swapFlow.canConfirm());
        QCOMPARE(swapFlow.errorText(), BridgeErrors::describe(refusal(QStringLiteral("insufficient_funds")), BridgeErrors::Action::Swap));
        calls = f.transport.callsOf(QStringLiteral("bridge.swap"));
        QCOMPARE(calls.size(), 4);
        QCOMPARE(calls.at(3).params.value(QStringLiteral("quoteId")).toString(), QStringLiteral("q-2"));
        QVERIFY(key(calls.at(3)) != firstKey);

        // A refused quote expired on the server: Expired, worded, nothing to confirm.
        f.transport.reply(QStringLiteral("bridge.quote"), quote(QStringLiteral("q-3")));
        swapFlow.requestQuote(QStringLiteral("100"));
        QTRY_COMPARE(swapFlow.stage(), BridgeQuoteFlow::Quoted);
        f.transport.fail(QStringLiteral("bridge.swap"), QStringLiteral("quote_expired"));
        swapFlow.confirm();
        QTRY_COMPARE(swapFlow.stage(), BridgeQuoteFlow::Expired);
        QVERIFY(swapFlow.errorText().contains(QStringLiteral("new quote")));
        QVERIFY(key(f.transport.callsOf(QStringLiteral("bridge.swap")).at(4)) != key(calls.at(3)));

        // Coin → points gives the coin, at the coin's decimals.
        swapFlow.setDirection(QStringLiteral("toPoints"));
        QCOMPARE(swapFlow.stage(), BridgeQuoteFlow::Idle);
        QCOMPARE(swapFlow.giveAsset(), QStringLiteral("AZC"));
        f.transport.reply(QStringLiteral("bridge.quote"), quote(QStringLiteral("q-4")));
        swapFlow.requestQuote(QStringLiteral("0.12345678"));
        QTRY_COMPARE(swapFlow.stage(), BridgeQuoteFlow::Quoted);
        QCOMPARE(f.transport.callsOf(QStringLiteral("bridge.quote")).last().params.value(QStringLiteral("direction")).toString(),
                 QStringLiteral("toPoints"));
    }

    void limitExceededIsWordedWithTheLimit()
    {
        VmFixture f;
        BridgeSwap swapFlow;
        swapFlow.attach(&f.context);
        swapFlow.setPoint(point().toVariantMap());

        f.transport.failWith(QStringLiteral("bridge.quote"), QStringLiteral("limit_exceeded"), {{QStringLiteral("limit"), QStringLiteral("min")}});
        swapFlow.requestQuote(QStringLiteral("5"));
        QTRY_VERIFY(!swapFlow.errorText().isEmpty());
        QCOMPARE(swapFlow.stage(), BridgeQuoteFlow::Idle);
        QVERIFY2(swapFlow.errorText().contains(QStringLiteral("100 PTS")), qPrintable(swapFlow.errorText()));
        QVERIFY(swapFlow.errorText().contains(QStringLiteral("smallest")));

        f.transport.failWith(QStringLiteral("bridge.quote"), QStringLiteral("limit_exceeded"), {{QStringLiteral("limit"), QStringLiteral("max")}});
        swapFlow.requestQuote(QStringLiteral("9000"));
        QTRY_VERIFY(swapFlow.errorText().contains(QStringLiteral("5000 PTS")));

        // Before any quote, the daily allowance is the policy's; after one, what the quote said is left.
        f.transport.failWith(QStringLiteral("bridge.quote"), QStringLiteral("limit_exceeded"), {{QStringLiteral("limit"), QStringLiteral("user_daily")}});
        swapFlow.requestQuote(QStringLiteral("4000"));
        QTRY_VERIFY2(swapFlow.errorText().contains(QStringLiteral("10000 PTS")), qPrintable(swapFlow.errorText()));
        f.transport.reply(QStringLiteral("bridge.quote"), quote(QStringLiteral("q-1")));
        swapFlow.requestQuote(QStringLiteral("100"));
        QTRY_COMPARE(swapFlow.stage(), BridgeQuoteFlow::Quoted);
        f.transport.failWith(QStringLiteral("bridge.quote"), QStringLiteral("limit_exceeded"), {{QStringLiteral("limit"), QStringLiteral("user_daily")}});
        swapFlow.requestQuote(QStringLiteral("300"));
        QTRY_VERIFY2(swapFlow.errorText().contains(QStringLiteral("250 PTS left today")), qPrintable(swapFlow.errorText()));

        // The other refusals have words of their own, not the generic sentence.
        for (const char *reason : {"paused", "direction_closed", "reserve_insufficient", "no_policy", "quote_expired"}) {
            const QString words = BridgeErrors::describe(refusal(QLatin1String(reason)), BridgeErrors::Action::Swap);
            QVERIFY2(!words.isEmpty() && words != ErrorSink::describe(refusal(QLatin1String(reason))), reason);
        }
        QVERIFY(BridgeErrors::describe(refusal(QStringLiteral("out_of_stock")), BridgeErrors::Action::Buy).contains(QStringLiteral("stock")));
        QVERIFY(BridgeErrors::describe(refusal(QStringLiteral("invalid_state")), BridgeErrors::Action::ConfirmConsent)
                    .contains(QStringLiteral("no longer waiting")));
        QVERIFY(BridgeErrors::describe(refusal(QStringLiteral("reserve_insufficient")), BridgeErrors::Action::Credit)
                != BridgeErrors::describe(refusal(QStringLiteral("reserve_insufficient")), BridgeErrors::Action::Swap));
        // A lost answer may be pressed again only where a key makes it safe.
        QVERIFY(BridgeErrors::describe(refusal(QStringLiteral("timeout")), BridgeErrors::Action::Swap).contains(QStringLiteral("not be done twice")));
        QVERIFY(!BridgeErrors::describe(refusal(QStringLiteral("timeout")), BridgeErrors::Action::Quote).contains(QStringLiteral("not be done twice")));
    }

    void anExpiredQuoteCannotBeConfirmed()
    {
        VmFixture f;
        qint64 local = 5'000; // nowhere near the server's clock: only the quote's own expiresAt − now counts
        BridgeSwap swapFlow;
        swapFlow.setLocalClock([&local] { return local; });
        swapFlow.attach(&f.context);
        swapFlow.setPoint(point().toVariantMap());
        f.transport.reply(QStringLiteral("bridge.quote"), quote(QStringLiteral("q-1"), 30'000));
        swapFlow.requestQuote(QStringLiteral("100"));
        QTRY_COMPARE(swapFlow.stage(), BridgeQuoteFlow::Quoted);
        QCOMPARE(swapFlow.secondsLeft(), 30);
        QCOMPARE(swapFlow.permilleLeft(), 1000);

        local += 29'000;
        swapFlow.tick();
        QCOMPARE(swapFlow.stage(), BridgeQuoteFlow::Quoted);
        QCOMPARE(swapFlow.secondsLeft(), 1);
        QCOMPARE(swapFlow.permilleLeft(), 33);
        QVERIFY(swapFlow.canConfirm());

        local += 1'000;
        swapFlow.tick();
        QCOMPARE(swapFlow.stage(), BridgeQuoteFlow::Expired);
        QCOMPARE(swapFlow.secondsLeft(), 0);
        QVERIFY(!swapFlow.canConfirm());
        swapFlow.confirm();
        QTest::qWait(50);
        QCOMPARE(f.transport.callsOf(QStringLiteral("bridge.swap")).size(), 0);

        // A confirmation that ticks past the end first is not sent either (the timer had not run).
        f.transport.reply(QStringLiteral("bridge.quote"), quote(QStringLiteral("q-2"), 10'000));
        swapFlow.requestQuote(QStringLiteral("100"));
        QTRY_COMPARE(swapFlow.stage(), BridgeQuoteFlow::Quoted);
        local += 10'001;
        swapFlow.confirm();
        QCOMPARE(swapFlow.stage(), BridgeQuoteFlow::Expired);
        QTest::qWait(50);
        QCOMPARE(f.transport.callsOf(QStringLiteral("bridge.swap")).size(), 0);
    }

    void consentIsConfirmedWithItsFreshQuoteOrDeclined()
    {
        VmFixture f;
        f.transport.reply(QStringLiteral("bridge.consents"), listOf("consents", {consent(QStringLiteral("c-1"))}));
        BridgeConsentsModel consents;
        consents.attach(&f.context);
        QTRY_COMPARE(consents.count(), 1);
        QCOMPARE(consents.get(0).value(QStringLiteral("orgName")).toString(), QStringLiteral("Nova Coffee"));
        f.transport.reply(QStringLiteral("bridge.consents"), listOf("consents", {consent(QStringLiteral("c-1")), consent(QStringLiteral("c-2"))}));
        f.transport.push(QStringLiteral("event.bridge.changed"), {{QStringLiteral("kind"), QStringLiteral("consent")}, {QStringLiteral("point"), QStringLiteral("PTS")},
                                                                   {QStringLiteral("id"), QStringLiteral("c-2")}});
        QTRY_COMPARE(consents.count(), 2);

        BridgeConsent flow;
        flow.attach(&f.context);
        f.transport.reply(QStringLiteral("bridge.consent"), {{QStringLiteral("consent"), consent(QStringLiteral("c-1"))}, {QStringLiteral("quote"), quote(QStringLiteral("q-c1"))}});
        flow.open(BridgeConsent::consentIdFrom(QStringLiteral("azcoiner:bridge?consent=c-1")));
        QTRY_COMPARE(flow.stage(), BridgeQuoteFlow::Quoted);
        QCOMPARE(f.transport.callsOf(QStringLiteral("bridge.consent")).at(0).params.value(QStringLiteral("consentId")).toString(), QStringLiteral("c-1"));
        QCOMPARE(flow.consent().value(QStringLiteral("reference")).toString(), QStringLiteral("till 4"));
        QCOMPARE(flow.quote().value(QStringLiteral("amountOut")).toString(), QStringLiteral("0.97"));

        f.transport.fail(QStringLiteral("bridge.confirmConsent"), QStringLiteral("disconnected"), 0);
        flow.confirm();
        QTRY_COMPARE(flow.stage(), BridgeQuoteFlow::Uncertain);
        QJsonObject done = consent(QStringLiteral("c-1"), QStringLiteral("confirmed"));
        done.insert(QStringLiteral("swapId"), QStringLiteral("sw-9"));
        f.transport.reply(QStringLiteral("bridge.confirmConsent"), {{QStringLiteral("consent"), done}, {QStringLiteral("swap"), swap(QStringLiteral("sw-9"))}});
        flow.confirm();
        QTRY_COMPARE(flow.stage(), BridgeQuoteFlow::Done);
        const auto confirms = f.transport.callsOf(QStringLiteral("bridge.confirmConsent"));
        QCOMPARE(confirms.size(), 2);
        for (const auto &c : confirms) {
            QCOMPARE(c.params.value(QStringLiteral("consentId")).toString(), QStringLiteral("c-1"));
            QCOMPARE(c.params.value(QStringLiteral("quoteId")).toString(), QStringLiteral("q-c1"));
            QCOMPARE(key(c), key(confirms.at(0)));
        }
        QVERIFY(!key(confirms.at(0)).isEmpty());
        QCOMPARE(flow.consent().value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
        QVERIFY(flow.resultText().contains(QStringLiteral("0.97 AZC")));

        // A request already answered elsewhere is not offered for confirmation.
        BridgeConsent stale;
        stale.attach(&f.context);
        f.transport.reply(QStringLiteral("bridge.consent"), {{QStringLiteral("consent"), consent(QStringLiteral("c-3"), QStringLiteral("expired"))},
                                                             {QStringLiteral("quote"), quote(QStringLiteral("q-c3"))}});
        stale.open(QStringLiteral("c-3"));
        QTRY_VERIFY(!stale.errorText().isEmpty());
        QVERIFY(!stale.canConfirm());

        // Declining the other one.
        BridgeConsent other;
        other.attach(&f.context);
        f.transport.reply(QStringLiteral("bridge.consent"), {{QStringLiteral("consent"), consent(QStringLiteral("c-2"))}, {QStringLiteral("quote"), quote(QStringLiteral("q-c2"))}});
        other.open(QStringLiteral("c-2"));
        QTRY_COMPARE(other.stage(), BridgeQuoteFlow::Quoted);
        QSignalSpy declined(&other, &BridgeConsent::declined);
        f.transport.reply(QStringLiteral("bridge.declineConsent"), {{QStringLiteral("consent"), consent(QStringLiteral("c-2"), QStringLiteral("declined"))}});
        other.decline();
        QTRY_COMPARE(declined.size(), 1);
        QCOMPARE(other.stage(), BridgeQuoteFlow::Declined);
        QCOMPARE(f.transport.callsOf(QStringLiteral("bridge.declineConsent")).at(0).params.value(QStringLiteral("consentId")).toString(), QStringLiteral("c-2"));
        QCOMPARE(f.transport.callsOf(QStringLiteral("bridge.confirmConsent")).size(), 2);

        QCOMPARE(BridgeConsent::consentIdFrom(QStringLiteral("  c-7 ")), QStringLiteral("c-7"));
        QCOMPARE(BridgeConsent::consentIdFrom(QStringLiteral("azcoiner:pay?invoice=x")), QString());
        QCOMPARE(BridgeConsent::consentIdFrom(QStringLiteral("two words")), QString());
    }

    void buyingSendsQuantityAndAddressAndRevealsTheCode()
    {
        VmFixture f;
        MarketPurchase purchase;
        purchase.attach(&f.context);
        purchase.begin(MarketProductsModel::rowFrom(product(QStringLiteral("pr-1"), QStringLiteral("shipped"), 5)).toVariantMap());
        QVERIFY(purchase.needsAddress());
        QCOMPARE(purchase.maxQuantity(), 5);
        purchase.setQuantity(3);
        QCOMPARE(purchase.total(), QStringLiteral("7.65")); // 2.55 × 3, exactly
        purchase.setQuantity(40); // more than in stock
        QCOMPARE(purchase.quantity(), 5);
        purchase.setQuantity(3);
        QVERIFY(!purchase.ready());
        purchase.buy(); // no address yet: refused here
        QVERIFY(purchase.errorText().contains(QStringLiteral("address")));
        QCOMPARE(f.transport.callsOf(QStringLiteral("market.buy")).size(), 0);

        purchase.setAddress(QStringLiteral("  12 Rose St, Hanoi "));
        QVERIFY(purchase.ready());
        f.transport.fail(QStringLiteral("market.buy"), QStringLiteral("timeout"), 0);
        purchase.buy();
        QTRY_VERIFY(purchase.canRetry());
        QJsonObject order{{QStringLiteral("id"), QStringLiteral("o-1")}, {QStringLiteral("status"), QStringLiteral("paid")},
                          {QStringLiteral("total"), QStringLiteral("7.65")}, {QStringLiteral("quantity"), 3}};
        f.transport.reply(QStringLiteral("market.buy"), {{QStringLiteral("order"), order}});
        QSignalSpy bought(&purchase, &MarketPurchase::bought);
        purchase.buy();
        QTRY_COMPARE(bought.size(), 1);
        auto calls = f.transport.callsOf(QStringLiteral("market.buy"));
        QCOMPARE(calls.size(), 2);
        for (const auto &c : calls) {
            QCOMPARE(c.params.value(QStringLiteral("productId")).toString(), QStringLiteral("pr-1"));
            QCOMPARE(c.params.value(QStringLiteral("quantity")).toInt(), 3);
            QCOMPARE(c.params.value(QStringLiteral("address")).toString(), QStringLiteral("12 Rose St, Hanoi"));
            QCOMPARE(key(c), key(calls.at(0)));
        }
        const QString shippedKey = key(calls.at(0));

        // A voucher: no address is sent, and its code is shown at once.
        purchase.begin(MarketProductsModel::rowFrom(product(QStringLiteral("pr-2"), QStringLiteral("code"), 200)).toVariantMap());
        QVERIFY(!purchase.needsAddress());
        QCOMPARE(purchase.maxQuantity(), 100);
        QVERIFY(purchase.order().isEmpty());
        QJsonObject voucher{{QStringLiteral("id"), QStringLiteral("o-2")}, {QStringLiteral("status"), QStringLiteral("delivered")},
                            {QStringLiteral("code"), QStringLiteral("NOVA-7Q2X-91")}, {QStringLiteral("quantity"), 1}};
        f.transport.reply(QStringLiteral("market.buy"), {{QStringLiteral("order"), voucher}});
        purchase.buy();
        QTRY_COMPARE(bought.size(), 2);
        QCOMPARE(purchase.order().value(QStringLiteral("code")).toString(), QStringLiteral("NOVA-7Q2X-91"));
        calls = f.transport.callsOf(QStringLiteral("market.buy"));
        QVERIFY(!calls.at(2).params.contains(QStringLiteral("address")));
        QCOMPARE(calls.at(2).params.value(QStringLiteral("quantity")).toInt(), 1);
        QVERIFY(key(calls.at(2)) != shippedKey);

        // Out of stock is worded, and ends the intent.
        f.transport.fail(QStringLiteral("market.buy"), QStringLiteral("out_of_stock"));
        purchase.buy();
        QTRY_VERIFY(purchase.errorText().contains(QStringLiteral("stock")));
        QVERIFY(!purchase.canRetry());
    }

    void ordersActAndFollowPushes()
    {
        VmFixture f;
        QJsonObject paid{{QStringLiteral("id"), QStringLiteral("o-1")}, {QStringLiteral("status"), QStringLiteral("shipped")},
                         {QStringLiteral("buyer"), QJsonObject{{QStringLiteral("username"), QStringLiteral("alice")}}},
                         {QStringLiteral("org"), QJsonObject{{QStringLiteral("orgId"), QStringLiteral("org-1")}, {QStringLiteral("name"), QStringLiteral("Nova Coffee")}}}};
        f.transport.reply(QStringLiteral("market.myOrders"), listOf("orders", {paid}));
        MarketOrdersModel mine;
        mine.attach(&f.context);
        QTRY_COMPARE(mine.count(), 1);
        QCOMPARE(mine.get(0).value(QStringLiteral("buyerName")).toString(), QStringLiteral("alice"));
        QSignalSpy acted(&mine, &MarketOrdersModel::acted);
        QJsonObject delivered = paid;
        delivered.insert(QStringLiteral("status"), QStringLiteral("delivered"));
        f.transport.reply(QStringLiteral("market.confirmReceived"), {{QStringLiteral("order"), delivered}});
        mine.confirmReceived(QStringLiteral("o-1"));
        QTRY_COMPARE(acted.size(), 1);
        QCOMPARE(mine.get(0).value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
        QSignalSpy failed(&mine, &MarketOrdersModel::actionFailed);
        f.transport.fail(QStringLiteral("market.dispute"), QStringLiteral("invalid_state"));
        mine.openDispute(QStringLiteral("o-1"), QStringLiteral("  never came "));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(f.transport.callsOf(QStringLiteral("market.dispute")).at(0).params.value(QStringLiteral("reason")).toString(), QStringLiteral("never came"));
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("disputed")));
        const int before = int(f.transport.callsOf(QStringLiteral("market.myOrders")).size());
        f.transport.push(QStringLiteral("event.market.changed"), {{QStringLiteral("kind"), QStringLiteral("order")}, {QStringLiteral("id"), QStringLiteral("o-1")},
                                                                   {QStringLiteral("orgId"), QStringLiteral("org-1")}});
        QTRY_COMPARE(int(f.transport.callsOf(QStringLiteral("market.myOrders")).size()), before + 1);

        // A partner's orders: its own pushes only; ship with tracking.
        MarketOrdersModel shop;
        shop.setOrgId(QStringLiteral("org-1"));
        f.transport.reply(QStringLiteral("market.orgOrders"), listOf("orders", {paid}));
        shop.attach(&f.context);
        QTRY_COMPARE(shop.count(), 1);
        QCOMPARE(f.transport.callsOf(QStringLiteral("market.orgOrders")).at(0).params.value(QStringLiteral("orgId")).toString(), QStringLiteral("org-1"));
        f.transport.push(QStringLiteral("event.market.changed"), {{QStringLiteral("kind"), QStringLiteral("order")}, {QStringLiteral("id"), QStringLiteral("o-5")},
                                                                   {QStringLiteral("orgId"), QStringLiteral("org-2")}});
        QTest::qWait(400);
        QCOMPARE(f.transport.callsOf(QStringLiteral("market.orgOrders")).size(), 1);
        f.transport.reply(QStringLiteral("market.ship"), {{QStringLiteral("order"), paid}});
        shop.ship(QStringLiteral("o-1"), QStringLiteral(" VN123 "));
        QTRY_COMPARE(f.transport.callsOf(QStringLiteral("market.ship")).size(), 1);
        const auto ship = f.transport.callsOf(QStringLiteral("market.ship")).at(0).params;
        QCOMPARE(ship.value(QStringLiteral("orgId")).toString(), QStringLiteral("org-1"));
        QCOMPARE(ship.value(QStringLiteral("tracking")).toString(), QStringLiteral("VN123"));

        // Support's queue: a decided dispute leaves it.
        QJsonObject disputed = paid;
        disputed.insert(QStringLiteral("status"), QStringLiteral("disputed"));
        f.transport.reply(QStringLiteral("market.disputes"), listOf("orders", {disputed}));
        MarketOrdersModel queue;
        queue.setDisputes(true);
        queue.attach(&f.context);
        QTRY_COMPARE(queue.count(), 1);
        QJsonObject refunded = paid;
        refunded.insert(QStringLiteral("status"), QStringLiteral("refunded"));
        f.transport.reply(QStringLiteral("market.decideDispute"), {{QStringLiteral("order"), refunded}});
        queue.decideDispute(QStringLiteral("o-1"), QStringLiteral("refund"), QStringLiteral(" parcel lost "));
        QTRY_COMPARE(queue.count(), 0);
        const auto decide = f.transport.callsOf(QStringLiteral("market.decideDispute")).at(0).params;
        QCOMPARE(decide.value(QStringLiteral("decision")).toString(), QStringLiteral("refund"));
        QCOMPARE(decide.value(QStringLiteral("note")).toString(), QStringLiteral("parcel lost"));
    }

    void productsSearchAndPage()
    {
        VmFixture f;
        MarketProductsModel products;
        f.transport.reply(QStringLiteral("market.products"),
                          listOf("products", {product(QStringLiteral("pr-1"), QStringLiteral("code"), 0)}, {{QStringLiteral("total"), 30}}));
        products.attach(&f.context);
        QTRY_COMPARE(products.count(), 1);
        QCOMPARE(products.get(0).value(QStringLiteral("firstImage")).toString(), QStringLiteral("f-1"));
        QCOMPARE(products.get(0).value(QStringLiteral("inStock")).toBool(), false);
        QVERIFY(products.canLoadMore());
        // Typing waits: one request for the whole word.
        f.transport.reply(QStringLiteral("market.products"), listOf("products", {}, {{QStringLiteral("total"), 0}}));
        products.setQuery(QStringLiteral("c"));
        products.setQuery(QStringLiteral("co"));
        products.setQuery(QStringLiteral("coffee"));
        QTRY_COMPARE(f.transport.callsOf(QStringLiteral("market.products")).size(), 2);
        QTest::qWait(400);
        QCOMPARE(f.transport.callsOf(QStringLiteral("market.products")).size(), 2);
        const auto search = f.transport.callsOf(QStringLiteral("market.products")).at(1).params;
        QCOMPARE(search.value(QStringLiteral("query")).toString(), QStringLiteral("coffee"));
        QCOMPARE(search.value(QStringLiteral("offset")).toInt(), 0);
        QTRY_COMPARE(products.count(), 0);
    }

    void policyFormBuildsTheProtocolsPolicy()
    {
        VmFixture f;
        PolicyProposalsModel proposals;
        proposals.setOrgId(QStringLiteral("org-1"));
        f.transport.reply(QStringLiteral("bridge.policies"), listOf("proposals", {}));
        proposals.attach(&f.context);
        QTRY_COMPARE(f.transport.callsOf(QStringLiteral("bridge.policies")).size(), 1);
        QCOMPARE(f.transport.callsOf(QStringLiteral("bridge.policies")).at(0).params.value(QStringLiteral("orgId")).toString(), QStringLiteral("org-1"));

        const QVariantMap form{{QStringLiteral("rateMode"), QStringLiteral("fixed")}, {QStringLiteral("rate"), QStringLiteral(" 0.0125 ")},
                               {QStringLiteral("spreadPercent"), QStringLiteral("1.5")}, {QStringLiteral("feePercent"), QStringLiteral("0.25")},
                               {QStringLiteral("coveragePercent"), QStringLiteral("120")}, {QStringLiteral("minSwap"), QStringLiteral("100")},
                               {QStringLiteral("maxSwap"), QStringLiteral("5000.5")}, {QStringLiteral("userDailyCap"), QString()},
                               {QStringLiteral("totalDailyCap"), QStringLiteral("250000")}, {QStringLiteral("toCoin"), true},
                               {QStringLiteral("toPoints"), false}};
        QSignalSpy proposed(&proposals, &PolicyProposalsModel::proposed);
        QSignalSpy failed(&proposals, &PolicyProposalsModel::proposeFailed);
        f.transport.reply(QStringLiteral("bridge.proposePolicy"), {{QStringLiteral("proposal"), QJsonObject{{QStringLiteral("id"), QStringLiteral("pp-1")},
                                                                                                             {QStringLiteral("status"), QStringLiteral("pending")}}}});
        proposals.propose(QStringLiteral("PTS"), form, 2);
        QTRY_COMPARE(proposed.size(), 1);
        const auto call = f.transport.callsOf(QStringLiteral("bridge.proposePolicy")).at(0).params;
        QCOMPARE(call.value(QStringLiteral("orgId")).toString(), QStringLiteral("org-1"));
        QCOMPARE(call.value(QStringLiteral("point")).toString(), QStringLiteral("PTS"));
        const QJsonObject expected{{QStringLiteral("rateMode"), QStringLiteral("fixed")}, {QStringLiteral("rate"), QStringLiteral("0.0125")},
                                   {QStringLiteral("spreadBps"), 150}, {QStringLiteral("feeBps"), 25}, {QStringLiteral("coverageBps"), 12000},
                                   {QStringLiteral("minSwap"), QStringLiteral("100")}, {QStringLiteral("maxSwap"), QStringLiteral("5000.5")},
                                   {QStringLiteral("userDailyCap"), QStringLiteral("0")}, {QStringLiteral("totalDailyCap"), QStringLiteral("250000")},
                                   {QStringLiteral("toCoin"), true}, {QStringLiteral("toPoints"), false}};
        QCOMPARE(call.value(QStringLiteral("policy")).toObject(), expected);

        // The market's price: no rate is sent.
        QVariantMap market = form;
        market.insert(QStringLiteral("rateMode"), QStringLiteral("market"));
        QString bad;
        const auto marketPolicy = bridge::policyFromForm(market, 2, &bad);
        QVERIFY(marketPolicy);
        QVERIFY(!marketPolicy->contains(QStringLiteral("rate")));
        QCOMPARE(marketPolicy->value(QStringLiteral("rateMode")).toString(), QStringLiteral("market"));

        // Malformed fields are refused here, each named as the protocol names it.
        const QList<QPair<QString, QString>> cases{{QStringLiteral("rate"), QStringLiteral("0")},
                                                   {QStringLiteral("spreadPercent"), QStringLiteral("1.555")},
                                                   {QStringLiteral("feePercent"), QStringLiteral("100")},
                                                   {QStringLiteral("minSwap"), QStringLiteral("1.005")},
                                                   {QStringLiteral("maxSwap"), QStringLiteral("50")}}; // below the minimum
        const QStringList fields{QStringLiteral("rate"), QStringLiteral("spreadBps"), QStringLiteral("feeBps"), QStringLiteral("minSwap"), QStringLiteral("maxSwap")};
        for (int i = 0; i < cases.size(); ++i) {
            QVariantMap broken = form;
            broken.insert(cases.at(i).first, cases.at(i).second);
            QVERIFY(!bridge::policyFromForm(broken, 2, &bad));
            QCOMPARE(bad, fields.at(i));
        }
        QVariantMap broken = form;
        broken.insert(QStringLiteral("maxSwap"), QStringLiteral("50"));
        proposals.propose(QStringLiteral("PTS"), broken, 2);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("largest")));
        QCOMPARE(f.transport.callsOf(QStringLiteral("bridge.proposePolicy")).size(), 1);
    }

    void adminApprovesRejectsAndResumes()
    {
        VmFixture f;
        PolicyProposalsModel proposals;
        proposals.setAdmin(true);
        const QJsonObject pending{{QStringLiteral("id"), QStringLiteral("pp-1")}, {QStringLiteral("point"), QStringLiteral("PTS")},
                                  {QStringLiteral("status"), QStringLiteral("pending")}, {QStringLiteral("policy"), policy()},
                                  {QStringLiteral("proposedBy"), QJsonObject{{QStringLiteral("username"), QStringLiteral("bob")}}}};
        QJsonObject second = pending;
        second.insert(QStringLiteral("id"), QStringLiteral("pp-2"));
        f.transport.reply(QStringLiteral("bridge.policies"), listOf("proposals", {pending, second}));
        proposals.attach(&f.context);
        QTRY_COMPARE(proposals.count(), 2);
        QVERIFY(!f.transport.callsOf(QStringLiteral("bridge.policies")).at(0).params.contains(QStringLiteral("orgId")));
        QCOMPARE(proposals.get(0).value(QStringLiteral("proposerName")).toString(), QStringLiteral("bob"));
        QCOMPARE(proposals.get(0).value(QStringLiteral("spreadPercent")).toString(), QStringLiteral("1.5"));

        QSignalSpy decided(&proposals, &PolicyProposalsModel::decided);
        QSignalSpy failed(&proposals, &PolicyProposalsModel::decideFailed);
        QJsonObject approved = pending;
        approved.insert(QStringLiteral("status"), QStringLiteral("approved"));
        f.transport.reply(QStringLiteral("bridge.approvePolicy"), {{QStringLiteral("proposal"), approved}});
        proposals.approve(QStringLiteral("pp-1"));
        QTRY_COMPARE(decided.size(), 1);
        QCOMPARE(f.transport.callsOf(QStringLiteral("bridge.approvePolicy")).at(0).params,
                 QJsonObject({{QStringLiteral("proposalId"), QStringLiteral("pp-1")}}));
        QCOMPARE(proposals.get(0).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));

        // One's own proposal: worded as the four-eyes rule.
        f.transport.failWith(QStringLiteral("bridge.approvePolicy"), QStringLiteral("forbidden"), {{QStringLiteral("detail"), QStringLiteral("own_proposal")}});
        proposals.approve(QStringLiteral("pp-2"));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("another admin")));

        proposals.reject(QStringLiteral("pp-2"), QStringLiteral("   "));
        QCOMPARE(failed.size(), 2); // a reason is needed: nothing sent
        QCOMPARE(f.transport.callsOf(QStringLiteral("bridge.rejectPolicy")).size(), 0);
        QJsonObject rejected = second;
        rejected.insert(QStringLiteral("status"), QStringLiteral("rejected"));
        f.transport.reply(QStringLiteral("bridge.rejectPolicy"), {{QStringLiteral("proposal"), rejected}});
        proposals.reject(QStringLiteral("pp-2"), QStringLiteral("  The fee is too high. "));
        QTRY_COMPARE(decided.size(), 2);
        QCOMPARE(f.transport.callsOf(QStringLiteral("bridge.rejectPolicy")).at(0).params,
                 QJsonObject({{QStringLiteral("proposalId"), QStringLiteral("pp-2")}, {QStringLiteral("reason"), QStringLiteral("The fee is too high.")}}));
        QCOMPARE(proposals.get(1).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));

        // The overview: coverage compared exactly, and resuming a paused point.
        QJsonObject paused = point(QStringLiteral("BEAN"), QStringLiteral("paused"));
        paused.insert(QStringLiteral("reserve"), QStringLiteral("500"));
        const QJsonObject overview{
            {QStringLiteral("partners"), QJsonArray{QJsonObject{{QStringLiteral("orgId"), QStringLiteral("org-1")}, {QStringLiteral("name"), QStringLiteral("Nova Coffee")},
                                                                {QStringLiteral("points"), QJsonArray{point(), paused}}}}},
            {QStringLiteral("totals"), QJsonArray{QJsonObject{{QStringLiteral("coin"), QStringLiteral("AZC")}, {QStringLiteral("decimals"), 8},
                                                              {QStringLiteral("reserves"), QStringLiteral("999.99")}, {QStringLiteral("required"), QStringLiteral("1000")}}}}};
        f.transport.reply(QStringLiteral("bridge.overview"), overview);
        BridgeOverview admin;
        admin.attach(&f.context);
        QTRY_COMPARE(admin.partners().size(), 1);
        QCOMPARE(admin.pausedCount(), 1);
        const QVariantList pts = admin.partners().at(0).toMap().value(QStringLiteral("points")).toList();
        QCOMPARE(pts.at(0).toMap().value(QStringLiteral("covered")).toBool(), false);
        QCOMPARE(pts.at(1).toMap().value(QStringLiteral("covered")).toBool(), true);
        QCOMPARE(admin.totals().at(0).toMap().value(QStringLiteral("covered")).toBool(), false);
        QSignalSpy resumed(&admin, &BridgeOverview::resumed);
        f.transport.reply(QStringLiteral("bridge.setPaused"), {{QStringLiteral("point"), point(QStringLiteral("BEAN"))}});
        f.transport.reply(QStringLiteral("bridge.overview"), overview);
        admin.resume(QStringLiteral("BEAN"));
        QTRY_COMPARE(resumed.size(), 1);
        QCOMPARE(f.transport.callsOf(QStringLiteral("bridge.setPaused")).at(0).params,
                 QJsonObject({{QStringLiteral("point"), QStringLiteral("BEAN")}, {QStringLiteral("paused"), false}}));
    }

    void partnerMoneyActionsKeepTheirKeyForARetry()
    {
        VmFixture f;
        f.transport.reply(QStringLiteral("payments.myOrgs"),
                          listOf("orgs", {QJsonObject{{QStringLiteral("id"), QStringLiteral("org-1")}, {QStringLiteral("name"), QStringLiteral("Nova Coffee")},
                                                      {QStringLiteral("status"), QStringLiteral("active")}, {QStringLiteral("role"), QStringLiteral("owner")}}}));
        f.transport.reply(QStringLiteral("bridge.orgPoints"), listOf("points", {point()}));
        PartnerConsole console;
        console.attach(&f.context);
        QTRY_COMPARE(console.points().size(), 1);
        QCOMPARE(console.orgId(), QStringLiteral("org-1"));
        QVERIFY(console.canManage());
        QSignalSpy acted(&console, &PartnerConsole::acted);
        QSignalSpy failed(&console, &PartnerConsole::actionFailed);

        console.beginAction();
        console.credit(QStringLiteral("PTS"), QStringLiteral("@alice"), QStringLiteral("1.001"), {}); // 3 decimals on a 2-decimal point
        QCOMPARE(failed.size(), 1);
        QCOMPARE(f.transport.callsOf(QStringLiteral("bridge.credit")).size(), 0);
        f.transport.fail(QStringLiteral("bridge.credit"), QStringLiteral("disconnected"), 0);
        console.credit(QStringLiteral("PTS"), QStringLiteral("@alice"), QStringLiteral("250"), QStringLiteral("order 77"));
        QTRY_COMPARE(failed.size(), 2);
        QVERIFY(failed.at(1).at(2).toBool()); // canRetry
        f.transport.failWith(QStringLiteral("bridge.credit"), QStringLiteral("reserve_insufficient"), {});
        console.credit(QStringLiteral("PTS"), QStringLiteral("@alice"), QStringLiteral("250"), QStringLiteral("order 77"));
        QTRY_COMPARE(failed.size(), 3);
        QVERIFY(failed.at(2).at(1).toString().contains(QStringLiteral("Top the reserve up")));
        auto calls = f.transport.callsOf(QStringLiteral("bridge.credit"));
        QCOMPARE(calls.size(), 2);
        QCOMPARE(key(calls.at(0)), key(calls.at(1)));
        QCOMPARE(calls.at(0).params.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
        QCOMPARE(calls.at(0).params.value(QStringLiteral("reference")).toString(), QStringLiteral("order 77"));
        QCOMPARE(calls.at(0).params.value(QStringLiteral("orgId")).toString(), QStringLiteral("org-1"));

        // Topping up from the member's wallet after the refusal: a new action, a new key.
        f.transport.reply(QStringLiteral("bridge.topUpReserve"), {{QStringLiteral("point"), point()}});
        f.transport.reply(QStringLiteral("bridge.orgPoints"), listOf("points", {point()}));
        console.topUpReserve(QStringLiteral("PTS"), QStringLiteral("10.5"), QStringLiteral("me"));
        QTRY_COMPARE(acted.size(), 1);
        const auto topUp = f.transport.callsOf(QStringLiteral("bridge.topUpReserve")).at(0).params;
        QCOMPARE(topUp.value(QStringLiteral("from")).toString(), QStringLiteral("me"));
        QCOMPARE(topUp.value(QStringLiteral("amount")).toString(), QStringLiteral("10.5"));
        QVERIFY(key(f.transport.callsOf(QStringLiteral("bridge.topUpReserve")).at(0)) != key(calls.at(0)));
    }

    void dashboardCsvIsExact()
    {
        const QJsonObject dashboard{
            {QStringLiteral("orgId"), QStringLiteral("org-1")},
            {QStringLiteral("series"), QJsonArray{
                QJsonObject{{QStringLiteral("day"), QStringLiteral("2027-01-01")}, {QStringLiteral("point"), QStringLiteral("PTS")},
                            {QStringLiteral("credited"), QStringLiteral("1000")}, {QStringLiteral("burned"), QStringLiteral("0")},
                            {QStringLiteral("toCoin"), QStringLiteral("250.5")}, {QStringLiteral("toPoints"), QStringLiteral("0.01")},
                            {QStringLiteral("outstanding"), QStringLiteral("50000")}, {QStringLiteral("reserve"), QStringLiteral("500.00000001")}},
                QJsonObject{{QStringLiteral("day"), QStringLiteral("2027-01-02")}, {QStringLiteral("point"), QStringLiteral("PTS")},
                            {QStringLiteral("credited"), QStringLiteral("0")}, {QStringLiteral("burned"), QStringLiteral("12")},
                            {QStringLiteral("toCoin"), QStringLiteral("0")}, {QStringLiteral("toPoints"), QStringLiteral("0")},
                            {QStringLiteral("outstanding"), QStringLiteral("49988")}, {QStringLiteral("reserve"), QStringLiteral("500")}}}},
            {QStringLiteral("marketSeries"), QJsonArray{
                QJsonObject{{QStringLiteral("day"), QStringLiteral("2027-01-02")}, {QStringLiteral("asset"), QStringLiteral("AZC")},
                            {QStringLiteral("orders"), 3}, {QStringLiteral("sales"), QStringLiteral("7.65")}}}}};
        const QString expected = QStringLiteral(
            "series,day,point,asset,credited,burned,toCoin,toPoints,outstanding,reserve,orders,sales\r\n"
            "point,2027-01-01,PTS,,1000,0,250.5,0.01,50000,500.00000001,,\r\n"
            "point,2027-01-02,PTS,,0,12,0,0,49988,500,,\r\n"
            "market,2027-01-02,,AZC,,,,,,,3,7.65\r\n");
        QCOMPARE(bridge::dashboardCsv(dashboard), expected);
        QJsonObject quoted = dashboard;
        quoted.insert(QStringLiteral("series"), QJsonArray{QJsonObject{{QStringLiteral("day"), QStringLiteral("2027-01-03")},
                                                                       {QStringLiteral("point"), QStringLiteral("A,\"B\"")}}});
        quoted.remove(QStringLiteral("marketSeries"));
        QCOMPARE(bridge::dashboardCsv(quoted).section(QStringLiteral("\r\n"), 1, 1),
                 QStringLiteral("point,2027-01-03,\"A,\"\"B\"\"\",,,,,,,,,"));

        // Through the view model, to a file, byte for byte; and the bars for one point.
        VmFixture f;
        f.transport.reply(QStringLiteral("bridge.dashboard"), dashboard);
        BridgeDashboard model;
        model.setOrgId(QStringLiteral("org-1"));
        model.setDays(7);
        model.attach(&f.context);
        QTRY_VERIFY(model.hasSeries());
        QCOMPARE(f.transport.callsOf(QStringLiteral("bridge.dashboard")).at(0).params.value(QStringLiteral("days")).toInt(), 7);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dashboard.csv"));
        QVERIFY(model.saveCsv(QUrl::fromLocalFile(path)));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), expected);
        QCOMPARE(model.marketAssets(), QStringList{QStringLiteral("AZC")});

        DashboardBarsModel bars;
        bars.setDashboard(&model);
        bars.setPoint(QStringLiteral("PTS"));
        bars.setKey(QStringLiteral("burned"));
        QCOMPARE(bars.rowCount(), 2);
        QCOMPARE(bars.largest(), QStringLiteral("12"));
        const int total = bars.roleNames().key("total");
        const int height = bars.roleNames().key("barFraction");
        QCOMPARE(bars.data(bars.index(1), total).toString(), QStringLiteral("12"));
        QCOMPARE(bars.data(bars.index(0), height).toDouble(), 0.0);
        QCOMPARE(bars.data(bars.index(1), height).toDouble(), 1.0);
        bars.setMarket(true);
        bars.setPoint(QStringLiteral("AZC"));
        bars.setKey(QStringLiteral("orders"));
        QCOMPARE(bars.rowCount(), 1);
        QCOMPARE(bars.data(bars.index(0), total).toString(), QStringLiteral("3"));
    }

    void productEditorSendsCodesAsStock()
    {
        VmFixture f;
        MarketProductEditor editor;
        editor.setOrgId(QStringLiteral("org-1"));
        editor.attach(&f.context);
        QJsonObject existing = product(QStringLiteral("pr-2"), QStringLiteral("code"), 4);
        existing.insert(QStringLiteral("codesLeft"), 4);
        editor.edit(existing.toVariantMap());
        QCOMPARE(editor.imageFileIds(), (QStringList{QStringLiteral("f-1"), QStringLiteral("f-2")}));
        editor.removeImage(0);
        const QVariantMap form{{QStringLiteral("title"), QStringLiteral(" Gift card ")}, {QStringLiteral("description"), QStringLiteral("10 coffees")},
                               {QStringLiteral("priceAsset"), QStringLiteral("PTS")}, {QStringLiteral("price"), QStringLiteral("50")},
                               {QStringLiteral("stock"), QStringLiteral("999")}, {QStringLiteral("delivery"), QStringLiteral("code")},
                               {QStringLiteral("codesText"), QStringLiteral("AAA-1\n\n  BBB-2 \nAAA-1\nCCC-3\n")}, {QStringLiteral("active"), true}};
        QSignalSpy saved(&editor, &MarketProductEditor::saved);
        f.transport.reply(QStringLiteral("market.saveProduct"), {{QStringLiteral("product"), existing}});
        editor.save(form);
        QTRY_COMPARE(saved.size(), 1);
        const auto params = f.transport.callsOf(QStringLiteral("market.saveProduct")).at(0).params;
        QCOMPARE(params.value(QStringLiteral("productId")).toString(), QStringLiteral("pr-2"));
        QCOMPARE(params.value(QStringLiteral("title")).toString(), QStringLiteral("Gift card"));
        QCOMPARE(params.value(QStringLiteral("codes")).toArray(), (QJsonArray{QStringLiteral("AAA-1"), QStringLiteral("BBB-2"), QStringLiteral("CCC-3")}));
        QCOMPARE(params.value(QStringLiteral("stock")).toInteger(), 7); // 4 unsold + 3 new
        QCOMPARE(params.value(QStringLiteral("imageFileIds")).toArray(), QJsonArray{QStringLiteral("f-2")});
        QCOMPARE(params.value(QStringLiteral("orgId")).toString(), QStringLiteral("org-1"));
    }

    void swapHistoryPagesByCursorAndFollowsSwaps()
    {
        VmFixture f;
        BridgeSwapsModel swaps;
        swaps.setPoint(QStringLiteral("PTS"));
        f.transport.reply(QStringLiteral("bridge.swaps"), listOf("swaps", {swap(QStringLiteral("sw-2"))},
                                                                 {{QStringLiteral("hasMore"), true}, {QStringLiteral("nextCursor"), QStringLiteral("cur-1")}}));
        swaps.attach(&f.context);
        QTRY_COMPARE(swaps.count(), 1);
        QVERIFY(swaps.get(0).value(QStringLiteral("words")).toString().contains(QStringLiteral("100 PTS")));
        f.transport.reply(QStringLiteral("bridge.swaps"), listOf("swaps", {swap(QStringLiteral("sw-1"))}, {{QStringLiteral("hasMore"), false}}));
        swaps.loadMore();
        QTRY_COMPARE(swaps.count(), 2);
        QVERIFY(swaps.atEnd());
        const auto second = f.transport.callsOf(QStringLiteral("bridge.swaps")).at(1).params;
        QCOMPARE(second.value(QStringLiteral("cursor")).toString(), QStringLiteral("cur-1"));
        QCOMPARE(second.value(QStringLiteral("point")).toString(), QStringLiteral("PTS"));
        // Another point's swap is not this list's; this point's reads it again.
        f.transport.push(QStringLiteral("event.bridge.changed"), {{QStringLiteral("kind"), QStringLiteral("swap")}, {QStringLiteral("point"), QStringLiteral("BEAN")}});
        QTest::qWait(100);
        QCOMPARE(f.transport.callsOf(QStringLiteral("bridge.swaps")).size(), 2);
        f.transport.reply(QStringLiteral("bridge.swaps"), listOf("swaps", {swap(QStringLiteral("sw-3"))}, {{QStringLiteral("hasMore"), false}}));
        f.transport.push(QStringLiteral("event.bridge.changed"), {{QStringLiteral("kind"), QStringLiteral("swap")}, {QStringLiteral("point"), QStringLiteral("PTS")}});
        QTRY_COMPARE(f.transport.callsOf(QStringLiteral("bridge.swaps")).size(), 3);
        QTRY_COMPARE(swaps.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TstBridgeModels)
#include "tst_bridge_models.moc"
