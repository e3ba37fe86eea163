#pragma once
// The dealing desk: the hedge log, routing what a book cannot fill to the
// provider, and the market-maker bot (exchange.provider, exchange.hedges,
// exchange.revenue).

#include "exchange/desk/market_maker_config.h"
#include "module/domain_module.h"

namespace azc::desk {

std::unique_ptr<module::DomainModule> deskModule(MarketMakerConfig marketMaker);

} // namespace azc::desk
