#include "bridge/market_purchase.h"

#include "bridge/bridge_amounts.h"

#include <algorithm>

namespace azc {

MarketPurchase::MarketPurchase(QObject *parent) : RemoteObject(parent) {}

void MarketPurchase::begin(const QVariantMap &product)
{
    m_product = QJsonObject::fromVariantMap(product);
    m_quantity = 1;
    m_address.clear();
    m_order = {};
    m_key.begin();
    emit productChanged();
    emit formChanged();
    setState(false, false, {});
}

void MarketPurchase::newIntent()
{
    if (m_sending)
        return;
    m_key.begin();
    setState(false, false, {});
}

void MarketPurchase::setQuantity(int quantity)
{
    quantity = std::clamp(quantity, 1, std::max(1, maxQuantity()));
    if (quantity == m_quantity)
        return;
    m_quantity = quantity;
    emit formChanged();
}

void MarketPurchase::setAddress(const QString &address)
{
    if (address == m_address)
        return;
    m_address = address;
    emit formChanged();
}

int MarketPurchase::maxQuantity() const
{
    const qint64 stock = m_product.value(QStringLiteral("stock")).toInteger();
    return int(std::clamp<qint64>(stock, 0, kMaxQuantity));
}

bool MarketPurchase::needsAddress() const
{
    return bridge::text(m_product, "delivery") == QLatin1String("shipped");
}

QString MarketPurchase::total() const
{
    return bridge::totalPrice(bridge::text(m_product, "price"), m_quantity,
                              m_product.value(QStringLiteral("priceDecimals")).toInt(Amount::kMaxDecimals));
}

bool MarketPurchase::ready() const
{
    const QString address = m_address.trimmed();
    return !m_product.isEmpty() && m_quantity >= 1 && m_quantity <= maxQuantity() && !total().isEmpty()
           && (!needsAddress() || (!address.isEmpty() && address.size() <= kMaxAddress));
}

void MarketPurchase::setState(bool sending, bool canRetry, const QString &error)
{
    m_sending = sending;
    m_canRetry = canRetry;
    m_errorText = error;
    emit stateChanged();
}

void MarketPurchase::buy()
{
    if (m_sending)
        return;
    if (!ready()) {
        const QString field = needsAddress() && m_address.trimmed().isEmpty() ? QStringLiteral("address") : QStringLiteral("quantity");
        setState(false, false, BridgeErrors::describe(BridgeErrors::local(QStringLiteral("invalid_params"), field),
                                                      BridgeErrors::Action::Buy));
        return;
    }
    const QString productId = bridge::text(m_product, "id");
    const QString address = needsAddress() ? m_address.trimmed() : QString();
    QJsonObject params{{QStringLiteral("productId"), productId}, {QStringLiteral("quantity"), m_quantity}};
    if (!address.isEmpty())
        params.insert(QStringLiteral("address"), address);
    params.insert(QStringLiteral("idempotencyKey"),
                  m_key.keyFor(productId + u'\n' + QString::number(m_quantity) + u'\n' + address));
    setState(true, false, {});
    request(QStringLiteral("market.buy"), params, [this](const QJsonObject &result) {
        m_key.begin();
        m_order = result.value(QStringLiteral("order")).toObject();
        setState(false, false, {});
        emit bought(m_order.toVariantMap());
    }, [this](const RpcReply &reply) {
        m_key.settle(reply);
        setState(false, reply.lostInTransit(), BridgeErrors::describe(reply, BridgeErrors::Action::Buy));
    });
}

} // namespace azc
