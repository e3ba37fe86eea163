#include "p2p/trade_rules.h"

namespace azc::p2p {

namespace {

Error refuse(TradeState state) // the action makes no sense in this state
{
    return fail("invalid_state", QStringLiteral("the trade is %1").arg(stateName(state)),
                {{QStringLiteral("detail"), stateName(state)}});
}

Error notYours()
{
    return fail("forbidden", QStringLiteral("the other party or support does that"),
                {{QStringLiteral("detail"), QStringLiteral("not_your_action")}});
}

Error tooEarly(const QString &what, qint64 at)
{
    return fail("invalid_state", what, {{QStringLiteral("detail"), QStringLiteral("too_early")}, {QStringLiteral("at"), at}});
}

} // namespace

QString stateName(TradeState s)
{
    switch (s) {
    case TradeState::PendingPayment: return QStringLiteral("pending_payment");
    case TradeState::Paid: return QStringLiteral("paid");
    case TradeState::Appealed: return QStringLiteral("appealed");
    case TradeState::Completed: return QStringLiteral("completed");
    case TradeState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<TradeState> stateFromName(const QString &name)
{
    for (TradeState s : {TradeState::PendingPayment, TradeState::Paid, TradeState::Appealed, TradeState::Completed,
                         TradeState::Cancelled})
        if (stateName(s) == name)
            return s;
    return std::nullopt;
}

QString actionName(TradeAction a)
{
    switch (a) {
    case TradeAction::MarkPaid: return QStringLiteral("mark_paid");
    case TradeAction::Release: return QStringLiteral("release");
    case TradeAction::Cancel: return QStringLiteral("cancel");
    case TradeAction::Expire: return QStringLiteral("expire");
    case TradeAction::Appeal: return QStringLiteral("appeal");
    case TradeAction::ResolveRelease: return QStringLiteral("resolve_release");
    case TradeAction::ResolveRefund: return QStringLiteral("resolve_refund");
    }
    return {};
}

bool isFinal(TradeState s) { return s == TradeState::Completed || s == TradeState::Cancelled; }

Result<Transition> decide(TradeState state, TradeAction action, Party party, const TradeClock &clock, qint64 nowMs)
{
    if (isFinal(state))
        return refuse(state);
    switch (action) {
    case TradeAction::MarkPaid:
        if (party != Party::Buyer)
            return notYours();
        if (state != TradeState::PendingPayment)
            return refuse(state);
        if (nowMs >= clock.paymentDeadline) // too late: the window has closed, the trade expires
            return refuse(state);
        return Transition{TradeState::Paid, {}};
    case TradeAction::Release:
        if (party != Party::Seller)
            return notYours();
        return Transition{TradeState::Completed, QStringLiteral("released")};
    case TradeAction::Cancel:
        if (party != Party::Buyer)
            return notYours();
        return Transition{TradeState::Cancelled, QStringLiteral("cancelled")};
    case TradeAction::Expire:
        if (party != Party::System)
            return notYours();
        if (state != TradeState::PendingPayment)
            return refuse(state);
        if (nowMs < clock.paymentDeadline)
            return tooEarly(QStringLiteral("the payment window is still open"), clock.paymentDeadline);
        return Transition{TradeState::Cancelled, QStringLiteral("expired")};
    case TradeAction::Appeal:
        if (party != Party::Buyer && party != Party::Seller)
            return notYours();
        if (state != TradeState::Paid)
            return refuse(state);
        if (party == Party::Buyer && nowMs < clock.releaseDeadline)
            return tooEarly(QStringLiteral("the seller still has time to release"), clock.releaseDeadline);
        return Transition{TradeState::Appealed, {}};
    case TradeAction::ResolveRelease:
    case TradeAction::ResolveRefund:
        if (party != Party::Support)
            return notYours();
        if (state != TradeState::Appealed)
            return refuse(state);
        return action == TradeAction::ResolveRelease ? Transition{TradeState::Completed, QStringLiteral("released")}
                                                     : Transition{TradeState::Cancelled, QStringLiteral("refunded")};
    }
    return refuse(state);
}

} // namespace azc::p2p
