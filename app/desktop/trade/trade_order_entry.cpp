#include "trade/trade_order_entry.h"

#include "foundation/idempotency_key.h"
#include "trade/trade_errors.h"

#include "common/amount.h"

#include <QJsonObject>

#include <algorithm>

namespace azc {

namespace {

constexpr int kFeeDecimals = 8; // fee rates travel with 8 decimals

// `text` exactly, at as many decimals as it has; nullopt when it is not a plain positive decimal.
std::optional<std::pair<Amount, int>> positive(const QString &text)
{
    const int dot = int(text.indexOf(QLatin1Char('.')));
    const int decimals = dot < 0 ? 0 : int(text.size()) - dot - 1;
    if (decimals > Amount::kMaxDecimals)
        return std::nullopt;
    const auto parsed = Amount::parse(text, decimals);
    if (!parsed || parsed->units() <= 0)
        return std::nullopt;
    return std::make_pair(parsed.value(), decimals);
}

} // namespace

TradeOrderEntry::TradeOrderEntry(QObject *parent) : RemoteObject(parent)
{
    connect(this, &TradeOrderEntry::formChanged, this, &TradeOrderEntry::estimateChanged);
}

void TradeOrderEntry::setField(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    m_key.clear(); // a changed form is a new intent
    emit formChanged();
}

void TradeOrderEntry::setMarket(const QVariantMap &market)
{
    const bool otherMarket = market.value(QStringLiteral("symbol")) != m_market.value(QStringLiteral("symbol"));
    m_market = market;
    if (otherMarket) {
        m_price.clear();
        m_stopPrice.clear();
        m_quantity.clear();
        m_budget.clear();
        m_key.clear();
        m_errorText.clear();
        emit resultChanged();
    }
    emit formChanged();
}

void TradeOrderEntry::setReferencePrice(const QString &price)
{
    if (m_referencePrice == price)
        return;
    m_referencePrice = price;
    emit estimateChanged(); // the estimate moves; the intent does not
}

QString TradeOrderEntry::estimatedTotal() const
{
    if (usesBudget())
        return positive(m_budget) ? m_budget : QString();
    const QString &price = m_type == QLatin1String("market") ? m_referencePrice : m_price;
    const auto p = positive(price);
    const auto q = positive(m_quantity);
    if (!p || !q || p->second + q->second > Amount::kMaxDecimals)
        return {};
    // price × quantity, exact: the units multiply and the decimals add up.
    const auto total = Amount::fromUnits(p->first.units()).checkedMul(q->first.units());
    return total ? total->toString(p->second + q->second) : QString();
}

QString TradeOrderEntry::estimatedFee() const
{
    // The taker fee on the total, rounded up: what the order pays at most
    // (a resting limit order pays the lower maker fee). Worked out at no
    // fewer decimals than the rate has, so 0.2 % of "100" is 0.2, not 1.
    const auto total = positive(estimatedTotal());
    const auto rate = Amount::parse(m_market.value(QStringLiteral("takerFee")).toString(), kFeeDecimals);
    if (!total || !rate)
        return {};
    const int decimals = std::max(total->second, kFeeDecimals);
    Int128 scale = 1;
    for (int i = total->second; i < decimals; ++i)
        scale *= 10;
    const auto scaled = total->first.checkedMul(scale);
    const auto fee = scaled ? scaled->mulDiv(rate->units(), Int128(100'000'000), Rounding::Up) : std::nullopt;
    return fee ? fee->toString(decimals) : QString();
}

bool TradeOrderEntry::ready() const
{
    if (m_market.isEmpty() || m_placing)
        return false;
    if (usesBudget())
        return positive(m_budget).has_value();
    if (!positive(m_quantity))
        return false;
    if (m_type == QLatin1String("market"))
        return true;
    if (m_type == QLatin1String("stop_limit") && !positive(m_stopPrice))
        return false;
    return positive(m_price).has_value();
}

void TradeOrderEntry::place()
{
    if (!ready())
        return;
    if (m_key.isEmpty())
        m_key = newIdempotencyKey();
    QJsonObject params{{QStringLiteral("market"), m_market.value(QStringLiteral("symbol")).toString()},
                       {QStringLiteral("side"), m_side},
                       {QStringLiteral("type"), m_type},
                       {QStringLiteral("idempotencyKey"), m_key}};
    if (usesBudget()) {
        params.insert(QStringLiteral("budget"), m_budget);
    } else {
        params.insert(QStringLiteral("quantity"), m_quantity);
    }
    if (m_type != QLatin1String("market"))
        params.insert(QStringLiteral("price"), m_price);
    if (m_type == QLatin1String("limit"))
        params.insert(QStringLiteral("timeInForce"), m_timeInForce);
    if (m_type == QLatin1String("stop_limit"))
        params.insert(QStringLiteral("stopPrice"), m_stopPrice);
    m_placing = true;
    m_errorText.clear();
    emit resultChanged();
    emit formChanged();
    request(QStringLiteral("spot.place"), params, [this](const QJsonObject &result) {
        m_placing = false;
        m_key.clear();
        m_lastOrder = result.value(QStringLiteral("order")).toObject().toVariantMap();
        emit resultChanged();
        emit formChanged();
        emit placed(m_lastOrder);
    }, [this](const RpcReply &reply) {
        m_placing = false;
        // A refusal recorded nothing (next press = new intent); a lost answer keeps the key.
        if (!reply.lostInTransit())
            m_key.clear();
        m_errorText = TradeErrors::describe(reply);
        emit resultChanged();
        emit formChanged();
    });
}

void TradeOrderEntry::clearAmounts()
{
    m_quantity.clear();
    m_budget.clear();
    m_stopPrice.clear();
    m_key.clear();
    emit formChanged();
}

} // namespace azc
