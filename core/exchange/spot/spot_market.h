#pragma once
// A spot market as an admin configures it, and the conversions between the
// protocol's decimal strings and the engine's integers:
//   price    quote units per whole base coin = ticks × tickSize
//   quantity base units = lots × lotSize
//   notional quote units = ticks × lots × unitQuote, unitQuote = tickSize ×
//            lotSize / 10^baseDecimals, an integer by construction (a market
//            whose sizes would make it fractional is refused), so every
//            trade's value is exact.
// Fees are rates with 8 decimals on what each side receives, rounded up.

#include "common/amount.h"
#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace azc::spot {

enum class MarketStatus { Open, Halted, CancelOnly };
QString marketStatusName(MarketStatus s);
std::optional<MarketStatus> marketStatusFromName(const QString &name);

struct Market {
    static constexpr int kFeeDecimals = 8;

    QString symbol; // "BTC-USDT"
    QString base, quote;
    int baseDecimals = 0, quoteDecimals = 0;
    Amount tickSize;    // quote units
    Amount lotSize;     // base units
    Amount minNotional; // quote units
    Amount makerFee, takerFee; // rates in units of 1e-8
    MarketStatus status = MarketStatus::Open;
    bool routing = false; // send what the book cannot fill to the liquidity provider
    qint64 createdAt = 0;

    // Checks sizes, decimals and fees; computes nothing else.
    Status validate() const;
    Amount unitQuote() const; // quote units per tick·lot

    // "invalid_price" / "invalid_quantity" (with data.field): not a positive
    // multiple of the tick or lot size, or out of the engine's range.
    Result<qint64> ticks(const QString &price) const;
    Result<qint64> lots(const QString &quantity) const;
    std::optional<Amount> notional(qint64 ticks, qint64 lots) const;
    std::optional<Amount> baseAmount(qint64 lots) const;
    // The fee on `received` at `rate`, rounded up (never more than received).
    static std::optional<Amount> fee(Amount received, Amount rate);

    QString priceText(qint64 ticks) const;
    QString quantityText(qint64 lots) const;
    QJsonObject toJson() const;
};

} // namespace azc::spot
