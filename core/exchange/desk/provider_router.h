#pragma once
// The spot exchange's router to the liquidity provider: the rest of a market
// or IOC order becomes a market order there, written to the hedge log first.
// A limit order is routed only while every level of the provider's book the
// quantity would take is within its limit; quantities are cut to the provider's step size; what the provider
// filled comes back in ledger units rounded in the exchange's favour (what
// the user receives down, what they pay up).

#include "exchange/desk/hedge_log.h"
#include "exchange/provider/liquidity_provider.h"
#include "exchange/spot/spot_exchange.h"

#include <QHash>
#include <QObject>

namespace azc::desk {

class ProviderRouter : public QObject
{
    Q_OBJECT
public:
    ProviderRouter(provider::LiquidityProvider &provider, HedgeLog &hedges, QString providerName,
                   QObject *parent = nullptr);

    void start(); // loads the provider's symbol rules
    void route(const spot::RouteRequest &request, std::function<void(Result<spot::RouteFill>)> done);

private:
    void place(const spot::RouteRequest &request, const provider::SymbolRules &rules,
               std::function<void(Result<spot::RouteFill>)> done);

    provider::LiquidityProvider &m_provider;
    HedgeLog &m_hedges;
    QString m_name;
    QHash<QString, provider::SymbolRules> m_rules; // by provider symbol
};

} // namespace azc::desk
