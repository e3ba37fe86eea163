#pragma once
// The liquidity provider the dealing desk and quick swaps hedge at (no
// methods of its own): registers an ActiveProvider, whose connector is null
// when none is configured.

#include "exchange/provider/provider_config.h"
#include "module/domain_module.h"

namespace azc::provider {

class LiquidityProvider;

struct ActiveProvider {
    std::unique_ptr<LiquidityProvider> connector; // null: none configured
    QString name;                                 // the ledger's Provider/World sub-account
    ~ActiveProvider();
};

std::unique_ptr<module::DomainModule> providerModule(ProviderConfig config);

} // namespace azc::provider
