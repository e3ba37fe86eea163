#pragma once
// Quick swaps, hedged at once on the liquidity provider (swap.*).

#include "exchange/swap/swap_config.h"
#include "module/domain_module.h"

namespace azc::swap {

std::unique_ptr<module::DomainModule> swapModule(SwapConfig config);

} // namespace azc::swap
