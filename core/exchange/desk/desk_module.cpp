#include "exchange/desk/desk_module.h"

#include "exchange/desk/desk_methods.h"
#include "exchange/desk/desk_schema.h"
#include "exchange/desk/hedge_log.h"
#include "exchange/desk/market_maker.h"
#include "exchange/desk/provider_router.h"
#include "exchange/provider/provider_module.h"
#include "exchange/spot/spot_exchange.h"
#include "ledger/ledger_service.h"

namespace azc::desk {

namespace {

class DeskModule : public module::DomainModule
{
public:
    explicit DeskModule(MarketMakerConfig marketMaker) : m_marketMakerConfig(std::move(marketMaker)) {}

    QString name() const override { return QStringLiteral("desk"); }
    QStringList needs() const override { return {QStringLiteral("spot"), QStringLiteral("provider")}; }
    QList<module::Schema> schema(storage::Dialect) const override
    {
        return {{QStringLiteral("desk"), deskMigrations()}};
    }
    Status open(module::Context &c) override
    {
        m_provider = &c.services.need<provider::ActiveProvider>();
        m_spot = &c.services.need<spot::SpotExchange>();
        m_hedges = &c.services.add(std::make_unique<HedgeLog>(c.db, c.clock));
        if (m_provider->connector) {
            // Markets with routing on send what their book cannot fill to the provider.
            auto &router = c.services.add(
                    std::make_unique<ProviderRouter>(*m_provider->connector, *m_hedges, m_provider->name));
            router.start();
            m_spot->setRouter([r = &router](const spot::RouteRequest &request, auto done) {
                r->route(request, std::move(done));
            });
        }
        return okStatus();
    }
    Status declareMethods(module::Context &c) override
    {
        declareDeskMethods(c.methods, {c.db, c.services.need<ledger::LedgerService>(), *m_spot, *m_hedges,
                                       m_provider->connector.get(), m_provider->name});
        return okStatus();
    }
    // After the demo data: a fresh demo funds the bot first.
    Status start(module::Context &c) override
    {
        if (m_marketMakerConfig.enabled && m_provider->connector) {
            auto &maker = c.services.add(
                    std::make_unique<MarketMaker>(*m_spot, *m_provider->connector, m_marketMakerConfig));
            maker.start();
        }
        return okStatus();
    }

private:
    MarketMakerConfig m_marketMakerConfig;
    provider::ActiveProvider *m_provider = nullptr;
    spot::SpotExchange *m_spot = nullptr;
    HedgeLog *m_hedges = nullptr;
};

} // namespace

std::unique_ptr<module::DomainModule> deskModule(MarketMakerConfig marketMaker)
{
    return std::make_unique<DeskModule>(std::move(marketMaker));
}

} // namespace azc::desk
