#include "exchange/provider/provider_module.h"

#include "exchange/provider/binance_connector.h"
#include "exchange/provider/simulated_provider.h"

namespace azc::provider {

ActiveProvider::~ActiveProvider() = default;

namespace {

class ProviderModule : public module::DomainModule
{
public:
    explicit ProviderModule(ProviderConfig config) : m_config(std::move(config)) {}

    QString name() const override { return QStringLiteral("provider"); }
    // The simulated market serves the demo and tests; a real deployment gets no
    // provider (and no swaps) until one is configured, never a made-up market.
    Status open(module::Context &c) override
    {
        auto active = std::make_unique<ActiveProvider>();
        active->name = QStringLiteral("simulated");
        if (m_config.binance) {
            active->connector = std::make_unique<BinanceConnector>(*m_config.binance);
            active->name = QStringLiteral("binance");
        } else if (m_config.simulated || m_config.demo) {
            active->connector = std::make_unique<SimulatedProvider>(m_config.simulated.value_or(simulatedDemoConfig()));
        }
        c.services.add(std::move(active));
        return okStatus();
    }

private:
    ProviderConfig m_config;
};

} // namespace

std::unique_ptr<module::DomainModule> providerModule(ProviderConfig config)
{
    return std::make_unique<ProviderModule>(std::move(config));
}

} // namespace azc::provider
