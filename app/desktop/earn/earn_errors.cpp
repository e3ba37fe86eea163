#include "earn/earn_errors.h"

#include "foundation/error_sink.h"

namespace azc {

namespace {

using Action = EarnErrors::Action;

bool repeatable(Action a)
{
    return a == Action::Stake || a == Action::Commit || a == Action::FundPool || a == Action::ListSale;
}

QString fieldWords(const QString &field)
{
    if (field == QLatin1String("rateBps") || field == QLatin1String("rate"))
        return EarnErrors::tr("Enter the yearly rate as a percentage with at most 2 decimals, like 8.5.");
    if (field == QLatin1String("marginBps") || field == QLatin1String("margin"))
        return EarnErrors::tr("Enter the house margin as a percentage with at most 2 decimals.");
    if (field == QLatin1String("lockDays"))
        return EarnErrors::tr("A locked product needs a lock of 1 to 3650 days.");
    if (field == QLatin1String("unbondingHours") || field == QLatin1String("unbondingSeconds"))
        return EarnErrors::tr("Unbonding is a whole number of hours, at most 90 days.");
    if (field == QLatin1String("startsAt") || field == QLatin1String("endsAt"))
        return EarnErrors::tr("Give the window as dates like 2026-12-24 18:00, the end after the start.");
    if (field == QLatin1String("vesting"))
        return EarnErrors::tr("Write the vesting as days after the end and percentages, like 0:50, 30:50 (adding up to 100).");
    if (field == QLatin1String("partnerUsername"))
        return EarnErrors::tr("There is no user with that name to receive the proceeds.");
    if (field == QLatin1String("token"))
        return EarnErrors::tr("The token is 2 to 10 capital letters or digits, and not the asset it is priced in.");
    if (field == QLatin1String("platformShareBps"))
        return EarnErrors::tr("The platform's share is a percentage from 0 to 100.");
    if (!field.isEmpty())
        return EarnErrors::tr("Check the field “%1”.").arg(field);
    return {};
}

} // namespace

RpcReply EarnErrors::local(const QString &reason, const QString &field)
{
    QJsonObject data{{QStringLiteral("reason"), reason}};
    if (!field.isEmpty())
        data.insert(QStringLiteral("field"), field);
    return RpcReply::failure(0, reason, {}, data);
}

QString EarnErrors::describe(const RpcReply &reply, Action action)
{
    const QString &r = reply.reason;
    const QString field = reply.data.value(QStringLiteral("field")).toString();
    if (reply.lostInTransit() && repeatable(action))
        return tr("The connection was lost before the answer came. Press again: it will not be done twice.");
    if (r == QLatin1String("pool_empty"))
        return tr("The reward pool is short right now. Your rewards stay owed to you: claim them a little later.");
    if (r == QLatin1String("limit_exceeded")) {
        if (action == Action::Commit)
            return tr("That is more than one person may commit to this sale.");
        return tr("This product is full: its cap would be passed. Try a smaller amount or another product.");
    }
    if (r == QLatin1String("invalid_amount")) {
        if (action == Action::Stake)
            return tr("Enter an amount of at least the product's minimum, with no more decimals than the asset has.");
        return tr("Enter an amount above zero, with no more decimals than the asset has.");
    }
    if (r == QLatin1String("insufficient_funds")) {
        if (action == Action::FundPool)
            return tr("The house treasury does not hold that much of this asset.");
        return tr("Your available balance does not cover this amount.");
    }
    if (r == QLatin1String("sale_closed"))
        return tr("This sale is not taking commitments: it has not opened yet, or its window has closed.");
    if (r == QLatin1String("kyc_required")) {
        const int tier = reply.data.value(QStringLiteral("requiredTier")).toInt();
        if (tier > 0)
            return tr("This needs verification level %1. Complete verification first.").arg(tier);
        return tr("This sale needs a higher verification level. Complete verification first.");
    }
    if (r == QLatin1String("insufficient_stake"))
        return tr("This sale is for members with enough AZC staked. Stake AZC under Staking first.");
    if (r == QLatin1String("invalid_state")) {
        if (action == Action::Stake)
            return tr("This product takes no new stakes.");
        if (action == Action::Unstake)
            return tr("This stake is no longer active.");
        if (action == Action::Claim)
            return tr("There is nothing to claim yet.");
    }
    if (r == QLatin1String("not_found")) {
        if (action == Action::Stake || action == Action::SaveProduct)
            return tr("This product no longer exists.");
        if (action == Action::Unstake || action == Action::Claim)
            return tr("This stake no longer exists.");
        if (action == Action::Commit)
            return tr("This sale no longer exists.");
    }
    if (r == QLatin1String("busy"))
        return tr("This stake is being released right now. Try again in a moment.");
    if (r == QLatin1String("unknown_asset"))
        return tr("There is no such asset.");
    if (r == QLatin1String("invalid_params")) {
        if (const QString words = fieldWords(field); !words.isEmpty())
            return words;
    }
    return ErrorSink::describe(reply);
}

} // namespace azc
