// Fuzz target for prices and exact decimals: provider::Decimal (Binance's
// decimal text) and the spot market's price/quantity parsing (Market::ticks,
// Market::lots). Built like fuzz_amount_parse.cpp (see there).
//
// Input: one parameter byte, then "A" or "A,B" as UTF-8 (',' is never part of
// a decimal, so both halves reach the parser on their own). The parameter
// byte picks a scale for toFixed/unitsAt/toAmount and the decimals of a
// market whose tick size is B.
//
// Properties: never crashes; parsed values are normalised and format back to
// themselves (toString, toFixed); Decimal agrees with Amount::parse on the
// same text; unitsAt/toAmount/toDecimal round-trip and round in the named
// direction; ordering agrees with subtraction and with a common scale;
// add/sub invert each other, add and mul commute; multipleOf is exact; a
// market's ticks/lots format back (priceText/quantityText) to the same amount
// and accept every positive multiple of the tick/lot in range.

#include "common/amount.h"
#include "exchange/matching/matching_types.h"
#include "exchange/provider/decimal.h"
#include "exchange/spot/spot_market.h"

#include <QString>
#include <cstdint>
#include <cstdlib>
#include <optional>

namespace {

using azc::Amount;
using azc::Int128;
using azc::Rounding;
using azc::provider::Decimal;

void check(bool ok)
{
    if (!ok)
        std::abort();
}

// What toFixed(scale) must print: toString() padded with zeros, or cut
// toward zero ("-0.5" at scale 0 is "0").
QString expectedFixed(const Decimal &d, int scale)
{
    QString s = d.toString();
    const qsizetype dot = s.indexOf(u'.');
    const int fraction = dot < 0 ? 0 : int(s.size() - dot - 1);
    if (scale >= fraction) {
        if (scale > 0 && dot < 0)
            s += u'.';
        s += QString(scale - fraction, u'0');
        return s;
    }
    s.truncate(dot + 1 + scale);
    if (scale == 0)
        s.chop(1);
    bool zero = true;
    for (QChar c : s)
        zero = zero && (c == u'-' || c == u'.' || c == u'0');
    if (zero && s.startsWith(u'-'))
        s.remove(0, 1);
    return s;
}

int fractionDigits(const QString &text)
{
    const qsizetype dot = text.indexOf(u'.');
    return dot < 0 ? 0 : int(text.size() - dot - 1);
}

Decimal ulp(int scale)
{
    return *Decimal::fromUnits(1, scale);
}

// |d|; nullopt only for -2^127 units.
std::optional<Decimal> absolute(const Decimal &d)
{
    return d.isNegative() ? Decimal::fromInteger(0).checkedSub(d) : d;
}

void checkOne(const QString &text, const Decimal &d, int scale)
{
    check(d.scale() >= 0 && d.scale() <= Decimal::kMaxScale);
    check(d.scale() == 0 || d.mantissa() % 10 != 0); // normalised
    check(d.isZero() == (d.mantissa() == 0) && d.isNegative() == (d.mantissa() < 0));

    const auto again = Decimal::parse(d.toString());
    check(again.ok() && *again == d);

    // The same text as an Amount at its own number of fractional digits.
    const int fraction = fractionDigits(text);
    const auto amount = Amount::parse(text, fraction);
    const auto units = d.unitsAt(fraction);
    check(amount.ok() && units && amount->units() == *units);

    check(d.toFixed(scale) == expectedFixed(d, scale));

    const auto at = d.unitsAt(scale);
    if (scale < d.scale()) {
        check(!at); // normalised: fewer digits cannot be exact
    } else if (at) {
        check(Decimal::fromUnits(*at, scale) == d);
        check(*at / azc::powerOfTen(scale - d.scale()) == d.mantissa());
    }

    for (const Rounding mode : {Rounding::Down, Rounding::Floor, Rounding::Ceiling, Rounding::HalfEven}) {
        const auto a = azc::provider::toAmount(d, scale, mode);
        if (scale >= d.scale()) {
            check(a.has_value() == at.has_value());
            if (a)
                check(azc::provider::toDecimal(*a, scale) == d && a->units() == *at);
            continue;
        }
        check(a.has_value()); // fewer digits always fit
        const Decimal back = azc::provider::toDecimal(*a, scale);
        const auto diff = d.checkedSub(back); // d - rounded
        if (!diff)
            continue;
        check(!diff->isZero()); // d has more digits than `scale`, so rounding moved it
        const auto distance = absolute(*diff);
        check(distance && *distance < ulp(scale));
        switch (mode) {
        case Rounding::Down: {
            const auto from = absolute(d), to = absolute(back);
            check(!from || (to && *to < *from));
            break;
        }
        case Rounding::Floor: check(back < d); break;
        case Rounding::Ceiling: check(back > d); break;
        default: {
            const auto twice = distance->checkedMul(Decimal::fromInteger(2));
            check(twice && *twice <= ulp(scale));
            break;
        }
        }
    }
}

void checkPair(const Decimal &d, const Decimal &e)
{
    const auto order = d <=> e;
    check((order == 0) == (d == e));
    check((d == e) == (d.toString() == e.toString()));
    check((e <=> d) == (0 <=> order));
    if (const auto diff = d.checkedSub(e))
        check((diff->mantissa() <=> 0) == order);
    const auto ua = d.unitsAt(Decimal::kMaxScale), ub = e.unitsAt(Decimal::kMaxScale);
    if (ua && ub)
        check((*ua <=> *ub) == order);

    const auto sum = d.checkedAdd(e);
    check(sum == e.checkedAdd(d));
    if (sum) {
        const auto back = sum->checkedSub(e);
        check(back && *back == d);
    }
    check(d.checkedMul(e) == e.checkedMul(d));
    if (const auto product = d.checkedMul(e)) {
        check(product->isZero() == (d.isZero() || e.isZero()));
        const auto step = absolute(e);
        if (!e.isZero() && d.scale() == 0 && step) {
            const auto n = product->multipleOf(*step);
            check(n && *n == (e.isNegative() ? -d.mantissa() : d.mantissa()));
        }
    }
    if (e.mantissa() > 0) {
        if (const auto n = d.multipleOf(e)) {
            const auto rebuilt = Decimal::fromUnits(*n, 0)->checkedMul(e);
            check(rebuilt && *rebuilt == d);
        }
    } else {
        check(!d.multipleOf(e));
    }
}

// A spot market with tick size B at quoteDecimals (and a power of ten as its
// lot size); A as a price and as a quantity.
void checkMarket(const QString &a, const QString &b, std::uint8_t p)
{
    azc::spot::Market m;
    m.symbol = QStringLiteral("BBB-QQQ");
    m.base = QStringLiteral("BBB");
    m.quote = QStringLiteral("QQQ");
    m.quoteDecimals = p % 19;
    m.baseDecimals = (p / 19) % 19;
    const auto tick = Amount::parse(b, m.quoteDecimals);
    m.tickSize = tick && *tick > Amount() ? *tick : Amount::fromUnits(1);
    m.lotSize = Amount::fromUnits(azc::powerOfTen((p * 7) % (m.baseDecimals + 1)));
    if (!m.validate())
        return;

    const auto price = Amount::parse(a, m.quoteDecimals);
    const auto ticks = m.ticks(a);
    if (ticks) {
        check(*ticks >= 1 && *ticks <= azc::matching::kMaxPrice);
        const QString text = m.priceText(*ticks);
        const auto back = Amount::parse(text, m.quoteDecimals);
        check(price && back && *back == *price);
        const auto again = m.ticks(text);
        check(again && *again == *ticks);
    } else {
        check(ticks.error().reason == QLatin1String("invalid_price"));
        const bool acceptable = price && *price > Amount() && price->units() % m.tickSize.units() == 0
                && price->units() / m.tickSize.units() <= azc::matching::kMaxPrice;
        check(!acceptable);
    }

    const auto quantity = Amount::parse(a, m.baseDecimals);
    const auto lots = m.lots(a);
    if (lots) {
        check(*lots >= 1 && *lots <= azc::matching::kMaxQuantity);
        const QString text = m.quantityText(*lots);
        const auto back = Amount::parse(text, m.baseDecimals);
        check(quantity && back && *back == *quantity);
        const auto again = m.lots(text);
        check(again && *again == *lots);
    } else {
        check(lots.error().reason == QLatin1String("invalid_quantity"));
        const bool acceptable = quantity && *quantity > Amount() && quantity->units() % m.lotSize.units() == 0
                && quantity->units() / m.lotSize.units() <= azc::matching::kMaxQuantity;
        check(!acceptable);
    }

    if (ticks && lots) {
        // price (quote units per whole base coin) × quantity (base units) ÷
        // 10^baseDecimals, exact for a valid market.
        const Amount priceUnits = *m.tickSize.checkedMul(*ticks);
        const Amount quantityUnits = *m.lotSize.checkedMul(*lots);
        const auto notional = m.notional(*ticks, *lots);
        const auto down = priceUnits.mulDiv(quantityUnits.units(), azc::powerOfTen(m.baseDecimals), Rounding::Down);
        const auto up = priceUnits.mulDiv(quantityUnits.units(), azc::powerOfTen(m.baseDecimals), Rounding::Up);
        check(notional.has_value() == down.has_value());
        if (notional)
            check(*notional == *down && *down == *up);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t p = data[0];
    const int scale = p % (Decimal::kMaxScale + 1);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype comma = text.indexOf(u',');
    const QString a = comma < 0 ? text : text.left(comma);
    const QString b = comma < 0 ? QString() : text.mid(comma + 1);

    std::optional<Decimal> parsed[2];
    const QString texts[2] = {a, b};
    for (int i = 0; i < 2; ++i) {
        const auto r = Decimal::parse(texts[i]);
        if (r) {
            parsed[i] = *r;
            checkOne(texts[i], *r, scale);
        } else {
            const QString &reason = r.error().reason;
            check(reason == QLatin1String("invalid_decimal") || reason == QLatin1String("too_precise")
                  || reason == QLatin1String("overflow"));
        }
    }
    if (parsed[0] && parsed[1])
        checkPair(*parsed[0], *parsed[1]);
    checkMarket(a, b, p);
    return 0;
}
