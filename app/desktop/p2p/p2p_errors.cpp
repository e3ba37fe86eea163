#include "p2p/p2p_errors.h"

#include "foundation/error_sink.h"

namespace azc {

namespace {

QString stateWords(const QString &state)
{
    if (state == QLatin1String("pending_payment"))
        return P2pErrors::tr("The trade is still waiting for payment.");
    if (state == QLatin1String("paid"))
        return P2pErrors::tr("The buyer has already marked this trade paid.");
    if (state == QLatin1String("appealed"))
        return P2pErrors::tr("This trade is under appeal: support decides it now.");
    if (state == QLatin1String("completed"))
        return P2pErrors::tr("This trade is already completed.");
    if (state == QLatin1String("cancelled"))
        return P2pErrors::tr("This trade has already ended.");
    return {};
}

} // namespace

QString P2pErrors::describe(const RpcReply &reply)
{
    const QString &r = reply.reason;
    const QString detail = reply.data.value(QStringLiteral("detail")).toString();
    const QString field = reply.data.value(QStringLiteral("field")).toString();
    if (r == QLatin1String("forbidden")) {
        if (detail == QLatin1String("kyc_tier"))
            return tr("This ad asks for KYC tier %1. Complete verification first.").arg(reply.data.value(QStringLiteral("requiredTier")).toInt());
        if (detail == QLatin1String("account_age"))
            return tr("This ad asks for an account at least %n day(s) old.", nullptr, reply.data.value(QStringLiteral("requiredDays")).toInt());
        if (detail == QLatin1String("completed_trades"))
            return tr("This ad asks for more completed P2P trades than you have.");
        if (detail == QLatin1String("not_your_action"))
            return tr("This step is the other party's.");
        if (detail == QLatin1String("not_your_file"))
            return tr("The proof must be a file you uploaded.");
    }
    if (r == QLatin1String("invalid_state")) {
        if (detail == QLatin1String("own_ad"))
            return tr("You cannot take your own ad.");
        if (detail == QLatin1String("no_reference_price"))
            return tr("This ad has no price right now: its reference rate is missing.");
        if (detail == QLatin1String("paused"))
            return tr("The advertiser has paused this ad.");
        if (detail == QLatin1String("closed"))
            return tr("This ad is closed.");
        if (detail == QLatin1String("too_early"))
            return tr("You can appeal once the seller's release window has passed.");
        if (detail == QLatin1String("in_use"))
            return tr("An open ad still uses this payment method. Edit or close the ad first.");
        if (detail == QLatin1String("too_many"))
            return tr("You can keep at most 20 payment methods.");
        if (detail == QLatin1String("not_completed"))
            return tr("Feedback is for completed trades.");
        if (detail == QLatin1String("already_rated"))
            return tr("You have already left feedback for this trade.");
        if (const QString words = stateWords(detail); !words.isEmpty())
            return words;
    }
    if (r == QLatin1String("invalid_amount")) {
        if (detail == QLatin1String("outside_limits"))
            return tr("The amount is outside this ad's limits.");
        if (detail == QLatin1String("not_enough_left"))
            return tr("The ad does not have that much left.");
        return tr("Enter a valid amount.");
    }
    if (r == QLatin1String("insufficient_funds"))
        return tr("Your available balance is not enough for this.");
    if (r == QLatin1String("not_found")) {
        if (field == QLatin1String("paymentMethodIds") || field == QLatin1String("paymentMethodId"))
            return tr("Choose one of your payment methods.");
        return tr("This ad or trade no longer exists.");
    }
    if (r == QLatin1String("invalid_params")) {
        if (field == QLatin1String("paymentMethodId"))
            return tr("Choose one of your payment methods of a type this ad accepts.");
        if (field == QLatin1String("paymentMethodIds") || field == QLatin1String("paymentTypes"))
            return tr("Choose at least one payment method.");
        if (field == QLatin1String("reason"))
            return tr("Give a reason of 5 to 500 characters.");
        if (field == QLatin1String("margin"))
            return tr("The margin is between -50% and 50%.");
        if (field == QLatin1String("price"))
            return tr("Enter a price with at most 2 decimals.");
        if (field == QLatin1String("label"))
            return tr("Give the payment method a name.");
        if (!field.isEmpty())
            return tr("Check the field “%1”.").arg(field);
    }
    return ErrorSink::describe(reply);
}

} // namespace azc
