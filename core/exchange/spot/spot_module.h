#pragma once
// The spot exchange: markets, order books, the journal and market data (spot.*, market.*).

#include "module/domain_module.h"

namespace azc::spot {

std::unique_ptr<module::DomainModule> spotModule();

} // namespace azc::spot
