#include "exchange/spot/spot_market.h"

#include "exchange/matching/matching_types.h"

namespace azc::spot {

namespace {

Int128 pow10(int n)
{
    Int128 v = 1;
    for (int i = 0; i < n; ++i)
        v *= 10;
    return v;
}

Error badField(const char *reason, const char *field, const QString &message)
{
    return fail(reason, message, {{QStringLiteral("field"), QString::fromLatin1(field)}});
}

} // namespace

QString marketStatusName(MarketStatus s)
{
    switch (s) {
    case MarketStatus::Open: return QStringLiteral("open");
    case MarketStatus::Halted: return QStringLiteral("halted");
    case MarketStatus::CancelOnly: return QStringLiteral("cancel_only");
    }
    return {};
}

std::optional<MarketStatus> marketStatusFromName(const QString &name)
{
    for (MarketStatus s : {MarketStatus::Open, MarketStatus::Halted, MarketStatus::CancelOnly})
        if (marketStatusName(s) == name)
            return s;
    return std::nullopt;
}

Status Market::validate() const
{
    if (base == quote)
        return badField("invalid_params", "quote", QStringLiteral("a market needs two different assets"));
    if (tickSize <= Amount() || lotSize <= Amount())
        return badField("invalid_params", "tickSize", QStringLiteral("tick and lot sizes must be positive"));
    // Both at most 10^18 units, so their product fits in 128 bits.
    if (tickSize.units() > pow10(18) || lotSize.units() > pow10(18)
        || (tickSize.units() * lotSize.units()) % pow10(baseDecimals) != 0)
        return badField("invalid_params", "lotSize",
                        QStringLiteral("tick size × lot size must be a whole number of %1 units").arg(quote));
    if (minNotional.isNegative())
        return badField("invalid_params", "minNotional", QStringLiteral("the minimum notional cannot be negative"));
    const Amount maxFee = Amount::fromUnits(pow10(kFeeDecimals) / 10); // 10 %
    if (makerFee.isNegative() || takerFee.isNegative() || makerFee > maxFee || takerFee > maxFee)
        return badField("invalid_params", "takerFee", QStringLiteral("fees are between 0 and 0.1"));
    return okStatus();
}

Amount Market::unitQuote() const
{
    return Amount::fromUnits(tickSize.units() * lotSize.units() / pow10(baseDecimals));
}

Result<qint64> Market::ticks(const QString &price) const
{
    auto parsed = Amount::parse(price, quoteDecimals);
    if (!parsed || *parsed <= Amount())
        return badField("invalid_price", "price", QStringLiteral("a price is a positive number with at most %1 decimals")
                                                          .arg(quoteDecimals));
    if (parsed->units() % tickSize.units() != 0)
        return badField("invalid_price", "price",
                        QStringLiteral("the price must be a multiple of %1").arg(tickSize.toString(quoteDecimals)));
    const Int128 t = parsed->units() / tickSize.units();
    if (t > matching::kMaxPrice)
        return badField("invalid_price", "price", QStringLiteral("the price is out of range"));
    return qint64(t);
}

Result<qint64> Market::lots(const QString &quantity) const
{
    auto parsed = Amount::parse(quantity, baseDecimals);
    if (!parsed || *parsed <= Amount())
        return badField("invalid_quantity", "quantity",
                        QStringLiteral("a quantity is a positive number with at most %1 decimals").arg(baseDecimals));
    if (parsed->units() % lotSize.units() != 0)
        return badField("invalid_quantity", "quantity",
                        QStringLiteral("the quantity must be a multiple of %1").arg(lotSize.toString(baseDecimals)));
    const Int128 l = parsed->units() / lotSize.units();
    if (l > matching::kMaxQuantity)
        return badField("invalid_quantity", "quantity", QStringLiteral("the quantity is out of range"));
    return qint64(l);
}

std::optional<Amount> Market::notional(qint64 t, qint64 l) const
{
    auto perLot = unitQuote().checkedMul(Int128(t));
    return perLot ? perLot->checkedMul(Int128(l)) : std::nullopt;
}

std::optional<Amount> Market::baseAmount(qint64 l) const
{
    return lotSize.checkedMul(Int128(l));
}

std::optional<Amount> Market::fee(Amount received, Amount rate)
{
    if (rate.isZero())
        return Amount();
    return received.mulDiv(rate.units(), pow10(kFeeDecimals), Rounding::Up);
}

QString Market::priceText(qint64 t) const
{
    return tickSize.checkedMul(Int128(t)).value_or(Amount()).toString(quoteDecimals);
}

QString Market::quantityText(qint64 l) const
{
    return lotSize.checkedMul(Int128(l)).value_or(Amount()).toString(baseDecimals);
}

QJsonObject Market::toJson() const
{
    return {{QStringLiteral("symbol"), symbol},
            {QStringLiteral("base"), base},
            {QStringLiteral("quote"), quote},
            {QStringLiteral("tickSize"), tickSize.toString(quoteDecimals)},
            {QStringLiteral("lotSize"), lotSize.toString(baseDecimals)},
            {QStringLiteral("minNotional"), minNotional.toString(quoteDecimals)},
            {QStringLiteral("makerFee"), makerFee.toString(kFeeDecimals)},
            {QStringLiteral("takerFee"), takerFee.toString(kFeeDecimals)},
            {QStringLiteral("status"), marketStatusName(status)},
            {QStringLiteral("routing"), routing}};
}

} // namespace azc::spot
