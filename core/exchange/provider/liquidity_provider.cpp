#include "exchange/provider/liquidity_provider.h"

#include <array>

namespace azc::provider {

namespace {

struct StatusName
{
    OrderStatus status;
    const char *name;
};

constexpr std::array kStatusNames{
        StatusName{OrderStatus::New, "NEW"},
        StatusName{OrderStatus::PartiallyFilled, "PARTIALLY_FILLED"},
        StatusName{OrderStatus::Filled, "FILLED"},
        StatusName{OrderStatus::Canceled, "CANCELED"},
        StatusName{OrderStatus::Expired, "EXPIRED"},
        StatusName{OrderStatus::Rejected, "REJECTED"},
};

} // namespace

QString orderStatusName(OrderStatus status)
{
    for (const auto &s : kStatusNames)
        if (s.status == status)
            return QString::fromLatin1(s.name);
    return {};
}

std::optional<OrderStatus> orderStatusFromName(QStringView name)
{
    for (const auto &s : kStatusNames)
        if (name == QLatin1String(s.name))
            return s.status;
    // Binance's other states: accepted but not yet in the book, or finished without more fills.
    if (name == QLatin1String("PENDING_NEW"))
        return OrderStatus::New;
    if (name == QLatin1String("PENDING_CANCEL") || name == QLatin1String("EXPIRED_IN_MATCH"))
        return OrderStatus::Expired;
    return std::nullopt;
}

bool isValidClientOrderId(QStringView id)
{
    if (id.isEmpty() || id.size() > 36)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
                || u == '.' || u == '_' || u == ':' || u == '/' || u == '-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace azc::provider
