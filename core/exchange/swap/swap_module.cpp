#include "exchange/swap/swap_module.h"

#include "exchange/desk/hedge_log.h"
#include "exchange/provider/provider_module.h"
#include "exchange/swap/swap_methods.h"
#include "exchange/swap/swap_service.h"
#include "ledger/ledger_service.h"
#include "wallet/wallet_service.h"

namespace azc::swap {

namespace {

class SwapModule : public module::DomainModule
{
public:
    explicit SwapModule(SwapConfig config) : m_config(std::move(config)) {}

    QString name() const override { return QStringLiteral("swap"); }
    QStringList needs() const override { return {QStringLiteral("wallet"), QStringLiteral("desk")}; }
    Status open(module::Context &c) override
    {
        auto &s = c.services;
        auto &provider = s.need<provider::ActiveProvider>();
        SwapConfig config = m_config;
        config.providerName = provider.name;
        m_swaps = &s.add(std::make_unique<SwapService>(s.need<ledger::LedgerService>(), s.need<wallet::WalletService>(),
                                                       provider.connector.get(), c.clock, config));
        m_swaps->setHedgeLog(&s.need<desk::HedgeLog>());
        m_swaps->start();
        return okStatus();
    }
    Status declareMethods(module::Context &c) override
    {
        declareSwapMethods(c.methods, *m_swaps);
        return okStatus();
    }

private:
    SwapConfig m_config;
    SwapService *m_swaps = nullptr;
};

} // namespace

std::unique_ptr<module::DomainModule> swapModule(SwapConfig config)
{
    return std::make_unique<SwapModule>(std::move(config));
}

} // namespace azc::swap
