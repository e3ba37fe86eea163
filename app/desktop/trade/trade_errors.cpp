#include "trade/trade_errors.h"

#include "foundation/error_sink.h"


namespace azc {

bool TradeErrors::isMissingMethod(const RpcReply &reply)
{
    return reply.reason == QLatin1String("method_not_found");
}

QString TradeErrors::describe(const RpcReply &reply)
{
    const QString &r = reply.reason;
    const QString detail = reply.data.value(QStringLiteral("detail")).toString();
    const auto data = [&reply](const char *key) { return reply.data.value(QLatin1String(key)).toVariant().toString(); };
    if (r == QLatin1String("invalid_price"))
        return tr("The price must be above zero and a multiple of the market's tick size.");
    if (r == QLatin1String("invalid_quantity") && detail == QLatin1String("min_notional"))
        return tr("The order is too small: its value must be at least the market's minimum (%1).")
            .arg(data("minNotional"));
    if (r == QLatin1String("invalid_quantity"))
        return tr("The quantity must be above zero and a multiple of the market's lot size.");
    if (r == QLatin1String("insufficient_funds"))
        return tr("Your available balance does not cover this.");
    if (r == QLatin1String("invalid_state") && detail == QLatin1String("quote_expired"))
        return tr("The quote has expired. Get a new one.");
    if (r == QLatin1String("invalid_state") && detail == QLatin1String("quote_used"))
        return tr("This quote was used already.");
    if (r == QLatin1String("invalid_state") && detail == QLatin1String("sizes_fixed"))
        return tr("Tick and lot size cannot change once a market exists.");
    if (r == QLatin1String("invalid_state"))
        return tr("The market does not take this order right now (halted or cancel-only).");
    if (r == QLatin1String("invalid_amount") && detail == QLatin1String("min_notional"))
        return tr("The amount is below the smallest swap this pair allows.");
    if (r == QLatin1String("invalid_amount") && detail == QLatin1String("step"))
        return tr("The amount must be a multiple of %1.").arg(data("step"));
    if (r == QLatin1String("invalid_amount"))
        return tr("Enter an amount above zero, like 12.5.");
    if (r == QLatin1String("insufficient_liquidity"))
        return tr("There is not enough liquidity for this amount right now. Try a smaller one.");
    if (r == QLatin1String("swap_failed"))
        return tr("The exchange's liquidity provider did not fill the swap (%1). Nothing was booked.")
            .arg(data("providerReason").isEmpty() ? tr("no reason given") : data("providerReason"));
    if (r == QLatin1String("unavailable"))
        return tr("The exchange's liquidity provider is not available right now.");
    if (r == QLatin1String("idempotency_conflict"))
        return tr("This order was already sent with different details. Check your open orders.");
    if (isMissingMethod(reply))
        return tr("The server does not offer this yet.");
    if (reply.lostInTransit())
        return tr("The connection was lost before the answer came. Try again: it will not be done twice.");
    return ErrorSink::describe(reply);
}

} // namespace azc
