#include "bridge/bridge_errors.h"

#include "bridge/bridge_amounts.h"
#include "foundation/error_sink.h"

namespace azc {

// File-local helpers in their own namespace: the desktop library is built in
// unity batches, where earn_errors.cpp's helpers may share this file's unit.
namespace bridge::errors {

using Action = BridgeErrors::Action;

bool isNone(const QString &amount)
{
    return amount.isEmpty() || amount == QLatin1String("0");
}

QString limitWords(const RpcReply &reply, const QJsonObject &point, const QJsonObject &limits)
{
    const QString which = reply.data.value(QStringLiteral("limit")).toString();
    const QJsonObject policy = point.value(QStringLiteral("policy")).toObject();
    const QString code = bridge::text(point, "code");
    const auto pick = [&](const char *fromLimits, const char *fromPolicy) {
        const QString v = bridge::text(limits, fromLimits);
        return v.isEmpty() ? bridge::text(policy, fromPolicy) : v;
    };
    if (which == QLatin1String("min")) {
        const QString min = pick("min", "minSwap");
        if (!isNone(min))
            return BridgeErrors::tr("That is below the smallest swap of %1 %2.").arg(min, code);
        return BridgeErrors::tr("That is below the smallest swap this point allows.");
    }
    if (which == QLatin1String("max")) {
        const QString max = pick("max", "maxSwap");
        if (!isNone(max))
            return BridgeErrors::tr("That is above the largest swap of %1 %2.").arg(max, code);
        return BridgeErrors::tr("That is above the largest swap this point allows.");
    }
    if (which == QLatin1String("user_daily")) {
        const QString left = bridge::text(limits, "userLeft");
        const QString cap = bridge::text(policy, "userDailyCap");
        if (!left.isEmpty())
            return BridgeErrors::tr("That is more than your daily allowance: %1 %2 left today (days end at midnight UTC).").arg(left, code);
        if (!isNone(cap))
            return BridgeErrors::tr("That is more than your daily allowance of %1 %2 (days end at midnight UTC).").arg(cap, code);
        return BridgeErrors::tr("That is more than your daily allowance for this point. Try a smaller amount, or tomorrow.");
    }
    if (which == QLatin1String("total_daily")) {
        const QString left = bridge::text(limits, "totalLeft");
        if (!left.isEmpty())
            return BridgeErrors::tr("The partner's daily total for everyone is nearly used: %1 %2 left today (UTC).").arg(left, code);
        return BridgeErrors::tr("The partner's daily total for everyone is used up. Try again tomorrow (UTC).");
    }
    return BridgeErrors::tr("That is outside this point's limits.");
}

QString fieldWords(const QString &field)
{
    if (field == QLatin1String("code"))
        return BridgeErrors::tr("The code is 2 to 10 capital letters or digits.");
    if (field == QLatin1String("name"))
        return BridgeErrors::tr("The name has 2 to 40 characters.");
    if (field == QLatin1String("decimals"))
        return BridgeErrors::tr("Decimals are a whole number from 0 to 8 (18 for a token).");
    if (field == QLatin1String("contract"))
        return BridgeErrors::tr("The contract is an address like 0x followed by 40 hex digits.");
    if (field == QLatin1String("rateMode"))
        return BridgeErrors::tr("Choose a fixed rate or the market's price.");
    if (field == QLatin1String("rate"))
        return BridgeErrors::tr("Enter the rate as coin per whole point, above zero.");
    if (field == QLatin1String("spreadBps"))
        return BridgeErrors::tr("The spread is a percentage below 100 with at most 2 decimals.");
    if (field == QLatin1String("feeBps"))
        return BridgeErrors::tr("The fee is a percentage below 100 with at most 2 decimals.");
    if (field == QLatin1String("coverageBps"))
        return BridgeErrors::tr("The coverage is a percentage (100 = fully backed) with at most 2 decimals.");
    if (field == QLatin1String("minSwap") || field == QLatin1String("maxSwap"))
        return BridgeErrors::tr("Enter the smallest and largest swap in points (0: none), the largest not below the smallest.");
    if (field == QLatin1String("userDailyCap") || field == QLatin1String("totalDailyCap"))
        return BridgeErrors::tr("Enter the daily caps in points (0: none), with no more decimals than the point has.");
    if (field == QLatin1String("title"))
        return BridgeErrors::tr("The title has 2 to 80 characters.");
    if (field == QLatin1String("description"))
        return BridgeErrors::tr("The description has at most 2,000 characters.");
    if (field == QLatin1String("price"))
        return BridgeErrors::tr("Enter a price above zero, with no more decimals than its asset has.");
    if (field == QLatin1String("priceAsset"))
        return BridgeErrors::tr("A product is priced in AZC or in one of your points.");
    if (field == QLatin1String("stock"))
        return BridgeErrors::tr("Stock is a whole number from 0 to 1,000,000; for vouchers, the number of codes.");
    if (field == QLatin1String("imageFileIds"))
        return BridgeErrors::tr("A product has at most 6 pictures.");
    if (field == QLatin1String("codes"))
        return BridgeErrors::tr("Add the voucher codes, one per line.");
    if (field == QLatin1String("quantity"))
        return BridgeErrors::tr("The quantity is from 1 to 100.");
    if (field == QLatin1String("address"))
        return BridgeErrors::tr("Enter the shipping address (at most 300 characters).");
    if (field == QLatin1String("tracking"))
        return BridgeErrors::tr("Enter the tracking reference (1 to 100 characters).");
    if (field == QLatin1String("reason") || field == QLatin1String("note"))
        return BridgeErrors::tr("Write a reason of 1 to 500 characters.");
    if (field == QLatin1String("username"))
        return BridgeErrors::tr("Enter the username of the person to credit.");
    if (field == QLatin1String("reference"))
        return BridgeErrors::tr("The reference has at most 64 characters.");
    if (field == QLatin1String("amount"))
        return BridgeErrors::tr("Enter an amount above zero, with no more decimals than the asset has.");
    return {};
}

QString invalidState(Action action, const RpcReply &reply)
{
    const QString detail = reply.data.value(QStringLiteral("detail")).toString();
    switch (action) {
    case Action::ConfirmConsent:
    case Action::DeclineConsent: return BridgeErrors::tr("This request is no longer waiting for you: it was answered or it expired.");
    case Action::ConfirmReceived: return BridgeErrors::tr("Only a shipped order can be marked as received.");
    case Action::Dispute: return BridgeErrors::tr("This order cannot be disputed now: it is already refunded, disputed or closed.");
    case Action::Ship: return BridgeErrors::tr("Only a paid order can be shipped.");
    case Action::Refund: return BridgeErrors::tr("This order cannot be refunded now.");
    case Action::DecideDispute: return BridgeErrors::tr("This dispute is already decided.");
    case Action::ApprovePolicy:
    case Action::RejectPolicy: return BridgeErrors::tr("This proposal is already decided.");
    case Action::CreatePoint:
        if (detail.isEmpty() || detail == QLatin1String("not_verified"))
            return BridgeErrors::tr("The organisation must be verified (KYB) before it creates points.");
        break;
    default: break;
    }
    return ErrorSink::describe(reply);
}

} // namespace bridge::errors

bool BridgeErrors::repeatable(Action a)
{
    switch (a) {
    case Action::Swap:
    case Action::ConfirmConsent:
    case Action::Buy:
    case Action::TopUp:
    case Action::Withdraw:
    case Action::Credit:
    case Action::Burn: return true;
    default: return false;
    }
}

RpcReply BridgeErrors::local(const QString &reason, const QString &field)
{
    QJsonObject data{{QStringLiteral("reason"), reason}};
    if (!field.isEmpty())
        data.insert(QStringLiteral("field"), field);
    return RpcReply::failure(0, reason, {}, data);
}

QString BridgeErrors::describe(const RpcReply &reply, Action action, const QJsonObject &point, const QJsonObject &limits)
{
    const QString &r = reply.reason;
    if (reply.lostInTransit() && repeatable(action))
        return tr("The connection was lost before the answer came. Press again: it will not be done twice.");
    if (r == QLatin1String("paused"))
        return tr("This point is paused by its partner or the platform: nothing can be swapped or credited for now.");
    if (r == QLatin1String("direction_closed"))
        return tr("The partner does not allow swaps in this direction at the moment.");
    if (r == QLatin1String("limit_exceeded"))
        return bridge::errors::limitWords(reply, point, limits);
    if (r == QLatin1String("reserve_insufficient")) {
        if (action == Action::Credit)
            return tr("The reserve does not cover these points. Top the reserve up first.");
        if (action == Action::Withdraw)
            return tr("Only what is above the required reserve can be withdrawn.");
        return tr("The partner's reserve cannot pay this swap right now. Try a smaller amount, or later.");
    }
    if (r == QLatin1String("quote_expired"))
        return tr("The quote ran out before it was confirmed. Get a new quote.");
    if (r == QLatin1String("no_policy"))
        return tr("This point has no approved policy yet, so it cannot be swapped.");
    if (r == QLatin1String("out_of_stock"))
        return tr("There is not enough left in stock for this quantity.");
    if (r == QLatin1String("insufficient_funds")) {
        if (action == Action::TopUp)
            return tr("The balance it comes from does not cover this amount.");
        if (action == Action::Burn)
            return tr("The organisation does not hold that many points.");
        if (action == Action::Refund)
            return tr("The organisation's balance does not cover the refund.");
        if (action == Action::Buy)
            return tr("Your balance does not cover the total.");
        return tr("Your available balance does not cover this amount.");
    }
    if (r == QLatin1String("asset_exists"))
        return tr("That code is taken by another asset. Choose another.");
    if (r == QLatin1String("forbidden")) {
        const QString detail = reply.data.value(QStringLiteral("detail")).toString();
        if (detail == QLatin1String("own_proposal") || detail == QLatin1String("own_case"))
            return tr("You proposed this policy: another admin must approve it.");
        if (action == Action::Resume)
            return tr("Only a platform admin can resume a paused point.");
        if (action == Action::ProposePolicy || action == Action::CreatePoint || action == Action::Pause)
            return tr("Only the organisation's owner or an admin of it may do this.");
    }
    if (r == QLatin1String("not_found")) {
        if (action == Action::Credit)
            return tr("There is no user with that name.");
        if (action == Action::ConfirmConsent || action == Action::DeclineConsent)
            return tr("This request no longer exists.");
        if (action == Action::Buy)
            return tr("This product is no longer on sale.");
        if (action == Action::Swap)
            return tr("This quote is no longer valid: it was used or replaced. Get a new quote.");
    }
    if (r == QLatin1String("invalid_state"))
        return bridge::errors::invalidState(action, reply);
    if (r == QLatin1String("invalid_amount"))
        return tr("Enter an amount above zero, with no more decimals than the asset has.");
    if (r == QLatin1String("invalid_params")) {
        if (const QString words = bridge::errors::fieldWords(reply.data.value(QStringLiteral("field")).toString()); !words.isEmpty())
            return words;
    }
    return ErrorSink::describe(reply);
}

} // namespace azc
