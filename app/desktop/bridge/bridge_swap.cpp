#include "bridge/bridge_swap.h"

#include "bridge/bridge_amounts.h"

namespace azc {

BridgeSwap::BridgeSwap(QObject *parent) : BridgeQuoteFlow(parent) {}

void BridgeSwap::setPoint(const QVariantMap &point)
{
    const QJsonObject next = QJsonObject::fromVariantMap(point);
    const bool samePoint = bridge::text(next, "code") == bridge::text(m_point, "code");
    m_point = next;
    // The row is refreshed by pushes while a quote is on screen; only another point starts over.
    if (!samePoint && stage() != Confirming && stage() != Uncertain)
        resetFlow();
    emit pointChanged();
    emit directionChanged();
}

void BridgeSwap::setDirection(const QString &direction)
{
    if (direction == m_direction || (direction != QLatin1String("toCoin") && direction != QLatin1String("toPoints")))
        return;
    if (stage() == Confirming || stage() == Uncertain)
        return; // the answer to the swap on its way decides first
    m_direction = direction;
    resetFlow();
    emit directionChanged();
}

QString BridgeSwap::giveAsset() const
{
    return bridge::text(m_point, m_direction == QLatin1String("toCoin") ? "code" : "coin");
}

QString BridgeSwap::getAsset() const
{
    return bridge::text(m_point, m_direction == QLatin1String("toCoin") ? "coin" : "code");
}

int BridgeSwap::giveDecimals() const
{
    const char *key = m_direction == QLatin1String("toCoin") ? "decimals" : "coinDecimals";
    return m_point.value(QLatin1String(key)).toInt(Amount::kMaxDecimals);
}

bool BridgeSwap::directionAllowed() const
{
    const QJsonObject policy = m_point.value(QStringLiteral("policy")).toObject();
    return m_point.value(QStringLiteral("status")).toString() == QLatin1String("active")
           && policy.value(m_direction).toBool();
}

void BridgeSwap::requestQuote(const QString &amount)
{
    if (stage() == Quoting || stage() == Confirming || stage() == Uncertain)
        return;
    const QString trimmed = amount.trimmed();
    if (!bridge::positive(trimmed, giveDecimals())) {
        setError(BridgeErrors::describe(BridgeErrors::local(QStringLiteral("invalid_amount")), BridgeErrors::Action::Quote));
        return;
    }
    setError({});
    setStage(Quoting);
    const QJsonObject params{{QStringLiteral("point"), bridge::text(m_point, "code")},
                             {QStringLiteral("direction"), m_direction},
                             {QStringLiteral("amount"), trimmed}};
    request(QStringLiteral("bridge.quote"), params, [this](const QJsonObject &quote) { setQuote(quote); },
            [this](const RpcReply &reply) {
                describeFailure(reply, BridgeErrors::Action::Quote);
                setStage(Idle);
            });
}

void BridgeSwap::reset()
{
    if (stage() == Quoting || stage() == Confirming)
        return;
    resetFlow();
}

QJsonObject BridgeSwap::confirmParams(const QString &quoteId, const QString &key) const
{
    return {{QStringLiteral("quoteId"), quoteId}, {QStringLiteral("idempotencyKey"), key}};
}

} // namespace azc
