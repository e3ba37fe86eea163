#pragma once
// admin/ Exchange page (admins only): the liquidity provider's balances next
// to the ledger's (exchange.provider), the hedge log (exchange.hedges), the
// revenue per market and per flow (exchange.revenue), and changing a
// market's rules (spot.setMarket). The market list itself is TradeMarketsModel.

#include "foundation/remote_list_model.h"
#include "foundation/remote_object.h"

#include <QVariantList>

namespace azc {

// Rows: itemId (= asset), asset, free, locked, ledger, held (free + locked),
// matches (held equals ledger exactly; false when either side is missing).
class ExchangeProviderModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString name READ name NOTIFY providerChanged)
    Q_PROPERTY(bool connected READ connected NOTIFY providerChanged)
    Q_PROPERTY(QString error READ error NOTIFY providerChanged)
public:
    explicit ExchangeProviderModel(QObject *parent = nullptr);

    QString name() const { return m_name; }
    bool connected() const { return m_connected; }
    QString error() const { return m_error; }
    Q_INVOKABLE void reload() override;

signals:
    void providerChanged();

private:
    QString m_name;
    bool m_connected = false;
    QString m_error;
};

// Rows: itemId, at, flow, ref, userId, provider, symbol, side, requested,
// executedQty, quoteQty, status, providerOrderId, error, updatedAt; newest first.
class ExchangeHedgesModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit ExchangeHedgesModel(QObject *parent = nullptr);
    Q_INVOKABLE void reload() override;
};

// Rows (per market): itemId (= market), market, trades, volume, quoteVolume,
// feesText ("1.2 USDT · 0.0001 BTC"). flows: [{flow, asset, amount}].
class ExchangeRevenueModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList flows READ flows NOTIFY flowsChanged)
public:
    explicit ExchangeRevenueModel(QObject *parent = nullptr);
    QVariantList flows() const { return m_flows; }
    Q_INVOKABLE void reload() override;

signals:
    void flowsChanged();

private:
    QVariantList m_flows;
};

// One market's rules, saved with spot.setMarket; failures land in errorText.
class ExchangeMarketEditor : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
public:
    explicit ExchangeMarketEditor(QObject *parent = nullptr);
    QString errorText() const { return m_errorText; }

    // `market`: base, quote, tickSize, lotSize, minNotional, makerFee, takerFee, status, routing.
    Q_INVOKABLE void save(const QVariantMap &market);

signals:
    void errorChanged();
    void saved(const QVariantMap &market);

private:
    QString m_errorText;
};

} // namespace azc
