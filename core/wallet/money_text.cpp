#include "wallet/money_text.h"

namespace azc::wallet {

Result<Amount> parseAmount(const QString &text, int decimals, Sign sign, const QString &field)
{
    const QJsonObject data{{QStringLiteral("field"), field}};
    auto a = Amount::parse(text, decimals);
    if (!a)
        return fail("invalid_amount", QStringLiteral("%1 must be a decimal number with at most %2 decimals")
                                          .arg(field).arg(decimals), data);
    const Amount v = a.value();
    const bool ok = sign == Sign::Positive ? v > Amount() : sign == Sign::NonNegative ? !v.isNegative() : !v.isZero();
    if (!ok)
        return fail("invalid_amount", sign == Sign::Positive      ? field + QStringLiteral(" must be above zero")
                                      : sign == Sign::NonNegative ? field + QStringLiteral(" must not be negative")
                                                                  : field + QStringLiteral(" must not be zero"),
                    data);
    return v;
}

Amount amountFromUnitsText(const QString &text)
{
    return Amount::fromUnitsText(text).value_or(Amount());
}

} // namespace azc::wallet
