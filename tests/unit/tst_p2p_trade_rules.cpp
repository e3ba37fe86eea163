// The P2P trade state machine, exhaustively: every state × action × party at
// three moments (inside the payment window, after it with the release window
// open, after both) against a table of the allowed transitions written out
// here; everything not in the table must be refused, as `forbidden` when the
// party may never do it and `invalid_state` otherwise.

#include "p2p/trade_rules.h"

#include <QtTest>

using namespace azc;
using namespace azc::p2p;

namespace {

enum class When { InPaymentWindow, AfterPayment, AfterRelease };

struct Allowed {
    TradeState from;
    TradeAction action;
    Party party;
    QList<When> when;
    TradeState to;
    const char *outcome;
};

const QList<When> kAlways{When::InPaymentWindow, When::AfterPayment, When::AfterRelease};

const QList<Allowed> kAllowed = {
    {TradeState::PendingPayment, TradeAction::MarkPaid, Party::Buyer, {When::InPaymentWindow}, TradeState::Paid, ""},
    {TradeState::PendingPayment, TradeAction::Cancel, Party::Buyer, kAlways, TradeState::Cancelled, "cancelled"},
    {TradeState::PendingPayment, TradeAction::Release, Party::Seller, kAlways, TradeState::Completed, "released"},
    {TradeState::PendingPayment, TradeAction::Expire, Party::System, {When::AfterPayment, When::AfterRelease},
     TradeState::Cancelled, "expired"},
    {TradeState::Paid, TradeAction::Release, Party::Seller, kAlways, TradeState::Completed, "released"},
    {TradeState::Paid, TradeAction::Cancel, Party::Buyer, kAlways, TradeState::Cancelled, "cancelled"},
    {TradeState::Paid, TradeAction::Appeal, Party::Seller, kAlways, TradeState::Appealed, ""},
    {TradeState::Paid, TradeAction::Appeal, Party::Buyer, {When::AfterRelease}, TradeState::Appealed, ""},
    {TradeState::Appealed, TradeAction::ResolveRelease, Party::Support, kAlways, TradeState::Completed, "released"},
    {TradeState::Appealed, TradeAction::ResolveRefund, Party::Support, kAlways, TradeState::Cancelled, "refunded"},
    {TradeState::Appealed, TradeAction::Release, Party::Seller, kAlways, TradeState::Completed, "released"},
    {TradeState::Appealed, TradeAction::Cancel, Party::Buyer, kAlways, TradeState::Cancelled, "cancelled"},
};

// Who may ever take an action (in some state, at some time).
bool mayEver(TradeAction a, Party p)
{
    for (const Allowed &x : kAllowed)
        if (x.action == a && x.party == p)
            return true;
    return false;
}

} // namespace

class TstP2pTradeRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTransitionAndEveryRefusal()
    {
        const TradeClock clock{1000, 5000};
        const QHash<When, qint64> at{{When::InPaymentWindow, 999}, {When::AfterPayment, 1000}, {When::AfterRelease, 5000}};
        const QList<TradeState> states{TradeState::PendingPayment, TradeState::Paid, TradeState::Appealed,
                                       TradeState::Completed, TradeState::Cancelled};
        const QList<TradeAction> actions{TradeAction::MarkPaid, TradeAction::Release, TradeAction::Cancel, TradeAction::Expire,
                                         TradeAction::Appeal, TradeAction::ResolveRelease, TradeAction::ResolveRefund};
        const QList<Party> parties{Party::Buyer, Party::Seller, Party::Support, Party::System};
        int allowed = 0, refused = 0;
        for (TradeState s : states)
            for (TradeAction a : actions)
                for (Party p : parties)
                    for (When w : {When::InPaymentWindow, When::AfterPayment, When::AfterRelease}) {
                        const auto got = decide(s, a, p, clock, at.value(w));
                        const Allowed *expected = nullptr;
                        for (const Allowed &x : kAllowed)
                            if (x.from == s && x.action == a && x.party == p && x.when.contains(w))
                                expected = &x;
                        const QByteArray where = (stateName(s) + u' ' + actionName(a) + u" by " + QString::number(int(p))
                                                  + u" at " + QString::number(at.value(w)))
                                                         .toUtf8();
                        if (expected) {
                            QVERIFY2(got.ok(), where.constData());
                            QVERIFY2(got->to == expected->to, where.constData());
                            QVERIFY2(got->outcome == QLatin1String(expected->outcome), where.constData());
                            ++allowed;
                        } else {
                            QVERIFY2(!got.ok(), where.constData());
                            const QString why = got.error().reason;
                            if (isFinal(s) || mayEver(a, p))
                                QVERIFY2(why == QLatin1String("invalid_state"), where.constData());
                            else
                                QVERIFY2(why == QLatin1String("forbidden"), where.constData());
                            ++refused;
                        }
                    }
        QCOMPARE(allowed, 31); // the table above, counted per moment
        QCOMPARE(allowed + refused, 5 * 7 * 4 * 3);
    }

    void refusalsSayWhyAndWhen()
    {
        const TradeClock clock{1000, 5000};
        auto early = decide(TradeState::Paid, TradeAction::Appeal, Party::Buyer, clock, 4999);
        QCOMPARE(early.error().data.value(QStringLiteral("detail")).toString(), QStringLiteral("too_early"));
        QCOMPARE(early.error().data.value(QStringLiteral("at")).toInteger(), 5000);
        auto expire = decide(TradeState::PendingPayment, TradeAction::Expire, Party::System, clock, 999);
        QCOMPARE(expire.error().data.value(QStringLiteral("detail")).toString(), QStringLiteral("too_early"));
        auto done = decide(TradeState::Completed, TradeAction::Cancel, Party::Buyer, clock, 0);
        QCOMPARE(done.error().data.value(QStringLiteral("detail")).toString(), QStringLiteral("completed"));
        auto late = decide(TradeState::PendingPayment, TradeAction::MarkPaid, Party::Buyer, clock, 1000);
        QCOMPARE(late.error().reason, QStringLiteral("invalid_state"));
    }

    void namesRoundTrip()
    {
        for (TradeState s : {TradeState::PendingPayment, TradeState::Paid, TradeState::Appealed, TradeState::Completed,
                             TradeState::Cancelled})
            QCOMPARE(stateFromName(stateName(s)).value(), s);
        QVERIFY(!stateFromName(QStringLiteral("lost")));
    }
};

QTEST_APPLESS_MAIN(TstP2pTradeRules)
#include "tst_p2p_trade_rules.moc"
