#pragma once
// The wallet: balances, transfers, limits and fees, the treasury and adjustments (wallet.*, treasury.*, reserves.*).

#include "module/domain_module.h"

namespace azc::wallet {

std::unique_ptr<module::DomainModule> walletModule();

} // namespace azc::wallet
